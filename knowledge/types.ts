import type { Lang } from '../model/lang';

export type { Lang } from '../model/lang';

/** A text in every language the extension speaks. */
export type Localized = Readonly<Record<Lang, string>>;

/** A calendar date, as precise as the sources allow: `2024-05-14` or `2024-05`. */
export type IsoDate = `${number}-${number}-${number}` | `${number}-${number}`;

export interface Source {
  /** The title of the report or page, as its publisher gives it. */
  readonly title: string;
  readonly publisher: string;
  /** Absent where the fact sheet cites a report without a stable address. */
  readonly url?: string;
}

/** One statement the extension shows as fact: always with its date and where it comes from. */
export interface DatedFact {
  readonly date: IsoDate;
  readonly text: Localized;
  readonly source: Source;
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

export interface TimelineEvent {
  readonly date: IsoDate;
  /** Set when the event spans months rather than a day. */
  readonly until?: IsoDate;
  readonly text: Localized;
  /** The people the event is about, by id. */
  readonly people: readonly string[];
  readonly source: Source;
}

export interface Story {
  /** The report's own headline, quoted as its title. */
  readonly headline: string;
  readonly headlineLang: Lang;
  readonly published: IsoDate;
  readonly source: Source;
  /** The story told in our own words. */
  readonly summary: Localized;
  /** Where the report itself needs correcting. */
  readonly corrections: readonly Localized[];
  readonly timeline: readonly TimelineEvent[];
}
