import { lazyPattern, SPACE, anyOf, lowerSet } from '../text/regex-parts';
import { OPENING_QUOTES, CLOSING_QUOTES } from '../text/quotation-marks';
import { nameSuffixes } from '../../knowledge/lexicon/firm-names';
import { nameStudyWords, surnameNouns } from '../../knowledge/lexicon/name-entries';
import { approximateWords, searchQueryWords, secondWords } from '../../knowledge/lexicon/name-searches';
import { namesakeAppositionCallings, namesakeWorldTerms } from '../../knowledge/lexicon/namesake-worlds';
import { pronunciationWords } from '../../knowledge/lexicon/spelling-and-sound';
import { contextTerms, employerTerms } from '../../knowledge/lexicon/story-and-employers';
import { everydayTrades, shopSearchWords } from '../../knowledge/lexicon/trades-and-shops';
import { textBefore, POSSESSIVE_END, farTextAfter, LOWER_WORD_BEFORE, LOWER_WORD_AFTER } from '../text/words-around';
import { followsProseWord, NOT_FIRST_NAMES, isRole } from './word-classes';
import { isInChatLine } from './chat-lines';

/**
 * A lower-case surname in a search: the query for the word or a namesake ("Suche: leike", "zahnarzt pachocki görlitz"),
 * or one of a search page's related searches.
 *
 * A search page's line of related searches about our story: "Related searches: jakub pachocki linkedin · sutskever
 * leaves" names our people, and its lower-case surnames are theirs; a line that names another bearer of the surname
 * ("robert altman films · altman z-score") splits the name among them, and its lone surname is the word.
 */

/** How far on either side of a surname its line is read: a huge text node may have no line break. */
const REACH = 300;
const SEGMENTS = /[·•|:;]/u;
const WORDS = /[\p{L}\p{N}'’-]+/gu;

/**
 * Whether the line of related searches around the lower-case surname at [start, end) names our people, the person
 * in full (`given` holds his first names) or another of `ours` (our surnames, lower case), and names no one else
 * of the surname: a segment that starts with a word other than his first name or another of ours before it ("jack
 * altman").
 */
export function isStorySearchLine(
  text: string,
  start: number,
  end: number,
  given: ReadonlySet<string>,
  ours: ReadonlySet<string>,
): boolean {
  const surname = text.slice(start, end);
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - REACH);
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(from, Math.min(lineEnd === -1 ? text.length : lineEnd, end + REACH)).toLowerCase();
  let story = false;
  for (const segment of line.split(SEGMENTS)) {
    const words = segment.match(WORDS) ?? [];
    if (words[1] === surname) {
      // Two of ours paired ("sutskever altman") are no namesake's first name and surname (round 18).
      if (!given.has(words[0]!) && !ours.has(words[0]!)) return false;
      story = true;
    }
    story ||= words.some((word) => word !== surname && ours.has(word));
  }
  return story;
}

