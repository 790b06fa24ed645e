import { describe, expect, test } from 'vitest';
import { activityFacets, facetValues } from '../../src/lib/activity-facets.ts';
import {
  facetCounts,
  matchesSelection,
  onePerKey,
  parseSelection,
  selectionSize,
  serializeSelection,
  splitSelection,
  withoutValue,
} from '../../src/lib/filters.ts';

const FACETS = ['category', 'district', 'format', 'status'];

describe('parseSelection', () => {
  test('returns the chosen values of known facets, from repeated and comma-separated parameters', () => {
    expect(parseSelection('?category=competition&format=online,hybrid&format=online&colour=red', FACETS)).toEqual({
      category: ['competition'],
      format: ['online', 'hybrid'],
    });
  });

  test('returns an empty selection for an empty query', () => {
    expect(parseSelection('', FACETS)).toEqual({});
  });
});

describe('serializeSelection', () => {
  test('returns facets in the given order so a view has one URL', () => {
    expect(serializeSelection({ format: ['online'], category: ['competition', 'careers'] }, FACETS)).toBe(
      'category=competition&category=careers&format=online',
    );
  });

  test('round-trips through parseSelection', () => {
    const selection = { district: ['siming', 'huli'], status: ['cancelled'] };
    expect(parseSelection(serializeSelection(selection, FACETS), FACETS)).toEqual(selection);
  });
});

describe('matchesSelection', () => {
  const item = { category: ['competition'], district: ['jimei'], format: ['in-person'], audience: ['entrepreneurs', 'investors'] };

  test('returns true when every facet has one of its chosen values', () => {
    expect(matchesSelection(item, { category: ['competition', 'careers'], audience: ['investors'] })).toBe(true);
  });

  test('returns false when one facet has none of its chosen values', () => {
    expect(matchesSelection(item, { category: ['competition'], format: ['online'] })).toBe(false);
  });

  test('returns true for an empty selection', () => {
    expect(matchesSelection(item, {})).toBe(true);
  });
});

describe('selectionSize', () => {
  test('returns the number of chosen values', () => {
    expect(selectionSize({ category: ['a', 'b'], format: ['c'] })).toBe(3);
  });
});

describe('activityFacets', () => {
  test('returns every facet’s values, with venue and district from the venue', () => {
    expect(
      activityFacets(
        { category: 'careers', audience: ['employers', 'university-students'], format: 'hybrid', status: { state: 'moved-online' } },
        { id: 'xiamen-library', district: 'siming' },
      ),
    ).toEqual({
      category: ['careers'],
      district: ['siming'],
      venue: ['xiamen-library'],
      audience: ['employers', 'university-students'],
      format: ['hybrid'],
      status: ['moved-online'],
    });
  });

  test('returns no venue or district for an online activity', () => {
    const facets = activityFacets(
      { category: 'talent-services', audience: ['overseas-students'], format: 'online', status: { state: 'scheduled' } },
      undefined,
    );
    expect(facets.venue).toEqual([]);
    expect(facets.district).toEqual([]);
  });
});

describe('facetValues', () => {
  test('returns each value once with its count', () => {
    const items = [{ format: ['online'] }, { format: ['hybrid'] }, { format: ['online'] }, {}];
    expect(facetValues(items, 'format')).toEqual([
      { value: 'online', count: 2 },
      { value: 'hybrid', count: 1 },
    ]);
  });
});

describe('facetCounts', () => {
  const items = [
    { category: ['careers'], district: ['siming'], format: ['in-person'] },
    { category: ['careers'], district: ['huli'], format: ['online'] },
    { category: ['competition'], district: ['siming'], format: ['in-person'] },
    { category: ['competition'], district: ['siming'], format: ['hybrid'] },
    { category: ['culture'], district: [], format: ['online'] },
  ];
  const facets = ['category', 'district', 'format'];

  test('returns each value’s number of items when nothing is chosen', () => {
    expect(facetCounts(items, {}, facets)).toEqual({
      category: { careers: 2, competition: 2, culture: 1 },
      district: { siming: 3, huli: 1 },
      format: { 'in-person': 2, online: 2, hybrid: 1 },
    });
  });

  test('returns the other facets’ counts within the chosen values, and the chosen facet’s own counts unchanged', () => {
    const counts = facetCounts(items, { category: ['competition'] }, facets);
    expect(counts.district).toEqual({ siming: 2 });
    expect(counts.format).toEqual({ 'in-person': 1, hybrid: 1 });
    // Values of one facet are alternatives: choosing one does not shrink the others of its facet.
    expect(counts.category).toEqual({ careers: 2, competition: 2, culture: 1 });
  });

  test('returns counts that follow every other facet at once', () => {
    const counts = facetCounts(items, { category: ['careers', 'competition'], district: ['siming'] }, facets);
    expect(counts.format).toEqual({ 'in-person': 2, hybrid: 1 });
    expect(counts.district).toEqual({ siming: 3, huli: 1 });
    expect(counts.category).toEqual({ careers: 1, competition: 2 });
  });

  test('leaves out values no remaining item has, so their count is zero', () => {
    expect(facetCounts(items, { format: ['online'] }, facets).district).toEqual({ huli: 1 });
  });
});

describe('splitSelection', () => {
  const options = { category: ['careers', 'competition'], format: ['online'] };

  test('returns the values the form offers as the selection to filter by', () => {
    expect(splitSelection({ category: ['careers'], format: ['online'] }, options)).toEqual({
      known: { category: ['careers'], format: ['online'] },
      unknown: [],
    });
  });

  test('returns values no option has apart, with their facet, so they can be named', () => {
    expect(splitSelection({ category: ['nonexistent', 'careers'], format: ['paper'] }, options)).toEqual({
      known: { category: ['careers'] },
      unknown: [
        { facet: 'category', value: 'nonexistent' },
        { facet: 'format', value: 'paper' },
      ],
    });
  });
});

describe('withoutValue', () => {
  test('returns the selection without the value', () => {
    expect(withoutValue({ category: ['careers', 'culture'], format: ['online'] }, 'category', 'culture')).toEqual({
      category: ['careers'],
      format: ['online'],
    });
  });

  test('drops a facet left with no value', () => {
    expect(withoutValue({ category: ['careers'], format: ['online'] }, 'format', 'online')).toEqual({ category: ['careers'] });
  });
});

describe('onePerKey', () => {
  test('returns the first item of each key, in order, so an activity shown on each of its days counts once', () => {
    const rows = [
      { key: 'fair', day: '2023-07-20' },
      { key: 'talk', day: '2023-07-21' },
      { key: 'fair', day: '2023-07-21' },
    ];
    expect(onePerKey(rows, (row) => row.key)).toEqual([
      { key: 'fair', day: '2023-07-20' },
      { key: 'talk', day: '2023-07-21' },
    ]);
  });
});
