/**
 * A partner university of the Inter-University Talent Training Program: one MDX file in content/universities/.
 */
import { z } from 'astro/zod';
import { draft, line, redirectFrom, webAddress, type SchemaContext } from './shared.ts';

/** What a university does in the training programme. */
export const UNIVERSITY_ROLES = ['co-education', 'internship-bases', 'joint-training'] as const;
export type UniversityRole = (typeof UNIVERSITY_ROLES)[number];

/** The fields that hold text: what a translation carries (with its body); the rest it inherits. */
export const universityText = {
  /** The university's name, e.g. "Nankai University". */
  name: line(70),
  /** One or two sentences for lists and search results. */
  summary: line(300),
  /** Country, e.g. "China". */
  country: line(80),
  /** City, e.g. "Tianjin". */
  city: line(80),
};

export const universitySchema = (context: SchemaContext) =>
  z.strictObject({
    ...universityText,
    /** Its own website, e.g. `https://www.nankai.edu.cn/`. */
    website: webAddress,
    /** What it does in the programme: co-education, internship-bases, joint-training. At least one. */
    roles: z.array(z.enum(UNIVERSITY_ROLES)).min(1, {
      error: `is empty; expected at least one of: ${UNIVERSITY_ROLES.join(', ')}`,
    }),
    /** The id of the activity where it signed, e.g. `opening-ceremony`. */
    signingActivity: context.reference('activities'),
    /** Old slugs that should lead here. */
    redirectFrom,
    /** Checked but not published. Default: false. */
    draft,
  });

export type University = z.output<ReturnType<typeof universitySchema>>;
