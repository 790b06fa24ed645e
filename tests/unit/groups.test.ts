import { describe, expect, test } from 'vitest';
import { groupsOf } from '../../src/lib/groups.ts';

describe('groupsOf', () => {
  const items = ['b1', 'a1', 'b2', 'x1'];
  const first = (item: string) => item[0] ?? '';

  test('returns the groups in the order given, without empty ones or keys outside it, each keeping its items’ order', () => {
    expect(groupsOf(items, first, ['a', 'b', 'c'])).toEqual([
      { key: 'a', items: ['a1'] },
      { key: 'b', items: ['b1', 'b2'] },
    ]);
  });

  test('returns the groups in the order their first items come when no order is given', () => {
    expect(groupsOf(items, first).map(({ key }) => key)).toEqual(['b', 'a', 'x']);
  });
});
