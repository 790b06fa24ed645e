/** When a guidance item can be asked for, in words. */
import { formatDay } from './dates.ts';

export interface PeriodLabels {
  allYear: string;
  from: (day: string) => string;
  until: (day: string) => string;
  between: (from: string, until: string) => string;
}

/**
 * @example describePeriod({ from: '2023-07-01' }, 'en', labels) // 'From Saturday 1 July 2023'
 */
export function describePeriod(
  period: { from?: string | undefined; until?: string | undefined } | undefined,
  languageTag: string,
  labels: PeriodLabels,
): string {
  const from = period?.from ? formatDay(period.from, languageTag) : undefined;
  const until = period?.until ? formatDay(period.until, languageTag) : undefined;
  if (from && until) return labels.between(from, until);
  if (from) return labels.from(from);
  if (until) return labels.until(until);
  return labels.allYear;
}
