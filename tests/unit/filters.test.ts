import { describe, expect, test } from 'vitest';
import { activityFacets, facetValues } from '../../src/lib/activity-facets.ts';
import { matchesSelection, parseSelection, selectionSize, serializeSelection } from '../../src/lib/filters.ts';

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
