import { namesakeNouns, unrelatedPhrases } from '../../knowledge/lexicon/telling-bearers-apart';
import { anyOf, hintOf, lazyPattern, WORD_CHAR } from '../text/regex-parts';
import type { Sentences } from '../text/sentences';
import { namesDoubledSpelling } from '../rules/kinship-denials';
import { isAskedWhich } from '../rules/picked-out-bearers';
import { isNameTalkedOf } from '../rules/name-talk';
import { namedInFull, type Found } from './candidates';
import { isSomeoneElse, SUPPORT } from './mention-kind';
import { isSpeltAsOurs, keyOf } from './surname-spellings';

/**
 * The candidates the whole text takes away: lone surnames that cite a namesake's paper, that name a member on an
 * attendance line, that a question asks which bearer they meant, that stand in a namesake's world, that follow a
 * namesake's courtesy title, or that the text talks of as a word.
 */

/**
 * `found` without the lone surnames in `cited` that cite a paper of one of ours who writes none: a namesake's, the
 * statistician's or the economist's, whatever its sentence says of AI; unless the text names him in full, where it is
 * the post he signed first: "(Altman et al., 2023)" under "Sam Altman, Greg Brockman and Ilya Sutskever" (round 28).
 */
export function withoutCitedNamesakes<Id extends string>(
  found: Found<Id>[],
  cited: ReadonlySet<Found<Id>>,
): Found<Id>[] {
  const inFull = namedInFull(found);
  return found.filter((f) => !cited.has(f) || inFull.has(f.person));
}

/**
 * `found` without the lone surnames on an attendance line (`onAttendance`) that are not listed with another of ours,
 * and without that member's other lone surnames that only the text supports: the minutes name the same member again
 * ("Present: … S. Altman …" … "Treasurer's report (S. Altman)" … "Altman noted that …"), whatever else they say of AI
 * elsewhere (round 26). One whose sentence speaks of AI is read as before.
 */
export function withoutMembers<Id extends string>(
  found: Found<Id>[],
  onAttendance: ReadonlySet<Found<Id>>,
): Found<Id>[] {
  const members = new Set([...onAttendance].filter((f) => !f.listed).map((f) => f.person));
  return found.filter(
    (f) =>
      f.listed ||
      !(onAttendance.has(f) || (f.kind === 'surname' && members.has(f.person) && f.support < SUPPORT.SENTENCE)),
  );
}

/** How many sentences after a lone surname a question which bearer it meant may stand: the chat's next lines. */
const WHICH_REACH = 2;

/**
 * `found` without the lone surnames that a question right after asks which bearer they meant ("did everyone finish the
 * altman book?" … "which altman lol" … "the robert altman biography"), when the next name of that person after the
 * question, its answer, is not ours: the one asked about is the answer's (round 20). With no answer, or ours as the
 * answer ("which altman?" "sam altman, obviously"), it stays as read.
 */
export function withoutAskedWhich<Id extends string>(text: string, found: Found<Id>[]): Found<Id>[] {
  let asked: Set<Found<Id>> | undefined;
  found.forEach((f, i) => {
    if (f.kind !== 'namesake' || !isAskedWhich(text, f.start)) return;
    const before = found.slice(0, i).findLast((g) => g.person === f.person);
    const answer = found.slice(i + 1).find((g) => g.person === f.person);
    if (
      before?.kind === 'surname' &&
      before.support < SUPPORT.SENTENCE &&
      f.sentence - before.sentence <= WHICH_REACH &&
      answer !== undefined &&
      answer.kind !== 'full' &&
      answer.kind !== 'handle' &&
      answer.support < SUPPORT.TITLE
    ) {
      (asked ??= new Set()).add(before);
    }
  });
  return asked ? found.filter((f) => !asked!.has(f)) : found;
}

/** A lone surname's sentence, person and spelling, which say where a reading set apart stands. */
const spellingKey = (f: Found<string>) => `${f.sentence} ${f.person} ${f.spelling}`;

