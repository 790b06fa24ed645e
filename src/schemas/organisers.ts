/** Who runs an activity or provides a guidance item: one YAML file in content/organisers/, named by its id. */
import { z } from 'astro/zod';
import { line, webAddress } from './shared.ts';

/** The longest name a browser tab and a search result show whole. */
const TITLE_LENGTH = 70;

export const ORGANISER_KINDS = ['government', 'university', 'enterprise', 'association', 'institute', 'service-centre'] as const;
export type OrganiserKind = (typeof ORGANISER_KINDS)[number];

/** The fields that hold text: what a translation carries; the rest it inherits. */
export const organiserText = {
  /** The organisation's name, e.g. "Xiamen Human Resources and Social Security Bureau". */
  name: line(200),
  /**
   * A name of at most 70 characters for the page's title and search results, where `name` is longer,
   * e.g. "Xiamen Exit and Entry Administration". Required when `name` is over 70 characters.
   */
  shortName: line(TITLE_LENGTH).optional(),
  /** What the organisation is and does, in one or two sentences, e.g. "The city department for jobs, wages and social insurance." Optional. */
  about: line(400).optional(),
};

export const organiserSchema = () =>
  z
    .strictObject({
      ...organiserText,
      /** government, university, enterprise, association, institute or service-centre. */
      kind: z.enum(ORGANISER_KINDS),
      /** Its website. Optional. */
      url: webAddress.optional(),
    })
    // Runs even when other fields failed (`when`), so an editor sees every problem in one pass.
    .superRefine(
      (organiser, ctx) => {
        const { name, shortName } = organiser as { name: unknown; shortName: unknown };
        if (typeof name === 'string' && name.length > TITLE_LENGTH && shortName === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['shortName'],
            message: `is missing for a name of ${String(name.length)} characters; expected a name of at most ${String(TITLE_LENGTH)} for page titles and search results`,
          });
        }
      },
      { when: () => true },
    );

export type Organiser = z.output<ReturnType<typeof organiserSchema>>;
