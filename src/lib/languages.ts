/** Lists as a reader of each language writes them, and names of languages in the reader's language. */

/**
 * A list joined the way the reader's language joins one: "A, B and C" in English, "A、B和C" in Chinese.
 * @example listOf(['Entrepreneurs', 'Investors'], 'en-GB') // 'Entrepreneurs and Investors'
 */
import { listFormat } from './formatters.ts';
export function listOf(items: readonly string[], languageTag: string): string {
  return listFormat(languageTag, { type: 'conjunction' }).format(items);
}

/**
 * The comma and colon that join parts of a line: Chinese uses full-width marks with no space after.
 * @example punctuation('zh-CN').comma // '，'
 */
export function punctuation(languageTag: string): { comma: string; colon: string } {
  return languageTag.startsWith('zh') ? { comma: '，', colon: '：' } : { comma: ', ', colon: ': ' };
}

/**
 * @example languageNames(['zh', 'en'], 'en-GB') // 'Chinese and English'
 */
export function languageNames(codes: readonly string[], languageTag: string): string {
  const names = new Intl.DisplayNames([languageTag], { type: 'language' });
  return listOf(
    codes.map((code) => names.of(code) ?? code),
    languageTag,
  );
}
