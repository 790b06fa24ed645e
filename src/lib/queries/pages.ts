/** Pages of prose from content/pages/. */
import { getEntry } from 'astro:content';

export async function getPage(id: string) {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`content/pages/${id}.mdx is missing; the site needs it.`);
  return page;
}
