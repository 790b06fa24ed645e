/** The edition's facts, in one locale: the translation's text over the English file's facts. */
import { getEntry } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/index.ts';
import { localiseOne } from './localise.ts';

export async function getEvent(locale: Locale) {
  const entry = await getEntry('event', 'event');
  if (!entry) throw new Error('content/event.yaml was not loaded; run `npm run check` to see why.');
  const translation = locale === DEFAULT_LOCALE ? undefined : await getEntry('eventTranslations', locale);
  if (!translation) return { ...entry.data, textLocale: DEFAULT_LOCALE };
  const { name, alternativeName, theme, summary, figures } = translation.data;
  const labels = new Map(figures.map((figure) => [figure.id, figure.label]));
  return {
    ...entry.data,
    name,
    alternativeName,
    theme,
    summary,
    figures: entry.data.figures.map((figure) => ({ ...figure, label: labels.get(figure.id) ?? figure.label })),
    textLocale: locale,
  };
}

export type EventData = Awaited<ReturnType<typeof getEvent>>;

/** The organisation that runs the festival. */
export async function getFestivalOrganiser(locale: Locale) {
  const event = await getEvent(locale);
  const organiser = await getEntry(event.organiser);
  return (await localiseOne(organiser, locale)).data;
}
