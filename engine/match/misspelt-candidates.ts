import { lowerSet } from '../text/regex-parts';
import type { Sentences } from '../text/sentences';
import type { createMisspellingFinder, Misspelling } from '../rules/misspellings';
import { isDataString, isDisplayString } from '../rules/code-values';
import { isNameAsWord } from '../rules/names-as-words';
import {
  isExtendingStringList,
  isQuotedStringAt,
  isToolStringBefore,
  isEnteredStringAt,
} from '../rules/strings-looked-for';
import { isInPathLikeToken, isInPattern } from '../rules/url-spans';
import { namedInFull, type Found } from './candidates';
import type { MatchablePerson } from './mention';
import { isSomeoneElse, SUPPORT, type Support } from './mention-kind';

/**
 * The quoted misspellings, and the misspellings in prose, of the people the candidates name, added to them as their
 * mentions where the text names those people otherwise.
 */

/** The most support any mention of `person` in `found` has that is not someone else's. */
const supportOf = <Id extends string>(found: readonly Found<Id>[], person: Id): Support =>
  found.reduce<Support>(
    (most, f) => (f.person === person && !isSomeoneElse(f.kind) && !f.role && f.support > most ? f.support : most),
    SUPPORT.NONE,
  );

/** Whether `f` is a namesake's surname inside the quoted misprint of a full name `m`. */
const isCoveredNamesake = <Id extends string>(f: Found<Id>, m: Misspelling) =>
  f.kind === 'namesake' && !m.prose && m.start <= f.start && f.end <= m.end && m.start < f.start;

/**
 * `found` with the quoted misspellings of the surnames of the people it names in full ('not "Pachoki"', „Jakob
 * Pachoki“), as quoted lone surnames, or full names with our person's first name, in order.
 */
