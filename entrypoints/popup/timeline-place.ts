import { firstDay } from '../../knowledge/iso-date';
import type { TimelineEvent } from '../../knowledge/types';

/**
 * Where a page written on `day` (YYYY-MM-DD) falls among `events` (oldest first): the index of the first
 * event after it, `events.length` when it comes after them all. An event on the page's own day comes
 * before the page, as it counts in the status on that day; an event that spans months counts from its
 * first day.
 */
export function placeOnTimeline(events: readonly TimelineEvent[], day: string): number {
  const after = events.findIndex((event) => firstDay(event.date) > day);
  return after === -1 ? events.length : after;
}
