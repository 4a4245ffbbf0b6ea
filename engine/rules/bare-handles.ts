import {
  englishPrefixes,
  otherAccountWords,
  polishPlainWords,
  malayPlainWords,
  proseWords,
  samaLanguageNames,
} from '../../knowledge/lexicon/handles-and-hashtags';
import { bareStringAdjectives, stringNouns } from '../../knowledge/lexicon/strings-and-code';
import { anyOf, APOSTROPHE, lazyPattern, SPACE, WORD_CHAR } from '../text/regex-parts';
import { PROSE_OPENING_QUOTES } from '../text/quotation-marks';
import { isCalledWordBefore, isGlossedAsWord } from './names-as-words';
import {
  isLowerItemOfStrings,
  isSearchStringBefore,
  isSearchedForUnquotedBefore,
  isShellLoopWord,
} from './strings-looked-for';
import { isBareKeyValue } from './code-values';
import { lineAround, lineBefore } from '../text/line-around';

/**
 * A handle written without its "@" in prose ("sama said he'd write a longer post", "sama's post", "@grummelbaer sama
 * wird gleich …"). The word is common elsewhere: Polish "sama" (alone, herself), Indonesian and Malay "bekerja sama"
 * (to work together), the Japanese honorific "-sama", the data-labelling firm "Sama". So it counts only written in
 * lower case or all capitals, not joined by a hyphen, not quoted as a string in code, not another account's name
 * ("sama fan account"), and in a sentence that English or German words, or an English possessive, show to be in
 * those languages. Whether the document is about our people the surname rules judge, as for a lone surname.
 */

