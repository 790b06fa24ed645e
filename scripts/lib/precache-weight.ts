/**
 * What the offline worker of a language saves at the first visit, read from the worker the build
 * wrote (its precache list), and what that costs to download: each file as the server sends it,
 * text gzipped, pagefind's already compressed files as they are. The budgets test and the bench
 * both use it.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Locale } from '../../src/i18n/index.ts';
import { fileOf, workerFileOf } from '../../src/lib/offline-precache.ts';
import { COMPRESSED_ENDINGS } from './compressed-endings.ts';
import { gzipped } from './page-weight.ts';

/** The worker file of a locale in a built site. */
export function workerFile(dist: string, locale: Locale): string {
  return join(dist, workerFileOf(locale));
}

/** The addresses a built worker saves, in its order. */
export function precachedAddresses(worker: string): string[] {
  return [...readFileSync(worker, 'utf8').matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1] ?? '');
}

export interface PrecacheWeight {
  files: number;
  /** Bytes on the wire. */
  transferred: number;
  /** Bytes kept on the device. */
  stored: number;
}

export function precacheWeight(dist: string, locale: Locale, base = '/'): PrecacheWeight {
  const weight = { files: 0, transferred: 0, stored: 0 };
  for (const address of precachedAddresses(workerFile(dist, locale))) {
    const file = fileOf(address, base);
    const content = readFileSync(join(dist, file));
    weight.files += 1;
    weight.stored += content.length;
    weight.transferred += COMPRESSED_ENDINGS.has(extname(file)) ? gzipped(content) : content.length;
  }
  return weight;
}
