/**
 * Entries as the stand-in for `astro:content` takes them (tests/support/astro-content.ts), with
 * every field a query or page-data module reads set to a plain default that a test overrides.
 */

/**
 * A published, scheduled, in-person activity of two hours at venue `hall`, run by `office`.
 * `file` is the name of its English file (a real one where a test needs its git history).
 */
export function activityEntry(id: string, start: string, data: Record<string, unknown> = {}, file = id) {
  return {
    id,
    filePath: `content/activities/${file}.mdx`,
    body: `The ${id} in English.`,
    data: {
      title: `The ${id}`,
      summary: `What the ${id} is.`,
      start: new Date(start),
      end: new Date(new Date(start).getTime() + 2 * 3_600_000),
      status: { state: 'scheduled' },
      venue: { id: 'hall' },
      organisers: [{ id: 'office' }],
      relatedGuidance: [],
      relatedUniversities: [],
      relatedAwards: [],
      category: 'forum',
      format: 'in-person',
      audience: [],
      languages: ['en'],
      draft: false,
      ...data,
    },
  };
}
