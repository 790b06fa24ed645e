/** What an award's page shows beside the award itself, in one locale. */
import type { Locale } from '../../i18n/index.ts';
import { getActivity } from '../queries/activities.ts';
import type { AwardEntry } from '../queries/awards.ts';

/** The activity where an award was presented, if it was. */
export async function getAwardActivity(award: AwardEntry, locale: Locale) {
  return award.data.kind === 'award' && award.data.presentedAt ? getActivity(award.data.presentedAt.id, locale) : undefined;
}
