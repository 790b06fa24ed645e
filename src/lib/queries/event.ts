/** The edition's facts, read once. */
import { getEntry } from 'astro:content';

export async function getEvent() {
  const entry = await getEntry('event', 'event');
  if (!entry) throw new Error('content/event.yaml was not loaded; run `npm run check` to see why.');
  return entry.data;
}

export type EventData = Awaited<ReturnType<typeof getEvent>>;

/** The organisation that runs the festival. */
export async function getFestivalOrganiser() {
  const event = await getEvent();
  const organiser = await getEntry(event.organiser);
  return organiser.data;
}