// Round 70: a quoted query of several lower-case words around the surname, as a search export keeps what readers typed
// (`{"q": "leike resigned grund"}`, `"related": ["sutskever pachocki"]`): before the name, its opening quote and the
// words ahead of it; after it, the words and the closing quote.
const QUERY_BEFORE = lazyPattern(() => /"((?:[\p{Ll}\p{N}'’.-]+[^\S\n])*)$/u);
const QUERY_AFTER = lazyPattern(() => /^((?:[^\S\n][\p{Ll}\p{N}'’.-]+)*)"/u);
/** How far on either side of a surname a quoted query is read. */
const QUERY_REACH = 80;

/**
 * Whether the lower-case surname at [start, end) is one word of a quoted query of several (see above): what a reader
 * searched for, not the bare surname a data row keys itself by (`{"q": "leike"}`).
 */
export function isInQuotedQuery(text: string, start: number, end: number): boolean {
  const before = QUERY_BEFORE().exec(text.slice(Math.max(0, start - QUERY_REACH), start));
  const after = QUERY_AFTER().exec(text.slice(end, end + QUERY_REACH));
  return before !== null && after !== null && (before[1] !== '' || after[1] !== '');
}

// A search's query on a line of its own: "Suche: leike", "Searches related to sutskever". Round 118: after the count
// of results too, "About 1,240,000 results for sutskever", „47 Ergebnisse für „altman“", and quoted. Round 123: or
// after a sentence on its line, "Including results for sutzkever. Search only for sutskever".
const QUERY_LABEL_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|\n|[.!?]${SPACE}+)${SPACE}*(?:(?:${anyOf(approximateWords)})${SPACE}+)?(?:[\d.,]+${SPACE}+)?${anyOf(searchQueryWords)}:?${SPACE}+[${OPENING_QUOTES}]?$`,
  'iu',
);
// Round 136: or a search box's label and query quoted in prose, 'It shows "Search: leike" in the box'.
const QUOTED_LABEL_BEFORE = lazyPattern(
  () => String.raw`[${OPENING_QUOTES}]${SPACE}*${anyOf(searchQueryWords)}:${SPACE}+$`,
  'iu',
);
const CLOSING_QUOTE_AFTER = lazyPattern(() => String.raw`^[${CLOSING_QUOTES}]`, 'u');
// The query's line ends, perhaps after the search box's button: "altman      [Search]" (round 17), or its
// magnifier, which a copied results page keeps as a character: "leike      🔍" (round 23), in a button's brackets too:
// "altman      [ 🔍 ]" (round 52). Round 118: or after the closing quote and the time the search took, "(0.41 seconds)".
// Round 134: or the count of its results, "Your last search: altman (0 results in this tag)".
const LINE_END_AFTER = lazyPattern(
  () =>
    String.raw`^[${CLOSING_QUOTES}]?[^\S\n]*(?:(?:\[[^\S\n]*(?:search|suche|suchen|go|los|[🔍🔎⌕])[^\S\n]*\]|[🔍🔎⌕]|\([\d.,]+[^\S\n]*(?:${anyOf(secondWords)}|(?:results?|treffer|ergebnisse?)(?![\p{L}])[^()\n]*)\))[^\S\n]*)?(?:[·•|]|\n|$)`,
  'iu',
);
// A lower-case word after a lower-case surname in a search that asks about the word, a namesake's world or a firm:
// "leike bedeutung", "sutskever poet", "altman plants".
// Also a noun for surnames or an everyday trade: "pachocki surname", "leike familienname", "pachocki dentist".
const QUERY_WORDS = lowerSet([
  ...nameStudyWords,
  ...namesakeWorldTerms,
  ...nameSuffixes,
  ...surnameNouns,
  ...everydayTrades,
]);
// Of those, the words that leave a search on a line about our story to the word or an everyday trade: not a firm's
// ("sutskever new company"). Round 71: and a shop's hours or the way to it, „altman gartenbedarf öffnungszeiten“.
const WORD_OR_TRADE = lowerSet([...nameStudyWords, ...surnameNouns, ...everydayTrades, ...shopSearchWords]);
// A related search of two words, another first name and the surname, after a search page's separator and before
// the next or the line's end: "· jack altman". Not after a comma, which lower-case chat has ("yes, ask altman, he
// knows"). Our people's first names make a full name ("sam altman"), which never comes here.
const QUERY_FIRST_NAME_BEFORE = lazyPattern(() => /[·•|][^\S\n]*(\p{Ll}+)[^\S\n]+$/u);
const QUERY_END_AFTER = lazyPattern(() => /^[^\S\n]*(?:[·•|]|\n|$)/u);

// A related search on a search page that starts with the surname, after a separator, and its other words up to the
// next separator or the line's end: "· altman z-score ·".
const SEGMENT_START_BEFORE = lazyPattern(() => /[·•|][^\S\n]*$/u);
const SEGMENT_REST_AFTER = lazyPattern(() => /^[^\S\n]+([^·•|\n]+?)[^\S\n]*(?:[·•|]|\n|$)/u);
// At a line's start, after a search engine's host name and a separator ("search.example.com — sutskever") or after
// the box's magnifier ("🔎 pachocki").
const LINE_START_BEFORE = lazyPattern(
  () => /(?:^|\n)[^\S\n]*(?:[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+[^\S\n]+[—–|:-][^\S\n]+|[🔍🔎⌕][^\S\n]*)?$/u,
);
// Words that leave a related search to our person: AI's, and how his name is said ("pachocki aussprache").
const OUR_SEARCH_WORDS = lowerSet([...contextTerms, ...employerTerms, ...pronunciationWords]);

/** Our person's first names and our people's surnames, lower case: who may bear a surname on a line of searches. */
export interface Bearers {
  readonly given: ReadonlySet<string>;
  readonly ours: ReadonlySet<string>;
  /** The first names of his surname's best-known other bearers, lower case: "robert", "jack". */
  readonly namesakeGiven: ReadonlySet<string>;
}

/** The words of a query's rest, lower case, as the word lists hold them. */
const queryWords = (rest: string) => rest.toLowerCase().split(/[^\p{L}\p{N}]+/u);

/**
 * Whether the lower-case surname at `start` begins a related search whose other words speak of no AI and ask nothing
 * of the name's sound: "· altman z-score", a search for the word or a namesake ("· leike openai" is about our person).
 * On a line of searches about our story it is ours whatever its words: "· sutskever leaves" (round 16).
 */
function isRelatedSearch(text: string, start: number, end: number, after: string, bearers: Bearers): boolean {
  if (!SEGMENT_START_BEFORE().test(textBefore(text, start))) return false;
  const rest = SEGMENT_REST_AFTER().exec(after)?.[1];
  // A query that pairs the surname with another of ours is about them both: "· altman sutskever board" (round 19).
  const next = rest?.split(/[^\p{L}]+/u, 1)[0]?.toLowerCase();
  if (
    rest === undefined ||
    (next !== undefined && next !== text.slice(start, end).toLowerCase() && bearers.ours.has(next))
  )
    return false;
  const words = queryWords(rest);
  // Round 58: another bearer's first name after the surname, as a search inverts it: "· altman jack".
  if (next !== undefined && bearers.namesakeGiven.has(next)) return true;
  if (words.some((word) => OUR_SEARCH_WORDS.has(word))) return false;
  // Round 57: a search about the word or a namesake's trade is so on a line about our story too: "· altman last name
  // origin", „· pachocki umzug görlitz“.
  return (
    words.some((word) => WORD_OR_TRADE.has(word)) || !isStorySearchLine(text, start, end, bearers.given, bearers.ours)
  );
}

// The rest of a quoted query after the surname, up to its closing quote: "altman director" after 'results for "'.
const QUOTED_REST_AFTER = lazyPattern(() => String.raw`^([^${CLOSING_QUOTES}\n]{1,60})[${CLOSING_QUOTES}]`, 'u');
// Those words, or a namesake's calling: "director", „dichter“.
const QUOTED_QUERY_WORDS = lowerSet([...QUERY_WORDS, ...namesakeAppositionCallings]);

/**
 * Round 118: whether the quoted query that goes on in `after` asks about the word or a namesake: 'results for "altman
 * director"'. One that pairs him with his story ("altman sutskever streit") does not.
 */
export function asksAboutWordInQuote(after: string): boolean {
  const rest = QUOTED_REST_AFTER().exec(after)?.[1];
  return rest !== undefined && queryWords(rest).some((word) => QUOTED_QUERY_WORDS.has(word));
}

// Round 169: or a query of its own line that asks a shop's hours or the way there, with no word of AI, „pachocki
// baumaschinen öffnungszeiten“ under a results page's related searches.
const SHOP_SEARCH = lowerSet(shopSearchWords);
function asksForShop(after: string): boolean {
  const rest = SEGMENT_REST_AFTER().exec(after)?.[1];
  if (rest === undefined) return false;
  const words = queryWords(rest);
  return words.some((word) => SHOP_SEARCH.has(word)) && !words.some((word) => OUR_SEARCH_WORDS.has(word));
}

/** Whether the lower-case surname at [start, end) is a search about the word: the query itself, or with its meaning. */
export function isSearchForWord(text: string, start: number, end: number, after: string, bearers: Bearers): boolean {
  const written = text.slice(start, end);
  // "pachocki's name" in a chat is his.
  if (written !== written.toLowerCase() || POSSESSIVE_END().test(written)) return false;
  // The query on a line of its own, with or without a word for it: "Suche: leike", a results page's "altman".
  // A search box pads its query with spaces up to the button: read on past `LOOK_AROUND`.
  if (LINE_END_AFTER().test(farTextAfter(text, end))) {
    const before = textBefore(text, start);
    if (QUERY_LABEL_BEFORE().test(before) || LINE_START_BEFORE().test(before)) return true;
  }
  if (QUOTED_LABEL_BEFORE().test(textBefore(text, start)) && CLOSING_QUOTE_AFTER().test(after)) return true;
  if (isRelatedSearch(text, start, end, after, bearers)) return true;
  if (LINE_START_BEFORE().test(textBefore(text, start)) && asksForShop(after)) return true;
  // Or before it: "zahnarzt pachocki görlitz", a trade's query led by the trade (round 44).
  const previous = LOWER_WORD_BEFORE().exec(textBefore(text, start))?.[1];
  if (previous !== undefined && QUERY_WORDS.has(previous) && !isInChatLine(text, start)) return true;
  const next = LOWER_WORD_AFTER().exec(after)?.[1];
  // In the plural too, as the world's terms are matched: "robert altman films". Not in a chat's message, whose words
  // are prose in lower case: "ilya sutskever weg, leike weg" (round 23).
  if (next !== undefined) {
    if (isInChatLine(text, start)) return false;
    return (QUERY_WORDS.has(next) || QUERY_WORDS.has(next.replace(/s$/, ''))) && !followsProseWord(text, start);
  }
  const first = QUERY_END_AFTER().test(after)
    ? QUERY_FIRST_NAME_BEFORE().exec(textBefore(text, start))?.[1]
    : undefined;
  // Another of our surnames before it pairs two of ours ("· sutskever altman"), no namesake's first name (round 18).
  return first !== undefined && !NOT_FIRST_NAMES.has(first) && !bearers.ours.has(first) && !isRole(first);
}
