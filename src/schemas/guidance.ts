/**
 * One item of the guidance list: one MDX file in content/guidance/ named `<nn>-<slug>.mdx`,
 * where nn is its number. The body explains the support in full.
 */
import { z } from 'astro/zod';
import { audience, contact, draft, line, localDate, redirectFrom, references, type SchemaContext } from './shared.ts';

/** The sections of the guidance list, in the order they are shown. */
export const GUIDANCE_CATEGORIES = [
  'entry-and-residence',
  'employment-and-internships',
  'entrepreneurship',
  'housing',
  'schooling',
  'healthcare-and-insurance',
  'finance-and-tax',
  'daily-life',
  'policy-consultation',
  'cross-strait',
] as const;
export type GuidanceCategory = (typeof GUIDANCE_CATEGORIES)[number];

/** When the support can be asked for. Both ends optional: leave it out for support offered all year. */
export const period = z
  .strictObject({
    /** First day, e.g. `2023-07-01`. */
    from: localDate.optional(),
    /** Last day, e.g. `2023-12-31`. */
    until: localDate.optional(),
  })
  .refine((value) => !value.from || !value.until || value.from <= value.until, {
    error: 'ends before it begins; expected until on or after from',
    path: ['until'],
  });

/** The fields that hold text: what a translation carries (with its body); the rest it inherits. */
export const guidanceText = {
  /** What the support is, e.g. "Apply for a work permit". At most 70 characters, so it fits a browser tab and a search result. */
  title: line(70),
  /** One or two sentences for lists and search results. At most 300 characters. */
  summary: line(300),
  /** The steps to take, in order. At least one. */
  howToApply: z.array(line(400)).min(1, { error: 'is empty; expected at least one step' }),
  /** Papers to bring, e.g. `[Passport, Degree certificate]`. Optional. */
  documents: z.array(line(200)).default([]),
};

export const guidanceSchema = (context: SchemaContext) =>
  z.strictObject({
    /** Its place in the list, 1 to the event's expected count; the file name starts with it, e.g. `07-`. */
    number: z.int({ error: 'is not a whole number; expected the item number, like 7' }).positive({
      error: 'is not positive; expected the item number, starting at 1',
    }),
    ...guidanceText,
    /** One of GUIDANCE_CATEGORIES, e.g. `housing`. */
    category: z.enum(GUIDANCE_CATEGORIES),
    /** Who provides it: the id of an organiser in content/organisers/. */
    provider: context.reference('organisers'),
    /** Who it is for, e.g. `[international-talents]`. */
    audience,
    /** How to get in touch: url, email and/or phone. */
    contact,
    /** When it can be asked for. Optional: leave it out for support offered all year. */
    period: period.optional(),
    /** Ids of activities where this support is offered or explained. */
    relatedActivities: references(context, 'activities'),
    /** Old slugs that should lead here. */
    redirectFrom,
    /** Checked but not published. Default: false. */
    draft,
  });

export type Guidance = z.output<ReturnType<typeof guidanceSchema>>;
