import { describe, expect, test } from 'vitest';
import { matchedWords, normaliseWord, queryWords, unmatchedWords, wordCovers } from '../../src/lib/search-words.ts';

describe('normaliseWord', () => {
  test('returns the word in lower case without punctuation or diacritics, as pagefind compares it', () => {
    expect(normaliseWord('Hai-Link,')).toBe('hailink');
    expect(normaliseWord('Café')).toBe('cafe');
    expect(normaliseWord('“稀土”')).toBe('稀土');
  });
});

describe('queryWords', () => {
  test('returns the words between spaces in English, punctuation dropped', () => {
    expect(queryWords('  Rare  Hai-Link! ', 'en-GB')).toEqual(['rare', 'hailink']);
  });

  test('returns dictionary words in Chinese, as the browser segments them', () => {
    const words = queryWords('创业大赛 B', 'zh-CN');
    expect(words.join('')).toBe('创业大赛b');
    expect(words.length).toBeGreaterThan(1);
  });

  test('returns nothing for a query of punctuation', () => {
    expect(queryWords(' — ', 'en-GB')).toEqual([]);
  });
});

describe('wordCovers', () => {
  test('accepts a page word that starts with the query word (prefix matching while typing)', () => {
    expect(wordCovers('entrepren', 'Entrepreneurial')).toBe(true);
    expect(wordCovers('b', 'B,')).toBe(true);
  });

  test('accepts a shared stem and a slip at the end of the word', () => {
    expect(wordCovers('housing', 'houses')).toBe(true);
    expect(wordCovers('earthh', 'Earth')).toBe(true);
    expect(wordCovers('matchmakign', 'matchmaking')).toBe(true);
  });

  test('rejects a page word that shares only a scrap of the query word', () => {
    expect(wordCovers('blorf', 'B')).toBe(false);
    expect(wordCovers('xqzzv', 'x')).toBe(false);
    expect(wordCovers('earthquake', 'earth')).toBe(false);
  });

  test('accepts half a Chinese word, as pagefind matches it, and rejects another word', () => {
    expect(wordCovers('鼓浪屿', '鼓浪')).toBe(true);
    expect(wordCovers('签约', '签证')).toBe(true);
    expect(wordCovers('稀土', '住房')).toBe(false);
  });
});

describe('matchedWords', () => {
  test('returns the words at the matched positions, their parts, and the words of the metadata', () => {
    expect(matchedWords({ content: 'Join Hai-Link mentoring today', locations: [1], meta: { title: 'Hai-Link mentoring' } })).toEqual([
      'Hai-Link',
      'Hai',
      'Link',
      'Hai-Link',
      'Hai',
      'Link',
      'mentoring',
    ]);
  });

  test('splits text pagefind segmented at its zero-width spaces', () => {
    expect(matchedWords({ content: '申请\u200B高层次\u200B人才\u200B住房', locations: [2], meta: {} })).toEqual(['人才']);
  });
});

describe('unmatchedWords', () => {
  test('returns the query words no result matches fairly', () => {
    const results = [
      ['B', 'Permits', 'graded'],
      ['B:', 'Pitches'],
    ];
    expect(unmatchedWords(['xqzzv', 'blorf'], results)).toEqual(['xqzzv', 'blorf']);
    expect(unmatchedWords(['rare', 'eatrh'], [['Rare', 'rare']])).toEqual(['eatrh']);
  });

  test('returns nothing when every word is matched on some result', () => {
    expect(unmatchedWords(['rare', 'earth'], [['Rare'], ['earths,', 'rare']])).toEqual([]);
  });

  test('returns every word when there are no results', () => {
    expect(unmatchedWords(['xyzzyplugh'], [])).toEqual(['xyzzyplugh']);
  });
});
