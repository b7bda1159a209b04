import ical from 'ical-generator';
import { decisionNumber, type RegisterEntry } from '../../../shared/session/register.ts';
import type { Board } from '../../../shared/board/schema.ts';
import type { Language } from '../../../shared/text.ts';
import { slugOf } from '../reports/slug.ts';

/** The day after an ISO date: an all-day event ends on the next day. */
function nextDay(date: string): Date {
  const day = new Date(`${date}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

/**
 * The register's review dates as a calendar: one all-day event per standing decision with a
 * review date, named by its number and title, with a stable id so a calendar that imports it
 * again updates the events rather than doubling them.
 */
export function registerCalendar(board: Board, entries: readonly RegisterEntry[], language: Language, at: Date) {
  const titles = new Map(board.items.map((item) => [item.id, item.title[language]]));
  const calendar = ical({ name: board.meta.title[language], prodId: { company: 'Boardwalk', product: 'register' } });
  for (const entry of entries) {
    if (!entry.nextReviewDate || entry.status === 'superseded') continue;
    const number = decisionNumber(entry.number);
    calendar.createEvent({
      id: `${board.meta.id}-${number}@boardwalk`,
      start: new Date(`${entry.nextReviewDate}T00:00:00.000Z`),
      end: nextDay(entry.nextReviewDate),
      allDay: true,
      stamp: at,
      summary: `ADR-${number} ${titles.get(entry.itemId) ?? entry.itemId}`,
      description: `${entry.decidedIn.title} (${entry.decidedIn.date})`,
    });
  }
  return {
    fileName: `${slugOf(board.meta.id) || 'board'}-review-dates.ics`,
    mimeType: 'text/calendar',
    base64: Buffer.from(calendar.toString(), 'utf8').toString('base64'),
  };
}
