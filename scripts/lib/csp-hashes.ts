/**
 * Astro's policy lists a hash for every script and stylesheet it knows of (its client
 * directives, the bundled files, which 'self' already allows), whether or not a page has them
 * inline. A hash that matches nothing on the page allows nothing useful and could allow an
 * injected copy of one of those scripts, so each page keeps only the hashes of its own inline
 * scripts and styles. Data blocks (`application/json`, `application/ld+json`) never run and
 * need none.
 */
import { createHash } from 'node:crypto';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const META_POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const RUNNABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function digest(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hashes of the page's inline scripts that run, and of its inline styles with content. */
export function inlineHashes(html: string): { scripts: Set<string>; styles: Set<string> } {
  const scripts = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.trim().toLowerCase() ?? '';
    if (RUNNABLE_TYPES.has(type)) scripts.add(digest(body));
  }
  const styles = new Set<string>();
  for (const [, body = ''] of html.matchAll(STYLE)) if (body !== '') styles.add(digest(body));
  return { scripts, styles };
}

/**
 * A policy with only the hashes `allowed` for each directive.
 * @example keepHashes("script-src 'self' 'sha256-a'", { 'script-src': new Set() }) // "script-src 'self'"
 */
export function keepHashes(policy: string, allowed: Record<string, ReadonlySet<string>>): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '')
    .map((directive) => {
      const [name = '', ...sources] = directive.split(/\s+/);
      const keep = allowed[name];
      const kept = keep ? sources.filter((source) => !/^'sha(256|384|512)-/.test(source) || keep.has(source)) : sources;
      return [name, ...kept].join(' ');
    })
    .join('; ');
}

/** The page with its <meta> policy reduced to the hashes of what it has inline. */
export function pruneUnusedHashes(html: string): string {
  const { scripts, styles } = inlineHashes(html);
  return html.replace(META_POLICY, (_, start: string, encoded: string, end: string) => {
    const policy = encoded.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
    const pruned = keepHashes(policy, { 'script-src': scripts, 'style-src': styles });
    return `${start}${pruned}${end}`;
  });
}
