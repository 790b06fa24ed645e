import { describe, expect, test } from 'vitest';
import { headersFor, mergePolicies, parseHeadersFile, siteHeaderRules, writeHeadersFile } from '../../scripts/lib/headers.ts';

describe('mergePolicies', () => {
  test('allows what any page allows, directive by directive, each source once', () => {
    expect(
      mergePolicies([
        "default-src 'self'; script-src 'self' 'sha256-a'",
        "default-src 'self';script-src 'self' 'sha256-b'; img-src 'self'",
      ]),
    ).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; img-src 'self'");
  });
});

describe('the _headers file', () => {
  const rules = siteHeaderRules("default-src 'self'", '/talent-month/');
  const parsed = parseHeadersFile(writeHeadersFile(rules));

  test('reads back as written', () => {
    expect(parsed).toEqual(rules);
  });

  test('gives every path the policy, with frame-ancestors only a header can carry, and caches hashed files for a year', () => {
    const page = headersFor('/talent-month/programme/', parsed);
    expect(page['Content-Security-Policy']).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(page['Cache-Control']).toBeUndefined();
    const asset = headersFor('/talent-month/_astro/Base.BojEdmUh.css', parsed);
    expect(asset['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(asset['X-Content-Type-Options']).toBe('nosniff');
  });

  test('sends every response over HTTPS only, in a window of its own, with no camera, microphone or location', () => {
    const page = headersFor('/talent-month/', parsed);
    expect(page['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    expect(page['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(page['Cross-Origin-Resource-Policy']).toBe('same-origin');
    expect(page['Permissions-Policy']).toBe('camera=(), microphone=(), geolocation=()');
  });

  test('has each language’s offline worker checked at every visit, and nothing else', () => {
    expect(headersFor('/talent-month/sw.js', parsed)['Cache-Control']).toBe('no-cache');
    expect(headersFor('/talent-month/zh-cn/sw.js', parsed)['Cache-Control']).toBe('no-cache');
    expect(headersFor('/talent-month/zh-cn/programme/', parsed)['Cache-Control']).toBeUndefined();
    expect(headersFor('/talent-month/_astro/sw.js.BojEdmUh.js', parsed)['Cache-Control']).toBe('public, max-age=31536000, immutable');
  });

  test('serves the schedule files in every language with their formats’ media types', () => {
    expect(headersFor('/talent-month/schedule.xml', parsed)['Content-Type']).toBe('application/vnd.c3voc.schedule+xml; charset=utf-8');
    expect(headersFor('/talent-month/zh-cn/schedule.xcal', parsed)['Content-Type']).toBe('application/calendar+xml; charset=utf-8');
    expect(headersFor('/talent-month/zh-cn/schedule.json', parsed)['Content-Type']).toBe('application/json; charset=utf-8');
    expect(headersFor('/talent-month/feed.xml', parsed)['Content-Type']).toBeUndefined();
  });

  test('applies nothing outside the base path', () => {
    expect(headersFor('/other/', parsed)).toEqual({});
  });
});
