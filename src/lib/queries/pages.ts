/** Pages of prose from content/pages/, in one locale. */
import { getEntry } from 'astro:content';
import type { Locale } from '../../i18n/index.ts';
import { localiseOne } from './localise.ts';

export async function getPage(id: string, locale: Locale) {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`content/pages/${id}.mdx is missing; the site needs it.`);
  return localiseOne(page, locale);
}
