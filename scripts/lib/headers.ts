/**
 * HTTP headers for static hosts, in the `_headers` format Netlify and Cloudflare Pages read:
 * a path pattern on its own line, then its headers indented below. The site's policy is the
 * union of every page's Content-Security-Policy (each page's own, tighter one stays in its
 * <meta>), plus what only a header can say.
 */

import { extname } from 'node:path';
import { WORKER_FILE } from '../../src/lib/offline-precache.ts';
import { SCHEDULE_FILES, SCHEDULE_TYPES } from '../../src/lib/schedule-files.ts';

/** Directives a <meta> policy cannot carry, so they go in the header only. */
const HEADER_ONLY = ["frame-ancestors 'none'"];

/**
 * Headers for every response: HTTPS only from the first visit on, for two years (browsers
 * ignore it over plain HTTP, as on localhost); a window of its own, which no other site's page
 * can reach; files only for this site's pages to embed; no guessing of file types; no full
 * address sent to other sites; no camera, microphone or location.
 */
const SECURITY_HEADERS = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * One policy that allows what any of the given policies allows, directive by directive,
 * sources in first-seen order.
 * @example mergePolicies(["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'"]) // "script-src 'self' 'sha256-a' 'sha256-b'"
 */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const merged = directives.get(name) ?? new Set<string>();
      for (const source of sources) merged.add(source);
      directives.set(name, merged);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** A `_headers` rule: a path pattern (`*` matches anything) and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/**
 * The site's rules: the policy and security headers everywhere; files whose names carry a hash
 * of their content cached for a year, since a new version always gets a new name; the offline
 * workers never served from a cache without asking; the schedule files with their formats' media types.
 * @param base the path the site is served under, e.g. `/` or `/talent-month/`
 */
export function siteHeaderRules(policy: string, base = '/'): HeaderRule[] {
  return [
    { pattern: `${base}*`, headers: { 'Content-Security-Policy': [policy, ...HEADER_ONLY].join('; '), ...SECURITY_HEADERS } },
    { pattern: `${base}_astro/*`, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    { pattern: `${base}pagefind/fragment/*`, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    { pattern: `${base}pagefind/index/*`, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    // The schedule files, with their formats' own media types rather than the one their ending suggests.
    ...SCHEDULE_FILES.flatMap((file) =>
      [`${base}${file}`, `${base}*/${file}`].map((pattern) => ({
        pattern,
        headers: { 'Content-Type': SCHEDULE_TYPES[extname(file) as keyof typeof SCHEDULE_TYPES] },
      })),
    ),
    // The offline workers (each language's sw.js) are checked at every visit, so a deploy is found at once.
    { pattern: `${base}${WORKER_FILE}`, headers: { 'Cache-Control': 'no-cache' } },
    { pattern: `${base}*/${WORKER_FILE}`, headers: { 'Cache-Control': 'no-cache' } },
  ];
}

export function writeHeadersFile(rules: readonly HeaderRule[]): string {
  return `${rules.map(({ pattern, headers }) => [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n')}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const rule = rules.at(-1);
      const colon = line.indexOf(':');
      if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/** The headers a path gets: those of every rule it matches, later rules adding to earlier ones. */
export function headersFor(path: string, rules: readonly HeaderRule[]): Record<string, string> {
  const matching = rules.filter(({ pattern }) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ).test(path),
  );
  return Object.assign({}, ...matching.map((rule) => rule.headers)) as Record<string, string>;
}
