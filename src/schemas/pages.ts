/** A page of prose, such as the about page: one MDX file in content/pages/, named by its slug. */
import { z } from 'astro/zod';
import { draft, line } from './shared.ts';

/** The fields that hold text: what a translation carries (with its body); the rest it inherits. */
export const pageText = {
  /** The page's heading, e.g. "About the month". At most 70 characters. */
  title: line(70),
  /** One or two sentences for search results and link previews. At most 300 characters. */
  summary: line(300),
};

export const pageSchema = () => z.strictObject({ ...pageText, draft });

export type Page = z.output<ReturnType<typeof pageSchema>>;
