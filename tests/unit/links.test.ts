import { describe, expect, test } from 'vitest';
import { bothWays, linksBothWays } from '../../src/lib/links.ts';

const guidance = [
  { id: 'visa', activities: ['opening-ceremony'] },
  { id: 'housing', activities: [] },
  { id: 'school', activities: ['job-fair', 'opening-ceremony'] },
];

describe('bothWays', () => {
  test('returns the entries named directly, then those that name the target, each once', () => {
    const linked = bothWays(['housing', 'visa'], guidance, (item) => item.activities, 'opening-ceremony');
    expect(linked.map((item) => item.id)).toEqual(['housing', 'visa', 'school']);
  });

  test('ignores named ids that are not among the candidates', () => {
    expect(bothWays(['gone'], guidance, (item) => item.activities, 'job-fair').map((item) => item.id)).toEqual(['school']);
  });

  test('returns nothing when neither side links', () => {
    expect(bothWays([], guidance, (item) => item.activities, 'closing')).toEqual([]);
  });
});

describe('linksBothWays', () => {
  test('answers for every target as bothWays does, from one reading of the candidates', () => {
    let reads = 0;
    const links = linksBothWays(guidance, (item) => {
      reads += 1;
      return item.activities;
    });
    expect(links(['housing'], 'opening-ceremony').map((item) => item.id)).toEqual(['housing', 'visa', 'school']);
    expect(links([], 'job-fair').map((item) => item.id)).toEqual(['school']);
    expect(links(['gone'], 'closing')).toEqual([]);
    expect(reads).toBe(guidance.length);
  });
});