export function withMisspellings<Id extends string>(
  text: string,
  found: Found<Id>[],
  people: readonly MatchablePerson<Id>[],
  misspellings: ReturnType<typeof createMisspellingFinder>,
  sentences: Sentences,
  isFamilysParagraph: (start: number, end: number) => boolean,
): Found<Id>[] {
  // By handle too (round 17): "@merettm … asking whether the chief scientist is "Pachoki"".
  const fullyNamed = namedInFull(found);
  // By surname only, a quoted misprint of his full name, our first name with it: 'called him "Jakub Pachoki". It's
  // Pachocki.' (round 19).
  const named = new Set(found.filter((f) => !isSomeoneElse(f.kind)).map((f) => f.person));
  // Round 22: a quoted misprint of a full name, our first name with it, names him in a text about another of ours
  // too: „Sutskever … wartet, bis ihr „Jan Leicke“ lest“. So all are looked for, and the others kept only so.
  const among = new Set(people.map((_, i) => i));
  const quotedFull = (m: Misspelling) => named.size > 0 && !m.prose && /\s/u.test(text.slice(m.start, m.end));
  // Round 21 (decision): by his surname, unquoted, in the misprint's paragraph or the line above it, as a chat answers:
  // 'It's Pachocki. I've seen "Pachoki"', „„Pachoki“ → Pachocki“. A surname only quoted there is a catalogue's or a
  // tool's string, not him named.
  const namedInParagraph = (person: Id, at: number) => {
    const paragraph = sentences.paragraphOf(sentences.indexAt(at));
    return found.some(
      (f) =>
        f.person === person &&
        f.kind === 'surname' &&
        !f.quoted &&
        f.support > SUPPORT.NONE &&
        [paragraph, paragraph - 1].includes(sentences.paragraphOf(f.sentence)),
    );
  };
  // Round 23: his surname spelled right, unquoted, with AI words near it, names him as his full name does: a comment's
  // „Pachoki oder so?“ in a thread that writes „Pachocki … bei OpenAI“; quoted right in the misprint's sentence too,
  // as a correction sets the two side by side („einheitlich „Pachocki“, in der Meldung stand „Pachoki““).
  // Round 72: the correction's right spelling, quoted in its sentence, needs only AI words in the text where the text
  // also names him so unquoted, as its own mention does: 'please spell it "Pachocki", the draft has "Pachoki" twice'
  // under "Pachocki named the same day". Not a list of a family's spellings, „"Sutskever", "Sutzkever" … turn up“.
  const spelledRight = (m: Misspelling) => {
    const { id, names } = people[m.person]!;
    const spelling = names.surnames[0]!.toLowerCase();
    const sentence = sentences.indexAt(m.start);
    const ofHim = found.filter((f) => f.person === id && f.kind === 'surname' && f.spelling === spelling);
    const namedUnquoted = ofHim.some((f) => !f.quoted && f.support > SUPPORT.NONE);
    return ofHim.some((f) =>
      f.quoted && f.sentence === sentence
        ? f.support >= SUPPORT.NEAR || (namedUnquoted && f.support > SUPPORT.NONE)
        : f.support >= SUPPORT.NEAR && !f.quoted,
    );
  };
  const added = misspellings(text, among).filter(
    (m) =>
      (named.has(people[m.person]!.id) || quotedFull(m)) &&
      (fullyNamed.has(people[m.person]!.id) ||
        /\s/u.test(text.slice(m.start, m.end)) ||
        (m.prose && spelledRight(m)) ||
        (!m.prose &&
          (namedInParagraph(people[m.person]!.id, m.start) || spelledRight(m)) &&
          !isQuotedStringAt(text, m.start, m.end))) &&
      // Nor a lone one that code holds as data, or a tool flags or counts as a string: a correction table's `"Pachoki":
      // "Pachocki"`, 'flags the string "Pachoki"' (round 48); nor one a pattern holds, `ILIKE '%pachocky%'` (round 70);
      // round 70: nor a people table's short form of its own record's person, `"short": "Leiker"`; round 74: nor one a
      // search list is extended by, „Suchliste um „Pachoki“ erweitern“; round 116: nor one an alert looks for in a
      // text that names him in full, as a string looked for is not (the marking rules' round 21, `en/297`): 'Our alerts
      // now watch for “Pachocky” as well', by the words before it; round 122: nor one entered, „gibt „Pachoki“ ein“.
      (/\s/u.test(text.slice(m.start, m.end)) ||
        !(
          isToolStringBefore(text, m.start) ||
          isEnteredStringAt(text, m.start, m.end) ||
          isDataString(text, m.start, m.end) ||
          isInPattern(text, m.start, m.end) ||
          isDisplayString(text, m.start, m.end) ||
          isExtendingStringList(text, m.start) ||
          isNameAsWord(text, m.start, m.end, lowerSet(people[m.person]!.names.given))
        )) &&
      // Nor one in a path or a file's name, as a spelling right is not (round 54): "rename img/pachoki-headshot.jpg".
      !isInPathLikeToken(text, m.start, m.end) &&
      // Round 68: nor one in a family history's paragraph of its families, where a lone surname is the family's too (round
      // 18): "the census lists the household as Pachocki, Pachotski and Pachoki" above a reply on ours.
      !isFamilysParagraph(m.start, m.end) &&
      // In prose, only where his other mentions have our world's support (round 21): a misspelt namesake in a
      // family's records ("Found a Jakub Pachocky, laborer") is no more ours than the family's names are.
      (!m.prose || supportOf(found, people[m.person]!.id) > SUPPORT.NONE) &&
      // A lone one quoted too, only where a mention of him stands outside ordinary people's roles (round 53): a club's
      // news that names its player „Jan Leike“ corrects „Leicke“ on its score sheets, the player's name.
      (/\s/u.test(text.slice(m.start, m.end)) ||
        found.some((f) => f.person === people[m.person]!.id && !isSomeoneElse(f.kind) && !f.role)) &&
      !found.some((f) => f.start < m.end && m.start < f.end && !isCoveredNamesake(f, m)),
  );
  if (!added.length) return found;
  // A quoted misprint of his full name takes the place of the namesake its misspelt first name made of his surname:
  // "Jakóbem Pachockim" (round 24).
  found = found.filter((f) => !added.some((m) => isCoveredNamesake(f, m)));
  const more = added.map((m): Found<Id> => {
    const sentence = sentences.indexAt(m.start);
    const full = /\s/u.test(text.slice(m.start, m.end));
    return {
      person: people[m.person]!.id,
      start: m.start,
      end: m.end,
      kind: full ? 'full' : 'surname',
      // Quoted, the text gives it as his name; in prose, it is read as his other mentions there are.
      support: m.prose ? supportOf(found, people[m.person]!.id) : SUPPORT.TITLE,
      sentence,
      paragraph: sentences.paragraphOf(sentence),
      spelling: m.spelling,
      quoted: !full,
    };
  });
  return [...found, ...more].sort((a, b) => a.start - b.start);
}
