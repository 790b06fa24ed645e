/**
 * <festival-calendar data-opens data-closes data-zone>: marks today's cell (aria-current="date")
 * and shows the "today" jump by the visitor's clock while the festival runs, replacing what the
 * build decided by its own clock (the view without JavaScript). Cells carry data-day="YYYY-MM-DD".
 */
import { festivalToday } from '../lib/today.ts';

class FestivalCalendar extends HTMLElement {
  connectedCallback(): void {
    const { opens = '', closes = '', zone = 'Asia/Shanghai' } = this.dataset;
    const today = festivalToday(new Date(), { opens, closes }, zone);
    for (const cell of this.querySelectorAll('[aria-current="date"]')) cell.removeAttribute('aria-current');
    const cell = today === undefined ? null : this.querySelector<HTMLElement>(`[data-day="${today}"]`);
    cell?.setAttribute('aria-current', 'date');
    const jump = this.querySelector<HTMLElement>('[data-today-jump]');
    if (!jump) return;
    jump.hidden = !cell;
    const link = jump.querySelector('a');
    if (link && cell) link.hash = cell.id;
  }
}

customElements.define('festival-calendar', FestivalCalendar);
