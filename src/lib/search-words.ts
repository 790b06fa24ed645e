/**
 * Which words of a search query a result really matches.
 *
 * Pagefind (1.6) is built to return something rather than nothing: a query word that matches no
 * indexed word is left out of the search, and a word that no indexed word starts with is replaced
 * by the longest indexed word it starts with. "xqzzv blorf" thus became a search for "b" (the
 * permit grade "B") and found six pages. These functions let the interface keep pagefind's
 * prefix matching and its tolerance for a slip at the end of a word ("earthh" still finds
 * "earth") while refusing results that only match a scrap of a word.
 */

/** Scripts written without spaces between words, where one character already carries meaning. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** The languages whose queries pagefind cuts into words with the browser's segmenter (as in its coupled_search.ts). */
const SEGMENTED = ['zh', 'ja', 'th'];

/**
 * A word as pagefind compares it: lower case, without punctuation or diacritics.
 * @example normaliseWord('Hai-Link,') // 'hailink'
 */
export function normaliseWord(word: string): string {
  return word
    .toLocaleLowerCase()
    .normalize('NFD')
    .replace(/[\p{P}\p{M}\s\u200B]/gu, '');
}

/**
 * The words of a query, split as pagefind splits it for the index's language: at spaces, and in
 * Chinese (Japanese, Thai) into dictionary words by the browser's segmenter.
 * @example queryWords('Rare  Hai-Link!', 'en-GB') // ['rare', 'hailink']
 * @example queryWords('创业大赛', 'zh-CN') // ['创业', '大赛']
 */
export function queryWords(query: string, languageTag: string): string[] {
  const words = SEGMENTED.includes(languageTag.split('-')[0]?.toLowerCase() ?? '')
    ? Array.from(new Intl.Segmenter(languageTag, { granularity: 'word' }).segment(query), ({ segment }) => segment)
    : query.split(/\s+/);
  return words.map(normaliseWord).filter((word) => word.length > 0);
}

function sharedPrefix(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  let shared = 0;
  while (shared < left.length && left[shared] === right[shared]) shared += 1;
  return shared;
}

/**
 * Whether a word on a page is a fair match for a query word: it starts with the query word (the
 * visitor is still typing), or the two share most of the query word (a stem, or a slip at the
 * end: "housing" and "houses", "earthh" and "earth"). "blorf" and "b" share one letter: no match.
 * In Chinese, a word of two characters matched on its first keeps pagefind's behaviour.
 */
export function wordCovers(queryWord: string, pageWord: string): boolean {
  const page = normaliseWord(pageWord);
  if (page.length === 0) return false;
  if (page.startsWith(queryWord)) return true;
  const length = Array.from(queryWord).length;
  // More than half a word in letters ("earthquake" is not "earth"); half a word in characters.
  const needed = UNSPACED.test(queryWord) ? Math.ceil(length / 2) : Math.max(Math.min(length, 3), Math.floor(length / 2) + 1);
  return sharedPrefix(queryWord, page) >= needed;
}

/** What a result's page offers to compare against: the words pagefind matched, and its metadata. */
export interface MatchedText {
  /** The page's indexed text, words separated by spaces or, where pagefind segmented it, zero-width spaces. */
  content: string;
  /** Positions of the matched words in `content`. */
  locations: readonly number[];
  meta: Readonly<Record<string, string>>;
}

/**
 * The words pagefind matched on a page (as written there), and the words of its metadata (title,
 * type, date, venue); a compound is also taken apart, as pagefind indexes its parts ("Hai-Link"
 * gives "hai" and "link" too).
 */
export function matchedWords({ content, locations, meta }: MatchedText): string[] {
  const words = content.includes('\u200B') ? content.split('\u200B') : content.split(/\s+/);
  const found = [...locations.map((location) => words[location] ?? ''), ...Object.values(meta).flatMap((value) => value.split(/\s+/))];
  return found.flatMap((word) => {
    const parts = word.split(/[\p{P}\p{S}]+/u).filter(Boolean);
    return parts.length > 1 ? [word, ...parts] : [word];
  });
}

/**
 * The query words that none of the results match fairly: when there are any, the results are
 * pagefind's guesses for the rest of the query, not answers to it.
 * @example unmatchedWords(['xqzzv', 'blorf'], [['B', 'Permits']]) // ['xqzzv', 'blorf']
 */
export function unmatchedWords(words: readonly string[], results: readonly (readonly string[])[]): string[] {
  return words.filter((word) => !results.some((pageWords) => pageWords.some((pageWord) => wordCovers(word, pageWord))));
}
