/** What a university's page shows beside the university itself, in one locale. */
import type { Locale } from '../../i18n/index.ts';
import { getActivity } from '../queries/activities.ts';
import type { UniversityEntry } from '../queries/universities.ts';

/** The activity where the university signed (the checker makes sure it is published). */
export async function getSigningActivity(university: UniversityEntry, locale: Locale) {
  const activity = await getActivity(university.data.signingActivity.id, locale);
  if (!activity) throw new Error(`${university.id}: its signing activity ${university.data.signingActivity.id} is not published`);
  return activity;
}
