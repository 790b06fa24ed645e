import { describe, expect, test } from 'vitest';
import { redirectsOf } from '../../src/lib/redirects.ts';

describe('redirectsOf', () => {
  test('returns one redirect per old slug, to the entry’s current slug', () => {
    const entries = [
      { id: 'opening-ceremony', data: { redirectFrom: ['opening-gala', 'launch'] } },
      { id: 'job-fair', data: { redirectFrom: [] } },
    ];
    expect(redirectsOf(entries)).toEqual([
      { from: 'opening-gala', to: 'opening-ceremony' },
      { from: 'launch', to: 'opening-ceremony' },
    ]);
  });
});
