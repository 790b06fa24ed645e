/** Who runs an activity or provides a guidance item: one YAML file in content/organisers/, named by its id. */
import { z } from 'astro/zod';
import { line, webAddress } from './shared.ts';

export const ORGANISER_KINDS = ['government', 'university', 'enterprise', 'association', 'institute', 'service-centre'] as const;
export type OrganiserKind = (typeof ORGANISER_KINDS)[number];

/** The fields that hold text: what a translation carries; the rest it inherits. */
export const organiserText = {
  /** The organisation's name, e.g. "Xiamen Human Resources and Social Security Bureau". */
  name: line(200),
};

export const organiserSchema = () =>
  z.strictObject({
    ...organiserText,
    /** government, university, enterprise, association, institute or service-centre. */
    kind: z.enum(ORGANISER_KINDS),
    /** Its website. Optional. */
    url: webAddress.optional(),
  });

export type Organiser = z.output<ReturnType<typeof organiserSchema>>;
