/**
 * The file endings the site's text comes in, which a host sends gzipped (scripts/serve-static.ts
 * does, as every CDN does); images, fonts, WebAssembly and pagefind's already compressed files go
 * as they are. What a first offline visit costs is counted the same way (precache-weight.ts).
 */
export const COMPRESSED_ENDINGS: ReadonlySet<string> = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.webmanifest',
  '.xml',
  '.xcal',
  '.txt',
  '.ics',
  '.svg',
]);
