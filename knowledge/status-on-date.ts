import { eventsBeforeStory } from './before-story';
import { firstDay, lastDay, parseDay } from './iso-date';
import { named, type PersonId } from './names';
import { timeline } from './timeline';
import type { DatedFact, IsoDate, Lang, Source, Standing, TimelineEvent } from './types';

/**
 * A person's status on a given day, worked out from what the events change (their `effects`), and the
 * events since. The rules:
 * - Each effect sets one line of the person's status (job, board, team) from its event's day on, until a
 *   later effect sets the same line again. No line is written for a date; it is the latest effect's.
 * - Dates are UTC days. An event dated only to the month or year counts from its first day ("2019" from
 *   1 January 2019). An event on the day asked about is part of the status on that day, not a change since.
 * - The knowledge stops at 31 May 2024: a later day gets the status of that day, marked as such.
 */

/** The last day the knowledge covers; the card stops at May 2024. */
export const STATUS_CUTOFF = '2024-05-31';

/** The order of a person's status lines: most important first. */
const STANDINGS: readonly Standing[] = ['job', 'board', 'team'];

/** Every event the knowledge records, oldest first: what set the scene, then the story's timeline. */
export const record: readonly TimelineEvent[] = [...eventsBeforeStory, ...timeline];

/** One line of a person's status, in both languages, with the day it has held since. */
export interface StandingLine extends DatedFact {
  readonly standing: Standing;
  /** Whether the person holds the job, seat or team (false: removed, left, leaving). */
  readonly holds: boolean;
}

/** One line of a person's status, in one language. */
export interface StatusLine {
  readonly standing: Standing;
  readonly holds: boolean;
  /** The day of the event that set the line. */
  readonly since: IsoDate;
  readonly text: string;
  readonly source: Source;
  readonly claim: string;
}

export type StatusOnDate =
  /** The person's status on the day. */
  | { readonly kind: 'status'; readonly lines: readonly StatusLine[] }
  /** The day is after May 2024: the status as the card knows it last, on `cutoff`. */
  | { readonly kind: 'after-cutoff'; readonly cutoff: string; readonly lines: readonly StatusLine[] }
  /** Nothing is known of the person before `firstRecord`. */
  | { readonly kind: 'before-record'; readonly firstRecord: IsoDate }
  /** Not a person of the story, or not a day written YYYY-MM-DD. */
  | { readonly kind: 'invalid'; readonly reason: 'person' | 'date' };

const isPersonId = (id: string): id is PersonId => Object.hasOwn(named, id);

/** The events that concern the person (name them), oldest first. */
const concerning = (person: PersonId) => record.filter((event) => event.people.includes(person));

/** The person's status lines on `day` (YYYY-MM-DD), in both languages. */
export function standingsOn(person: PersonId, day: string): StandingLine[] {
  const latest = new Map<Standing, StandingLine>();
  for (const event of record) {
    if (firstDay(event.date) > day) break;
    for (const effect of event.effects ?? []) {
      if (effect.person !== person) continue;
      latest.set(effect.standing, {
        standing: effect.standing,
        holds: effect.holds,
        date: event.date,
        text: effect.text,
        source: effect.source ?? event.source,
        claim: effect.claim ?? event.claim,
      });
    }
  }
  return STANDINGS.flatMap((standing) => latest.get(standing) ?? []);
}

const inLanguage =
  (lang: Lang) =>
  (line: StandingLine): StatusLine => ({
    standing: line.standing,
    holds: line.holds,
    since: line.date,
    text: line.text[lang],
    source: line.source,
    claim: line.claim,
  });

/** Where `personId` stood on `isoDate` (YYYY-MM-DD), line by line, in `lang`. */
export function statusOn(personId: string, isoDate: string, lang: Lang): StatusOnDate {
  if (!isPersonId(personId)) return { kind: 'invalid', reason: 'person' };
  const day = parseDay(isoDate);
  if (!day) return { kind: 'invalid', reason: 'date' };
  if (day > STATUS_CUTOFF) {
    return {
      kind: 'after-cutoff',
      cutoff: STATUS_CUTOFF,
      lines: standingsOn(personId, STATUS_CUTOFF).map(inLanguage(lang)),
    };
  }
  const lines = standingsOn(personId, day).map(inLanguage(lang));
  if (lines.length > 0) return { kind: 'status', lines };
  const first = record.find((event) => event.effects?.some((effect) => effect.person === personId));
  return first ? { kind: 'before-record', firstRecord: first.date } : { kind: 'status', lines };
}

/**
 * The events after `isoDate` (YYYY-MM-DD) up to 31 May 2024 that concern `personId`, oldest first; an event
 * that spans months counts while it lasts. Empty for a person or date it cannot read.
 */
export function changesSince(personId: string, isoDate: string): readonly TimelineEvent[] {
  const day = parseDay(isoDate);
  if (!isPersonId(personId) || !day) return [];
  return concerning(personId).filter((event) => {
    const starts = firstDay(event.date);
    if (starts > STATUS_CUTOFF) return false;
    return starts > day || (event.until !== undefined && lastDay(event.until) > day);
  });
}

/** The story's events that concern the person, as dated facts: what changed for them. */
export function storyChanges(person: PersonId): DatedFact[] {
  return timeline
    .filter((event) => event.people.includes(person))
    .map(({ date, until, text, source, claim }) =>
      until ? { date, until, text, source, claim } : { date, text, source, claim },
    );
}
