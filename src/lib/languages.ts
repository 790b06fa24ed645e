/** Lists as a reader of each language writes them, and names of languages in the reader's language. */

/**
 * A list joined the way the reader's language joins one: "A, B and C" in English, "A、B和C" in Chinese.
 * @example listOf(['Entrepreneurs', 'Investors'], 'en-GB') // 'Entrepreneurs and Investors'
 */
export function listOf(items: readonly string[], languageTag: string): string {
  return new Intl.ListFormat(languageTag, { type: 'conjunction' }).format(items);
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
