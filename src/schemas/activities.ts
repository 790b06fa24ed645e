/**
 * An activity of the programme: one MDX file in content/activities/, named by its slug.
 * The body says what happens, the agenda, who should come, how to take part and how to get there.
 */
import { z } from 'astro/zod';
import { dayInZone, formatTime } from '../lib/dates.ts';
import {
  audience,
  draft,
  imageWithAlt,
  instant,
  line,
  redirectFrom,
  references,
  webAddress,
  XIAMEN_TIME_ZONE,
  type SchemaContext,
} from './shared.ts';

/** What kind of activity it is; the agenda's category filter. */
export const ACTIVITY_CATEGORIES = [
  'ceremony',
  'project-cooperation',
  'capital-docking',
  'competition',
  'expert-projects',
  'university-cooperation',
  'cross-strait',
  'talent-services',
  'careers',
  'culture',
] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

/** How people attend. */
export const FORMATS = ['in-person', 'online', 'hybrid'] as const;
export type Format = (typeof FORMATS)[number];

/** Languages spoken, as language codes: English, Chinese (Mandarin), Hokkien (Minnan) and others. */
export const LANGUAGES = ['en', 'zh', 'nan', 'ja', 'ko', 'ms', 'th', 'vi', 'id', 'fr', 'de', 'es', 'ru', 'ar', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

const reason = line(200).optional();

/** An instant as an editor wrote it, for messages: "2023-07-15 09:00 Xiamen time". */
function describeInXiamen(value: Date): string {
  return `${dayInZone(value, XIAMEN_TIME_ZONE)} ${formatTime(value, 'en-GB', XIAMEN_TIME_ZONE)} Xiamen time`;
}

/**
 * Where an activity stands. Write just the state (`status: cancelled`) or, where it needs
 * more, an object with `state` and its fields.
 */
export const activityStatus = z.preprocess(
  (value) => (typeof value === 'string' ? { state: value } : value),
  z.discriminatedUnion(
    'state',
    [
      /** Going ahead as published. */
      z.strictObject({ state: z.literal('scheduled') }),
      /** Will not take place. The entry stays so its page can say so. */
      z.strictObject({ state: z.literal('cancelled'), reason }),
      /** Will take place later, on a day not yet known; start and end keep the original times. */
      z.strictObject({ state: z.literal('postponed'), reason }),
      /** Moved to a new time: start and end are the new times, previousStart the old one. */
      z.strictObject({
        state: z.literal('rescheduled'),
        /** The start it had before, e.g. `2023-07-12T14:00:00+08:00`. */
        previousStart: instant,
        reason,
      }),
      /** Will take place online instead of at its venue. */
      z.strictObject({ state: z.literal('moved-online'), reason }),
    ],
    {
      error: (issue) =>
        issue.note === 'No matching discriminator'
          ? 'has an unknown state; expected one of: scheduled, cancelled, postponed, rescheduled, moved-online'
          : undefined,
    },
  ),
);
export type ActivityStatus = z.output<typeof activityStatus>;

/** How to sign up. */
export const registration = z.strictObject({
  /** The sign-up page, e.g. `https://example.cn/register`. */
  url: webAddress,
  /** Last moment to sign up, with offset, e.g. `2023-07-10T18:00:00+08:00`. Optional. */
  deadline: instant.optional(),
  /** Whether people must sign up to attend. Default: true. */
  required: z.boolean().default(true),
  /** Every place is taken: the page stops offering to sign up. Default: false. */
  full: z.boolean().default(false),
  /** Where to join the waiting list once it is full, e.g. `https://example.cn/waiting-list`. Optional; needs `full: true`. */
  waitingList: webAddress.optional(),
});

/** The fields that hold text: what a translation carries (with its body); the rest it inherits. */
export const activityText = {
  /** The activity's name, e.g. "Opening Ceremony". At most 70 characters, so it fits a browser tab and a search result. */
  title: line(70),
  /** One or two sentences for lists and search results. At most 300 characters. */
  summary: line(300),
};

/** What an activity's translation may hold beyond its text fields: the status's reason, in words. */
export const activityTranslationText = {
  ...activityText,
  /** The translated `status.reason`, where the English entry gives one. */
  statusReason: reason,
};

export const activitySchema = (context: SchemaContext) =>
  z
    .strictObject({
      ...activityText,
      /** When it starts, with offset, e.g. `2023-07-06T09:30:00+08:00`. */
      start: instant,
      /**
       * When it ends, with offset; after start. It may be on a later day than start: an activity
       * over several days (a two-day fair, e.g. `2023-07-21T16:00:00+08:00` after a start on 20
       * July) is shown on every day it covers; an end at exactly 00:00 does not cover that day.
       */
      end: instant,
      /** One of ACTIVITY_CATEGORIES, e.g. `ceremony`. */
      category: z.enum(ACTIVITY_CATEGORIES),
      /** Where it happens: the id of a venue in content/venues/. Required unless the format is online. */
      venue: context.reference('venues').optional(),
      /** Who runs it: ids of organisers in content/organisers/. At least one. */
      organisers: z.array(context.reference('organisers')).min(1, {
        error: 'is empty; expected at least one organiser id from content/organisers/',
      }),
      /** Who it is for, e.g. `[overseas-students, entrepreneurs]`. */
      audience,
      /** `in-person`, `online` or `hybrid`. */
      format: z.enum(FORMATS),
      /** Languages spoken, e.g. `[zh, en]`. */
      languages: z.array(z.enum(LANGUAGES)).min(1, { error: 'is empty; expected at least one language code, like zh or en' }),
      /** Where to join online (online and hybrid activities), e.g. `https://live.example.cn/`. Optional. */
      onlineUrl: webAddress.optional(),
      /** How to sign up. Optional. */
      registration: registration.optional(),
      /** Where it stands. Default: scheduled. */
      status: activityStatus.default({ state: 'scheduled' }),
      /** Shown among the highlights on the home page. Default: false. */
      featured: z.boolean().default(false),
      /** A picture with its text alternative. Optional. */
      image: imageWithAlt(context).optional(),
      /** Ids of guidance items this activity helps with. */
      relatedGuidance: references(context, 'guidance'),
      /** Ids of partner universities taking part. */
      relatedUniversities: references(context, 'universities'),
      /** Ids of awards presented here. */
      relatedAwards: references(context, 'awards'),
      /** Old slugs that should lead here. */
      redirectFrom,
      /** Checked but not published. Default: false. */
      draft,
    })
    // Runs even when other fields failed (`when`), so an editor sees every problem in one pass;
    // hence the guards on each value it reads.
    .superRefine(
      (activity, ctx) => {
        const { start, end } = activity as { start: unknown; end: unknown };
        if (start instanceof Date && end instanceof Date && end <= start) {
          ctx.addIssue({
            code: 'custom',
            path: ['end'],
            message: `is not after start (got ${describeInXiamen(start)} → ${describeInXiamen(end)}); expected an end later than the start`,
          });
        }
        if ((activity.format as unknown) !== 'online' && activity.venue === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['venue'],
            message: `is missing for ${activity.format === 'hybrid' ? 'a hybrid' : 'an in-person'} activity; expected the id of a venue from content/venues/`,
          });
        }
        const deadline: unknown = activity.registration?.deadline;
        if (deadline instanceof Date && start instanceof Date && deadline > start) {
          ctx.addIssue({
            code: 'custom',
            path: ['registration', 'deadline'],
            message: 'is after the activity starts; expected a deadline on or before start',
          });
        }
        const signUp = activity.registration as { full?: unknown; waitingList?: unknown } | undefined;
        if (signUp?.waitingList !== undefined && signUp.full !== true) {
          ctx.addIssue({
            code: 'custom',
            path: ['registration', 'waitingList'],
            message:
              'is given but the activity is not full; expected full: true beside it (a waiting list opens once every place is taken)',
          });
        }
        const status = activity.status as { state?: unknown; previousStart?: unknown } | undefined;
        if (
          status?.state === 'rescheduled' &&
          status.previousStart instanceof Date &&
          start instanceof Date &&
          status.previousStart.getTime() === start.getTime()
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['status', 'previousStart'],
            message: 'is the same as start; expected the time it had before it was moved',
          });
        }
      },
      { when: () => true },
    );

export type Activity = z.output<ReturnType<typeof activitySchema>>;
