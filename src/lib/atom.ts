/** An Atom feed (RFC 4287), written by hand: a handful of elements, all text escaped. */
import { escapeXml } from './xml.ts';

export interface AtomEntry {
  /** A permanent, unique id: the entry's absolute URL. */
  id: string;
  title: string;
  url: string;
  updated: Date;
  summary: string;
  category?: string | undefined;
}

/** The feed's `updated` is its newest entry's, so an unchanged site gives an unchanged feed. */
export function writeAtom(feed: {
  id: string;
  /** The language of the feed's text, as a BCP 47 tag (`zh-CN`). */
  language: string;
  title: string;
  subtitle: string;
  url: string;
  self: string;
  entries: AtomEntry[];
}): string {
  const updated = new Date(Math.max(0, ...feed.entries.map((entry) => entry.updated.getTime())));
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>
    <updated>${entry.updated.toISOString()}</updated>
    <summary>${escapeXml(entry.summary)}</summary>${entry.category ? `\n    <category term="${escapeXml(entry.category)}"/>` : ''}
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.url)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
  <updated>${updated.toISOString()}</updated>
  <author><name>${escapeXml(feed.title)}</name></author>
${entries.join('\n')}
</feed>
`;
}
