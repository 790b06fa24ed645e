/**
 * <my-programme>: lists the saved activities in time order and flags those that overlap or leave
 * too little time to travel between their venues (src/lib/clashes.ts); exports
 * them as one calendar file made in the browser (with the same writer the build uses); makes a
 * share link; and shows a list shared with the visitor, with a button to add it to their own.
 */
import { writeCalendar, type IcsEvent } from '../../lib/ics.ts';
import { clashWarnings } from '../../lib/clash-words.ts';
import { clashes, type Clash, type JourneyTable } from '../../lib/clashes.ts';
import { readIslandData, type MyProgrammeActivity, type MyProgrammeData } from '../../lib/island-data.ts';
import { readShared, reminderFrom, shareQuery, unseenChanges } from '../../lib/my-programme.ts';
import { markSeen, onSavedChange, readSaved, readSavedAt, readSeen, writeSaved } from './store.ts';

const toEvent = (activity: MyProgrammeActivity): IcsEvent => ({
  ...activity.event,
  start: new Date(activity.event.start),
  end: new Date(activity.event.end),
  lastModified: new Date(activity.event.lastModified),
});

function text(tag: 'p' | 'strong', content: string, className?: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

class MyProgramme extends HTMLElement {
  #activities = new Map<string, MyProgrammeActivity>();
  #labels = {} as MyProgrammeData['labels'];
  #clashLabels = {} as MyProgrammeData['clashes'];
  #journeys: JourneyTable = { within: 0, journeys: [] };
  #calendarName = '';
  #language = '';

  connectedCallback(): void {
    const data = readIslandData(this, 'my-programme');
    this.#calendarName = data.calendarName;
    this.#language = data.language;
    this.#activities = new Map(data.activities.map((activity) => [activity.id, activity]));
    this.#labels = data.labels;
    this.#clashLabels = data.clashes;
    this.#journeys = data.journeys;
    this.hidden = false;
    this.#showShared();
    this.#render();
    onSavedChange(() => {
      this.#render();
    });
    this.querySelector('[data-export]')?.addEventListener('click', () => {
      this.#export();
    });
    this.querySelector('[data-copy]')?.addEventListener('click', () => {
      void this.#copy();
    });
  }

  /** What changed since the visitor saved the activity and has not marked as seen: a note that stays until they do. */
  #changedSinceSaved(activity: MyProgrammeActivity): HTMLElement[] {
    const unseen = unseenChanges(activity.changes, readSavedAt()[activity.id], readSeen()[activity.id]);
    if (unseen.length === 0) return [];
    const note = document.createElement('div');
    note.className = 'changed';
    note.append(
      text('strong', this.#labels.changed),
      ...unseen.flatMap((change) => change.sentences.map((sentence) => text('p', sentence))),
    );
    const seen = document.createElement('button');
    seen.type = 'button';
    seen.className = 'button';
    seen.textContent = this.#labels.seenShort;
    seen.setAttribute('aria-label', this.#labels.seen.replace('{title}', activity.title));
    seen.addEventListener('click', () => {
      markSeen(activity.id, activity.changes.length);
      this.querySelector<HTMLElement>('[data-list] button, [data-export]')?.focus();
    });
    note.append(seen);
    return [note];
  }

  /** Saved activities that still exist, in time order. */
  #saved(ids: readonly string[]): MyProgrammeActivity[] {
    return ids
      .map((id) => this.#activities.get(id))
      .filter((activity): activity is MyProgrammeActivity => activity !== undefined)
      .sort((a, b) => a.event.start.localeCompare(b.event.start));
  }

  #item(activity: MyProgrammeActivity, clashing: readonly Clash[], removable: boolean): HTMLLIElement {
    const item = document.createElement('li');
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = activity.href;
    link.textContent = activity.title;
    heading.append(link);
    item.append(heading, text('p', activity.when), text('p', activity.where));
    if (activity.online) {
      const online = document.createElement('a');
      online.href = activity.online.href;
      online.textContent = activity.online.label;
      const paragraph = document.createElement('p');
      paragraph.append(online);
      item.append(paragraph);
    }
    if (activity.status) item.append(text('p', activity.status));
    if (removable) item.append(...this.#changedSinceSaved(activity));
    const titleOf = (id: string): string => this.#activities.get(id)?.title ?? id;
    for (const warning of clashWarnings(clashing, titleOf, this.#clashLabels, this.#language)) {
      const paragraph = document.createElement('p');
      paragraph.append(text('strong', warning, 'overlap'));
      item.append(paragraph);
    }
    if (removable) {
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'button';
      // A word to see and an accessible name that starts with it and names the activity.
      remove.textContent = this.#labels.removeShort;
      remove.setAttribute('aria-label', this.#labels.remove.replace('{title}', activity.title));
      remove.addEventListener('click', () => {
        writeSaved(readSaved().filter((id) => id !== activity.id));
        // The list is redrawn: keep keyboard users in it.
        this.querySelector<HTMLElement>('[data-list] button, [data-export]')?.focus();
      });
      item.append(remove);
    }
    return item;
  }

  #render(): void {
    const saved = this.#saved(readSaved());
    const found = clashes(
      saved
        .filter((activity) => activity.event.status !== 'CANCELLED')
        .map(({ id, event, area, venue }) => ({ id, start: new Date(event.start), end: new Date(event.end), area, venue })),
      this.#journeys,
    );
    this.querySelector('[data-list]')?.replaceChildren(
      ...saved.map((activity) => this.#item(activity, found.get(activity.id) ?? [], true)),
    );
    const empty = this.querySelector<HTMLElement>('[data-empty]');
    if (empty) empty.hidden = saved.length > 0;
    const actions = this.querySelector<HTMLElement>('[data-actions]');
    if (actions) actions.hidden = saved.length === 0;
    const count = this.querySelector('[data-count]');
    if (count) count.textContent = saved.length > 0 ? this.#labels.count.replace('{count}', String(saved.length)) : '';
    const share = this.querySelector<HTMLInputElement>('[data-share-link]');
    if (share) share.value = `${location.origin}${location.pathname}?${shareQuery(saved.map((activity) => activity.id))}`;
  }

  #showShared(): void {
    const shared = this.#saved(readShared(location.search, new Set(this.#activities.keys())));
    const section = this.querySelector<HTMLElement>('[data-shared]');
    if (!section || shared.length === 0) return;
    section.hidden = false;
    section.querySelector('[data-shared-list]')?.replaceChildren(...shared.map((activity) => this.#item(activity, [], false)));
    section.querySelector('[data-add-shared]')?.addEventListener('click', () => {
      writeSaved([...new Set([...readSaved(), ...shared.map((activity) => activity.id)])]);
      const status = section.querySelector('[data-shared-status]');
      if (status) status.textContent = this.#labels.added;
    });
  }

  #export(): void {
    const reminderMinutes = reminderFrom(this.querySelector<HTMLSelectElement>('[data-reminder]')?.value);
    const events = this.#saved(readSaved()).map((activity) => ({ ...toEvent(activity), reminderMinutes }));
    const file = new Blob([writeCalendar({ name: this.#calendarName, language: this.#language, events })], {
      type: 'text/calendar;charset=utf-8',
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(file);
    link.download = 'my-programme.ics';
    link.click();
    setTimeout(() => {
      URL.revokeObjectURL(link.href);
    }, 1000);
  }

  async #copy(): Promise<void> {
    const input = this.querySelector<HTMLInputElement>('[data-share-link]');
    if (!input) return;
    try {
      await navigator.clipboard.writeText(input.value);
    } catch {
      // No clipboard access: select the link so it can be copied by hand.
      input.select();
    }
    const status = this.querySelector('[data-copy-status]');
    if (status) status.textContent = this.#labels.copied;
  }
}

customElements.define('my-programme', MyProgramme);
