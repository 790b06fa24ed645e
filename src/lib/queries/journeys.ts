/** The journey table: content/journeys.yaml, the same in every language. */
import { getEntry } from 'astro:content';
import type { JourneyTable } from '../../schemas/journeys.ts';

export async function getJourneyTable(): Promise<JourneyTable> {
  const entry = await getEntry('journeys', 'journeys');
  if (!entry) throw new Error('content/journeys.yaml was not loaded; run `npm run check` to see why.');
  return entry.data;
}