const PROSE = lazyPattern(() => `(?<!${WORD_CHAR})${anyOf(proseWords)}(?!${WORD_CHAR})`, 'iu');
const OTHER_ACCOUNT_AFTER = lazyPattern(() => `^${SPACE}+${anyOf(otherAccountWords)}(?!${WORD_CHAR})`, 'iu');
const POSSESSIVE_END = lazyPattern(() => `${APOSTROPHE}s$`, 'u');
// A quotation mark or a code string's quote, or a hyphen joining it to a word: "'sama'", "Altman-sama", "sama-sama".
const QUOTE_OR_JOIN = lazyPattern(() => /["'`„“”«»‚‘’\-‐]/u);

// A quotation's opening mark: „sama schreibt wieder …“ opens a quoted post (round 17). A code string's quotes close
// right after the handle ('sama'), and its apostrophes and backticks open none.
const opensQuotation = (text: string, start: number, end: number) =>
  start > 0 && PROSE_OPENING_QUOTES.includes(text[start - 1]!) && text[end] === ' ';
// Quoted and said to stand without its "@", it is the handle as prose writes it, his: 'Does not catch "sama"
// without the @ in forum posts' (round 17).
const WITHOUT_AT_AFTER = lazyPattern(() => /^["“”»][^\S\n]+(?:without|ohne)[^\S\n]+(?:(?:the|its|das)[^\S\n]+)?@/iu);

// Quoted in prose, the handle is what a sentence says of its owner, as a quoted surname is (round 21 decision):
// „dass „merettm“ die Forschung leitet“, 'the "merettm" account', 'a "sama" move'. A quotation mark (not a code
// string's apostrophe or backtick) after a space or a line's start, and a word after the closing mark: a list, a key
// or a value in code has a comma, a colon or a bracket there, and a noun for a string after it makes it one ('a "sama"
// filter', round 15); a condition's "in" is left to the prose test.
// Round 67: or a comma and a word, or a question mark, after the closing mark: „Wer ist „merettm“, den er da dankt?“,
// „Warum eigentlich „merettm“?“; a list in code has a quote after its comma. Round 106: or a dash and a word, „Auf X
// heißt er „merettm“ – fragt mich nicht, warum“.
const QUOTED_IN_PROSE_AFTER = lazyPattern(
  () =>
    String.raw`^["“”»«‘’](?:${SPACE}+(?!${anyOf(stringNouns)}(?!${WORD_CHAR}))\p{L}|,${SPACE}+\p{L}|\?|${SPACE}+[–—]${SPACE}+\p{L})`,
  'iu',
);
// Round 74: called bare or lone right before its quotation, the handle is the string as written, without its "@":
// 'bare „sama“ counts only with @', 'a lone "sama"'.
// Round 115: or with its noun and an example's "such as" between: 'a bare handle such as "sama" is not a key'.
// Round 160: or handles named as such before the example, „# Handles wie "sama" zählen wir nicht mit“.
// Round 163: or "e.g.", „z. B.“, and after a noun of two words: 'the bare account name, e.g. sama'.
const SUCH_AS = String.raw`(?:such${SPACE}+as|like|wie|etwa|e\.g\.|z\.${SPACE}*B\.)`;
const CALLED_BARE_BEFORE = lazyPattern(
  () =>
    String.raw`(?<!${WORD_CHAR})(?:${anyOf(bareStringAdjectives)}${SPACE}+(?:\p{Ll}+${SPACE}+(?:such${SPACE}+as|like|wie)${SPACE}+)?|handles${SPACE}+${SUCH_AS}${SPACE}+)["„“«»‚‘]$`,
  'iu',
);
// Round 105: or a sentence's end, the text's or before the next one's capital: 'he is often simply "sama". See also',
// 'his handle is "merettm". Sutskever thanked him'. Not a name given to a thing: „der alte Drucker heißt „sama“.“
const SENTENCE_END_AFTER = lazyPattern(() => /^["“”»«‘’][.!](?:\s+\p{Lu}|\s*$)/u);
// Round 153: or so called unquoted, its noun perhaps between: 'The bare alias sama needs the same care'. Round 159:
// or an example's "such as" after the noun, another example perhaps before, or German's handles "without @" and
// „etwa“: "also takes bare names such as sama or janleike", „Handles ohne @, etwa sama, sucht das Werkzeug nicht“.
const EXAMPLE = String.raw`(?:,?${SPACE}+${SUCH_AS}${SPACE}+(?:\w+${SPACE}+(?:or|and|oder|und)${SPACE}+)?)`;
const CALLED_BARE_UNQUOTED_BEFORE = lazyPattern(
  () =>
    String.raw`(?<!${WORD_CHAR})(?:${anyOf(bareStringAdjectives)}${SPACE}+(?:\p{Ll}+${SPACE}+)?(?:\p{Ll}+(?:${SPACE}+|${EXAMPLE}))?|handles${SPACE}+(?:without|ohne)${SPACE}+@${EXAMPLE})$`,
  'iu',
);
const NAMED_SO_BEFORE = lazyPattern(
  () => String.raw`(?<!${WORD_CHAR})(?:heißt|heisst|hieß|hiess|heißen|called|named|genannt)${SPACE}+["„“«»‚‘]$`,
  'iu',
);
function quotedInProse(text: string, start: number, end: number): boolean {
  if (!'"„“«»‚‘'.includes(text[start - 1] ?? '') || !/\s/u.test(text[start - 2] ?? ' ')) return false;
  const before = text.slice(Math.max(0, start - 32), start);
  const after = text.slice(end, end + 24);
  return (
    !CALLED_BARE_BEFORE().test(before) &&
    (QUOTED_IN_PROSE_AFTER().test(after) || (SENTENCE_END_AFTER().test(after) && !NAMED_SO_BEFORE().test(before))) &&
    !/^\S+[^\S\n]+in[^\S\n]/u.test(after.slice(0, 6))
  );
}

// An English prefix joined to it by a hyphen: "the anti-sama", "pro-sama energy" (round 24), as "anti-Altman" is
// the surname; an honorific's "Tanaka-sama" and the Malay "sama-sama" have a name or the word itself before the hyphen.
const PREFIX_BEFORE = lazyPattern(() => `(?<!${WORD_CHAR})${anyOf(englishPrefixes)}[-‐]$`, 'iu');

// A search operator's value is the account a search looks for, no mention of its owner: "from:sama OR from:OpenAI"
// (round 33, real text), as a bare surname in a search box is the string searched.
const SEARCH_OPERATOR_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:from|to|user):$/iu);

// Round 86: an item of the list of accounts a tool follows, after its label and a colon: "# The bot follows: sama,
// ilyasut, janleike" (the marking rules' round 21 decision: a list of the accounts a tool follows holds strings).
const FOLLOWED_LIST_BEFORE = lazyPattern(
  () => /(?<![\p{L}])(?:follows|following|folgt|accounts|konten)[^\S\n]*:[^\S\n]*(?:[\w.]+[^\S\n]*,[^\S\n]*){0,12}$/iu,
);

// Round 147: or one of three or more handles of ours listed bare, as a tool's settings or a mail about them give the
// accounts it follows: "the tool follows the accounts sama, ilyasut, janleike and merettm", "(bare names, no @): sama,
// ilyasut, janleike, merettm". A writer who speaks of the men writes their names, or one handle at a time.
// An item: a handle's word characters, with dots only inside it ("merettm." ends a sentence).
const ITEM = String.raw`\w+(?:\.\w+)*`;
const JOIN = String.raw`(?:,|[^\S\n](?:and|und|or|oder)[^\S\n])`;
const LISTED_BEFORE = lazyPattern(() => String.raw`(?:${ITEM}[^\S\n]*${JOIN}[^\S\n]*)+$`, 'iu');
const LISTED_AFTER = lazyPattern(() => String.raw`^(?:[^\S\n]*${JOIN}[^\S\n]*${ITEM})+`, 'iu');
const LIST_ITEM = lazyPattern(() => ITEM, 'gu');
// Round 149: or set against its own form with the "@": "also @merettm und nicht merettm", "@sama, not sama".
const AT_FORM_SET_AGAINST_BEFORE = lazyPattern(
  () => /@(\w+)[^\S\n]*(?:,|[^\S\n](?:und|and|aber|but))?[^\S\n]*(?:nicht|not|statt|instead[^\S\n]+of)[^\S\n]+$/iu,
);
const isSetAgainstAtForm = (text: string, start: number, handle: string) =>
  AT_FORM_SET_AGAINST_BEFORE()
    .exec(text.slice(Math.max(0, start - 40), start))?.[1]
    ?.toLowerCase() === handle;

/** How many other handles of ours listed beside it make a bare handle an account's id. */
const OTHER_HANDLES_LISTED = 2;

function isListedWithHandles(text: string, start: number, end: number, handles: ReadonlySet<string>): boolean {
  const run = `${LISTED_BEFORE().exec(text.slice(Math.max(0, start - 80), start))?.[0] ?? ''} ${
    LISTED_AFTER().exec(text.slice(end, end + 80))?.[0] ?? ''
  }`;
  const items = run.match(LIST_ITEM()) ?? [];
  return items.filter((item) => handles.has(item.toLowerCase())).length >= OTHER_HANDLES_LISTED;
}

// Round 57: a word of Polish right beside it, by a letter only Polish writes among these languages: „Ciocia sama
// przetłumaczyła mi cały artykuł“ in a German forum post. Round 74: or one word further off ("moja mama sama to
// przeczytała"), or a common Polish word that has no such letter ("sama nie wiem"). Round 96: or an Indonesian or Malay
// word it goes with ("bekerja sama, as we say at my office").
const POLISH_LETTER = '[ąćęłńśźżĄĆĘŁŃŚŹŻ]';
const POLISH_WORD = String.raw`\p{L}*${POLISH_LETTER}\p{L}*`;
const SAMA_LANGUAGE_WORD = () =>
  String.raw`(?:${POLISH_WORD}|${anyOf([...polishPlainWords, ...malayPlainWords])}(?![\p{L}]))`;
// Round 103: or a word with such a letter up to three words on, „ja sama w to nie wierzyłam“.
const SAMA_LANGUAGE_AFTER = lazyPattern(
  () =>
    String.raw`^(?:(?:[^\S\n]+\p{L}+)?[^\S\n]+${SAMA_LANGUAGE_WORD()}|(?:[^\S\n]+\p{L}+){2,3}[^\S\n]+${POLISH_WORD})`,
  'iu',
);
// Round 171: or before it, up to three words off, „macht den Teig für die Pączki bis heute sama“.
const SAMA_LANGUAGE_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:${SAMA_LANGUAGE_WORD()}[,;]?(?:[^\S\n]+\p{L}+)?|${POLISH_WORD}(?:[^\S\n]+\p{L}+){2,3})[^\S\n]+$`,
  'iu',
);

// Round 90: or said to be a word of one of those languages right after it: „Warum ist „sama“ im Polnischen kein
// KI-Thema?“, '"sama" in Indonesian'. Round 100: or with an adverb between, 'you'll see "sama" everywhere in Polish'.
// Round 116: or said to be of that language, „„sama“ ist hier polnisch (selbst), kein Handle“, '"sama" is Polish'.
const IN_LANGUAGE_AFTER = lazyPattern(
  () =>
    String.raw`^["“”»«‘’]?${SPACE}+(?:(?:everywhere|also|only|just|even|auch|überall|nur|sogar)${SPACE}+)?(?:im|in|auf)${SPACE}+${anyOf(samaLanguageNames)}(?!${WORD_CHAR})`,
  'u',
);
// Round 167: or said to be a word of that language in the clause after it, "Do not flag "sama" either: it is a Polish
// word", „„sama“ ist ein polnisches Wort“.
const LANGUAGE_WORD_AFTER = lazyPattern(
  () =>
    String.raw`^["“”»«‘’]?[^.!?\n]{0,24}?(?:is|ist)${SPACE}+(?:a|ein|eine)${SPACE}+(?:${anyOf(samaLanguageNames)}|polnisches|indonesisches|malaiisches)${SPACE}+(?:word|wort|term)(?!${WORD_CHAR})`,
  'iu',
);
const IS_LANGUAGE_AFTER = lazyPattern(
  () =>
    String.raw`^["“”»«‘’]${SPACE}+(?:is|ist|was|war)(?:${SPACE}+(?:here|hier|da|dort))?${SPACE}+${anyOf(samaLanguageNames)}(?!${WORD_CHAR})`,
  'iu',
);

// Round 113: or such a language named right before it, perhaps with the quotation's opening mark between: 'Polish
// "sama", Indonesian "bekerja sama"', „das polnische „sama““.
const IN_LANGUAGE_BEFORE = lazyPattern(
  () => String.raw`(?<!${WORD_CHAR})${anyOf(samaLanguageNames)}\p{Ll}?${SPACE}+["„“«»‚‘]?$`,
  'iu',
);

const SPOKEN_ADDRESS_BEFORE = lazyPattern(
  () => /(?<![\p{L}])(?:dot|punkt)[^\S\n]+(?:com|org|net|de)[^\S\n]+slash[^\S\n]+$/iu,
);

// A present or past verb of a post right after it: "Sama replies within hours", not "Sama, the labelling firm".
const VERB_AFTER = lazyPattern(() => /^[^\S\n]\p{Ll}+(?:s|ed)(?![\p{L}])/u);
// Round 85: a verb in -t right after it shows German's third person or English's past: „Egal wer geht, sama bleibt“,
// "sama left it at that". Polish and Malay put no such verb there.
const T_VERB_AFTER = lazyPattern(() => /^[^\S\n]\p{Ll}+t(?![\p{L}])/u);
// Round 114: in lower case, an English verb of four letters or more in -s or -ed right after it too: "> Bet sama posts
// something warm" in a quoted forum reply, whose few words show no language otherwise. Not an account's display name
// before its bracket or its handle, "sama updates (unofficial) @sama_updates".
const LOWER_VERB_AFTER = lazyPattern(() => /^[^\S\n]\p{Ll}{3,}(?:s|ed)(?![\p{L}])(?![^\S\n]*[(@])/u);

// Round 166: counted on a line of a tally that counts another form too, as a press count gives the forms his stories
// printed: "S. Altman (4), sama (12)", "sama (4), Samuel Altman (2)". No other language's word is counted so. Round
// 167: or beside the handle with its "@", "@sama (11), sama (6)".
const COUNT_AFTER = lazyPattern(() => /^[^\S\n]?\(\d+\)/u);
const COUNTED_FORM = lazyPattern(() => /(?:@\w+|\p{Lu}[\p{L}.]*(?:[^\S\n]\p{Lu}[\p{L}.]*)?)[^\S\n]?\(\d+\)/u);
/** How far along its line a counted handle's other counts are read, in characters. */
const TALLY_REACH = 200;
const isCountedBesideForms = (text: string, start: number, end: number) =>
  COUNT_AFTER().test(text.slice(end, end + 8)) &&
  COUNTED_FORM().test(lineAround(text, start, end, TALLY_REACH).join(''));

/** How a handle without its "@" is written where it may be our person's: in lower case or in capitals. */
export type BareHandleCase = 'lower' | 'capitals';

/**
 * Whether the handle without its "@" at [start, end) of `text`, in the sentence [from, to), may be our person's,
 * and how it is written; undefined when it is the word of another language, a string or another account. `inChat`:
 * it stands in a chat message (`chat-lines.ts`). Capitalised as a sentence's first word, it is read as lower case
 * before a verb where the text writes the same handle with its "@" ("@sama thanks him. … Sama answers at length",
 * round 19): the firm "Sama" stays out of texts that never write the handle, and of appositions ("Sama, the firm").
 */
export function bareHandleAt(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
  inChat = false,
  handles: ReadonlySet<string> = new Set(),
): BareHandleCase | undefined {
  const written = text.slice(start, end);
  const lower = written.toLowerCase();
  const opensSentence =
    start === from &&
    written.slice(1) === lower.slice(1) &&
    VERB_AFTER().test(text.slice(end, end + 20)) &&
    text.includes('@' + lower);
  const letterCase =
    written === lower || opensSentence ? 'lower' : written === written.toUpperCase() ? 'capitals' : undefined;
  if (!letterCase) return undefined;
  if (WITHOUT_AT_AFTER().test(text.slice(end, end + 20))) return letterCase;
  if (
    !quotedInProse(text, start, end) &&
    ((!opensQuotation(text, start, end) &&
      QUOTE_OR_JOIN().test(text[start - 1] ?? '') &&
      !PREFIX_BEFORE().test(text.slice(Math.max(0, start - 6), start))) ||
      QUOTE_OR_JOIN().test(text[end] ?? ''))
  ) {
    return undefined;
  }
  if (OTHER_ACCOUNT_AFTER().test(text.slice(end, end + 12))) return undefined;
  // Round 83: or called a word before it, "The word sama there has nothing to do with anyone's handle".
  if (isGlossedAsWord(text.slice(end, end + 60)) || isCalledWordBefore(text.slice(Math.max(0, start - 12), start)))
    return undefined;
  if (
    SAMA_LANGUAGE_AFTER().test(text.slice(end, end + 24)) ||
    SAMA_LANGUAGE_BEFORE().test(text.slice(Math.max(0, start - 24), start)) ||
    IN_LANGUAGE_AFTER().test(text.slice(end, end + 24)) ||
    IS_LANGUAGE_AFTER().test(text.slice(end, end + 24)) ||
    LANGUAGE_WORD_AFTER().test(text.slice(end, end + 60)) ||
    IN_LANGUAGE_BEFORE().test(text.slice(Math.max(0, start - 24), start))
  )
    return undefined;
  if (text[start - 1] === ':' && SEARCH_OPERATOR_BEFORE().test(text.slice(Math.max(0, start - 6), start)))
    return undefined;
  if (FOLLOWED_LIST_BEFORE().test(lineBefore(text, start))) return undefined;
  // Round 168: or a word of a shell loop's list, as a surname there is: `for h in sama ilyasut janleike; do`.
  if (isShellLoopWord(text, start, text.slice(end, end + 80))) return undefined;
  // Round 164: or the last part of an address read aloud, "it's x dot com slash janleike".
  if (SPOKEN_ADDRESS_BEFORE().test(text.slice(Math.max(0, start - 32), start))) return undefined;
  // Round 153: or quoted after a string's noun or a search's verb, as a surname so quoted is: 'The string "merettm"
  // found 11 articles', 'posts containing any of the strings "ilyasut", "janleike", "sama" or "merettm"'.
  if (isSearchStringBefore(text, start)) return undefined;
  if (CALLED_BARE_UNQUOTED_BEFORE().test(text.slice(Math.max(0, start - 48), start))) return undefined;
  if (isSearchedForUnquotedBefore(text, start)) return undefined;
  if (isListedWithHandles(text, start, end, handles) || isLowerItemOfStrings(text, start, end)) return undefined;
  // Round 149: or a data file's value, "handle_plain: merettm   # für die X-API ohne @".
  if (isBareKeyValue(text, start, end)) return undefined;
  if (isSetAgainstAtForm(text, start, lower)) return undefined;
  if (isCountedBesideForms(text, start, end)) return letterCase;
  // Its verb shows the sentence's language: "Sama replies within hours".
  if (
    POSSESSIVE_END().test(written) ||
    opensSentence ||
    T_VERB_AFTER().test(text.slice(end, end + 20)) ||
    (letterCase === 'lower' && LOWER_VERB_AFTER().test(text.slice(end, end + 20)))
  ) {
    return letterCase;
  }
  // A chat message is prose whatever its words ("does sama say anything"), in lower case (round 15).
  if (inChat && letterCase === 'lower') return letterCase;
  const sentence = text.slice(from, start) + ' ' + text.slice(end, to);
  if (PROSE().test(sentence)) return letterCase;
  // A short sentence of chat has few words ("sama kept quiet all week"): the rest of its line, the same comment, tells
  // its language ("did he know? sama kept quiet", round 27).
  const lineEnd = text.indexOf('\n', end);
  const line =
    text.slice(text.lastIndexOf('\n', start) + 1, start) + ' ' + text.slice(end, lineEnd < 0 ? undefined : lineEnd);
  return PROSE().test(line) ? letterCase : undefined;
}
