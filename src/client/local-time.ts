/**
 * Adds the visitor's own time beside a time given in Xiamen time, when the two differ:
 * <time datetime="2023-07-06T01:30:00.000Z" data-local-time data-template="{time} your time">.
 * Visitors in Xiamen's zone (UTC+8) see nothing extra.
 */
const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const lang = document.documentElement.lang || 'en-GB';
const sameInBoth = (instant: Date, eventZone: string): boolean => {
  const clock = (timeZone: string) =>
    new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(instant);
  return clock(visitorZone) === clock(eventZone);
};

for (const element of document.querySelectorAll<HTMLTimeElement>('time[data-local-time]')) {
  const instant = new Date(element.dateTime);
  const eventZone = element.dataset.zone ?? 'Asia/Shanghai';
  if (Number.isNaN(instant.getTime()) || sameInBoth(instant, eventZone)) continue;
  const local = new Intl.DateTimeFormat(lang, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  const note = document.createElement('span');
  note.className = 'local-time';
  // The template brings its own brackets: half-width in English, full-width in Chinese.
  note.textContent = (element.dataset.template ?? '{time}').replace('{time}', local);
  element.after(note);
}
