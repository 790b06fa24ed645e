/**
 * A change to an activity in the reader's words: "Moved from Sat 15 Jul, 09:00 to Sat 22 Jul,
 * 09:00.", "Cancelled. Why: …". Pure: the page passes its t(), language, time zone and the
 * venues' names in its language.
 */
import type { UiKey } from '../i18n/index.ts';
import type { ChangeItem } from './change-history.ts';
import { formatMoment } from './dates.ts';

export interface ChangeWordsContext {
  t: (key: UiKey, values?: Record<string, string | number>) => string;
  languageTag: string;
  timeZone: string;
  venueName: (id: string) => string;
  /** The activity's status reason in the reader's language, for the change to the status it now has. */
  reason?: { state: string; text: string } | undefined;
}

/** One sentence per thing that changed; a rescheduling says only where it moved to and from. */
export function describeChange(items: readonly ChangeItem[], context: ChangeWordsContext): string[] {
  const { t, languageTag, timeZone, venueName, reason } = context;
  const moment = (instant: string): string => formatMoment(new Date(instant), languageTag, timeZone);
  const moved = items.some((item) => item.field === 'time');
  return items.flatMap((item): string[] => {
    switch (item.field) {
      case 'time':
        // A new start moves the activity; a new end alone only lengthens or shortens it.
        return Date.parse(item.from.start) === Date.parse(item.to.start)
          ? [t('change.end', { from: moment(item.from.end), to: moment(item.to.end) })]
          : [t('change.time', { from: moment(item.from.start), to: moment(item.to.start) })];
      case 'venue':
        if (item.to === null) return [t('change.venueRemoved')];
        return [
          item.from === null
            ? t('change.venueAdded', { to: venueName(item.to) })
            : t('change.venue', { from: venueName(item.from), to: venueName(item.to) }),
        ];
      case 'format':
        return [t(`change.format.${item.to}` as UiKey)];
      case 'status': {
        if (item.to === 'rescheduled' && moved) return [];
        const said = t(`change.status.${item.to}` as UiKey);
        return reason?.state === item.to ? [said, t('change.reason', { reason: reason.text })] : [said];
      }
      case 'deadline':
        if (item.to === null) return [t('change.deadlineRemoved')];
        return [
          item.from === null
            ? t('change.deadlineAdded', { to: moment(item.to) })
            : t('change.deadline', { from: moment(item.from), to: moment(item.to) }),
        ];
      case 'full':
        return [t(item.to ? 'change.full' : 'change.notFull')];
    }
  });
}
