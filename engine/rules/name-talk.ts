import { nameMeaningNouns, surnameNouns } from '../../knowledge/lexicon/name-entries';
import {
  matchToleranceWords,
  nameSearchVerbs,
  nameSearchVerbsAfter,
  occurrenceLeads,
  occurrenceVerbs,
} from '../../knowledge/lexicon/name-searches';
import { otherPeopleNouns, senseWords, wordUseWords } from '../../knowledge/lexicon/names-as-words';
import { soundWords } from '../../knowledge/lexicon/spelling-and-sound';
import { lookedForWords, nameEntryNouns, stringNouns } from '../../knowledge/lexicon/strings-and-code';
import { lineAround } from '../text/line-around';
import { CLOSING_QUOTES, OPENING_QUOTES, QUOTE_PAIRS } from '../text/quotation-marks';
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
// Round 71: or said to be such an entry and no more, its clause ending there: '"sama" ist hier nur ein Schlüssel, kein
// Gast', 'In this table "Altman" is just a key.'; not 'was the key to the whole deal'.
const ENTRY_IS_AFTER = containingOneOf(
  nameEntryNouns,
  () =>
    new RegExp(
      String.raw`^${SPACE}+(?:is|was|ist|war)(?:${SPACE}+(?:here|hier|only|just|merely|simply|nur|bloß|lediglich)){0,2}${SPACE}+(?:(?:an?|the|eine?n?|der|die|das)${SPACE}+)?${anyOf(nameEntryNouns)}(?:${SPACE}+(?:im|in|of|des)${SPACE}+\p{L}+)?${SPACE}*(?:[,.;:!?)]|$)`,
      'iu',
    ),
);
// Round 73: or said to be no name at all, its clause ending there or going on with "here": '"sama" is not a name: it
// means "alone"', „„Leike“ ist hier kein Name, sondern …“. A word that is no name is a common word; '"Altman" is not a
// name anyone forgets' goes on to say what the name is.
const NO_NAME_AFTER = containingOneOf(
  ['not', 'kein'],
  () =>
    new RegExp(
      String.raw`^${SPACE}+(?:is|was|ist|war)(?:${SPACE}+(?:here|hier))?${SPACE}+(?:not${SPACE}+an?|kein)${SPACE}+(?:${anyOf(['name', ...surnameNouns])})(?:${SPACE}+(?:here|hier))?${SPACE}*(?:[,.;:!?)]|$)`,
      'iu',
    ),
);
// Round 71: or the string whose standing in texts its clause asks of, a lead before it and a verb of standing after it
// within three words: „Titel, in denen „Sutzkever“ steht“, 'counting how often "Sutskever" appears in an archive'. 'The
// post in which "Leike" explains his exit' says what he does.
const OCCURRENCE_BEFORE = endingInOneOf(
  occurrenceLeads,
  () => new RegExp(String.raw`(?<![\p{L}])${anyOf(occurrenceLeads)}${SPACE}*$`, 'iu'),
  4,
);
const OCCURRENCE_AFTER = lazyPattern(
  () => String.raw`^(?:${SPACE}+[\p{L}-]+){0,3}?${SPACE}+${anyOf(occurrenceVerbs)}(?![\p{L}])`,
  'iu',
);
// A search's verb before the opening mark: 'I google "', 'searching for "'; or German's after the closing one.
const SEARCH_BEFORE = endingInOneOf(
  [...nameSearchVerbs, 'for', 'nach'],
  // Up to three words may stand between the verb and "for": 'searching the news for "', 'search the club site for "'.
  () =>
    new RegExp(
      String.raw`(?<![\p{L}])${anyOf(nameSearchVerbs)}(?:(?:${SPACE}+[\p{L}-]+){0,3}?${SPACE}+(?:for|nach))?${SPACE}*$`,
      'iu',
    ),
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
// Round 68: a quoted word glossed by its sense, another quoted word after it in its clause: „Im Original steht „sama“
// mehrfach im Sinne von „selbst““, '"sama" in the sense of "herself"'. A name has no sense to gloss.
const SENSE_HINT = hintOf(['sinn', 'sense', 'meaning']);
const SENSE_AFTER = lazyPattern(
  () => String.raw`^[^.!?\n]{0,30}?(?<![\p{L}])${anyOf(senseWords)}${SPACE}*[${OPENING_QUOTES}]`,
  'iu',
);
// Round 68: a quoted word that its clause says is also used for other people, a word of its use there: „„Альтман“
// kommt in russischen Texten auch für andere Personen vor“, '"Pachocki" is also the usual form for unrelated people'.
// 'Everyone agreed that "Altman" spoke for other people' says no "also" and no word of use.
const USE_WORD = lazyPattern(() => String.raw`(?<![\p{L}])${anyOf(wordUseWords)}(?![\p{L}])`, 'iu');
const OTHERS_TOO = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:auch|also)(?:${SPACE}+[\p{L}-]+){0,4}?${SPACE}+(?:für|for)${SPACE}+(?:andere|other|unrelated)${SPACE}+(?:[\p{L}-]+${SPACE}+)?${anyOf(otherPeopleNouns)}(?![\p{L}])`,
  'iu',
);
const OTHERS_HINT = hintOf(['andere', 'other', 'unrelated']);
/** Whether `clause`, after a quoted word, says the word is also used for other people. */
const isUsedForOthers = (clause: string) =>
  OTHERS_HINT.test(clause) && OTHERS_TOO().test(clause) && USE_WORD().test(clause);
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

// Round 24: what a tool does with the quoted word: it matches, links or returns. The word is the subject, up to four words
// ('"Altman" alone also matches', 'for "leike" it returns', „für „leike“ liefert er“) before the verb; or the object of
// "matched" after another quoted string ('"Leiken" matched "Leike"'). A sentence about the man quotes him with no
// such verb beside the quotes ('the wire printed "Sutzkever", which matched nothing' has a comma between).
// Round 26: German's „trifft“, „erwischt“, „erfasst“ too ('„Altman“ allein trifft auch Robert Altman'); „trifft
// sich“ is a meeting, said of the man. Round 40: "catches" ('"Altman" will also catch the director's reviews').
// Round 71: German's participle, last in its clause, „ob „Leike“ im Wiki automatisch verlinkt wird“; and what a search
// brings up for the word, '"Altman" now brings up film reviews'.
const TOOL_VERBS = [
  'matches',
  'matched',
  'match',
  'links',
  'linked',
  'verlinkt',
  'returns',
  'returned',
  'catches',
  'catch',
  'brings up',
  'brought up',
  'liefert',
  'lieferte',
  'trifft',
  'traf',
  'erwischt',
  'erfasst',
];
const TOOL_VERB_AFTER = containingOneOf(
  TOOL_VERBS,
  () =>
    new RegExp(
      String.raw`^(?:${SPACE}+[\p{L}-]+){0,4}?${SPACE}+(?:${TOOL_VERBS.join('|')})(?![\p{L}])(?!${SPACE}+sich(?![\p{L}]))`,
      'iu',
    ),
);
const MATCHED_BY_STRING_BEFORE = endingInOneOf(
  ['matches', 'matched', 'trifft', 'traf'],
  () =>
    new RegExp(
      String.raw`[${CLOSING_QUOTES}](?:${SPACE}+[\p{L}-]+){0,2}?${SPACE}+(?:matches|matched|trifft|traf)${SPACE}*$`,
      'iu',
    ),
  3,
);

// Round 23: the strings a tool looks for, as its settings, a data file's header, code or a changelog list them: quoted
// single words (a search's excluded words may follow: "Altman -Robert"), three or more joined by commas or semicolons
// alone, or two or more each mapped by an arrow to a lower-case key ('"Sutzkever" → sutskever, "Pachoki" → pachocki'),
// after a word for what a tool looks for on the list's line ("strings searched:", „Filterbegriffe:“, "watch_terms",
// "aliases", "matching"). Prose joins its last item with "and" („„Sutskever“, „Pachocki“ und „Leike“ ausgesprochen“),
// quotes headlines of several words, corrects a misprint to a capitalised name („„Pachoki“ → Pachocki“), and lists
// the names that came up with no such word ('Three names came up: "Altman", "Leike"', round 19).
// An item may end in a possessive, whose apostrophe is a closing mark too ('"Leike’s"', round 40).
const ITEM = String.raw`[${OPENING_QUOTES}][^\s${CLOSING_QUOTES},;]+(?:['’]s)?(?:${SPACE}+-[^\s${CLOSING_QUOTES},;]+)*[${CLOSING_QUOTES}]`;
const ARROW = String.raw`${SPACE}*(?:→|->|=>)${SPACE}*`;
const KEY = String.raw`${ARROW}[\p{Ll}_][\p{Ll}\p{N}_-]*`;
const STRING_LIST = lazyPattern(
  () => String.raw`${ITEM}(?:${KEY})?(?:${SPACE}*[,;]${SPACE}*${ITEM}(?:${KEY})?)+`,
  'gu',
);
const LIST_ITEM = lazyPattern(() => String.raw`${ITEM}(${KEY})?`, 'gu');
const LIST_WORD = lazyPattern(() => /[\p{L}\p{N}_]+/u);
// What stands beside an item or a key of such a list: a comma or a semicolon before the opening mark, one or an arrow
// after the closing mark, an arrow before the key.
const JOIN_BEFORE = lazyPattern(() => String.raw`[,;]${SPACE}*[${OPENING_QUOTES}]$`, 'u');
const JOIN_AFTER = lazyPattern(() => String.raw`^[${CLOSING_QUOTES}](?:${SPACE}*[,;]|${ARROW})`, 'u');
const ARROW_BEFORE = lazyPattern(() => String.raw`[${CLOSING_QUOTES}]${ARROW}$`, 'u');
// A word of strings, a tool's entries, a search or a match, anywhere on the line before the list.
const LOOKED_FOR_LEAD = hintOf([...stringNouns, ...nameEntryNouns, ...nameSearchVerbs, ...lookedForWords]);
/** How far on its line a list of strings is read on either side of the name. */
const LIST_REACH = 300;

/**
 * Whether the name at [start, end) is an item or a key of a list of the strings a tool looks for that names two or
 * more of `ours` (our surnames, lower case): one man's spellings as printed ('"Sutzkever", "Sutskewer", "Suzkever"')
 * are his name, however listed. Read on only where a list's comma, semicolon or arrow stands beside the name.
 */
function isInStringList(text: string, start: number, end: number, ours: ReadonlySet<string>): boolean {
  // Most names stand in prose, unquoted and after no arrow: those compile none of the list's patterns.
  const previous =
    text
      .slice(Math.max(0, start - 2), start)
      .trim()
      .at(-1) ?? '';
  if (
    !OPENING_QUOTES.includes(previous || '\n') &&
    !'→>'.includes(previous || '\n') &&
    !CLOSING_QUOTES.includes(text[end] ?? '\n')
  )
    return false;
  const [before, after] = lineAround(text, start, end, LIST_REACH);
  if (!JOIN_BEFORE().test(before) && !JOIN_AFTER().test(after) && !ARROW_BEFORE().test(before)) return false;
  const line = `${before}${text.slice(start, end)}${after}`;
  for (const list of line.matchAll(STRING_LIST())) {
    if (list.index > before.length || list.index + list[0].length < line.length - after.length) continue;
    const items = [...list[0].matchAll(LIST_ITEM())];
    const words = items.flatMap((item) => [item[0], item[1] ?? ''].map((part) => LIST_WORD().exec(part)?.[0] ?? ''));
    const named = new Set(words.map((word) => word.toLowerCase()).filter((word) => ours.has(word)));
    const mapped = items.every((item) => item[1] !== undefined);
    return (
      (items.length >= 3 || (mapped && items.length >= 2)) &&
      named.size >= 2 &&
      LOOKED_FOR_LEAD.test(line.slice(0, list.index))
    );
  }
  return false;
}

/** The text of the sentence before `start` and after `end`, each at most `reach` characters. */
function clauseAround(text: string, start: number, end: number, reach = REACH): [string, string] {
  const before = text.slice(Math.max(0, start - reach), start);
  const after = text.slice(end, end + reach);
  const stop = after.search(/[.!?;\n]/u);
  return [before.slice(before.search(/[^.!?;\n]*$/u)), stop === -1 ? after : after.slice(0, stop + 1)];
}

/** Whether the paragraph before the line at `lineStart` asks how a word is said: the quoted word answers it. */
function answersSoundQuestion(text: string, lineStart: number): boolean {
  const previous = text.slice(Math.max(0, lineStart - 200), lineStart).trimEnd();
  const question = previous.slice(previous.lastIndexOf('\n') + 1);
  return question.endsWith('?') && speaksOfSound(question);
}

// Round 74: set up by "for" or „bei“, with a tool's tolerance for near spellings later in its clause: 'For "Altman" the
// fuzzy match is too loose', „Bei „Leike“ wollen wir keine Nachbarschreibungen“. A sentence that reports his misprint
// ('the wire had "Pachoki"') has no such setting.
const TOLERANCE_HINT = hintOf(matchToleranceWords);
const SET_FOR_BEFORE = lazyPattern(() => String.raw`(?:^|[^\p{L}])(?:for|für|bei)${SPACE}*[${OPENING_QUOTES}]$`, 'iu');
const TOLERANCE_AFTER = lazyPattern(
  () => String.raw`^[^.!?:;\n]{0,40}?(?<![\p{L}])${anyOf(matchToleranceWords)}`,
  'iu',
);
const isToleranceSetFor = (before: string, outside: string) =>
  TOLERANCE_HINT.test(outside) && SET_FOR_BEFORE().test(before) && TOLERANCE_AFTER().test(outside);

/**
 * Whether the name quoted alone at [start, end) is talked of as a word by what governs it in its sentence. Its sound
 * and a search are the word's only where it is not his surname as spelt ("Pachotzki", "altman"): 'whether "Leike"
 * rhymes with "bike"', „nur nach ‚Sutskever‘ sucht“ speak of his name, and every author marks them.
 */
function isQuotedWordTalk(text: string, start: number, before: string, after: string, asSpelt: boolean): boolean {
  const outside = after.slice(1);
  if ((ENTRY_HINT.test(outside) && ENTRY_AFTER().test(outside)) || ENTRY_IS_AFTER.test(outside)) return true;
  if (NO_NAME_AFTER.test(outside)) return true;
  if (OCCURRENCE_BEFORE.test(before.slice(0, -1)) && OCCURRENCE_AFTER().test(outside)) return true;
  if (TOOL_VERB_AFTER.test(outside) || MATCHED_BY_STRING_BEFORE.test(before.slice(0, -1))) return true;
  if (SENSE_HINT.test(outside) && SENSE_AFTER().test(outside)) return true;
  if (isToleranceSetFor(before, outside)) return true;
  return (
    !asSpelt &&
    (speaksOfSound(`${before}${after}`) ||
      SEARCH_BEFORE.test(before.slice(0, -1)) ||
      SEARCH_AFTER().test(outside) ||
      answersSoundQuestion(text, text.lastIndexOf('\n', start) + 1))
  );
}

// Round 27: the surname said to stand alone, without a first name, and so to take in another bearer: the string a tool
// looks for, quoted or not, in a code comment or a note ('"Pachocki" on its own also fires for a footballer', „Altman
// allein führt zu Treffern für Robert Altman“, 'Altman by itself can be the film director'). "On its own", "by
// itself", „ohne Vornamen“, "alone" and „allein“ say that it stands alone; a verb of what a tool does with the word,
// or "can be" someone, must follow within four words: a quiz accepts "Pachocki" on its own (him), a glossary says
// "Altman" without a first name is him, and "Altman alone decided" is the man acting alone
// („Pachocki allein führt die Forschung“: „führt“ counts only before „zu“). A new author's note has it because
// saying why a bare surname misleads a tool needs both: that it stands alone, and what it then takes in.
const ALONE_WORDS = ['its own', 'itself', 'vorname', 'vornamen', 'first name', 'alone', 'allein'];
const SAID_ALONE = containingOneOf(
  ALONE_WORDS,
  () =>
    new RegExp(
      String.raw`^[${CLOSING_QUOTES}]?,?${SPACE}+(?:on${SPACE}+its${SPACE}+own|by${SPACE}+itself|(?:für${SPACE}+sich${SPACE}+)?(?:ohne|without)${SPACE}+(?:(?:den|a|the|any)${SPACE}+)?(?:Vornamen?|first${SPACE}+names?)|alone|allein)(?:${SPACE}+[\p{L}-]+){0,4}?,?${SPACE}+(?:fires(?!${SPACE}+off)|triggers|flags|catches|matches|matched|pulls${SPACE}+in|picks${SPACE}+up|(?:can|could|may|might)${SPACE}+(?:also${SPACE}+)?be${SPACE}+(?:the|a|an|any|another|some|Robert|Jack|Annie)|führt${SPACE}+(?:auch${SPACE}+)?zu|liefert|trifft${SPACE}+auch|erwischt|erfasst|ergibt|meldet|schlägt)(?![\p{L}])`,
      'iu',
    ),
);

/**
 * Whether the surname, misprint or handle at [start, end) of `text` is a word talked of, not the man: quoted alone
 * and governed by a tool's entry, or by a word of sound or a search where it is not his surname as spelt (`asSpelt`);
 * the heading of its meaning; a quoted phrase called a name or a title; or quantified.
 */
export function isNameTalkedOf(
  text: string,
  start: number,
  end: number,
  asSpelt: boolean,
  ours: ReadonlySet<string>,
): boolean {
  if (isInStringList(text, start, end, ours)) return true;
  if (SAID_ALONE.test(text.slice(end, end + REACH + 20))) return true;
  const closing = QUOTE_PAIRS[text[start - 1] ?? ''];
  const quoted = closing !== undefined && text.startsWith(closing, end);
  if (quoted && isQuotedWordTalk(text, start, ...clauseAround(text, start, end), asSpelt)) return true;
  // Round 68: a word's use for other people is said further into its clause, after the place where it is used.
  if (quoted && isUsedForOthers(clauseAround(text, start, end, 2 * REACH)[1])) return true;
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
