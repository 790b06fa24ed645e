/**
 * Skeleton entries for `npm run new`: valid as written (so the checker passes at once), marked
 * as drafts (so they are not published or counted until an editor fills them in and removes
 * `draft: true`), and with every field an editor has to think about present.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const KINDS = ['activity', 'guidance', 'award', 'university'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * The slug of a title: lowercase ASCII words joined by hyphens.
 * @example slugify('Hai-Link Business Workshop: First Session') // 'hai-link-business-workshop-first-session'
 */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Ids in a collection folder (file names without endings), sorted. */
function idsIn(contentDir: string, folder: string): string[] {
  const path = join(contentDir, folder);
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .filter((name) => /\.(mdx?|ya?ml)$/.test(name))
    .map((name) => name.replace(/\.[^.]+$/, ''))
    .sort();
}

function firstId(contentDir: string, folder: string): string {
  const id = idsIn(contentDir, folder)[0];
  if (!id) throw new Error(`content/${folder}/ is empty: add one entry there first.`);
  return id;
}

const quote = (text: string): string => JSON.stringify(text);

/** The folder each kind of entry is written to. */
const FOLDERS: Record<Kind, string> = { activity: 'activities', guidance: 'guidance', award: 'awards', university: 'universities' };

/**
 * The file in the kind's folder whose page would have this slug (a guidance item's id is its
 * number and then its slug), as a path under content/; undefined when the slug is free.
 */
function fileWithSlug(contentDir: string, folder: string, slug: string): string | undefined {
  const path = join(contentDir, folder);
  if (!existsSync(path)) return undefined;
  const name = readdirSync(path).find((file) => file.replace(/\.[^.]+$/, '').replace(/^\d+-/, '') === slug);
  return name ? `content/${folder}/${name}` : undefined;
}

export interface Skeleton {
  /** Path of the new file, relative to the content folder. */
  path: string;
  text: string;
}

export function skeleton(kind: Kind, title: string, contentDir: string): Skeleton {
  const slug = slugify(title);
  if (!slug) throw new Error(`"${title}" gives an empty slug: use an English title (it becomes the page address); translate it later.`);
  const taken = fileWithSlug(contentDir, FOLDERS[kind], slug);
  if (taken) throw new Error(`${taken} already has the address "${slug}": edit that file, or choose another title.`);
  const event = parse(readFileSync(join(contentDir, 'event.yaml'), 'utf8')) as { window: { opens: string } };
  const opens = event.window.opens;
  switch (kind) {
    case 'activity':
      return {
        path: `activities/${slug}.mdx`,
        text: `---
title: ${quote(title)}
summary: Say in one or two sentences what happens and who it is for.
start: ${opens}T09:00:00+08:00
end: ${opens}T10:00:00+08:00
category: talent-services
venue: ${firstId(contentDir, 'venues')}
organisers: [${firstId(contentDir, 'organisers')}]
audience: [international-talents]
format: in-person
languages: [zh, en]
draft: true
---

## What happens

## Agenda

## Who should come

## How to take part

## Getting there
`,
      };
    case 'guidance': {
      const numbers = idsIn(contentDir, 'guidance').map((id) => Number(/^(\d+)-/.exec(id)?.[1] ?? 0));
      const number = Math.max(0, ...numbers) + 1;
      return {
        path: `guidance/${String(number).padStart(2, '0')}-${slug}.mdx`,
        text: `---
number: ${String(number)}
title: ${quote(title)}
summary: Say in one or two sentences what the support is and who can have it.
category: daily-life
provider: ${firstId(contentDir, 'organisers')}
audience: [international-talents]
howToApply:
  - The first step.
documents: []
contact:
  url: https://talent.xm.example/guidance/${slug}
draft: true
---

What the support is, who qualifies, what it gives, and practical tips.
`,
      };
    }
    case 'award':
      return {
        path: `awards/${slug}.mdx`,
        text: `---
title: ${quote(title)}
kind: award
year: ${opens.slice(0, 4)}
conferredBy: Who confers it
description: Say in one or two sentences what it recognises.
draft: true
---

What the award recognises and how it is given.
`,
      };
    case 'university':
      return {
        path: `universities/${slug}.mdx`,
        text: `---
name: ${quote(title)}
summary: Say in one or two sentences what the university does in the programme.
country: Country
city: City
website: https://talent.xm.example/universities/${slug}
roles: [joint-training]
signingActivity: ${firstId(contentDir, 'activities')}
draft: true
---

The university's part in the Inter-University Talent Training Program.
`,
      };
  }
}
