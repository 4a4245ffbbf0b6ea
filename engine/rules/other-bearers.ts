import { hatnoteQualifiers, namesakeCallings } from '../../knowledge/lexicon/namesake-worlds';
import { shopNouns } from '../../knowledge/lexicon/trades-and-shops';
import { nounEndings } from '../../knowledge/lexicon/grammar-words';
import { SPACE, anyOf, lazyPattern } from '../text/regex-parts';
import { LOWER_WORD_BEFORE, textBefore, WORD_BEFORE, TITLE_CASE } from '../text/words-around';
import { isOtherScript } from '../text/scripts';
import { NOT_FIRST_NAMES, isMatterNoun, isRole } from './word-classes';
import { speakerLabelAt } from './speakers';

/**
 * Another bearer of the surname known from the text around it: a first name in brackets or in its clause, a
 * transcript's speaker introduced with another first name, a namesake's first name in lower case.
 */

// A word in capitals right before the surname.
const UPPER_WORD_BEFORE = lazyPattern(() => String.raw`(?:^|[^\p{L}])(\p{Lu}{2,})${SPACE}+$`, 'u');
// Round 161: any word right before a surname in another script, whose first names a word's case cannot tell apart,
// Hebrew having none: „den Dichter אברהם סוצקבר“, „für den anderen Авром Суцкевер“.
const WORD_IN_SCRIPT_BEFORE = lazyPattern(() => String.raw`(?:^|[^\p{L}\p{M}])([\p{L}\p{M}]+)${SPACE}+$`, 'u');

/**
 * Whether the surname at [start, end) follows a namesake's first name written as it is: in lower case, as chat writes
 * names, "das war robert altman", "was that robert altman's son" (round 17); round 98: in capitals, as a poster's
 * heading, "A ROBERT ALTMAN SEASON"; round 161: in another script, in any case. Only a namesake's first name: any word
 * in capitals may stand before a surname in capitals ("WHY ALTMAN WAS FIRED"). A capitalised first name in the Latin
 * script is read elsewhere.
 */
export function isNamesakeInOneCase(
  text: string,
  start: number,
  end: number,
  namesakeGiven: ReadonlySet<string>,
): boolean {
  if (!namesakeGiven.size) return false;
  const first = text[start]!;
  const written = text.slice(start, end);
  const before = textBefore(text, start);
  const word = isOtherScript(first)
    ? WORD_IN_SCRIPT_BEFORE().exec(before)?.[1]?.toLowerCase()
    : first !== first.toUpperCase()
      ? LOWER_WORD_BEFORE().exec(before)?.[1]
      : written === written.toUpperCase()
        ? UPPER_WORD_BEFORE().exec(before)?.[1]?.toLowerCase()
        : undefined;
  return word !== undefined && namesakeGiven.has(word);
}

// Round 161: a namesake's first name before a blank, as a quiz asks for his surname: "Abraham …?", "Robert ____".
const GIVEN_BLANK = lazyPattern(() => /(?<![\p{L}])(\p{L}+)[^\S\n]*(?:…|\.{3}|_{2,})/gu);
/** How far back a quiz's question may stand before its answer: its own line and the one above. */
const BLANK_LINES = 2;

/**
 * Whether the surname at `start` answers a question that gives a namesake's first name and a blank for his surname, on
 * its line or the line above: "| Jiddischer Dichter: Abraham …? | Sutzkever |".
 */
export function fillsNamesakesBlank(text: string, start: number, namesakeGiven: ReadonlySet<string>): boolean {
  let from = start;
  for (let line = 0; line < BLANK_LINES && from > 0; line++) from = text.lastIndexOf('\n', from - 1);
  const question = text.slice(Math.max(0, from + 1), start);
  if (!question.includes('…') && !question.includes('..') && !question.includes('__')) return false;
  for (const [, word] of question.matchAll(GIVEN_BLANK())) if (namesakeGiven.has(word!.toLowerCase())) return true;
  return false;
}

// A capitalised word alone in brackets right after a surname: "Mr. Sutskever (Morris)", "Leike (Westfield)". Round
// 151: perhaps with the writer's stress, „wie Altman (Robert!) seine Studiobosse zeigt“.
const BRACKETED_WORD = new RegExp(String.raw`^${SPACE}*\((\p{Lu}\p{Ll}+)[!?]?\)`, 'u');

// Round 139: or a qualifier alone in brackets, as an encyclopedia's hatnote sets a namesake or a shop apart: "see
// Pachocki (bakery)", „Altman (Regisseur)“. Round 140: or with an article and where it is, as a note to self says which
// shop it means, "Bread from Pachocki's (the bakery on Fore St, …)".
const BRACKETED_QUALIFIER = lazyPattern(
  () =>
    String.raw`^${SPACE}*\((?:(?:the|die|der|das)${SPACE}+)?(?:${anyOf([...shopNouns, ...namesakeCallings, ...hatnoteQualifiers])})(?:\)|${SPACE}+(?:on|in|at|am|an|im|auf)${SPACE})`,
  'iu',
);

/** Whether a qualifier that none of ours has stands alone in brackets right after a surname: "Pachocki (bakery)". */
export const hasQualifierInBrackets = (after: string) => BRACKETED_QUALIFIER().test(after);

