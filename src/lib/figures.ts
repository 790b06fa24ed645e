/** Headline figures as a reader sees them: grouped digits, and "more than" where the number is a floor. */

/**
 * @example formatFigure({ value: 56000, moreThan: true }, 'en', (n) => `more than ${n}`) // 'more than 56,000'
 */
export function formatFigure(
  figure: { value: number; moreThan: boolean },
  languageTag: string,
  moreThan: (value: string) => string,
): string {
  const value = new Intl.NumberFormat(languageTag).format(figure.value);
  return figure.moreThan ? moreThan(value) : value;
}
