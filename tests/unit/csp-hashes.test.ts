/** Each page's policy keeps the hashes of its own inline code and no other. */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { inlineHashes, keepHashes, pruneUnusedHashes } from '../../scripts/lib/csp-hashes.ts';

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const EMPTY = hash('');

describe('inlineHashes', () => {
  test('counts inline scripts that run and styles with content, not data blocks, files or empty styles', () => {
    const html = [
      '<script>console.log(1)</script>',
      '<script type="module">import "./a.js";</script>',
      '<script type="application/json">{"a":1}</script>',
      '<script type="application/ld+json">{}</script>',
      '<script type="module" src="/_astro/a.js"></script>',
      '<style>p{color:red}</style>',
      '<style></style>',
    ].join('');
    const { scripts, styles } = inlineHashes(html);
    expect([...scripts]).toEqual([hash('console.log(1)'), hash('import "./a.js";')]);
    expect([...styles]).toEqual([hash('p{color:red}')]);
  });
});

describe('keepHashes', () => {
  test('drops the hashes not allowed and keeps every other source and directive', () => {
    expect(
      keepHashes("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a=' 'sha256-b='", {
        'script-src': new Set(["'sha256-b='"]),
      }),
    ).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-b='");
  });
});

describe('pruneUnusedHashes', () => {
  test('leaves a page with no inline code a policy without hashes, the empty style’s among them', () => {
    const page = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x=' ; style-src 'self' ${EMPTY}"><script type="module" src="/a.js"></script></head>`;
    expect(pruneUnusedHashes(page)).toContain(`content="default-src 'self'; script-src 'self'; style-src 'self'"`);
  });

  test('keeps the hash of an inline script the page has', () => {
    const code = 'document.documentElement.dataset.js = ""';
    const page = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-x=' ${hash(code)}"><script>${code}</script>`;
    expect(pruneUnusedHashes(page)).toContain(`content="script-src 'self' ${hash(code)}"`);
  });
});
