import type { MentionReading } from '../match/mention';
import { isSomeoneElse, SUPPORT } from '../match/mention-kind';

/**
 * What a document is about, read once from the candidates of all its blocks (a page's, or a text's): whether it
 * shows any sign of our people's world, and whether it names namesakes instead.
 *
 * A candidate carries what its block says: a lone surname or a full name has support when its block has AI words
 * or our people's employer anywhere (the matcher reads them once per block, and only in blocks that name
 * someone), a handle is one of our people's accounts, and a list of our surnames ("Altman · Sutskever · Leike")
 * names our people's world by itself.
 */
const showsOurWorld = (m: MentionReading) => m.support > SUPPORT.NONE;

/**
 * The people of whom a document names namesakes, by another first name or as a firm ("Marek Pachocki", "Leike
 * Tiles"), when it nowhere has an AI word, our people's employer or one of their handles; none when it shows a
 * sign of our people's world. A full name of ours beside namesakes of our other people only, in such a document, is
 * a namesake's too: the table-tennis player "Jan Leike" in a league report beside "Marek Pachocki". A namesake of
 * the surname of a full name of ours is set apart from our person ("Is Jan Leike related to the Leike who runs my
 * gym?"), and a full name alone, in a short post without any context ("Sam Altman is wrong again"), names no
 * namesake: both stay ours. None where it names our story's cast in full (`STORY_CAST`).
 */
export function namesakesWithoutOurWorld<Id extends string>(
  blocks: readonly (readonly MentionReading<Id>[])[],
): ReadonlySet<Id> | undefined {
  const namesakes = new Set<Id>();
  // Round 93: so does our story's cast named in full, in no role of an ordinary world, beside namesakes of none of
  // them: a reading list's "Ilya Sutskever", "Jakub Pachocki" and "Jan Leike" above a tip for Robert Altman's film.
  const cast = new Set<Id>();
  for (const block of blocks) {
    for (const m of block) {
      if (showsOurWorld(m)) return undefined;
      if (m.kind === 'namesake') namesakes.add(m.person);
      if (m.kind === 'full' && !m.role) cast.add(m.person);
    }
  }
  const storyCast = cast.size >= STORY_CAST && ![...cast].some((person) => namesakes.has(person));
  return storyCast ? undefined : namesakes;
}

/**
 * The people whose surnames a document gives ordinary people, with a man's courtesy title ("Herr Pachocki") or as
 * namesakes ("Frau Leike"), when it names none of ours by full name, handle, employer title or list: minutes of a
 * parents' council, a club's circular, reviews of a shop. Undefined when it names one of ours so, or names one of
 * ours by his bare surname with AI words near, whose surname the document gives no titled man (round 22): a reader's
 * letter or a comment speaks of public people so ("Dass Sutskever im Board saß … Wenn Herr Altman nun sagt"), and its
 * courtesy titles are politeness; minutes title each of their people, and their bare surnames are the titled men's.
 */
export function ordinaryPeople<Id extends string>(
  mentions: readonly MentionReading<Id>[],
): ReadonlySet<Id> | undefined {
  const ordinary = new Set<Id>();
  const plainNearAI = new Set<Id>();
  for (const m of mentions) {
    if (m.kind === 'full' || m.kind === 'handle' || m.support === SUPPORT.TITLE) return undefined;
    if (m.courtesy || (isSomeoneElse(m.kind) && !m.firm)) ordinary.add(m.person);
    else if (m.kind === 'surname' && m.support >= SUPPORT.NEAR) plainNearAI.add(m.person);
  }
  for (const p of plainNearAI) if (!ordinary.has(p)) return undefined;
  return ordinary;
}

/** How many of our people named in full make a text about our story, whatever world its words speak of (round 52). */
export const STORY_CAST = 3;

/**
 * The people whose full names a document gives only in roles of ordinary people's worlds ("Jakub Pachocki (1.
 * Vorsitzender)", "Goaltender Sam Altman"), when it names none of ours by handle, employer title or list and no
 * lone surname's sentence names our people's employer: an allotment club's minutes, a hockey recap. An AI word
 * alone ("ob der Verein einen KI-Chatbot braucht") is no sign of ours: anyone may speak of AI.
 */
export function namesakesInOtherRoles<Id extends string>(mentions: readonly MentionReading<Id>[]): ReadonlySet<Id> {
  const inRole = new Set<Id>();
  const outOfRole = new Set<Id>();
  for (const m of mentions) {
    if (m.kind === 'handle' || (m.kind === 'surname' && m.support >= SUPPORT.EMPLOYER)) return new Set();
    if (m.kind === 'full') (m.role ? inRole : outOfRole).add(m.person);
  }
  // Three or more of ours named in full are the cast of our story, whatever world its words speak of (round 52).
  if (new Set([...inRole, ...outOfRole]).size >= STORY_CAST) return new Set();
  for (const p of outOfRole) inRole.delete(p);
  return inRole;
}
