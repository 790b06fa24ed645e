/**
 * An award presented during the month, or an honour the city holds: one MDX file in content/awards/.
 * Recipients are listed only where they have been announced; none are invented.
 */
import { z } from 'astro/zod';
import { draft, line, redirectFrom, type SchemaContext } from './shared.ts';

/** The fields that hold text: what a translation carries (with its body); the rest it inherits. */
export const awardText = {
  /** The award's name, e.g. "Xiamen Talent Scout Award". */
  title: line(70),
  /** Who confers it, e.g. "Xiamen Municipal People's Government". Optional: leave it out where it is not known. */
  conferredBy: line(200).optional(),
  /** One or two sentences for lists and search results. */
  description: line(400),
  /** Names of recipients, where announced. Optional. */
  recipients: z.array(line(200)).default([]),
};

const base = z.strictObject({
  ...awardText,
  /** The year it was presented or conferred, e.g. 2023. Optional: leave it out where it is not known. */
  year: z
    .int({ error: 'is not a year; expected a year like 2023' })
    .min(1990, { error: 'is too early; expected a year like 2023' })
    .max(2100, { error: 'is too late; expected a year like 2023' })
    .optional(),
  /** Old slugs that should lead here. */
  redirectFrom,
  /** Checked but not published. Default: false. */
  draft,
});

export const awardSchema = (context: SchemaContext) =>
  z.discriminatedUnion(
    'kind',
    [
      /** An award presented during the month. */
      base.extend({
        kind: z.literal('award'),
        /** The id of the activity where it was presented, e.g. `opening-ceremony`. Optional. */
        presentedAt: context.reference('activities').optional(),
      }),
      /** A title the city holds. */
      base.extend({ kind: z.literal('honour') }),
    ],
    {
      error: (issue) =>
        issue.note === 'No matching discriminator'
          ? 'is missing or unknown; expected award (presented during the month) or honour (a title the city holds)'
          : undefined,
    },
  );

export type Award = z.output<ReturnType<typeof awardSchema>>;
