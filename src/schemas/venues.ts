/** A place where activities happen: one YAML file in content/venues/, named by its id. */
import { z } from 'astro/zod';
import { DISTRICTS, line, webAddress } from './shared.ts';

/** The fields that hold text: what a translation carries; the rest it inherits. */
export const venueText = {
  /** The venue's name, e.g. "Xiamen International Conference Center". */
  name: line(160),
  /** Street address as a visitor would give it to a taxi, e.g. "198 Huandao East Road, Siming District, Xiamen". */
  address: line(240),
  /** How to get there by metro, bus or ferry. Optional. */
  directions: line(400).optional(),
};

export const venueSchema = () =>
  z.strictObject({
    ...venueText,
    /** One of Xiamen's districts: siming, huli, jimei, haicang, tongan, xiangan. */
    district: z.enum(DISTRICTS),
    /** The island it is on, when that island is reached only by ferry: `gulangyu`. Optional: leave it out elsewhere. Journey times (content/journeys.yaml) then count from the island, not from its district. */
    island: z.enum(['gulangyu']).optional(),
    /** Latitude and longitude in degrees (WGS 84), e.g. `{ lat: 24.4798, lng: 118.1819 }`. */
    coordinates: z.strictObject({
      lat: z.number({ error: 'is not a number; expected a latitude like 24.4798' }).min(-90).max(90),
      lng: z.number({ error: 'is not a number; expected a longitude like 118.1819' }).min(-180).max(180),
    }),
    /** The venue's own map or directions page. Optional: shown before the map apps' links, which are made from the coordinates. */
    mapUrl: webAddress.optional(),
  });

export type Venue = z.output<ReturnType<typeof venueSchema>>;