/**
 * Whether the word in brackets right after a surname is another first name or a place, which sets its bearer
 * apart ("Mr. Sutskever (Morris)", "Leike (Westfield)"): not a role, an AI word or a time word, not our person's
 * first name ("Altman (Sam)") nor another of our surnames. Our people's employer there is read as an affiliation.
 * Round 140: nor a matter's noun, which a headline puts in brackets: „Porträt Sutskever (Wochenendausgabe)“. Round
 * 168: nor a noun by its ending, a field a list gives each of ours, „J. Pachocki (Forschung)“.
 */
export function hasOtherInBrackets(after: string, given: ReadonlySet<string>, ours: ReadonlySet<string>): boolean {
  const word = BRACKETED_WORD.exec(after)?.[1]?.toLowerCase();
  return (
    word !== undefined &&
    !given.has(word) &&
    !ours.has(word) &&
    !NOT_FIRST_NAMES.has(word) &&
    !isMatterNoun(word) &&
    !isRole(word) &&
    !nounEndings.some((ending) => word.length > ending.length + 2 && word.endsWith(ending))
  );
}

/** Whether `clause` names `surname` after a first name none of ours bears: ", club treasurer Edward Pachocki". */
export function namesOtherBearer(
  clause: string,
  surname: string,
  given: ReadonlySet<string>,
  ours: ReadonlySet<string>,
): boolean {
  const at = clause.indexOf(surname);
  const word = at > 0 ? WORD_BEFORE.exec(clause.slice(0, at))?.[1] : undefined;
  return word !== undefined && TITLE_CASE().test(word) && isOthersFirstName(word, given, ours);
}

/** Whether `word` may be a first name that none of ours bears: no role, no word that is never a first name. */
function isOthersFirstName(word: string, given: ReadonlySet<string>, ours: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  return !given.has(lower) && !ours.has(lower) && !NOT_FIRST_NAMES.has(lower) && !isRole(word);
}

/**
 * Round 122: whether `before` ends in a first name in capitals that none of ours bears, as a transcript's first label
 * gives a speaker in full: "RUTH ALTMAN: No relation, sadly." above "ALTMAN: …".
 */
function isOtherFirstNameInCaps(before: string, given: ReadonlySet<string>, ours: ReadonlySet<string>): boolean {
  const word = UPPER_WORD_BEFORE().exec(before)?.[1];
  return word !== undefined && isOthersFirstName(word, given, ours);
}

/** Whether the line of `at` is a Markdown table's row. */
const isOnTableRow = (text: string, at: number) => text[text.lastIndexOf('\n', at) + 1] === '|';

/** How far into a text its introduction of a transcript's speakers is looked for. */
const TRANSCRIPT_HEAD = 2_000;

/**
 * Round 56: whether the surname at [start, end) is a transcript's speaker label in capitals, "LEIKE: …" or "DR. LEIKE:"
 * at a line's start, and the text has named a bearer with another first name before it ("a conversation with Dr. Hanna
 * Leike", "Moderator: Dr. Ruth Altman"): a transcript introduces its speakers so, and the label is hers.
 */
export function isOtherBearersLabel(
  text: string,
  start: number,
  end: number,
  given: ReadonlySet<string>,
  ours: ReadonlySet<string>,
): boolean {
  const label = speakerLabelAt(text, start, end);
  if (label === undefined || label !== label.toUpperCase()) return false;
  const surname = label[0] + label.slice(1).toLowerCase();
  // A transcript introduces its speakers at its head: a page of thousands of labels reads only that far for each.
  const head = Math.min(start, TRANSCRIPT_HEAD);
  for (let at = text.indexOf(label); at !== -1 && at < head; at = text.indexOf(label, at + 1))
    if (isOtherFirstNameInCaps(text.slice(Math.max(0, at - 40), at), given, ours)) return true;
  for (let at = text.indexOf(surname), previousEnd = 0; at !== -1 && at < head; at = text.indexOf(surname, at + 1)) {
    // Round 94: the window before each bearer stops at the one before him, whose first name is not his: "… OpenAI,
    // Jakub Pachocki. Tomasz Pachocki coaches junior chess".
    const from = Math.max(0, at - 40, previousEnd);
    // Round 141: a table's row introduces no speaker, "| Sam Altman | … | Robert Altman (director) |" above "ALTMAN:
    // back as CEO".
    if (!isOnTableRow(text, at) && namesOtherBearer(text.slice(from, at + surname.length), surname, given, ours))
      return true;
    previousEnd = at + surname.length;
  }
  return false;
}

/**
 * Round 124: a pattern for a clause that goes on, after a verb, to name our person in full after a preposition,
 * "declined to talk about Sam Altman", „sprach mit Jan Leike“: the surname before it is someone else's, as no writer
 * names one man by his surname and then in full in one clause. Not an apposition, which starts with a mark, nor a
 * definition, "Altman is "OpenAI CEO Sam Altman" on first reference".
 */
export const fullNameLaterInClause = (given: readonly string[], surnames: readonly string[]) =>
  lazyPattern(
    () =>
      String.raw`^${SPACE}+\p{Ll}[^.!?\n:;()"“”„]*?(?<![\p{L}])(?:about|with|to|against|from|über|mit|gegen|von)${SPACE}+${anyOf(given)}${SPACE}+${anyOf(surnames)}(?![\p{L}])`,
    'u',
  );
