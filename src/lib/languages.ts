/** Names of languages in the reader's language, from the language codes entries use. */

/**
 * @example languageNames(['zh', 'en'], 'en') // 'Chinese, English'
 */
export function languageNames(codes: readonly string[], languageTag: string): string {
  const names = new Intl.DisplayNames([languageTag], { type: 'language' });
  return new Intl.ListFormat(languageTag, { type: 'unit' }).format(codes.map((code) => names.of(code) ?? code));
}
