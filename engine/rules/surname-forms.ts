import { declensionCaseNouns, formNouns, pronunciationWords } from '../../knowledge/lexicon/spelling-and-sound';
import { lineAround, shortLineAt } from '../text/line-around';
import { CLOSING_QUOTES, PROSE_OPENING_QUOTES } from '../text/quotation-marks';
import { endingInOneOf, anyOf, SPACE, lazyPattern } from '../text/regex-parts';
import {
  NEXT_NOUN,
  declensionBefore,
  sentenceBefore,
  textAfter,
  textBefore,
  withoutOpeningQuote,
} from '../text/words-around';

/**
 * The surname's own forms named as such: a grammatical case given as the word's, or a list of its forms ("Pachocki,
 * Pachockiego, Pachockim"), which names no one.
 */

// A grammatical form given as the surname's, after its noun and a copula: "In Polish the genitive is Pachockiego",
// 'the dative would be "Pachockiemu"': the word as grammar has it, no one's name (round 17). Not its sound: "die
// Aussprache ist „Leike“" says how our person's name is said. Round 80: or after the word whose form it is, 'the
// genitive of any Pachocki is "Pachockiego"'. Round 103: or a German compound of the noun and its word's genitive,
// „Die Genitivform des Familiennamens lautet „Pachockiego““, „seines Namens“. Round 120: a few more words of the word
// whose form it is, 'the genitive of a surname like that is "Pachockiego"', 'of the surname on its own would be'.
// Round 149: the word whose form it is may be quoted, 'the genitive of a name such as “Pachocki” is “Pachockiego”'.
const CASE_NOUNS = formNouns.filter((noun) => !(pronunciationWords as readonly string[]).includes(noun));
// Round 120: or quoted right after the case's noun and its article, the form it names: „nicht den Genitiv
// „Pachockiego“ übernehmen“, 'The genitive “Pachockiego” follows the usual pattern'. A case's, not the possessive's:
// 'the tagger missed the possessive “Leike’s”' names what a tool caught of him.
// Round 155: or another case of the declension, unquoted too, 'the genitive is Pachockiego and the instrumental
// Pachockim'; not the nominative, the name itself.
const APPOSED_CASES = [
  ...CASE_NOUNS.filter((noun) => noun !== 'possessive'),
  ...declensionCaseNouns.filter((noun) => !noun.startsWith('nominativ')),
];
const CASE_APPOSED_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:the|den|der|dem|die)${SPACE}+(?:[\p{L}-]+${SPACE}+)?${anyOf(APPOSED_CASES)}(?:${SPACE}*[${PROSE_OPENING_QUOTES}]|${SPACE}+)$`,
  'iu',
);
const FORM_IS_BEFORE = endingInOneOf(
  ['is', 'be', 'ist', 'wäre', 'lautet'],
  () =>
    new RegExp(
      String.raw`(?:^|[^\p{L}])${anyOf(CASE_NOUNS)}(?:form|${SPACE}+(?:form|ending))?(?:${SPACE}+(?:of|von|des|seines)(?:${SPACE}+[\p{L}'’“”„"-]+){1,5}?)?${SPACE}+(?:is|would${SPACE}+be|ist|wäre|lautet)${SPACE}*$`,
      'iu',
    ),
);
// Round 72: or named as the form after it, the surname in quotes: 'it's "Pachockiemu" in the dative', „„Pachockiego“ im
// Genitiv“. Unquoted, "Leike, not Leikes in the genitive" corrects the name of ours, and "Pachocki in the dative case
// of the news" puns on him. Round 80: but a declension told form by form names the word, „Pachocki im Nominativ,
// Pachockiego im Genitiv, Pachockim im Instrumental“: unquoted, a form and its case next to another's.
const DECLENSION_CASES = [...CASE_NOUNS, ...declensionCaseNouns];
// Round 98: or named "as" the case, „die Wortform „Pachockiego“ als Genitiv“.
const formIn = (cases: readonly string[]) =>
  String.raw`(?:in|im|as|als)${SPACE}+(?:(?:the|dem|der)${SPACE}+)?${anyOf(cases)}(?![\p{L}])`;
// Round 93: or asked to be that form, 'is "Pachockiego" just the genitive?', „ist „Pachockiego“ nur der Genitiv?“.
// Round 155: or given "simply as" it, 'Grammar tables give “Pachockiego” simply as the genitive of a -cki surname'.
const JUST = String.raw`(?:just|only|simply|nur|einfach|bloß)${SPACE}+`;
const FORM_IN_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}],?${SPACE}+(?:(?:${JUST})?${formIn(CASE_NOUNS)}|${JUST}(?:the|der|den|dem)${SPACE}+${anyOf(CASE_NOUNS)}(?![\p{L}]))`,
  'iu',
);
const DECLENSION_AFTER = lazyPattern(
  () => String.raw`^${SPACE}+${formIn(DECLENSION_CASES)},${SPACE}*[\p{L}'’-]+${SPACE}+${formIn(DECLENSION_CASES)}`,
  'iu',
);
const DECLENSION_BEFORE = lazyPattern(() => String.raw`${formIn(DECLENSION_CASES)},${SPACE}*$`, 'iu');
const DECLENSION_FORM_AFTER = lazyPattern(() => String.raw`^${SPACE}+${formIn(DECLENSION_CASES)}`, 'iu');
// Round 83: or each form after its case's name: "nominative Pachocki, genitive Pachockiego, dative Pachockiemu",
// "(genitive Pachockiego, instrumental Pachockim)". Round 89: quoted too, „Genitiv „Pachockiego“, Instrumental
// „Pachockim““, and the earlier form after a copula, 'the genitive would be "Pachockiego", instrumental "Pachockim"'.
// The forms beside it in the Latin script: a translator's note gives him in Cyrillic case by case, 'genitive
// "Суцкевера", instrumental "Суцкевером"', as Russian writes him (the marking rules' round 26 decision).
const OPENING = `[${PROSE_OPENING_QUOTES}]?`;
const CLOSING = `[${CLOSING_QUOTES}]?`;
const CASE_BEFORE = lazyPattern(() => String.raw`(?<![\p{L}])${anyOf(DECLENSION_CASES)}${SPACE}+${OPENING}$`, 'iu');
// The next case's name after a form's comma, or two joined: ", genitive ", ", instrumental and locative "; round 103:
// with its article, „„Pachockiego“, der Instrumental „Pachockim““ after „Die Genitivform des Familiennamens lautet“.
const NEXT_CASE = () =>
  String.raw`,${SPACE}*(?:(?:and|und)${SPACE}+)?(?:(?:der|the)${SPACE}+)?${anyOf(DECLENSION_CASES)}(?:${SPACE}+(?:and|und)${SPACE}+${anyOf(DECLENSION_CASES)})?${SPACE}+${OPENING}`;
