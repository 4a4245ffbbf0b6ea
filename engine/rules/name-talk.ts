import {
  nameEntryNouns,
  nameMeaningNouns,
  nameSearchVerbs,
  nameSearchVerbsAfter,
  soundWords,
} from '../../knowledge/lexicon';
import { lineAround } from '../text/line-around';
import { anyOf, containingOneOf, endingInOneOf, hintOf, lazyPattern, SPACE } from '../text/regex-parts';

/**
 * The name as an object of talk (round 22): a surname, a misprint or a handle that its sentence says is pronounced,
 * kept as a tool's alias, searched for, explained or had by everyone who bears it is the word, not the man,
 * whoever it may name elsewhere in the text: 'How do you pronounce "Pachocki"?', „„Sutzkever“ als Alias ergänzen“, 'I
 * search "altman"', „Pachocki – Namensbedeutung“, "every Altman on earth". One
 * signal, the word that governs the name: a verb or noun of sound, of a tool's entry or of a search right
 * beside the name quoted alone, a meaning's noun after the name and a dash, a quantifier before it. A new author's
 * wording has it because talking about a name needs such a word to say what is done to the name; a sentence that says
 * something of the man ("It's Sutskever, not "Sutzkever"", 'the wire had "Sutzkever"') has none beside the quotes.
 */

// The quotation marks a name stands alone in, each with its closing one.
const PAIRS: Readonly<Record<string, string>> = { '"': '"', '„': '“', '“': '”', '«': '»', '‚': '‘', "'": "'" };
/** How far before and after the name, in its sentence, the governing words are read. */
const REACH = 50;

// Saying a word aloud, not a verb of saying what someone said („sagt man“, "you say" can report a misprint).
const SOUND_TERMS = soundWords.filter((word) => !/(?:^|\s)(?:say|sagt|sprich|sprechen|spricht)(?:\s|$)/u.test(word));
const SOUND_HINT = hintOf([...SOUND_TERMS, 'spricht']);
const SOUND = lazyPattern(() => String.raw`(?<![\p{L}])${anyOf(SOUND_TERMS)}(?![\p{L}])`, 'iu');
// German's separable „spricht man … aus“: the verb before, its particle closing the question.
const SPEAKS_OUT = lazyPattern(() => /(?<!\p{L})(?:spricht|sprich|sprechen)(?!\p{L})[^.!?\n]*\saus(?:[?.!,]|$)/iu);
/** Whether `clause` speaks of how a word sounds. */
const speaksOfSound = (clause: string) =>
  SOUND_HINT.test(clause) && (SOUND().test(clause) || SPEAKS_OUT().test(clause));

