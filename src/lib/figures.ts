/** Headline figures as a reader sees them: grouped digits, and "more than" where the number is a floor. */

/**
 * Chinese readers count large numbers in 万 (ten thousands), so from 10,000 up a Chinese figure
 * is written the way they say it: 1,550,000 as 155万.
 * @example formatFigure({ value: 56000, moreThan: true }, 'en-GB', (n) => `more than ${n}`) // 'more than 56,000'
 * @example formatFigure({ value: 1550000, moreThan: false }, 'zh-CN', (n) => `超过${n}`) // '155万'
 */
import { numberFormat } from './formatters.ts';
export function formatFigure(
  figure: { value: number; moreThan: boolean },
  languageTag: string,
  moreThan: (value: string) => string,
): string {
  const inTenThousands = languageTag.startsWith('zh') && figure.value >= 10_000;
  const value = numberFormat(languageTag, inTenThousands ? { notation: 'compact', maximumFractionDigits: 2 } : {}).format(figure.value);
  return figure.moreThan ? moreThan(value) : value;
}
