/** A place where activities happen: one YAML file in content/venues/, named by its id. */
import { z } from 'astro/zod';
import { DISTRICTS, line, webAddress } from './shared.ts';

/** The fields that hold text: what a translation carries; the rest it inherits. */
export const venueText = {
  /** The venue's name, e.g. "Xiamen International Conference Center". */
  name: line(160),
  /** Street address as a visitor would give it to a taxi, e.g. "198 Huandao East Road, Siming District, Xiamen". */
  address: line(240),
  /** How to get there on foot once nearby, or anything else a first-time visitor needs at the door. Optional. */
  directions: line(400).optional(),
  /** By metro: the line, the station and the walk, e.g. "Line 2, Guanyinshan station, exit 2, then 10 minutes on foot". Optional. */
  metro: line(200).optional(),
  /** By bus: the routes and the stop, e.g. "Routes 29 and 43 to Guanyinshan Commercial Center". Optional. */
  bus: line(200).optional(),
  /** By ferry: the crossing and the pier, e.g. "From Xiamen Ferry Terminal (Dongdu) to Sanqiutian pier, 20 minutes". Optional. */
  ferry: line(200).optional(),
  /** Anything about access the answers below do not say, e.g. "Lift to every floor from the north entrance". Optional. */
  accessNote: line(400).optional(),
};

/** An answer to an accessibility question: `yes`, `no` or `unknown` (nobody has checked yet, and the page says so). */
export const ACCESS_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type AccessAnswer = (typeof ACCESS_ANSWERS)[number];

const answer = z
  .enum(ACCESS_ANSWERS, {
    error: (issue) => `is ${JSON.stringify(issue.input)}; expected yes, no or unknown`,
  })
  .default('unknown');

/** The accessibility questions every venue page answers, in the order it shows them. */
export const ACCESS_FEATURES = ['stepFreeEntrance', 'accessibleToilet', 'hearingLoop', 'seating', 'quietRoom'] as const;
export type AccessFeature = (typeof ACCESS_FEATURES)[number];

/** What a venue offers people with disabilities. Every answer defaults to `unknown`. */
export const venueAccess = z.strictObject({
  /** A way in without steps: level, ramped or by lift, from the street to the rooms used. */
  stepFreeEntrance: answer,
  /** A toilet a wheelchair user can use. */
  accessibleToilet: answer,
  /** An induction (hearing) loop in the rooms used. */
  hearingLoop: answer,
  /** Seats for everyone who needs one, for the length of an activity (not standing only). */
  seating: answer,
  /** A quiet room to step away to. */
  quietRoom: answer,
});
export type VenueAccess = z.output<typeof venueAccess>;

export const venueSchema = () =>
  z.strictObject({
    ...venueText,
    /** One of Xiamen's districts: siming, huli, jimei, haicang, tongan, xiangan. */
    district: z.enum(DISTRICTS),
    /** The island it is on, when that island is reached only by ferry: `gulangyu`. Optional: leave it out elsewhere. Journey times (content/journeys.yaml) then count from the island, not from its district. */
    island: z.enum(['gulangyu']).optional(),
    /** Latitude and longitude in degrees (WGS 84), e.g. `{ lat: 24.4798, lng: 118.1819 }`. */
    coordinates: z.strictObject(
      {
        lat: z.number({ error: 'is not a number; expected a latitude like 24.4798' }).min(-90).max(90),
        lng: z.number({ error: 'is not a number; expected a longitude like 118.1819' }).min(-180).max(180),
      },
      {
        error: (issue) =>
          issue.input === undefined
            ? 'is missing; expected the venue’s latitude and longitude (WGS 84, from GPS or OpenStreetMap), like { lat: 24.4798, lng: 118.1819 }'
            : undefined,
      },
    ),
    /** The venue's own map or directions page. Optional: shown before the map apps' links, which are made from the coordinates. */
    mapUrl: webAddress.optional(),
    /** Accessibility: each question answered yes, no or unknown. Optional: every answer not given is unknown. */
    access: venueAccess.default({
      stepFreeEntrance: 'unknown',
      accessibleToilet: 'unknown',
      hearingLoop: 'unknown',
      seating: 'unknown',
      quietRoom: 'unknown',
    }),
  });

export type Venue = z.output<ReturnType<typeof venueSchema>>;