/**
 * `found` without the lone surnames of `worlds`, sentences about a namesake's world (films, poems, a league) with
 * no AI word, by the people whose namesakes' world each is, unless the sentence names one of ours in full
 * ("Sutskever's farewell post, his successor Jakub Pachocki … under a poet's spelling") or lists them. Round 153:
 * another of ours in it stays his, "Sutskever's U-turn is the most Altman-film thing about the whole affair". Round
 * 163: nor one spelt as a lone surname of the sentence set apart as ours, whose world is the one a reader first
 * thought of: „Als die Eilmeldung kam, Altman äußere sich, dachte ich bei Altman zuerst an den Regisseur“. The poet's
 * spelling beside his stays the poet's: "It's Sutskever, not "Sutzkever" (that's the poet)".
 */
export function withoutNamesakeWorlds<Id extends string>(
  found: Found<Id>[],
  worlds: Map<number, ReadonlySet<Id>>,
): Found<Id>[] {
  for (const f of found) if (f.kind === 'full') worlds.delete(f.sentence);
  const setApart = new Set(
    found.filter((f) => f.kind === 'surname' && f.support === SUPPORT.TITLE).map((f) => spellingKey(f)),
  );
  return found.filter(
    (f) =>
      f.kind !== 'surname' ||
      f.listed ||
      f.support >= SUPPORT.SENTENCE ||
      !worlds.get(f.sentence)?.has(f.person) ||
      setApart.has(spellingKey(f)),
  );
}

// Words by which a titled man is set apart from ours: his namesake, or a denial of kinship ("he is not related to the
// OpenAI CEO").
const SET_APART_WORDS = [...namesakeNouns, ...unrelatedPhrases];
const NAMESAKE_NOUN_HINT = hintOf(SET_APART_WORDS);
const NAMESAKE_NOUN = lazyPattern(() => `(?<!${WORD_CHAR})${anyOf(SET_APART_WORDS)}`, 'iu');

/**
 * `found` without the lone surnames after a man's courtesy title of a person whom a sentence with one of them says
 * has a namesake or is not related to ours: "der Kurs von Herrn Leike … Herr Leike möchte betonen, dass er mit seinem
 * Namensvetter weder verwandt noch bekannt ist" speaks of the teacher, not of ours (round 17). So do those of a
 * person the text has once titled plainly as someone ordinary, `ordinary` (round 19): "Anwesend: …, Herr Dr. Leike
 * (Betreuung) … Herr Dr. Leike besorgt Papier". Not where the text names a bearer of the surname's doubled spelling
 * ("Abg. Altmann: … zu Herrn Altman – nicht verwandt"): the denial is his, and sets ours apart (round 27).
 */
export function withoutTitledNamesakes<Id extends string>(
  text: string,
  found: Found<Id>[],
  sentences: Sentences,
  ordinary: ReadonlySet<Id> = new Set(),
): Found<Id>[] {
  const titledNamesakes = new Set<Id>(ordinary);
  for (const f of NAMESAKE_NOUN_HINT.test(text) ? found : []) {
    if (
      f.courtesy &&
      NAMESAKE_NOUN().test(text.slice(...sentences.bounds(f.sentence))) &&
      !namesDoubledSpelling(text, [keyOf(text.slice(f.start, f.end))])
    ) {
      titledNamesakes.add(f.person);
    }
  }
  return titledNamesakes.size ? found.filter((f) => !(f.courtesy && titledNamesakes.has(f.person))) : found;
}

/**
 * `found` without the lone surnames talked of as a word: pronounced, an alias, searched, declined (round 22). His
 * surname as spelt, or as `otherScripts` write it, is his there only in a text that names him in full: 'googling
 * "Leike" gives you pages about the AI researcher' in a family's forum is the family's name typed (round 23). Nor where
 * it names another bearer of his surname in full: a search for the word finds them all (round 24).
 */
export function withoutNamesTalkedOf<Id extends string>(
  text: string,
  found: Found<Id>[],
  canonical: ReadonlySet<string>,
  otherScripts: ReadonlySet<string>,
): Found<Id>[] {
  const named = namedInFull(found);
  for (const f of found) if (isSomeoneElse(f.kind)) named.delete(f.person);
  return found.filter(
    (f) =>
      f.kind !== 'surname' ||
      !isNameTalkedOf(
        text,
        f.start,
        f.end,
        named.has(f.person) &&
          (isSpeltAsOurs(text.slice(f.start, f.end), canonical) ||
            otherScripts.has(text.slice(f.start, f.end).toLowerCase())),
        canonical,
      ),
  );
}
