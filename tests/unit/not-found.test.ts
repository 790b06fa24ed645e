import { describe, expect, test } from 'vitest';
import { notFoundCandidates, notFoundRedirects } from '../../src/lib/not-found.ts';

describe('notFoundCandidates', () => {
  test('returns the 404 pages up the path, nearest first, as Cloudflare Pages looks for them', () => {
    expect(notFoundCandidates('/zh-cn/programme/no-such-activity/')).toEqual([
      '/zh-cn/programme/no-such-activity/404.html',
      '/zh-cn/programme/404.html',
      '/zh-cn/404.html',
      '/404.html',
    ]);
    expect(notFoundCandidates('/zh-cn/missing.ics')).toEqual(['/zh-cn/404.html', '/404.html']);
    expect(notFoundCandidates('/')).toEqual(['/404.html']);
  });
});

describe('notFoundRedirects', () => {
  test('returns a Netlify rule per language folder that serves its own 404 page with status 404', () => {
    expect(notFoundRedirects(['zh-cn'], '/')).toBe('/zh-cn/* /zh-cn/404.html 404\n');
  });

  test('returns the rules under the site’s sub-path', () => {
    expect(notFoundRedirects(['zh-cn'], '/talent-month/')).toBe('/talent-month/zh-cn/* /talent-month/zh-cn/404.html 404\n');
  });
});
