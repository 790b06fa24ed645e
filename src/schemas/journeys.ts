/**
 * Typical journey times between the areas venues are in: content/journeys.yaml, one file.
 * My programme flags two saved activities when the gap between them is shorter than the
 * journey from the first one's venue to the second one's (src/lib/clashes.ts).
 *
 * An area is one of Xiamen's districts, or an island reached only by ferry (Gulangyu), which
 * a venue names in its `island` field: a trip to Gulangyu takes the ferry, whatever district
 * the island belongs to.
 */
import { z } from 'astro/zod';
import { DISTRICTS, type District } from './shared.ts';
import { venueSchema } from './venues.ts';

/** Islands a venue can be on, from the venue schema's `island` field: `gulangyu`. */
export const ISLANDS = venueSchema().shape.island.unwrap().options;
export type Island = (typeof ISLANDS)[number];

/** Where a journey starts or ends: a district, or an island. */
export type Area = District | Island;
export const AREAS: readonly [Area, ...Area[]] = [...DISTRICTS, ...ISLANDS];

const WHOLE_MINUTES = 'expected a whole number of minutes above 0, like 45';

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'string') return `"${value}"`;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : 'not a number';
}

/** A number of minutes: a whole number above 0, e.g. `45`. */
const minutes = z
  .number({ error: (issue) => `is ${describe(issue.input)}; ${WHOLE_MINUTES}` })
  // One check for both rules, and not z.int(), whose failure would stop the rules across the list.
  .refine((value) => Number.isInteger(value) && value > 0, { error: (issue) => `is ${describe(issue.input)}; ${WHOLE_MINUTES}` });

/** One of the areas, e.g. `siming` or `gulangyu`. */
const area = z.enum(AREAS, {
  error: (issue) => `${describe(issue.input)} is not an area; expected one of: ${AREAS.join(', ')}`,
});

/** The journey between two areas, e.g. `{ from: siming, to: xiangan, minutes: 60 }`. It applies both ways. */
export const journey = z.strictObject({
  /** One end of the journey: an area, e.g. `siming`. */
  from: area,
  /** The other end: another area, e.g. `xiangan`. Which end is `from` does not matter. */
  to: area,
  /** How long a visitor typically takes, door to door, by metro, taxi or ferry as they would go, e.g. `60`. */
  minutes,
});

/** Both areas of a pair in a fixed order, so that a pair and its reverse are the same key. */
export function pairKey(a: Area, b: Area): string {
  return AREAS.indexOf(a) <= AREAS.indexOf(b) ? `${a}–${b}` : `${b}–${a}`;
}

/** Every pair of two different areas, in the order of AREAS. */
export const AREA_PAIRS: readonly (readonly [Area, Area])[] = AREAS.flatMap((a, index) =>
  AREAS.slice(index + 1).map((b) => [a, b] as const),
);

function isArea(value: unknown): value is Area {
  return (AREAS as readonly unknown[]).includes(value);
}

/**
 * The rules across the list: no journey from an area to itself, each pair once, every pair
 * there. They read the raw items, so that a table with an unknown area in one row still has
 * its other rows checked in the same run.
 */
interface PairIssue {
  path: (string | number)[];
  input: unknown;
  message: string;
}

function checkPairs(value: unknown, report: (issue: PairIssue) => void): void {
  const journeys = (value as { journeys?: unknown } | null)?.journeys;
  if (!Array.isArray(journeys)) return;
  const seen = new Map<string, number>();
  journeys.forEach((item: unknown, index) => {
    const { from, to } = (item ?? {}) as { from?: unknown; to?: unknown };
    if (!isArea(from) || !isArea(to)) return;
    if (from === to) {
      report({
        input: to,
        path: ['journeys', index, 'to'],
        message: `is "${to}", the same area as from; expected another area (the time between two venues in one area is \`within\`)`,
      });
      return;
    }
    const key = pairKey(from, to);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return;
    }
    report({
      input: item,
      path: ['journeys', index],
      message: `gives ${from} and ${to} again, which journeys[${String(first)}] already gives; expected each pair once (a journey applies both ways)`,
    });
  });
  const missing = AREA_PAIRS.filter(([a, b]) => !seen.has(pairKey(a, b))).map(([a, b]) => `${a} and ${b}`);
  if (missing.length > 0) {
    report({
      input: journeys,
      path: ['journeys'],
      message: `has no journey between ${missing.join(', ')}; expected one for every pair of two areas (${String(AREA_PAIRS.length)} in all, each applying both ways)`,
    });
  }
}

export const journeysSchema = z
  .strictObject({
    /** Minutes between two venues in the same area, e.g. `20`. Two activities at the same venue need no journey. */
    within: minutes,
    /** The journey between every pair of two different areas, each pair once: it applies both ways. */
    journeys: z.array(journey, { error: (issue) => `is ${describe(issue.input)}; expected a list of journeys` }),
  })
  .check(
    z.superRefine(
      (value, ctx) => {
        checkPairs(value, (issue) => {
          ctx.addIssue({ code: 'custom', ...issue });
        });
      },
      // Also when a row has a problem of its own, so that the editor sees every problem in one run.
      { when: () => true },
    ),
  );

export type JourneyTable = z.output<typeof journeysSchema>;