// After the closing mark, the name given as a tool's entry: '"Pachoki" listed as a variant', „„Leike“ als Alias“.
const ENTRY_AFTER = lazyPattern(
  () =>
    String.raw`^(?:${SPACE}+[\p{L}-]+){0,2}?${SPACE}+(?:as|als)${SPACE}+(?:(?:an?|the|plain|bare|another|eine?[nm]?|weitere[nmrs]?|neue[nmrs]?|zusätzliche[nmrs]?)${SPACE}+){0,2}${anyOf(nameEntryNouns)}(?![\p{L}])`,
  'iu',
);
const ENTRY_HINT = hintOf(['as', 'als']);
// A search's verb before the opening mark: 'I google "', 'searching for "'; or German's after the closing one.
const SEARCH_BEFORE = endingInOneOf(
  [...nameSearchVerbs, 'for', 'nach'],
  () => new RegExp(String.raw`(?<![\p{L}])${anyOf(nameSearchVerbs)}(?:${SPACE}+(?:for|nach))?${SPACE}*$`, 'iu'),
  2,
);
const SEARCH_AFTER = lazyPattern(() => String.raw`^${SPACE}+${anyOf(nameSearchVerbsAfter)}(?![\p{L}])`, 'iu');
// A page on the name's meaning: the name, a dash or a colon, then its noun.
const MEANING_AFTER = lazyPattern(
  () => String.raw`^${SPACE}*[–—:-]${SPACE}*${anyOf(nameMeaningNouns)}(?![\p{L}])`,
  'iu',
);
// The heading's line speaks of the name: „Namensbedeutung“, "surname", "meaning"; „Altman – Herkunft und Karriere“,
// "Leike: origin of the team" head a part about the man.
const NAME_WORD = lazyPattern(() => /(?:(?<!\p{L})|sur|familien|nach)namen?(?!\p{L})|namens|meaning|etymolog/iu);
// A quoted phrase with the name in it, then called a name or a title by an indefinite article: '"alignment leike" is
// a great band name', „„Sutskever Express“ wäre ein guter Bandname“; '"Altman is back" was the title' stays his.
const PHRASE_OPENED_BEFORE = lazyPattern(() => /["„“«‚'][^"“”»‘’'\n]{0,40}$/u);
const PHRASE_NAMED_AFTER = containingOneOf(
  ['name', 'title', 'titel'],
  () =>
    new RegExp(
      String.raw`^[^"“”»‘’'\n]{0,40}?["“”»‘’']${SPACE}+(?:is|was|would${SPACE}+(?:be|make)|makes|could${SPACE}+be|ist|wäre|gäbe)${SPACE}+(?:an?|eine?n?)${SPACE}+(?:[\p{L}-]+${SPACE}+){0,2}?[\p{L}-]*(?:name|title|namen|titel)(?![\p{L}])`,
      'iu',
    ),
);
// Anyone who bears it: "every Leike on the planet", „jedem Pachocki im Telefonbuch“; not "every Altman interview".
const QUANTIFIED_BEFORE = endingInOneOf(
  ['every', 'any', 'each', 'jede', 'jeder', 'jeden', 'jedem', 'jedes'],
  // "barely any Leike in it" is little of him.
  () =>
    new RegExp(
      String.raw`(?<![\p{L}])(?<!(?:barely|hardly|scarcely|kaum)${SPACE}+)(?:every|any|each|jede[mnrs]?)${SPACE}+$`,
      'iu',
    ),
  3,
);
const BEARER_AFTER = lazyPattern(
  () => String.raw`^${SPACE}+(?:on|in|out|who|that|from|of|there|auf|im|aus|da|der|die|den)(?![\p{L}])`,
  'iu',
);

/** The text of the sentence before `start` and after `end`, each at most `REACH` characters. */
function clauseAround(text: string, start: number, end: number): [string, string] {
  const before = text.slice(Math.max(0, start - REACH), start);
  const after = text.slice(end, end + REACH);
  const stop = after.search(/[.!?;\n]/u);
  return [before.slice(before.search(/[^.!?;\n]*$/u)), stop === -1 ? after : after.slice(0, stop + 1)];
}

/** Whether the paragraph before the line at `lineStart` asks how a word is said: the quoted word answers it. */
function answersSoundQuestion(text: string, lineStart: number): boolean {
  const previous = text.slice(Math.max(0, lineStart - 200), lineStart).trimEnd();
  const question = previous.slice(previous.lastIndexOf('\n') + 1);
  return question.endsWith('?') && speaksOfSound(question);
}

/**
 * Whether the name quoted alone at [start, end) is talked of as a word by what governs it in its sentence. Its sound
 * and a search are the word's only where it is not his surname as spelt ("Pachotzki", "altman"): 'whether "Leike"
 * rhymes with "bike"', „nur nach ‚Sutskever‘ sucht“ speak of his name, and every author marks them.
 */
function isQuotedWordTalk(text: string, start: number, before: string, after: string, asSpelt: boolean): boolean {
  const outside = after.slice(1);
  if (ENTRY_HINT.test(outside) && ENTRY_AFTER().test(outside)) return true;
  return (
    !asSpelt &&
    (speaksOfSound(`${before}${after}`) ||
      SEARCH_BEFORE.test(before.slice(0, -1)) ||
      SEARCH_AFTER().test(outside) ||
      answersSoundQuestion(text, text.lastIndexOf('\n', start) + 1))
  );
}

/**
 * Whether the surname, misprint or handle at [start, end) of `text` is a word talked of, not the man: quoted alone
 * and governed by a tool's entry, or by a word of sound or a search where it is not his surname as spelt (`asSpelt`);
 * the heading of its meaning; a quoted phrase called a name or a title; or quantified.
 */
export function isNameTalkedOf(text: string, start: number, end: number, asSpelt: boolean): boolean {
  const closing = PAIRS[text[start - 1] ?? ''];
  const quoted = closing !== undefined && text.startsWith(closing, end);
  if (quoted && isQuotedWordTalk(text, start, ...clauseAround(text, start, end), asSpelt)) return true;
  // Read further only where a dash or a colon follows, perhaps after a space: most names have a word after.
  const from = quoted ? end + 1 : end;
  const mark = text[from] === ' ' ? text[from + 1] : text[from];
  if (
    mark !== undefined &&
    '–—:-'.includes(mark) &&
    MEANING_AFTER().test(text.slice(from, from + REACH)) &&
    NAME_WORD().test(lineAround(text, end, end, 2 * REACH)[1])
  ) {
    return true;
  }
  if (
    !quoted &&
    PHRASE_NAMED_AFTER.test(text.slice(end, end + 2 * REACH)) &&
    PHRASE_OPENED_BEFORE().test(text.slice(Math.max(0, start - REACH), start))
  ) {
    return true;
  }
  return (
    QUANTIFIED_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && BEARER_AFTER().test(text.slice(end, end + 12))
  );
}
