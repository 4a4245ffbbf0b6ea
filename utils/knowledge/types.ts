/** The two languages the extension speaks. */
export type Lang = 'de' | 'en';

/** A text in every language the extension speaks. */
export type Localized = Readonly<Record<Lang, string>>;

/** A calendar date, as precise as the sources allow: `2024-05-14` or `2024-05`. */
export type IsoDate = `${number}-${number}-${number}` | `${number}-${number}`;

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
  /** The claim of the fact sheet this states. */
  readonly claim: string;
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
