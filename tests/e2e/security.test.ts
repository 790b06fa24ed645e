/**
 * The Content-Security-Policy: every page carries one without 'unsafe-inline', the server sends
 * the site-wide one from _headers, and a script that is not the site's own does not run.
 */
import { inlineHashes } from '../../scripts/lib/csp-hashes.ts';
import { sitemapPaths } from './support/sitemap.ts';
import { expect, test } from './support/test.ts';

test('every page has a policy of its own and the site’s header, neither allowing inline code', async ({ request }) => {
  for (const path of [...(await sitemapPaths(request)), '/404.html', '/zh-cn/404.html', '/offline/', '/zh-cn/offline/']) {
    const response = await request.get(path);
    const html = await response.text();
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(meta, path).toContain("script-src 'self'");
    expect(meta, path).toContain("default-src 'self'");
    const header = response.headers()['content-security-policy'] ?? '';
    expect(header, path).toContain("frame-ancestors 'none'");
    for (const policy of [meta, header]) {
      // The only worker is the site's own offline worker.
      expect(/worker-src ([^;]*)/.exec(policy)?.[1]?.trim(), path).toBe("'self'");
      expect(policy, path).not.toContain('unsafe-inline');
      expect(policy, path).not.toContain("'unsafe-eval'");
    }
    // Every hash allows something the page has inline; none is left over from elsewhere.
    const { scripts, styles } = inlineHashes(html);
    const onPage = new Set([...scripts, ...styles]);
    expect(
      (meta.match(/'sha(256|384|512)-[^']+'/g) ?? []).filter((source) => !onPage.has(source)),
      path,
    ).toEqual([]);
  }
  const header = (await request.get('/')).headers()['content-security-policy'] ?? '';
  // sha256 of nothing: the hash of an empty style, which allows nothing.
  expect(header).not.toContain('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
});

test('the server sends the security headers with every page, as a real host does', async ({ request }) => {
  for (const path of ['/', '/zh-cn/programme/', '/programme.ics']) {
    const headers = (await request.get(path)).headers();
    expect(headers['strict-transport-security'], path).toContain('max-age=');
    expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
    expect(headers['cross-origin-resource-policy'], path).toBe('same-origin');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
});

test('hashed assets are cached for a year; pages are not; the offline workers are checked at every visit', async ({ page, request }) => {
  await page.goto('/');
  const asset = await page.locator('script[src^="/_astro/"]').first().getAttribute('src');
  expect((await request.get(asset ?? '')).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await request.get('/')).headers()['cache-control']).toBeUndefined();
  for (const worker of ['/sw.js', '/zh-cn/sw.js']) {
    const headers = (await request.get(worker)).headers();
    expect(headers['cache-control'], worker).toBe('no-cache');
    expect(headers['content-type'], worker).toContain('text/javascript');
  }
});

test.describe('a script injected into a page', () => {
  test.use({ allowedConsoleErrors: [/Content[- ]Security[- ]Policy/] });

  test('is blocked and reported', async ({ page }) => {
    await page.goto('/programme/');
    const result = await page.evaluate(async () => {
      const reported = new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          resolve(event.effectiveDirective);
        });
      });
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
      return { directive: await reported, ran: 'injected' in window };
    });
    expect(result).toEqual({ directive: 'script-src-elem', ran: false });
  });

  test('cannot start a worker of its own', async ({ page }) => {
    await page.goto('/programme/');
    const directive = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => {
            resolve(event.effectiveDirective);
          });
          try {
            new Worker(URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' })));
          } catch {
            // Blocked at once in some browsers; the report still comes.
          }
        }),
    );
    expect(directive).toBe('worker-src');
  });
});
