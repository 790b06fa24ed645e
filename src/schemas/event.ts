/**
 * The edition's facts: content/event.yaml, one file. Everything the site says about the festival
 * as a whole, and the counts the checker holds the programme to.
 */
import { z } from 'astro/zod';
import { line, localDate, type SchemaContext } from './shared.ts';
import { translatedFrom } from './translation.ts';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** A headline number, e.g. `{ value: 56000, moreThan: true, label: "international talents work in Xiamen" }`. */
export const figure = z.strictObject({
  /** A stable name for the figure, used by pages and tests, e.g. `international-talents`. */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'is not an id; expected lowercase words joined by hyphens' }),
  /** The number itself, e.g. 56000. */
  value: z.number({ error: 'is not a number; expected a number like 56000' }).nonnegative(),
  /** Whether the number is a lower bound ("more than 56,000"). Default: false. */
  moreThan: z.boolean().default(false),
  /** What it counts, read after the number, e.g. "international talents work in Xiamen". */
  label: line(160),
});

/** The fields that hold text: what a translation of the event carries, with its figures' labels. */
export const eventText = {
  /** The edition's name, e.g. "Xiamen Talent Service Month 2023". */
  name: line(120),
  /** Its other name, e.g. "Overseas Students Return to Xiamen". */
  alternativeName: line(120),
  /** The theme in one sentence. */
  theme: line(300),
  /** What the festival is, in one or two sentences, for the home page and link previews. */
  summary: line(400),
};

/**
 * A translation of the event: content/zh-cn/event.yaml. Its figures give only `id` and `label`;
 * the numbers come from the English file.
 */
export const eventTranslationSchema = z.strictObject(
  {
    ...eventText,
    /** Each figure's label, by the figure's id, e.g. `{ id: activities, label: 场活动 }`. */
    figures: z.array(z.strictObject({ id: figure.shape.id, label: line(160) })).default([]),
    translatedFrom,
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? 'cannot be translated; expected only name, alternativeName, theme, summary, figures (id and label) and translatedFrom: the other fields come from content/event.yaml'
        : undefined,
  },
);

export const eventSchema = (context: Pick<SchemaContext, 'reference'>) =>
  z.strictObject({
    ...eventText,
    /** Which edition this is, e.g. 3 for the third year in a row. */
    edition: z.int({ error: 'is not a whole number; expected the edition, like 3' }).positive(),
    /** First and last day of the programme, in the event's time zone, e.g. `{ opens: 2023-07-06, closes: 2023-08-05 }`. */
    window: z.strictObject({ opens: localDate, closes: localDate }).refine((value) => value.opens <= value.closes, {
      error: 'closes before it opens; expected closes on or after opens',
      path: ['closes'],
    }),
    /** Who runs the festival: the id of an organiser in content/organisers/, e.g. `xiamen-talent-office`. */
    organiser: context.reference('organisers'),
    /** The IANA time zone the programme runs in, e.g. `Asia/Shanghai`. */
    timeZone: z.string().refine(isTimeZone, {
      error: (issue) => `"${String(issue.input)}" is not a time zone; expected an IANA name like Asia/Shanghai`,
    }),
    /** Headline numbers, in the order they are shown. */
    figures: z.array(figure).default([]),
    /** How many published entries the checker expects; a different count is a problem. */
    expected: z.strictObject({
      /** Number of activities, e.g. 30. Cancelled ones count: cancel with status, never delete. */
      activities: z.int().nonnegative(),
      /** Number of guidance items, e.g. 80; they are numbered 1 to this. */
      guidance: z.int().nonnegative(),
    }),
  });

export type EventInfo = z.output<ReturnType<typeof eventSchema>>;
