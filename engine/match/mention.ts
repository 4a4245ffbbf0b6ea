import type { NameForms } from '../../knowledge/types';
import type { MentionKind, Support } from './mention-kind';

/**
 * What the matcher gives: a mention of one of our people and what the surname rules read of it, the people it looks
 * for, and the matcher itself.
 */

export interface Mention<Id extends string = string> {
  readonly person: Id;
  /** Offsets into the text given to `find`, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  readonly support: Support;
  /** The index of the sentence it stands in, and how many sentences the text given to `find` has. */
  readonly sentence: number;
  readonly sentences: number;
  /** The index of the line it stands in: in plain text, its paragraph. */
  readonly paragraph: number;
  /** The surname as written, lower case, without its possessive ending ("sutzkever"); none for a handle. */
  readonly spelling?: string;
  /** A lone surname listed with another of our people's ("Pachocki und Leike"): `TITLE` support from the list alone. */
  readonly listed?: boolean;
  /**
   * A namesake that names no one ahead of it: a firm's or a place's name ("Leike Tiles"), no person, or a bearer who
   * sets himself apart from ours ("Jan Leike – „nicht verwandt“") or from AI ("Robert Altman hatte mit KI nichts zu
   * tun").
   */
  readonly firm?: boolean;
  /** A lone surname right after or before a quotation mark: a spelling or a headline quoted (NICHT „Sutzkever“). */
  readonly quoted?: boolean;
  /** A lone surname after a man's courtesy title, as ordinary people are named: "Herr Pachocki", "Mr. Altman". */
  readonly courtesy?: boolean;
  /** A name after any title, with at most its first name between: "Dr. Katrin Leike", "Dr. Leike", „Frau Leike“. */
  readonly titled?: boolean;
  /**
   * A full name in a role of ordinary people's worlds: "Goaltender Sam Altman", "Jan Leike (Beisitzer)"; in a text
   * with no AI word, also as someone's relative ("their son Jakub Pachocki") or in a sentence about a namesake's
   * world ("Sam Altman went 3-for-3 with two RBIs").
   */
  readonly role?: boolean;
  /** A handle without its "@", judged as a lone surname but no namesake's: "sama said …" (`bare-handles.ts`). */
  readonly bare?: boolean;
  /** A lone surname or bare handle in lower case in a chat message: "sutskever just posted" (`chat-lines.ts`). */
  readonly chat?: boolean;
  /** A namesake on a data row, who names no one on the rows after it (`record-rows.ts`). */
  readonly dataRow?: boolean;
  /**
   * A namesake with the first name of one of our person's relatives and no kin word ("Annie Altman"): his relative
   * where the document has named him first (`surname-rules.ts`, round 76).
   */
  readonly kin?: boolean;
  /**
   * A namesake picked out as "the other" of two bearers, with no more said ("den anderen Leike"): ours where a
   * namesake named before our person is the document's subject (`surname-rules.ts`, round 134).
   */
  readonly otherOne?: boolean;
  /** A lone surname spelled as no one else is known by (`NameForms.distinctSurnames`): his wherever no namesake is. */
  readonly distinct?: boolean;
  /**
   * A lone surname written as the text writes a key in code or a data row's field ("columns: outlet, sutskever,
   * altman" above "outlet,sutskever,altman"): never shown, but it tells whom the data is about, as a mention would.
   */
  readonly key?: boolean;
  /**
   * A lone surname the learned model (`surname-model.ts`) is sure of: `likely` ours, `unlikely` ours. Either
   * overrules the surname rules' reading of it (round 25).
   */
  readonly likely?: boolean;
  readonly unlikely?: boolean;
}

/** What the surname rules read of a mention: all but where it stands in its text. */
export type MentionReading<Id extends string = string> = Omit<Mention<Id>, 'start' | 'end'>;

export interface MatchablePerson<Id extends string = string> {
  readonly id: Id;
  readonly names: NameForms;
}

export interface Matcher<Id extends string = string> {
  /**
   * Every candidate mention in `text`, in order. Lone surnames preceded by another first name, or that
   * are part of another name, come as namesakes; the other lone surnames are kept with their `support`,
   * for the surname rules to decide.
   */
  find(text: string): Mention<Id>[];
}

/** The flags a mention may carry, each one bit where candidates are packed (`mention-wire.ts`, `mention-record.ts`). */
export const MENTION_FLAGS = [
  'listed',
  'firm',
  'quoted',
  'courtesy',
  'role',
  'bare',
  'key',
  'chat',
  'titled',
  'dataRow',
  'distinct',
  'kin',
  'otherOne',
] as const;
