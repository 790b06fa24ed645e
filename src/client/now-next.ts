/**
 * <now-next>: redraws "What's on" for the visitor's clock. The data (the window, the activities'
 * times and links, the labels) comes in a JSON script inside the element; the view the build
 * wrote stays when the phase is the same, so nothing moves for most visitors.
 */
import { dayInZone, formatDay } from '../lib/dates.ts';
import { readIslandData } from '../lib/island-data.ts';
import { phaseOf, todayAndNext, todayTime } from '../lib/timeline.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A link to an activity's page, in the folder the data gives. */
function link(activity: { title: string; id: string }, folder: string): HTMLAnchorElement {
  const anchor = element('a', activity.title);
  anchor.href = `${folder}${activity.id}/`;
  return anchor;
}

class NowNext extends HTMLElement {
  connectedCallback(): void {
    const data = readIslandData(this, 'now-next');
    const view = this.querySelector<HTMLElement>('[data-view]');
    if (!view) return;
    const now = new Date();
    const phase = phaseOf(now, data.window, data.timeZone);
    // The build's view is right for its phase except "during", whose "today" moves every day.
    if (phase === this.dataset.phase && phase !== 'during') return;
    this.dataset.phase = phase;
    const highlights = this.querySelector<HTMLElement>('[data-highlights]');
    if (highlights) highlights.hidden = phase === 'during';
    if (phase !== 'during') {
      const day = phase === 'before' ? data.window.opens : data.window.closes;
      view.replaceChildren(element('p', data.labels[phase].replace('{day}', formatDay(day, data.locale))));
      return;
    }
    const activities = data.activities.map((activity) => ({ ...activity, start: new Date(activity.start), end: new Date(activity.end) }));
    const { today, next } = todayAndNext(activities, now, data.timeZone);
    const children: HTMLElement[] = [element('h3', data.labels.today)];
    if (today.length > 0) {
      const list = element('ul');
      const day = dayInZone(now, data.timeZone);
      for (const activity of today) {
        // A later day of a span gives what is left of it ("Until 16:00") and which day it is.
        const { time, dayOf } = todayTime(activity, day, data.spanWords, data.locale, data.timeZone);
        const item = element('li', `${time} `);
        item.append(link(activity, data.activityPath));
        if (dayOf) item.append(data.labels.partOfSpan.replace('{part}', dayOf));
        list.append(item);
      }
      children.push(list);
    } else {
      children.push(element('p', data.labels.nothingToday));
    }
    if (next) {
      const paragraph = element('p', data.labels.next);
      paragraph.append(link(next, data.activityPath));
      // Next is always on a later day (today's are listed above): say which.
      paragraph.append(data.labels.onDay.replace('{day}', formatDay(dayInZone(next.start, data.timeZone), data.locale)));
      children.push(paragraph);
    }
    view.replaceChildren(...children);
  }
}

customElements.define('now-next', NowNext);
