/**
 * What the pages hand to their scripts, typed once. The component that writes an island's data
 * and the script that reads it share the interface here, so the two cannot drift apart. The data
 * always travels the same way: written with `scriptJson` (src/lib/script-json.ts) into a
 * `<script type="application/json" data-island="<name>">` that is a child of the island's element
 * (by `<IslandData>`), and read back with `readIslandData`.
 */
import type { Area } from '../schemas/journeys.ts';
import type { ClashLabels } from './clash-words.ts';
import type { JourneyTable } from './clashes.ts';
import type { IcsEvent } from './ics.ts';
import type { DatedChange } from './my-programme.ts';
import type { SpanWords } from './multi-day.ts';

/** <now-next>: "What's on", redrawn for the visitor's clock. */
export interface NowNextData {
  window: { opens: string; closes: string };
  timeZone: string;
  /** The page's BCP 47 language tag, for formatting dates. */
  locale: string;
  labels: Record<'before' | 'after' | 'today' | 'next' | 'onDay' | 'nothingToday' | 'partOfSpan', string>;
  /** How today's entry of an activity over several days gives its part: "Until {time}", "Day {number} of {total}" … */
  spanWords: SpanWords;
  /** Where the activities' pages are: an activity's is this, its id and a slash (written once rather than in every link). */
  activityPath: string;
  activities: { title: string; id: string; start: string; end: string }[];
}

/** One activity as My programme lists and exports it. */
export interface MyProgrammeActivity {
  id: string;
  title: string;
  href: string;
  when: string;
  where: string;
  online?: { href: string; label: string } | undefined;
  status: string;
  /** Where the visitor has to be, for journey times: its venue's area, or null when it needs no journey (online). */
  area: Area | null;
  /** Its venue's id, if it has one: two activities at one venue need no journey. */
  venue?: string | undefined;
  /** The calendar event, with its instants as ISO 8601 text. */
  event: Omit<IcsEvent, 'start' | 'end' | 'lastModified'> & { start: string; end: string; lastModified: string };
  /** Its changes, oldest first, for the mark on one that changed since it was saved. */
  changes: DatedChange[];
}

/** <my-programme>: the saved activities, their calendar file and share link. */
export interface MyProgrammeData {
  calendarName: string;
  language: string;
  activities: MyProgrammeActivity[];
  /** Typical journey times between areas, from content/journeys.yaml. */
  journeys: JourneyTable;
  labels: Record<'remove' | 'removeShort' | 'copied' | 'added' | 'count' | 'changed' | 'seen' | 'seenShort', string>;
  /** The words of the clash warnings. */
  clashes: ClashLabels;
}

/** Every island by name, with the data the page hands it. */
export interface Islands {
  'now-next': NowNextData;
  'my-programme': MyProgrammeData;
}

/** What `<IslandData>` takes: an island's name and its data, checked against each other. */
export type IslandDataProps = { [Name in keyof Islands]: { island: Name; data: Islands[Name] } }[keyof Islands];

/**
 * The data a page wrote for the island `name` inside `host`. The page and the script are built
 * together from the same interface, so the parsed value is trusted to have its shape.
 */
export function readIslandData<Name extends keyof Islands>(host: Element, name: Name): Islands[Name] {
  const script = host.querySelector(`:scope > script[type="application/json"][data-island="${name}"]`);
  if (!script?.textContent) throw new Error(`<${host.localName}> has no data for ${name}`);
  return JSON.parse(script.textContent) as Islands[Name];
}
