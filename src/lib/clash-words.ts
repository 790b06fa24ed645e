/**
 * What My programme says about an activity's clashes, in the page's language: one line naming
 * every activity it overlaps, and one line for each it leaves too little time to travel to or from.
 */
import { pickPlural, type PluralForms } from '../i18n/plural.ts';
import type { Area } from '../schemas/journeys.ts';
import type { Clash } from './clashes.ts';

/** The words, with `{placeholders}` still to fill, as the page hands them to its script. */
export interface ClashLabels {
  /** "Overlaps with {titles}" */
  overlaps: string;
  /** "Starts {gap} after “{title}” ends, and {route} takes about {journey}." */
  startsAfter: string;
  /** "Ends {gap} before “{title}” starts, and {route} takes about {journey}." */
  endsBefore: string;
  /** "Starts as “{title}” ends, and {route} takes about {journey}.": no gap at all. */
  startsAsEnds: string;
  /** "Ends as “{title}” starts, and {route} takes about {journey}." */
  endsAsStarts: string;
  /** "{from} to {to}" */
  route: string;
  /** "getting between two venues in {area}" */
  routeWithin: string;
  /** "{count} minutes", in each plural form of the language. */
  minutes: PluralForms;
  /** Each area's name. */
  areas: Record<Area, string>;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

/**
 * The lines that warn about an activity's clashes: the overlaps first, all in one line, then one
 * line per journey too long for its gap, in the order the clashes come.
 * @param titleOf the title of another activity, by its id
 * @param tag the page's BCP 47 language tag, for numbers, plurals and lists
 * @example clashWarnings([journeyClash], titleOf, enLabels, 'en-GB')
 * // ['Starts 30 minutes after “Opening Ceremony” ends, and Siming to Xiang’an takes about 60 minutes.']
 */
export function clashWarnings(clashes: readonly Clash[], titleOf: (id: string) => string, labels: ClashLabels, tag: string): string[] {
  const numbers = new Intl.NumberFormat(tag);
  const minutes = (count: number): string => fill(pickPlural(labels.minutes, count, tag), { count: numbers.format(count) });
  const lines: string[] = [];
  const overlapping = clashes.filter((clash) => clash.kind === 'overlap').map((clash) => titleOf(clash.with));
  if (overlapping.length > 0) {
    lines.push(fill(labels.overlaps, { titles: new Intl.ListFormat(tag, { type: 'conjunction' }).format(overlapping) }));
  }
  for (const clash of clashes) {
    // A journey clash always has both areas: an activity that needs no journey never makes one.
    if (clash.kind !== 'journey' || clash.from === null || clash.to === null) continue;
    const route =
      clash.from === clash.to
        ? fill(labels.routeWithin, { area: labels.areas[clash.from] })
        : fill(labels.route, { from: labels.areas[clash.from], to: labels.areas[clash.to] });
    const later = clash.position === 'later';
    const template = clash.gap > 0 ? (later ? labels.startsAfter : labels.endsBefore) : later ? labels.startsAsEnds : labels.endsAsStarts;
    lines.push(fill(template, { gap: minutes(clash.gap), title: titleOf(clash.with), route, journey: minutes(clash.journey) }));
  }
  return lines;
}
