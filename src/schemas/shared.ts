/**
 * Pieces of schema that several collections share: slugs, instants, dates,
 * contact details, images, references and the vocabularies (categories,
 * audiences, districts) that filters and labels are built from.
 *
 * Every message reads "what is wrong; what was expected" because the content
 * checker prints it after `path:line — field:`.
 */
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro/content/config';
import { isValidPhoneNumber } from 'libphonenumber-js/min';
import { impossibleDate } from '../lib/real-date.ts';

/** Astro's `reference(collection)`: reads an entry id, gives `{ collection, id }`. */
export type ReferenceFunction = <C extends CollectionName>(collection: C) => z.ZodType<{ collection: C; id: string }, string>;

/** What a schema factory needs from its caller: Astro's helpers in the build, stand-ins in the checker. */
export interface SchemaContext {
  /** Astro's `image()`: a path to an image file next to the entry. */
  image: ImageFunction;
  reference: ReferenceFunction;
}

/** The collections whose entries can be referenced by id. */
export type CollectionName = 'activities' | 'guidance' | 'awards' | 'universities' | 'venues' | 'organisers' | 'pages';

/** The event's time zone: Xiamen keeps China Standard Time (UTC+8) all year. */
export const XIAMEN_TIME_ZONE = 'Asia/Shanghai';

/** Lowercase words joined by hyphens: the part of a URL that names an entry. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z.string().regex(SLUG_PATTERN, {
  error: (issue) =>
    `"${String(issue.input)}" is not a slug; expected lowercase letters and digits joined by hyphens, like opening-ceremony`,
});

const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const NO_OFFSET_PATTERN = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

function describeInstantProblem(value: string): string {
  const impossible = impossibleDate(value);
  if (impossible) return `"${value}" does not exist: ${impossible}; expected a real date and time, like 2023-07-06T09:30:00+08:00`;
  if (NO_OFFSET_PATTERN.test(value)) {
    return `"${value}" has no time-zone offset; expected an offset at the end, like ${value.replace(' ', 'T')}+08:00 for Xiamen time`;
  }
  return `"${value}" is not a date and time; expected ISO 8601 with an offset, like 2023-07-06T09:30:00+08:00`;
}

/**
 * A moment in time written as ISO 8601 with an explicit offset, e.g. `2023-07-06T09:30:00+08:00`.
 * The content checker reads YAML timestamps as text, so a missing offset is caught there;
 * Astro's own YAML reader hands over a Date, which is accepted as already checked.
 */
export const instant = z.unknown().transform((value, ctx): Date => {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && INSTANT_PATTERN.test(value) && !impossibleDate(value) && !Number.isNaN(Date.parse(value))) {
    return new Date(value);
  }
  ctx.issues.push({
    code: 'custom',
    input: value,
    message:
      typeof value === 'string'
        ? describeInstantProblem(value)
        : `is ${value === undefined ? 'missing' : 'not a date and time'}; expected ISO 8601 with an offset, like 2023-07-06T09:30:00+08:00`,
  });
  return z.NEVER;
});

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar day, `YYYY-MM-DD`, e.g. `2023-07-06`. Astro's YAML reader turns a bare
 * date into midnight UTC, which maps back to the same day.
 */
export const localDate = z.unknown().transform((value, ctx): string => {
  const day = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  if (typeof day === 'string' && DAY_PATTERN.test(day) && !impossibleDate(day)) return day;
  const impossible = typeof day === 'string' && DAY_PATTERN.test(day) ? impossibleDate(day) : undefined;
  ctx.issues.push({
    code: 'custom',
    input: value,
    message: impossible
      ? `"${String(day)}" does not exist: ${impossible}; expected a real day written YYYY-MM-DD, like 2023-07-06`
      : `is ${value === undefined ? 'missing' : typeof value === 'string' ? `"${value}"` : 'not a day'}; expected a real day written YYYY-MM-DD, like 2023-07-06`,
  });
  return z.NEVER;
});

/** An absolute https address, e.g. `https://www.xm.gov.cn/`: visitors are sent only to secure pages. */
export const webAddress = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: (issue) =>
    typeof issue.input === 'string' && /^http:\/\//i.test(issue.input)
      ? `"${issue.input}" is not a secure address; expected the same address starting with https://`
      : `"${String(issue.input)}" is not a web address; expected a full address starting with https://`,
});

/** An email address, e.g. `talent@example.cn`. */
export const emailAddress = z.email({
  error: (issue) => `"${String(issue.input)}" is not an email address; expected something like talent@example.cn`,
});

/**
 * A phone number that can be dialled from abroad: with its country code, e.g. `+86 592 123 4567`.
 * Numbers without a country code are read as Chinese numbers.
 */
export const phoneNumber = z.string().refine((value) => isValidPhoneNumber(value, 'CN'), {
  error: (issue) => `"${String(issue.input)}" is not a phone number; expected a number with its country code, like +86 592 123 4567`,
});

/** How to get in touch: at least one of a web page, an email address and a phone number. */
export const contact = z
  .strictObject({
    /** A page with the details or a form, e.g. `https://rsj.xm.gov.cn/`. */
    url: webAddress.optional(),
    /** e.g. `talent@example.cn` */
    email: emailAddress.optional(),
    /** With the country code, e.g. `+86 592 123 4567`. */
    phone: phoneNumber.optional(),
  })
  .refine((value) => value.url ?? value.email ?? value.phone, {
    error: 'is empty; expected at least one of url, email or phone',
  });

/** An image with its text alternative. */
export const imageWithAlt = ({ image }: Pick<SchemaContext, 'image'>) =>
  z.strictObject({
    /** Path to the image file, relative to the entry, e.g. `./opening-ceremony.jpg`. */
    src: image(),
    /** What the image shows, for people who cannot see it, e.g. "Guests on the stage of the opening ceremony". */
    alt: z
      .string({ error: 'is missing; expected a short description of the image for people who cannot see it' })
      .trim()
      .min(1, { error: 'is empty; expected a short description of the image for people who cannot see it' }),
  });

/** A list of distinct ids of entries in one collection. */
export const references = <C extends CollectionName>(context: Pick<SchemaContext, 'reference'>, collection: C) =>
  z.array(context.reference(collection)).default([]);

/** Old slugs that should lead to this entry's page, e.g. `[opening-gala]`. */
export const redirectFrom = z.array(slug).default([]);

/** A draft is checked but not published. */
export const draft = z.boolean().default(false);

/** Who an activity or a guidance item is for. */
export const AUDIENCES = [
  'overseas-students',
  'returning-graduates',
  'international-talents',
  'cross-strait-talents',
  'researchers',
  'entrepreneurs',
  'investors',
  'employers',
  'university-students',
  'families',
  'public',
] as const;
export type Audience = (typeof AUDIENCES)[number];

export const audience = z.array(z.enum(AUDIENCES)).min(1, {
  error: `is empty; expected at least one of: ${AUDIENCES.join(', ')}`,
});

/** Xiamen's six districts. */
export const DISTRICTS = ['siming', 'huli', 'jimei', 'haicang', 'tongan', 'xiangan'] as const;
export type District = (typeof DISTRICTS)[number];

/** Plain text on one line, e.g. a title. */
export const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'is empty; expected some text' })
    .max(max, {
      error: (issue) =>
        `is too long at ${String(typeof issue.input === 'string' ? issue.input.length : '?')} characters; expected at most ${String(issue.maximum)}`,
    })
    .refine((value) => !value.includes('\n'), { error: 'runs over several lines; expected a single line' });
