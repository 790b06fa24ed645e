/**
 * A query answered once per build for each argument list: every page of a locale asks for the
 * same localised collections, and localising them again for each of hundreds of pages was most
 * of the build's own cost. In `astro dev` each call reads afresh, so an editor's change shows on
 * the next page load. Callers must not change what they get: it is shared.
 */
export function perBuild<A extends (string | number)[], R>(query: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  const answers = new Map<string, Promise<R>>();
  return (...args: A): Promise<R> => {
    if (import.meta.env.DEV) return query(...args);
    const key = args.join('\u0000');
    let answer = answers.get(key);
    if (!answer) {
      answer = query(...args);
      answers.set(key, answer);
    }
    return answer;
  };
}
