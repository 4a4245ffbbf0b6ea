import type { Lang } from '../model/lang';

export type { Lang } from '../model/lang';

/** A text in every language the extension speaks. */
export type Localized = Readonly<Record<Lang, string>>;

import type { PersonId } from './names';

/** A calendar date (UTC), as precise as the sources allow: `2024-05-14`, `2024-05` or `2019`. */
export type IsoDate = `${number}-${number}-${number}` | `${number}-${number}` | `${number}`;

export interface Source {
  /** The title of the report or page, as its publisher gives it; for a post, its words or what it is. */
  readonly title: string;
  readonly publisher: string;
  /** When the source appeared. */
  readonly date: IsoDate;
  /** An https address on the publisher's own site. */
  readonly url: string;
}

/** One statement the extension shows as fact: always with its date and where it comes from. */
export interface DatedFact {
  readonly date: IsoDate;
  /** Set when the fact spans months rather than a day. */
  readonly until?: IsoDate;
  readonly text: Localized;
  readonly source: Source;
  /** The claim of the fact sheet this states (tests/fixtures/claims.json checks it). */
  readonly claim: string;
}

export interface NameForms {
  /** First names; only ever a mention together with a surname. */
  readonly given: readonly string[];
  /** Middle names that may stand between a first name and a surname. */
  readonly middle: readonly string[];
  /**
   * Surnames with their spellings and inflected forms. Alone they are weak evidence:
   * the page must support them (see `contextTerms` in `language.ts`).
   */
  readonly surnames: readonly string[];
  /** Social-media handles, with the `@`; as strong as a full name. */
  readonly handles: readonly string[];
  /**
   * Handles as people write them in prose without the `@` ("sama said …"): weak evidence, like a lone surname,
   * and only in lower case (or all capitals) in an English or German sentence, as `engine/rules/bare-handles.ts` reads them.
   */
  readonly bareHandles: readonly string[];
  /**
   * First names of the surname's best-known other bearers (the marking rules' traps): in lower case before the
   * surname in lower case ("das war robert altman") they name the namesake, where no first name can be told from a
   * word otherwise (round 17).
   */
  readonly namesakeGiven?: readonly string[];
  /**
   * First names of the person's own relatives who bear his surname, his sister and brother: named in full after him,
   * with no kin word before them, they are his family as if "his sister" stood there (round 76).
   */
  readonly relativesGiven?: readonly string[];
  /**
   * Words right after the surname that name a namesake's measure or method: the economist's "Altman Z-score", "Altman
   * Z''", „Altman-Z-Score“. There the surname is the measure's word, no one's mention (round 33).
   */
  readonly namesakeEponyms?: readonly string[];
  /**
   * Whether papers cite the person as their first author ("Leike et al., 2018"). Where they do not, a surname so cited
   * is a namesake's: the statistician's "Altman et al. (2000)", the economist's "Altman’s [2] model" (round 28).
   */
  readonly writesPapers: boolean;
  /**
   * Spellings of the surname that no one else is known by: written so, a lone surname is the person's with no AI word
   * near, in notes on his ideas or a reading list, unless the document names someone else of that name (round 62).
   * Not a spelling a namesake shares: the poet is "Sutzkever" in German, „Суцкевер“ in Russian.
   */
  readonly distinctSurnames?: readonly string[];
}

/** A person as the matcher knows them: by id and names. */
export interface NamedPerson {
  readonly id: string;
  readonly name: string;
  readonly names: NameForms;
}

export interface Person extends NamedPerson {
  readonly role: Localized;
  /** Where the person stood as of May 2024, most important first. */
  readonly status: readonly DatedFact[];
  /** One line that places the person in the story. */
  readonly context: DatedFact;
  /** What changed for the person between November 2023 and May 2024, oldest first. */
  readonly changes: readonly DatedFact[];
}

/**
 * The lines of a person's status, one each: their job (office, employer), their seat on OpenAI's board,
 * their team. An event sets a line; it holds until a later event sets it again.
 */
export type Standing = 'job' | 'board' | 'team';

/** What an event changes for one person: the line of their status it sets, from the event's date on. */
export interface Effect {
  readonly person: PersonId;
  readonly standing: Standing;
  /** Whether the person holds the job, seat or team after the event (false: removed, left, leaving). */
  readonly holds: boolean;
  /** The status line from the event on, valid until the next effect on the same standing. */
  readonly text: Localized;
  /** Where the event's own source does not say this, the source and claim that do. */
  readonly source?: Source;
  readonly claim?: string;
}

export interface TimelineEvent {
  readonly date: IsoDate;
  /** Set when the event spans months rather than a day. */
  readonly until?: IsoDate;
  readonly text: Localized;
  /** The people the event concerns, by id. */
  readonly people: readonly PersonId[];
  readonly source: Source;
  /** The claim of the fact sheet this states. */
  readonly claim: string;
  /** What the event changes in whose status. */
  readonly effects?: readonly Effect[];
}

/** Where the report needs correcting, and the sources that show it. */
export interface Correction {
  /** The report's own words that the correction is about, exactly as it prints them. */
  readonly quote: string;
  readonly text: Localized;
  readonly sources: readonly Source[];
}

export interface Story {
  /** The report's own headline, quoted as its title. */
  readonly headline: string;
  readonly headlineLang: Lang;
  readonly source: Source;
  /** The story told in our own words. */
  readonly summary: Localized;
  readonly summarySources: readonly Source[];
  /** Where the report itself needs correcting. */
  readonly corrections: readonly Correction[];
  readonly timeline: readonly TimelineEvent[];
}