const NEXT_CASE_AFTER = lazyPattern(() => String.raw`^${CLOSING}${NEXT_CASE()}\p{Script=Latin}`, 'iu');
// Round 116: the earlier form may follow the case of the word named, 'The genitive of that surname would be
// "Pachockiego", the dative "Pachockiemu"'.
const EARLIER_CASE_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])${anyOf(DECLENSION_CASES)}(?:form(?:${SPACE}+des(?:${SPACE}+[\p{L}-]+){1,2}?)?|${SPACE}+(?:of|von)(?:${SPACE}+[\p{L}-]+){1,3}?)?(?:${SPACE}+(?:is|ist|would${SPACE}+be|wäre|lautet))?${SPACE}+${OPENING}\p{Script=Latin}+${CLOSING}${NEXT_CASE()}$`,
  'iu',
);
// Round 149: or quoted after the case's ending it shows, „Nachnamen auf -cki bilden den Genitiv auf -ckiego, hier also
// „Pachockiego““: the example of a rule of grammar.
const CASE_ENDING_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])${anyOf(DECLENSION_CASES)}${SPACE}+(?:auf|in|on|with|mit)${SPACE}+-\p{L}+[,:;]?(?:${SPACE}+\p{L}+){0,2}${SPACE}*$`,
  'iu',
);
// Round 158: or quoted as the example of an ending cited before it that the form ends in, „Der Genitiv eines Namens auf
// -cki endet auf -ckiego, also „Pachockiego““, 'names in -cki take -ckiego in the genitive (“Pachockiego”)'. In its
// sentence: a page's next block may quote the name itself, 'How is “Pachocki” pronounced?'.
const CITED_ENDING = lazyPattern(() => /(?<![\p{L}\p{N}])-(\p{Ll}{2,6})(?![\p{L}])/gu);
const OPENED_BEFORE = lazyPattern(() => String.raw`[${PROSE_OPENING_QUOTES}]$`, 'u');
function isExampleOfEnding(text: string, start: number, end: number, before: string, after: string): boolean {
  if (!OPENED_BEFORE().test(before) || !CLOSING_QUOTES.includes(after[0] ?? '')) return false;
  const form = text.slice(start, end).toLowerCase();
  return [...sentenceBefore(before).matchAll(CITED_ENDING())].some(
    ([, ending]) => ending !== form && form.endsWith(ending!),
  );
}

