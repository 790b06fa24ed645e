/** What the list of guidance and support shows, in one locale. */
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { collectionPath } from '../entry-routes.ts';
import { itemList } from '../json-ld.ts';
import { getGuidanceByCategory } from '../queries/guidance.ts';

/** The items by category, how many there are, the category filter, and the list as structured data. */
export async function getGuidanceListPage(locale: Locale, site: URL) {
  const t = useTranslations(locale);
  const sections = await getGuidanceByCategory(locale);
  const total = sections.reduce((count, section) => count + section.items.length, 0);
  const structuredData = itemList(
    t('guidance.title'),
    sections.flatMap(({ items }) =>
      items.map((item) => ({ name: item.data.title, url: new URL(collectionPath(locale, 'guidance', item.id), site).href })),
    ),
  );
  const categoryFacet = {
    name: 'category',
    legend: t('filters.category'),
    options: sections.map(({ category, items }) => ({ value: category, label: t(`guidanceCategory.${category}`), count: items.length })),
  };
  return { sections, total, structuredData, categoryFacet };
}
