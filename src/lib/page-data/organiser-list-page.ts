/** What the organisers page shows, in one locale. */
import { languageTag, useTranslations, type Locale } from '../../i18n/index.ts';
import { ORGANISER_KINDS } from '../../schemas/organisers.ts';
import { groupsOf } from '../groups.ts';
import { listOf } from '../languages.ts';
import { getOrganisersInUse } from '../queries/organisers.ts';

/** The organisers in use kind by kind, each with a line of how many activities and guidance items it has. */
export async function getOrganiserListPage(locale: Locale) {
  const t = useTranslations(locale);
  const organisers = await getOrganisersInUse(locale);
  return groupsOf(organisers, ({ organiser }) => organiser.data.kind, ORGANISER_KINDS).map(({ key, items }) => ({
    kind: key,
    entries: items.map(({ organiser, items: activities, guidance }) => ({
      organiser,
      counts: listOf(
        [
          ...(activities.length > 0 ? [t('organisers.activityCount', { count: activities.length })] : []),
          ...(guidance.length > 0 ? [t('organisers.guidanceCount', { count: guidance.length })] : []),
        ],
        languageTag(locale),
      ),
    })),
  }));
}