const isCaseNamedBefore = (before: string, after: string) =>
  CASE_BEFORE().test(before) && (NEXT_CASE_AFTER().test(after) || EARLIER_CASE_BEFORE().test(before));

// Round 98: or any bearer's, unquoted, after an indefinite article: 'so a Pachocki in the genitive is "Pachockiego"'.
const ANY_BEARER_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:a|an|any|ein|jeder)[^\S\n]+$/iu);
const UNQUOTED_FORM_IN_AFTER = lazyPattern(() => String.raw`^${SPACE}+${formIn(CASE_NOUNS)}`, 'iu');
const isFormNamedAfter = (before: string, after: string) =>
  (PROSE_OPENING_QUOTES.includes(before.at(-1) ?? '\n') && FORM_IN_AFTER().test(after)) ||
  (ANY_BEARER_BEFORE().test(before) && UNQUOTED_FORM_IN_AFTER().test(after)) ||
  DECLENSION_AFTER().test(after) ||
  (DECLENSION_BEFORE().test(before) && DECLENSION_FORM_AFTER().test(after));
// Round 80: or after the form's noun, "of" and a word for every bearer: "the genitive of any Pachocki", „der Genitiv
// von jedem Pachocki“. Without it, "genitive of Суцкевер" in a translator's note names him.
const FORM_OF_BEFORE = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])${anyOf(CASE_NOUNS)}${SPACE}+(?:of|von)${SPACE}+(?:any|every|jede[mnrs]?)${SPACE}+$`,
  'iu',
);

// Round 58: the surname among two more of its own case forms in a list, „Pachocki, Pachockiego, Pachockim — we have
// more cases than …“: the word's declension, no one named. Two are a spelling and its misprint ("Sutskever,
// Sutzkever"), which name him.
const FORM_ITEMS_AFTER = lazyPattern(() => /^(?:,[^\S\n]*\p{L}+){1,2}/u);
const FORM_ITEMS_BEFORE = lazyPattern(() => /(?:\p{L}+,[^\S\n]*){1,2}$/u);
const LISTED_FORMS = 3;

// Round 67: or beside one more form that is the name with an ending, its possessive or a case form, in a list of one
// word to each line ("Altman\nAltman's\nSutskever\nSutskever's", a spellchecker's list) or of one-word items with a
// space after each comma or semicolon ("Pachocki, Pachockiego"). A CSV row, which sets the form printed beside the
// name it counts, writes no space; a full name's surname ("Robert Altman, Altman-Stiftung") is no item.
const INLINE_ITEM_BEFORE = lazyPattern(() => /(?:^|[,;:][^\S\n]+)(\p{L}[\p{L}'’-]*)[,;][^\S\n]+$/u);
const INLINE_ITEM_AFTER = lazyPattern(() => /^[,;][^\S\n]+(\p{L}[\p{L}'’-]*)(?:[,;.]?[^\S\n]*$|[,;][^\S\n])/u);
// The name is an item itself, not a full name's end ("Robert Altman, Altman-Stiftung").
const ITEM_START = lazyPattern(() => /(?:^|[,;:][^\S\n]+)$/u);
/** How far on its line a list's neighbouring items are read. */
const LIST_REACH = 60;
const LINE_ITEM = lazyPattern(() => /^[^\S\n]*(\p{L}[\p{L}'’-]*)[^\S\n]*$/u);

/** Whether `other` is `word` with an ending, or `word` is `other` with one (both lower case, a possessive's ending cut). */
function isFormOf(word: string, other: string): boolean {
  const [stem, form] = [word, other].map((item) => item.replace(APOSTROPHE_ENDING(), ''));
  return other !== word && (form!.startsWith(stem!) || (form!.length >= 4 && stem!.startsWith(form!)));
}
const APOSTROPHE_ENDING = lazyPattern(() => /['’]s?$/u);

/** Whether the surname at [start, end) stands in such a list beside another form of it. */
function standsBesideOwnForm(text: string, start: number, end: number): boolean {
  const [before, after] = lineAround(text, start, end, LIST_REACH);
  const word = text.slice(start, end).toLowerCase();
  const neighbours = ITEM_START().test(before)
    ? [INLINE_ITEM_BEFORE().exec(before)?.[1], INLINE_ITEM_AFTER().exec(after)?.[1]]
    : [];
  // Alone on a line after another: the lines either side, each read whole if no longer than the reach.
  const own = before.trim() === '' && after.trim() === '' ? shortLineAt(text, start, LIST_REACH) : undefined;
  if (own && own.start > 0) {
    const next = own.start + own.line.length + 1;
    for (const line of [
      shortLineAt(text, own.start - 1, LIST_REACH),
      next <= text.length ? shortLineAt(text, next, LIST_REACH) : undefined,
    ]) {
      if (line) neighbours.push(LINE_ITEM().exec(line.line)?.[1]);
    }
  }
  return neighbours.some((other) => other !== undefined && isFormOf(word, other.toLowerCase()));
}

/**
 * Whether the surname at [start, end) stands in a list with two more of `forms`, its case forms (lower case), or
 * beside one of its forms with an ending.
 */
export function listsOwnForms(text: string, start: number, end: number, forms: ReadonlySet<string>): boolean {
  if (standsBesideOwnForm(text, start, end)) return true;
  if (text[end] !== ',' && !text.slice(Math.max(0, start - 2), start).includes(',')) return false;
  const run = [
    FORM_ITEMS_BEFORE().exec(text.slice(Math.max(0, start - 60), start))?.[0] ?? '',
    text.slice(start, end),
    FORM_ITEMS_AFTER().exec(text.slice(end, end + 60))?.[0] ?? '',
  ].join('');
  const listed = new Set(run.split(/,[^\S\n]*/u).map((word) => word.toLowerCase()));
  return [...listed].filter((word) => forms.has(word)).length >= LISTED_FORMS;
}

// Round 80: or quoted after a verb or noun of declining it, the word whose forms are asked for: 'How do Polish media
// decline "Pachocki"?', „Wie dekliniert man „Leike“?“, „die Deklination von „Pachocki““.
const DECLINED_BEFORE = lazyPattern(
  () =>
    /(?<!\p{L})(?:declin(?:e|es|ed|ing)|declension[^\S\n]+of|deklinier\p{L}*(?:[^\S\n]+man)?|deklination[^\S\n]+von)[^\S\n]*["“„«]$/iu,
);
// Round 102: or unquoted, the question ending at it: 'How do you decline Pachocki?', „Wie dekliniert man Leike?“.
const DECLINED_ASKED_BEFORE = lazyPattern(
  () => /(?<!\p{L})(?:declin(?:e|es|ed|ing)|deklinier\p{L}*(?:[^\S\n]+man)?)[^\S\n]+$/iu,
);

// Round 86: or in a sentence that tells how the word changes in a case, a case's name and a verb of becoming in it:
// „Ein Name wie „Pachocki“ wird im Genitiv zu „Pachockiego““, „Aus „Leike“ wird im Genitiv …“, "so any Pachocki
// becomes Pachockiego in the genitive"; round 96: „Im Genitiv wird aus Pachocki „Pachockiego““; round 101: or how one
// writes it there, 'in the genitive one writes "Pachockiego"', „im Genitiv schreibt man „Pachockiego““; round 140: or
// what it would be, „Der Genitiv … endet auf -ckiego, also wäre es „Pachockiego““.
// Not an example phrase of his, a noun after it („bleibt es bei „Pachockis Ernennung““), nor a sentence with another
// script in it: a translator's note gives his name in each language, 'becomes "уход Суцкевера", "Sutskever's
// departure"' (round 26).
const BECOMING = lazyPattern(
  () =>
    /(?<![\p{L}])(?:becomes?|became|turns?[^\S\n]+into|would[^\S\n]+be|wäre|one[^\S\n]+writes|schreibt[^\S\n]+man|(?:wird|werden)(?:[^\S\n]+[^\s.!?]+){0,4}?[^\S\n]+zu|aus(?:[^\S\n]+\S+){1,4}?[^\S\n]+(?:wird|werden)|(?:wird|werden)[^\S\n]+aus)(?![\p{L}])/iu,
);
const CASE_NAME = lazyPattern(() => String.raw`(?<![\p{L}])${anyOf(DECLENSION_CASES)}(?![\p{L}])`, 'iu');
const OTHER_SCRIPT = lazyPattern(() => /[\u0400-\u04ff\u0590-\u05ff]/u);
// How far either side of the surname its sentence is read, and the sentence's part of the line either side.
const SENTENCE_REACH = 200;
const SENTENCE_HEAD = lazyPattern(() => /[^.!?]*$/u);
const SENTENCE_TAIL = lazyPattern(() => /^[^.!?]*/u);

const NEXT_WORD = lazyPattern(() => /^\s+[„“"»‚‘]?(\p{L}+)/u);
function startsWithOwnForm(text: string, start: number, end: number) {
  const next = NEXT_WORD().exec(text.slice(end, end + 40))?.[1];
  return next !== undefined && next.toLowerCase().startsWith(text.slice(start, end).toLowerCase());
}

/** Whether the surname at [start, end) stands in a sentence on how the word changes in a case (see above). */
export function isInDeclensionSentence(text: string, start: number, end: number): boolean {
  // A noun after it makes an example phrase; its own case form after it is the change told (round 96: „wird aus
  // Pachocki „Pachockiego““).
  if (NEXT_NOUN().test(text.slice(end, end + 4)) && !startsWithOwnForm(text, start, end)) return false;
  const [before, after] = lineAround(text, start, end, SENTENCE_REACH);
  const sentence = SENTENCE_HEAD().exec(before)![0] + text.slice(start, end) + SENTENCE_TAIL().exec(after)![0];
  return CASE_NAME().test(sentence) && BECOMING().test(sentence) && !OTHER_SCRIPT().test(sentence);
}

/**
 * Whether the surname at [start, end) is given as a grammatical form of the name: "the genitive is Pachockiego" (see
 * above).
 */
export function isCaseFormNamed(text: string, start: number, end: number): boolean {
  const [before, after] = [textBefore(text, start), textAfter(text, end)];
  return (
    FORM_IS_BEFORE.test(withoutOpeningQuote(before)) ||
    (CLOSING_QUOTES.includes(after[0] ?? '') && CASE_ENDING_BEFORE().test(withoutOpeningQuote(before))) ||
    isExampleOfEnding(text, start, end, before, after) ||
    CASE_APPOSED_BEFORE().test(before) ||
    FORM_OF_BEFORE().test(before) ||
    DECLINED_BEFORE().test(before) ||
    (after.startsWith('?') && DECLINED_ASKED_BEFORE().test(before)) ||
    isFormNamedAfter(before, after) ||
    isCaseNamedBefore(declensionBefore(text, start), after)
  );
}

// Round 124: or quoted and turned into its own form with an ending, told form to form with no case named: „aus
// „Pachocki“ wird „Pachockiego““, either form. Not a tool's change of his name into another word, „aus „Leike“ wird
// „Leica““, which the marking rules mark as his name printed.
const FROM_FORM_BEFORE = lazyPattern(() => /(?<![\p{L}])aus[^\S\n]*[„“"»]$/iu);
const INTO_FORM_AFTER = lazyPattern(
  () => /^[“”"«][^\S\n]+(?:wird|wurde|werden)(?:[^\S\n]+\p{Ll}+){0,2}?[^\S\n]+[„“"»](\p{L}+)[“”"«]/u,
);
const INTO_FORM_BEFORE = lazyPattern(
  () =>
    /(?<![\p{L}])aus[^\S\n]*[„“"»](\p{L}+)[“”"«][^\S\n]+(?:wird|wurde|werden)(?:[^\S\n]+\p{Ll}+){0,2}?[^\S\n]+[„“"»]$/iu,
);
const CLOSING_QUOTE_NEXT = lazyPattern(() => /^[“”"«]/u);
// Round 164: or an arrow between the two forms, as a grammar's example sets them, quoted or not, after another word's
// example on its line: "Kowalski → Kowalskiego, Pachocki → Pachockiego". Not a fix of a misprint, "Altmann -> Altman",
// nor a tool's key for a form, "Sutskevers → sutskever".
const ARROW_FORM_AFTER = lazyPattern(() => /^[“”"«]?[^\S\n]*(?:→|->|=>)[^\S\n]*[„“"»]?(\p{L}+)/u);
const ARROW_FORM_BEFORE = lazyPattern(() => /(?<![\p{L}])(\p{L}+)[“”"«]?[^\S\n]*(?:→|->|=>)[^\S\n]*[„“"»]?$/u);
const ARROW_EXAMPLE_BEFORE = lazyPattern(() => /(?<![\p{L}])(\p{L}{3,})[^\S\n]*(?:→|->|=>)[^\S\n]*\1\p{Ll}+[^\n]*$/u);

/**
 * Whether the surname at [start, end), quoted or set beside an arrow, is turned into its own form, or is the form
 * another turns into (above).
 */
export function isTurnedIntoOwnForm(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  const [before, after] = [textBefore(text, start), textAfter(text, end)];
  const into = FROM_FORM_BEFORE().test(before) ? INTO_FORM_AFTER().exec(after)?.[1] : undefined;
  if (into !== undefined && isFormOf(word, into.toLowerCase())) return true;
  const from = CLOSING_QUOTE_NEXT().test(after) ? INTO_FORM_BEFORE().exec(before)?.[1] : undefined;
  if (from !== undefined && isFormOf(from.toLowerCase(), word)) return true;
  if (!ARROW_EXAMPLE_BEFORE().test(before)) return false;
  const arrowedInto = ARROW_FORM_AFTER().exec(after)?.[1]?.toLowerCase();
  if (arrowedInto !== undefined && arrowedInto.startsWith(word) && arrowedInto !== word) return true;
  const arrowedFrom = ARROW_FORM_BEFORE().exec(before)?.[1]?.toLowerCase();
  return arrowedFrom !== undefined && word.startsWith(arrowedFrom) && arrowedFrom !== word;
}
