/**
 * `npm run links:external`: asks every site the built pages link to whether the linked page is
 * there, and prints what did not answer well. It never fails: other sites come and go, and a
 * slow one must not stop a release. Run after `npm run build`.
 */
import { resolve } from 'node:path';
import { externalLinks } from './lib/site-links.ts';

const SITE = process.env.SITE_URL ?? 'https://talent-month.xiamen.example';
const found = externalLinks(resolve(import.meta.dirname, '../dist'), SITE);
// Hosts under .example are reserved and never resolve: the content's illustrative contacts use them on purpose.
const illustrative = [...found.keys()].filter((url) => new URL(url).hostname.endsWith('.example'));
const links = new Map([...found].filter(([url]) => !illustrative.includes(url)));

async function status(url: string): Promise<string> {
  try {
    let response = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(10_000) });
    // Some servers refuse HEAD; ask again the ordinary way.
    if (response.status === 405 || response.status === 403)
      response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(10_000) });
    return response.ok ? 'ok' : `HTTP ${String(response.status)}`;
  } catch (error) {
    return error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
  }
}

const results: { url: string; result: string; pages: string[] }[] = [];
const queue = [...links];
// A few at a time, to be polite to the hosts.
await Promise.all(
  Array.from({ length: 6 }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [url, pages] = next;
      results.push({ url, result: await status(url), pages });
    }
  }),
);
const failing = results.filter(({ result }) => result !== 'ok').sort((a, b) => a.url.localeCompare(b.url));
for (const { url, result, pages } of failing)
  console.log(`${result.padEnd(24)} ${url}  (on ${String(pages.length)} page${pages.length === 1 ? '' : 's'}, e.g. /${pages[0] ?? ''})`);
console.log(`\n${String(results.length - failing.length)} of ${String(results.length)} external links answered.`);
console.log(`${String(illustrative.length)} links to illustrative .example addresses were not checked.`);
