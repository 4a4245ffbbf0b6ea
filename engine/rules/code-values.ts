import {
  ownerTagWords,
  stringNouns,
  tagNounArticles,
  tagNouns,
  wordListNouns,
} from '../../knowledge/lexicon/strings-and-code';
import { anyOf, containingOneOf, lazyPattern } from '../text/regex-parts';
import { lineAround, lineBefore, shortLineAt } from '../text/line-around';
import { CLOSING_QUOTES, OPENING_QUOTES } from '../text/quotation-marks';
import { isInSearchColumn } from './record-rows';

// A list literal from its bracket up to a quoted value's opening quote: `["Sutskever", "`, `[ '`; Python's string
// prefixes too, `[r"Ilya Sutskever", r"` (round 46). Round 128: or a brace's, as Go and Java write a slice or an
// array, `[]string{"altman"}`. Round 129: or a tuple's bracket, `"altman": ("Altman",)`, after what code writes
// before one.
const LIST_OPENING = lazyPattern(
  () => /^[[{(][^\S\n]*(?:[rbuf]{0,2}(["'])[^"'\n]*\1[^\S\n]*,[^\S\n]*)*[rbuf]{0,2}["']$/i,
);
// The rest of that list after the value's closing quote: `, "Sutzkever"]`, `]`.
const LIST_CLOSING = lazyPattern(() => /^(?:[^\S\n]*,[^\S\n]*[rbuf]{0,2}(["'])[^"'\n]*\1)*[^\S\n]*,?[^\S\n]*[\]})]/i);
// A word that says the next one is an identifier: "(id altman, handle sama)".
// Or a sentence that names it as the account's name: "his handle is merettm", "the account is sama" (round 21).
const IDENTIFIER_WORD_BEFORE = lazyPattern(
  () => /(?:^|[^\p{L}])(?:id|handle|account)(?:[:=]|[^\S\n]+(?:is|was|ist|war))?[^\S\n]$/iu,
);
// Round 133: or an item of a bracketed list of them after a noun for keys or ids, as a comment names a table's keys:
// „Die Objekt-Schlüssel (sama, ilyasut, merettm) sind nur interne IDs“.
const KEYS_LIST_BEFORE = lazyPattern(
  () => /(?:^|[^\p{L}])(?:\p{L}*schlüssel|keys?|ids?|handles?)[^\S\n]*\((?:[\p{Ll}\p{N}_]+,[^\S\n]*)*$/iu,
);
/** How far before the name its list's noun is read. */
const KEYS_LIST_REACH = 80;
// Round 68: or a noun that calls it a tag's or a slug's name (`tagNouns`): „Tag leike existiert doppelt“, "the slug
// pachocki"; capitalised or after an article, which the verb "tag" has not.
const TAG_NOUN_BEFORE = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])(?:(${anyOf(tagNounArticles)})[^\S\n]+)?(${anyOf(tagNouns)})[^\S\n]$`,
  'iu',
);
/** Whether `before` ends in a tag's noun before a space (see above). */
function isTagNounBefore(before: string): boolean {
  const noun = TAG_NOUN_BEFORE().exec(before);
  const first = noun?.[2]?.[0];
  return first !== undefined && (noun![1] !== undefined || first !== first.toLowerCase());
}
// Round 72: a tag's noun before a copula is no verb, and gives the value, quoted or not, whatever the words before it:
// "the CMS tag is still "pachocki"", „das Schlagwort ist noch leike“.
const TAG_VALUE_BEFORE = lazyPattern(
  () => String.raw`(?<![\p{L}])${anyOf(tagNouns)}[^\S\n]+(?:is|was|ist|war)(?:[^\S\n]+(?:still|noch))?[^\S\n]+["']?$`,
  'iu',
);
// How far before the name that is read.
const IDENTIFIER_REACH = 16;
// How far before the name a tag's noun and its copula are read.
const TAG_VALUE_REACH = 28;
const LOWER_CASE = /^[\p{Ll}]+$/u;
// What code writes before a tuple: a key's colon, an assignment, an earlier item (`: (`, `= (`, `, (`); not a call's
// name (`tag(`) nor prose's word before a bracket.
const TUPLE_BEFORE = lazyPattern(() => /[:=,[(][^\S\n]*$/u);

/** Where the quote that closes a quoted name at [start, end) stands, a possessive's apostrophe being it ('Pachocki'). */
function closingQuote(text: string, start: number, end: number): number {
  const quote = text[start - 1];
  if (quote !== '"' && quote !== "'") return -1;
  if (text[end] === quote) return end;
  return text[end - 1] === quote ? end - 1 : -1;
}

/**
 * Whether the name at [start, end) is a quoted string in a list literal of code: `"sutskever": ["Sutskever",
 * "Sutzkever"]`. Capitalised, it is a spelling the code looks for, data as a lower-case key is, not a mention;
 * the list's brackets and quotes around every item tell it from a quoted name in prose.
 */
export function isListedString(text: string, start: number, end: number): boolean {
  const close = closingQuote(text, start, end);
  if (close === -1) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const tuple = text.lastIndexOf('(', start);
  const open = Math.max(
    text.lastIndexOf('[', start),
    text.lastIndexOf('{', start),
    tuple > 0 && TUPLE_BEFORE().test(text.slice(Math.max(0, tuple - 8), tuple)) ? tuple : -1,
  );
  if (open < lineStart) return false;
  const lineEnd = text.indexOf('\n', close);
  return (
    LIST_OPENING().test(text.slice(open, start)) &&
    LIST_CLOSING().test(text.slice(close + 1, lineEnd === -1 ? text.length : lineEnd))
  );
}

// A YAML flow sequence from its key up to an unquoted item: `keywords: [`, `  tags: [openai, `.
const FLOW_OPENING = lazyPattern(() => /^[^\S\n]*(?:-[^\S\n]+)?([\w-]+):[^\S\n]*\[(?:[^\]\n]*,)?[^\S\n]*$/u);
// The rest of the sequence after the item: `, "sam altman"]`, `]`.
const FLOW_CLOSING = lazyPattern(() => /^[^\S\n]*(?:,[^\]\n]*)?\]/u);
// The stems of a key for the strings a tool looks for or leaves out: `keywords`, `match`, `exclude`, `suchbegriffe`.
const KEYWORD_KEY_STEMS = 'keyword|term|match|alias|pattern|search|regex|exclude|filter|stichw|suchbegriff|suchw';
const KEYWORD_KEY = lazyPattern(() => new RegExp(KEYWORD_KEY_STEMS, 'iu'));

/**
 * Whether the lower-case name at [start, end) is an unquoted item of a YAML flow sequence: `keywords: [altman, "sam
 * altman"]`, a string the configured tool looks for (round 41). Prose writes a surname capitalised. Round 73: or a
 * capitalised one under a key for the strings a tool looks for, `match: [Sutskever, Sutzkever]`; under another key
 * (`quoted: [Leike, Sutskever]`) a capitalised surname may be the person.
 */
export function isFlowListItem(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const key = FLOW_OPENING().exec(text.slice(lineStart, start))?.[1];
  return (
    key !== undefined &&
    (LOWER_CASE.test(text.slice(start, end)) || KEYWORD_KEY().test(key)) &&
    FLOW_CLOSING().test(text.slice(end, lineEnd === -1 ? text.length : lineEnd))
  );
}

// A YAML block sequence's item that is one quoted string: `    - "Sutskever"`, perhaps with a comment after it. Round
// 58: or a list literal's item on a line of its own, `    r"Pachocki",`. Round 93: its comment in a C-like language's
// form too, `  'Altman',      // NB also matches Robert Altman`.
const BLOCK_ITEM_LINE = lazyPattern(
  () => /^[^\S\n]*(?:-[^\S\n]+|[rbuf]{0,2})(["'])[^"'\n]+\1[^\S\n]*,?[^\S\n]*(?:(?:#|\/\/)[^\n]*)?$/u,
);
// Round 58: or the first item, under its key or after the list's opening bracket: `match:\n  - "Altman"`.
const LIST_HEAD_LINE = lazyPattern(() => /[:[][^\S\n]*$/u);
// Round 87: or a line of a list literal that holds several quoted items and a comma after the last, nothing else:
// `    "Sutskever", "Sutzkever", "Leike",` under `WATCH_TERMS = [`. A data row's quoted fields end without one.
const ITEMS_LINE = lazyPattern(() => /^[^\S\n]*(?:[rbuf]{0,2}(["'])[^"'\n]+\1[^\S\n]*,[^\S\n]*){2,}$/u);
const isItemLine = (line: string) => BLOCK_ITEM_LINE().test(line) || ITEMS_LINE().test(line);
// Round 93: or a comment that lists quoted strings and nothing else, a list by itself: `#   "sutskever", "sutzkever",
// "leike"` above the pattern that looks for them. Prose in a comment has words between its quotes.
const COMMENT_ITEMS_LINE = lazyPattern(
  () => /^[^\S\n]*(?:#|\/\/)[^\S\n]*(?:(["'])[^"'\n]+\1[^\S\n]*,[^\S\n]*)+(["'])[^"'\n]+\2[^\S\n]*,?[^\S\n]*$/u,
);

/**
 * Whether the quoted name at [start, end) is an item of a YAML block sequence of quoted strings, beside another such
 * item: `muster:\n  - "Sutskever"\n  - "Sutzkever"`, the strings a configured alert looks for (round 42). A list of
 * people is written with their full names or as records.
 */
export function isBlockListItem(text: string, start: number, end: number): boolean {
  const close = closingQuote(text, start, end);
  if (close === -1) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', close);
  const lineAt = (from: number, to: number) => text.slice(from, to === -1 ? text.length : to);
  if (COMMENT_ITEMS_LINE().test(lineAt(lineStart, lineEnd))) return true;
  if (!isItemLine(lineAt(lineStart, lineEnd))) return false;
  const above = lineStart > 0 ? lineAt(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1) : '';
  const below = lineEnd === -1 ? '' : lineAt(lineEnd + 1, text.indexOf('\n', lineEnd + 1));
  return isItemLine(above) || isItemLine(below) || LIST_HEAD_LINE().test(above);
}

// Round 49: a YAML block sequence's bare item, one word, under a key for the strings a tool looks for or leaves out
// (`keywords:`, `exclude:`, `aliases:`, `suchbegriffe:`): `keywords:\n  - Sutskever\n  - Pachocki`. A Markdown list of
// people under a line of prose ("Who left:") has no such key. Round 73: the key may have a comment after it
// (`keywords:   # strings the filter looks for`), and a quoted phrase may be among the bare items (`- "Altman
// OpenAI"`).
const BARE_ITEM_LINE = lazyPattern(() => /^[^\S\n]*-[^\S\n]+[^\s"'#]+[^\S\n]*(?:#[^\n]*)?$/u);
const KEYWORD_KEY_LINE = lazyPattern(
  () => new RegExp(String.raw`^[^\S\n]*[\w-]*(?:${KEYWORD_KEY_STEMS})[\w-]*:[^\S\n]*(?:#[^\n]*)?$`, 'iu'),
);
// Round 51: or a prose list's item of quoted strings, a remark in brackets after them, under a heading that names
// search terms: „Suchbegriffe (Volltext):\n- „Ilya Sutskever“, „Sutskever“, „Sutzkever“\n- „Sam Altman“, „Altman“
// (ohne „Robert“)“. A full name there is still ours (the matcher reads only lone surnames so).
const QUOTED = String.raw`[${OPENING_QUOTES}][^${OPENING_QUOTES}${CLOSING_QUOTES}\n]{1,40}[${CLOSING_QUOTES}]`;
const QUOTED_ITEM_LINE = lazyPattern(
  () =>
    new RegExp(
      String.raw`^[^\S\n]*[-*•][^\S\n]+${QUOTED}(?:[^\S\n]*[,;][^\S\n]*${QUOTED})*(?:[^\S\n]+\([^()\n]*\))?[^\S\n]*$`,
      'u',
    ),
);
const SEARCH_HEADING_LINE = lazyPattern(
  () =>
    /^[^\S\n]*(?:#+[^\S\n]*)?[^:\n]{0,20}?(?:keyword|search[^\S\n]+(?:term|string|quer)|suchbegriff|suchw|stichw)[^:\n]{0,40}:[^\S\n]*$/iu,
);
/** How many items above a bare one its key is looked for. */
const MAX_LIST_ITEMS = 40;
/** The longest line read as a list's item or key, or as a shell command. */
const MAX_LINE = 200;

// Round 118: or a mapping's indented line of a key and a bare value under such a key, a handle mapped to a person's id:
// `aliases:\n  sama: altman\n  ilyasut: sutskever`.
const MAPPING_LINE = lazyPattern(() => /^[^\S\n]+[^\s:#"']+:[^\S\n]+[^\s:#"']+[^\S\n]*(?:#[^\n]*)?$/u);

/** Whether a YAML list's line is one of its items, bare or quoted, or a mapping's. */
const isYamlItemLine = (line: string) =>
  BARE_ITEM_LINE().test(line) || BLOCK_ITEM_LINE().test(line) || MAPPING_LINE().test(line);
/** Whether a prose list's line is one of its items of quoted strings. */
const isQuotedItemLine = (line: string) => QUOTED_ITEM_LINE().test(line);

/** Whether the lines above the item's line at `lineStart` are items that `isItem` reads, up to one `isKey` reads. */
function isUnderKey(text: string, lineStart: number, isKey: RegExp, isItem: (line: string) => boolean): boolean {
  for (let n = 0; n < MAX_LIST_ITEMS && lineStart > 0; n++) {
    const above = shortLineAt(text, lineStart - 1, MAX_LINE);
    if (!above) return false;
    if (isKey.test(above.line)) return true;
    if (!isItem(above.line)) return false;
    lineStart = above.start;
  }
  return false;
}

// Round 86: YAML's comment lines may stand between a key and its items, and among them: `stichwoerter:\n  # plain
// strings\n  - sutskever`. A lower-case surname in such a comment is one of the strings too: `# "sutzkever" is in, as
// the agency spelled it`.
const isYamlItemOrComment = (line: string) => isYamlItemLine(line) || COMMENT_LINE().test(line);

/** Whether the name at `start` is an item of a YAML list of keywords or a prose list of search terms (see above). */
export function isKeywordListItem(text: string, start: number): boolean {
  const item = shortLineAt(text, start, MAX_LINE);
  if (!item) return false;
  const yamlLine = isYamlItemLine(item.line) || (COMMENT_LINE().test(item.line) && LOWER_CASE.test(text[start] ?? ''));
  return (
    (isQuotedItemLine(item.line) && isUnderKey(text, item.start, SEARCH_HEADING_LINE(), isQuotedItemLine)) ||
    (yamlLine && isUnderKey(text, item.start, KEYWORD_KEY_LINE(), isYamlItemOrComment))
  );
}

// Round 70: or a word list's line of one word, under comment lines that name the list's terms (`wordListNouns`): `#
// One term per line.\nSutskever\nSutzkever\nmerettm`, a recogniser's or a dictation app's vocabulary. A column of
// surnames under a comment of prose names the people. Round 74: or right under a heading line, no comment, that names
// them: "WORD LIST (one per line)\nSutskever".
const WORD_LINE = lazyPattern(() => /^[^\S\n]*[^\s#"'-]\S*[^\S\n]*$/u);
const COMMENT_LINE = lazyPattern(() => /^[^\S\n]*#/u);
const NAMES_TERMS = lazyPattern(() => String.raw`(?<![\p{L}])${anyOf(wordListNouns)}(?![\p{L}])`, 'iu');
/** How many comment lines above a word list its naming of terms is looked for. */
const MAX_COMMENT_LINES = 4;

/** Whether the name at `start` is alone on a line of a word list under a comment that names its terms (see above). */
function isWordListTerm(text: string, start: number): boolean {
  let line = shortLineAt(text, start, MAX_LINE);
  if (!line || !WORD_LINE().test(line.line)) return false;
  let comments = 0;
  for (let n = 0; n < MAX_LIST_ITEMS + MAX_COMMENT_LINES && line.start > 0; n++) {
    line = shortLineAt(text, line.start - 1, MAX_LINE);
    if (!line) return false;
    if (COMMENT_LINE().test(line.line)) {
      if (NAMES_TERMS().test(line.line)) return true;
      if (++comments >= MAX_COMMENT_LINES) return false;
    } else if (comments > 0) return false;
    else if (!WORD_LINE().test(line.line)) return NAMES_TERMS().test(line.line);
  }
  return false;
}

// Round 54: a lower-case surname in a comma list after a label of search terms on its own line, as an export's
// footer gives them: "Alert keywords: altman, leike, pachocki." Prose writes a person's name capitalised.
const INLINE_KEYWORDS_BEFORE = lazyPattern(
  () =>
    /(?:keyword|search[^\S\n]+term|suchbegriff|suchw|stichw)\p{L}*[^\S\n]*:[^\S\n]*(?:[\p{Ll}\d-]+[^\S\n]*,[^\S\n]*){0,12}$/iu,
);

// Round 86: or of a bracketed list of lower-case words after a noun for such strings in its sentence: „die
// Schreibweisen, die unser CMS als Schlagwort anlegt (pachocki, sutskever, leike)“.
const BRACKETED_KEYWORDS_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:${anyOf(tagNouns)}s?|schlagw\p{L}*|stichw\p{L}*|suchw\p{L}*|keywords?)(?![\p{L}])[^.!?\n()]{0,60}\((?:[\p{Ll}\d-]+[^\S\n]*,[^\S\n]*){0,12}$`,
  'iu',
);
const BRACKETED_ITEM_AFTER = lazyPattern(() => /^[^\S\n]*[,)]/u);

/**
 * Whether the lower-case surname at [start, end) is an item of a keyword label's list on its line, or of a bracketed
 * list after a tag's noun (see above).
 */
function isInlineKeyword(text: string, start: number, end: number): boolean {
  if (!LOWER_CASE.test(text.slice(start, end))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return (
    (start - lineStart <= MAX_LINE && INLINE_KEYWORDS_BEFORE().test(text.slice(lineStart, start))) ||
    (BRACKETED_ITEM_AFTER().test(text.slice(end, end + 4)) &&
      BRACKETED_KEYWORDS_BEFORE().test(text.slice(Math.max(lineStart, start - MAX_LINE), start)))
  );
}

// Round 55: a lower-case surname joined to another tag by a semicolon, as a data row's tag field holds people's ids:
// `"sutskever;pachocki"`. Prose puts a space after a semicolon.
const JOINED_TAG_NEXT = lazyPattern(() => /\p{Ll}/u);

/** Whether the lower-case name at [start, end) is one of tags joined by semicolons (see above). */
function isJoinedTag(text: string, start: number, end: number): boolean {
  if (!LOWER_CASE.test(text.slice(start, end))) return false;
  return (
    (text[start - 1] === ';' && JOINED_TAG_NEXT().test(text[start - 2] ?? '')) ||
    (text[end] === ';' && JOINED_TAG_NEXT().test(text[end + 1] ?? ''))
  );
}

// Round 49: a shell command that searches or rewrites text, after its prompt: `$ grep -l "Sutzkever" *.md`, `$ sed -i
// 's/Sutzkever/Sutskever/g'`. Its arguments are strings; the lines it prints are the files' text. Round 92: a script's
// line has no prompt, and an option or a quoted argument follows the command: `grep -c "Altman" kapitel/*.md`.
const SHELL_SEARCH_LINE = lazyPattern(
  () =>
    /^[^\S\n]*(?:[$%>#][^\S\n]+(?:grep|egrep|rg|ag|ack|sed|awk|jq)(?![\w-])|(?:grep|egrep|rg|sed|awk|jq)[^\S\n]+[-"'])/u,
);

// Round 130: or any command's argument in lower case after a dollar's prompt, `$ glossar zeige leike`, which the lines
// it prints then give as written ("Anzeige: Jan Leike"). Not after a mail's or a forum's quote mark, "> Bet sama posts".
const PROMPT_BEFORE = lazyPattern(() => /^[^\S\n]*\$[^\S\n]+[\w./-]/u);

/**
 * Whether the name at [start, end) stands on a shell command line that searches or rewrites text, or is a command's
 * lower-case argument (see above).
 */
export function isShellSearchArgument(text: string, start: number, end: number): boolean {
  const command = shortLineAt(text, start, MAX_LINE);
  if (command === undefined) return false;
  const before = command.line.slice(0, start - command.start);
  return SHELL_SEARCH_LINE().test(before) || (LOWER_CASE.test(text.slice(start, end)) && PROMPT_BEFORE().test(before));
}

// Round 89: or the value of a command's long option, the words after it in lower case: `brieflet cards --refresh altman
// sutskever leike`. Prose's dashes stand apart from the word after them ("a pause -- altman then spoke").
const OPTION_VALUES_BEFORE = lazyPattern(
  () => /(?<![\p{L}\p{N}-])--\p{Ll}[\p{Ll}\p{N}-]*(?:[^\S\n]+\p{Ll}+){0,6}[^\S\n]+$/u,
);
// How far before the name its option is read.
const OPTION_REACH = 80;

// Round 117: the option's one value right after it, in any case: `press-radar add "Jan Leike" --match Leike`.
const OPTION_BEFORE = lazyPattern(() => /(?<![\p{L}\p{N}-])--\p{Ll}[\p{Ll}\p{N}-]*[^\S\n]+$/u);

/** Whether the name at [start, end) is a value of a command's long option (see above). */
function isOptionValue(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - OPTION_REACH), start);
  return (
    OPTION_BEFORE().test(before) || (LOWER_CASE.test(text.slice(start, end)) && OPTION_VALUES_BEFORE().test(before))
  );
}

// Round 57: or the first key of a YAML block sequence's mapping, on its line alone: `  - schluessel: altman`. A chat
// line („dad: altman“) has no dash before its speaker.
const MAPPING_ITEM_BEFORE = lazyPattern(() => /(?:^|\n)[^\S\n]*-[^\S\n]+[\p{L}\p{N}_-]+:[^\S\n]+$/u);
// The value's line ends after it, perhaps with a comment: `# für die X-API ohne @`, `// bare, for the API call`.
const LINE_ENDS_AFTER = lazyPattern(() => /^[^\S\n]*(?:(?:#|\/\/)[^\n]*)?(?:\n|$)/u);

// How far before the name a mapping's key is read.
const MAPPING_REACH = 60;

// Round 149: or a data file's value after a lower-case key that opens its line: "handle_plain: merettm   # …". A chat's
// speaker is a name, in any case.
const KEY_OPENS_LINE_BEFORE = lazyPattern(() => /^[^\S\n]*[a-z][\w-]*:[^\S\n]*$/u);
// How far after the value its line's end, past a comment, is read.
const KEYED_VALUE_REACH = 80;

/** Whether the name at [start, end) is a data file's unquoted value, after a lower-case key opening its line. */
export const isBareKeyValue = (text: string, start: number, end: number) =>
  KEY_OPENS_LINE_BEFORE().test(lineBefore(text, start)) &&
  LINE_ENDS_AFTER().test(text.slice(end, end + KEYED_VALUE_REACH));

// Round 72: an arrow before a lower-case name that ends its line or its item: the key a tool maps something to, `… im
// Beitrag -> pachocki`, `"Leik" → leike,`. Prose's arrow begins a clause ("drama -> leike quits").
const ARROW_BEFORE = lazyPattern(() => /(?:->|=>|→)[^\S\n]*$/u);
const ITEM_ENDS_AFTER = lazyPattern(() => /^(?:[,;.][^\S\n]|[,;.]?[^\S\n]*(?:\n|$))/u);
// How far before the name its arrow is read.
const ARROW_REACH = 4;

// Round 128: a data row's key between a date and a count, as a tool's sample output prints it: `2024-05-15  leike  17`.
const ROW_DATE_BEFORE = lazyPattern(() => /\d{4}-\d{2}-\d{2}[^\S\n]+$/u);
const ROW_COUNT_AFTER = lazyPattern(() => /^[^\S\n]+\d+(?:[^\S\n]|$)/mu);

// Round 152: a tool's output line tagged with it, the name alone in square brackets opening the line: "[sutskever]
// techcrunch.com …", „[altman] 15.05. 07:02 Was der Abschied für …“.
const LINE_TAG_BEFORE = lazyPattern(() => /(?:^|\n)[^\S\n]*\[$/u);
// A space after the bracket: a Markdown link's text has its target there, "[leike](https://…)".
const isLineTag = (text: string, start: number, end: number) =>
  text[start - 1] === '[' &&
  text[end] === ']' &&
  (text[end + 1] === ' ' || text[end + 1] === '\t') &&
  LINE_TAG_BEFORE().test(text.slice(Math.max(0, start - 24), start));

/**
 * Whether the lower-case name at [start, end) follows a word that calls it an identifier: "id altman", "handle sama",
 * "his handle is merettm", "Tag leike", 'the tag is "leike"', "-> pachocki", „Schlüssel (sama, merettm)“; or is the value of a YAML sequence's
 * item, or a data row's key between a date and a count, or a tool's output line's tag (see above).
 */
export function isNamedIdentifier(text: string, start: number, end: number): boolean {
  if (!LOWER_CASE.test(text.slice(start, end))) return false;
  if (TAG_VALUE_BEFORE().test(text.slice(Math.max(0, start - TAG_VALUE_REACH), start)))
    return text[start - 1] === ' ' || closingQuote(text, start, end) !== -1;
  if (KEYS_LIST_BEFORE().test(text.slice(Math.max(0, start - KEYS_LIST_REACH), start))) return true;
  if (isLineTag(text, start, end)) return true;
  if (text[start - 1] !== ' ') return false;
  const before = text.slice(Math.max(0, start - IDENTIFIER_REACH), start);
  return (
    IDENTIFIER_WORD_BEFORE().test(before) ||
    isTagNounBefore(before) ||
    (ARROW_BEFORE().test(before.slice(-ARROW_REACH)) && ITEM_ENDS_AFTER().test(text.slice(end, end + 3))) ||
    (MAPPING_ITEM_BEFORE().test(text.slice(Math.max(0, start - MAPPING_REACH), start)) &&
      LINE_ENDS_AFTER().test(text.slice(end, end + MAPPING_REACH))) ||
    (ROW_DATE_BEFORE().test(before) && ROW_COUNT_AFTER().test(text.slice(end, end + 12)))
  );
}

// Round 68: a name that code declares, after a declaration's keyword and before its type, its value or its parameters:
// `const PACHOCKI: Card = {`, `let Leike = …`, `def Sutskever(`. The code's identifier, whoever it was named for; prose's
// "they let Leike go" has words after the name.
const DECLARED_BEFORE = lazyPattern(
  () => /(?:^|[^\p{L}\p{N}_$])(?:const|let|var|val|def|fun|function|class|interface|enum|struct|type)[^\S\n]+$/u,
);
const DECLARED_AFTER = lazyPattern(() => /^(?:[^\S\n]*[:={](?!=)|[(<])/u);
/** How far before and after the name a declaration's keyword and its type or value are read. */
const DECLARATION_REACH = 12;

/** Whether the name at [start, end) is the identifier a declaration in code names (see above). */
const isDeclaredName = (text: string, start: number, end: number) =>
  DECLARED_AFTER().test(text.slice(end, end + DECLARATION_REACH)) &&
  DECLARED_BEFORE().test(text.slice(Math.max(0, start - DECLARATION_REACH), start));

// Round 74: a user name in the brackets after a comment's tag, its note's owner: `// TODO(leike): …`. Prose puts a space
// before its bracket.
const OWNER_TAG_BEFORE = lazyPattern(() => String.raw`(?:^|[^\p{L}])${anyOf(ownerTagWords)}\($`, 'iu');
/** How far before the name a comment's tag is read. */
const OWNER_TAG_REACH = 8;

/** Whether the lower-case name at [start, end) is the owner in a comment's tag (see above). */
const isOwnerTag = (text: string, start: number, end: number) =>
  text[end] === ')' &&
  LOWER_CASE.test(text.slice(start, end)) &&
  OWNER_TAG_BEFORE().test(text.slice(Math.max(0, start - OWNER_TAG_REACH), start));

// Round 74: a string literal that fills a Markdown code span, `'Leike'`, `"Altman"`: a README's option values, code's
// string whoever it names. A code span of more code around the quotes (`short: "Altman"`) is read as that code is.
/** Whether the name at [start, end) is the whole of a quoted string that fills a code span (see above). */
function isCodeSpanLiteral(text: string, start: number, end: number): boolean {
  const close = closingQuote(text, start, end);
  return close !== -1 && text[close] === text[start - 1] && text[start - 2] === '`' && text[close + 1] === '`';
}

// Round 68: a chat bot's command, a lower-case word glued to the "!" that opens it after a space or at a line's start:
// `!sutskever → „Ilya Sutskever, …“`. The keyword the bot answers to; an exclamation ends a word, "omg! leike".
const COMMAND_BEFORE = lazyPattern(() => /(?:^|\s)!$/u);

/** Whether the lower-case name at [start, end) is a chat bot's command (see above). */
const isBotCommand = (text: string, start: number, end: number) =>
  text[start - 1] === '!' &&
  COMMAND_BEFORE().test(text.slice(Math.max(0, start - 2), start)) &&
  LOWER_CASE.test(text.slice(start, end));

// What a regular expression's group holds around an alternative: letters and the bars between them; round 55:
// and the quantifiers and escapes of a spelling's variants, `r"Suts?z?kever|Leike|Pachocki"`; round 145: and their
// character classes, `/\bSut[sz]kever\b|Суцкевер/iu`.
const ALTERNATIVE_CHAR = lazyPattern(() => /[\p{L}|?*+.\\[\]]/u);
// A group's longest stretch read on either side of a name; no pattern lists more.
const MAX_GROUP_SIDE = 200;

/** The stretch around [start, end) of characters `char` matches, at most a group's longest on either side. */
function runAround(text: string, start: number, end: number, char: RegExp): [number, number] {
  let from = start;
  while (from > 0 && start - from < MAX_GROUP_SIDE && char.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < MAX_GROUP_SIDE && char.test(text[to]!)) to++;
  return [from, to];
}

// Round 70: what a string that joins a tool's words holds: words, handles, and the bars or commas between them with no
// space, `"Sutskever,Sutzkever,Leike"`, `"Altman|@sama"`; prose puts a space after its commas. Round 121: or
// semicolons, `'Pachocki;Pachoki'`.
const JOINED_CHAR = lazyPattern(() => /[\p{L}\p{N}@_.|,;-]/u);
const JOINER = lazyPattern(() => /[|,;]/u);
const JOINED_WORD = lazyPattern(() => /[\p{L}\p{N}@_]/u);
// A configuration's key and its "=" at the line's start, the unquoted value after it: `KEYWORDS=Sutskever|Leike`.
const CONFIG_KEY_BEFORE = lazyPattern(() => /^[^\S\n]*(?:export[^\S\n]+)?[\p{L}_][\p{L}\p{N}_.-]*=$/u);
/** How far before its value a configuration's key is read. */
const CONFIG_KEY_REACH = 60;
/** How many words joined by bars make a pattern's alternatives. */
const ALTERNATIVES = 3;

/**
 * Whether the name at [start, end) is a word of a string that joins several by bars or commas without a space, the
 * whole of a quoted string or of a configuration's value (round 70): `ALERT_KEYWORDS="Sutskever,Leike,Altman"`,
 * `KEYWORDS=Sutskever|Pachocki|Leike`, `"Altman|@sama"`, or of three or more joined by bars alone. Round 121: or by
 * semicolons, a quiz's accepted answers `'Pachocki;Pachoki;Pachocky'`. A list a tool reads, not a mention; prose's
 * "Altman, Leike" has its spaces, a quoted phrase its words.
 */
function isJoinedListItem(text: string, start: number, end: number): boolean {
  // A joiner between the name and another word: a comma before a closing quote ('not "Pachotski," either') joins none.
  const joinedBefore = JOINER().test(text[start - 1] ?? '') && JOINED_WORD().test(text[start - 2] ?? '');
  if (!joinedBefore && !(JOINER().test(text[end] ?? '') && JOINED_WORD().test(text[end + 1] ?? ''))) return false;
  const [from, to] = runAround(text, start, end, JOINED_CHAR());
  const opening = text[from - 1];
  if ((opening === '"' || opening === "'") && text[to] === opening) return true;
  // Round 91: or three words or more joined by bars alone, a pattern's alternatives wherever they stand: "search
  // strings used: Sutskever|Sutzkever|Altman". A table's row opens and closes with its bar.
  const run = text.slice(from, to);
  if (!run.startsWith('|') && !run.endsWith('|') && run.split('|').length >= ALTERNATIVES) return true;
  return (
    opening === '=' && !text[to]?.trim() && CONFIG_KEY_BEFORE().test(lineAround(text, from, from, CONFIG_KEY_REACH)[0])
  );
}

/**
 * Whether the name at [start, end) is one alternative of a regular expression's group: `/\b(Sutskever|Altman)\b/`,
 * `(?:Pachocki|Leike)`. A bar must touch the name, and the bars and letters around it must run from the group's
 * opening bracket to its closing one: a table's "| Altman |" has spaces and no brackets (round 17).
 */
export function isAlternative(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== '|' && text[end] !== '|') return false;
  const [from, to] = runAround(text, start, end, ALTERNATIVE_CHAR());
  const opening = text.slice(Math.max(0, from - 3), from);
  if ((opening.endsWith('(') || opening === '(?:') && text[to] === ')') return true;
  // Round 47: or a whole string or regex literal of bars and letters, `r"Sutskever|Leike"`, `/Altman|Leike/`.
  const delimiter = text[from - 1];
  return (delimiter === '"' || delimiter === "'" || delimiter === '/') && text[to] === delimiter;
}

// The quoted name's opening: a quote and a first name before the surname; the item's place on its line before that
// quote (a YAML item's dash, a literal's bracket or comma, or nothing but the indentation), and what may follow its
// closing quote (a comma, a bracket, a comment, the line's end).
const QUOTED_FIRST_NAME_BEFORE = lazyPattern(() => /(["'])\p{Lu}[\p{L}.'’-]*[^\S\n]+$/u);
const ITEM_OPENING = lazyPattern(() => /(?:^[^\S\n]*(?:-[^\S\n]+)?|[[,(][^\S\n]*)$/u);
const ITEM_CLOSING = lazyPattern(() => /^[^\S\n]*(?:[,\])}][^\n]*|(?:#|\/\/)[^\n]*)?$/u);

/**
 * Whether the surname at [start, end), after a first name, closes a quoted item of a list in code or data: `- "Robert
 * Altman"  # director` under `exclude:`, `["Tom Leike", "Rolf Leike"]`. A string a tool looks for or leaves out, no
 * person the text goes on to talk about: it names no one ahead of it (round 20).
 */
export function isQuotedListItem(text: string, start: number, end: number): boolean {
  const quote = text[end];
  if (quote !== '"' && quote !== "'") return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const opening = QUOTED_FIRST_NAME_BEFORE().exec(text.slice(lineStart, start));
  if (!opening || opening[1] !== quote) return false;
  const lineEnd = text.indexOf('\n', end);
  return (
    ITEM_OPENING().test(text.slice(lineStart, lineStart + opening.index)) &&
    ITEM_CLOSING().test(text.slice(end + 1, lineEnd === -1 ? text.length : lineEnd))
  );
}

// Round 112: a block list's item that is a name alone, perhaps quoted, and the key above its items: `altman:⏎  -
// Altman⏎  - Altmans` in a tool's trigger file.
const NAME_ITEM_LINE = lazyPattern(() => /^([^\S\n]*)-[^\S\n]+["']?[\p{L}\p{M}'’.-]+["']?[^\S\n]*(?:#[^\n]*)?$/u);
const KEY_LINE = lazyPattern(() => /^([^\S\n]*)([\p{L}\p{N}_-]+):[^\S\n]*$/u);
/** How many lines above a list's item its key may stand: the list's other items between. */
const KEY_REACH = 12;

/**
 * Whether the name at `start` is an item of a block list whose key is one of `ours` in lower case: the forms a
 * tool looks for under the person they stand for (`sutskever:⏎  - Sutskever⏎  - Sutzkever`), words of its data, no
 * mention. A list under any other key is a list of people (`speakers:⏎  - Altman`).
 */
export function isFormUnderOwnKey(text: string, start: number, ours: ReadonlySet<string>): boolean {
  const line = shortLineAt(text, start, MAX_LINE);
  const item = line && NAME_ITEM_LINE().exec(line.line);
  if (!item) return false;
  const lines = text
    .slice(Math.max(0, line.start - KEY_REACH * MAX_LINE), line.start)
    .split('\n')
    .slice(0, -1);
  for (const above of lines.slice(-KEY_REACH).reverse()) {
    const sibling = NAME_ITEM_LINE().exec(above);
    if (sibling?.[1] === item[1]) continue;
    const key = KEY_LINE().exec(above);
    return key !== null && key[1]!.length <= item[1]!.length && ours.has(key[2]!.toLowerCase());
  }
  return false;
}

// Round 70: an indented key whose value is a whole flow list or mapping, `  Leike: ["lie kuh", "like"]`, under its
// parent key or beside another such key. A speaker's line in a transcript, `  Leike: [laughs] yes`, goes on after its
// bracket.
const FLOW_KEY_LINE = lazyPattern(
  () => /^[^\S\n]+[\p{L}\p{N}_-]+:[^\S\n]*(?:\[[^\n]*\]|\{[^\n]*\})[^\S\n]*(?:#[^\n]*)?$/u,
);
const PARENT_KEY_LINE = lazyPattern(() => /^[^\S\n]*[\p{L}\p{N}_-]+:[^\S\n]*$/u);

/** Whether the name at [start, end) keys a flow list or mapping in a configuration (see above). */
function isFlowMappingKey(text: string, start: number, end: number): boolean {
  if (text[end] !== ':') return false;
  const line = shortLineAt(text, start, MAX_LINE);
  if (!line || line.line.slice(0, start - line.start).trim() || !FLOW_KEY_LINE().test(line.line)) return false;
  const above = line.start > 0 ? shortLineAt(text, line.start - 1, MAX_LINE)?.line : undefined;
  return above !== undefined && (PARENT_KEY_LINE().test(above) || FLOW_KEY_LINE().test(above));
}

// Round 141: a name in lower case that a quoted form maps to by an arrow, a tagger's output as its README shows it:
// `"Jakuba Pachockiego" -> pachocki (polnischer Genitiv)`. The normalised key is a string, whoever bears it.
const ARROW_FROM_QUOTED_BEFORE = lazyPattern(() => /["'”“][^\S\n]*(?:->|=>|→)[^\S\n]*$/u);
/** How far before a mapped key its arrow and the quoted form are read. */
const MAPPED_KEY_REACH = 40;
const isMappedKey = (text: string, start: number, end: number) =>
  LOWER_CASE.test(text.slice(start, end)) &&
  ARROW_FROM_QUOTED_BEFORE().test(lineAround(text, start, end, MAPPED_KEY_REACH)[0]);

// Round 142: a lower-case name alone in brackets that closes a tool's output line, which opens with a file or a path
// and its line number: `drafts/chief-scientist.md:3   Jakub Pachocki   (pachocki)`, the id the tool found.
const OUTPUT_LINE_START = lazyPattern(() => /^[^\s/]*\/[^\s]*:\d+[^\S\n]/u);
/** How far before a tool's id the start of its output line is read. */
const OUTPUT_LINE_REACH = 120;
const isOutputId = (text: string, start: number, end: number) => {
  if (text[start - 1] !== '(' || text[end] !== ')' || !LOWER_CASE.test(text.slice(start, end))) return false;
  const [before, after] = lineAround(text, start, end, OUTPUT_LINE_REACH);
  return after.slice(1).trim() === '' && OUTPUT_LINE_START().test(before);
};

// Round 141: a key of an object literal written on one line whose values are numbers, a tally as code prints it:
// `// z. B. { Sutskever: 4, Sutzkever: 1, Leike: 2 }`. The key counted is a string, whoever bears it.
const INLINE_KEY_BEFORE = lazyPattern(() => /\{(?:[^{}\n]*,)?[^\S\n]*["']?$/u);
const NUMBER_VALUE_AFTER = lazyPattern(() => /^["']?[^\S\n]*:[^\S\n]*\d+[^\S\n]*[,}]/u);
/** How far either side of a tally's key its brace and its number are read. */
const COUNTED_KEY_REACH = 120;
const isCountedKey = (text: string, start: number, end: number) => {
  const [before, after] = lineAround(text, start, end, COUNTED_KEY_REACH);
  return NUMBER_VALUE_AFTER().test(after) && INLINE_KEY_BEFORE().test(before);
};

// Round 116: an entry of an object literal, one to a line, its key an unquoted capitalised word, its value quoted and
// a comma after it, below the object's brace or another entry: a table of corrections' `  Sutzkever: 'Sutskever',`
// (both sides). A people table's `  short: 'Altman',` is a display value (round 27); a speaker's line of a transcript,
// `  Leike: "I resigned."`, has no comma after its quote.
const OBJECT_ENTRY_LINE = lazyPattern(
  () => /^[^\S\n]+\p{Lu}[\p{L}\p{N}_$]*[^\S\n]*:[^\S\n]*(["'])[^"'\n]*\1,[^\S\n]*(?:\/\/[^\n]*)?$/u,
);
const OBJECT_OPENING_LINE = lazyPattern(() => /[=:(,[][^\S\n]*\{[^\S\n]*$/u);

/** Whether the name at [start, end) is an object literal's entry's key or value (see above). */
function isObjectEntry(text: string, start: number, end: number): boolean {
  const line = shortLineAt(text, start, MAX_LINE);
  if (!line || !OBJECT_ENTRY_LINE().test(line.line)) return false;
  const key = line.line.slice(0, start - line.start).trim() === '' && text[end] === ':';
  const value = text[start - 1] === text[end] && (text[end] === "'" || text[end] === '"');
  if (!key && !value) return false;
  const above = line.start > 0 ? shortLineAt(text, line.start - 1, MAX_LINE)?.line : undefined;
  return above !== undefined && (OBJECT_OPENING_LINE().test(above) || OBJECT_ENTRY_LINE().test(above));
}

// Round 117: an id in lower case that opens a row of a tool's listing, its person's full name after a wide gap:
// `  altman      Sam Altman        @sama`. The id is the tool's key for the record, the name beside it the mention.
const ID_ROW = lazyPattern(
  () => /^[^\S\n]*(\p{Ll}+)(?:[^\S\n]{2,}|\t)(?:\p{Lu}\p{Ll}+[^\S\n])+(\p{Lu}\p{Ll}+)(?![\p{L}])/u,
);

/** Whether the name at [start, end) is the lower-case id that opens a listing's row before its own full name. */
function isRowId(text: string, start: number, end: number): boolean {
  const line = shortLineAt(text, start, MAX_LINE);
  if (!line || line.line.slice(0, start - line.start).trim() !== '') return false;
  const row = ID_ROW().exec(line.line);
  return row !== null && row[1] === text.slice(start, end) && row[2]!.toLowerCase() === row[1];
}

// Round 24: a value's place on a line of code before its opening quote: a key or a name and a colon or an equals sign
// at the line's start or after a brace, a bracket or a comma (`short: '`, `"family": "`, `fallback_name = "`). A
// capitalised word ("Headline: "), or a key after other words ("Her answer: "), is prose's. Round 90: a string's prefix
// may stand before its quote, Python's raw `"pattern": r"Pachocki"`. Round 115: or a YAML sequence's item's dash before
// the key, `  - match: "Leike"`.
const VALUE_OPENING = lazyPattern(
  () =>
    /(?:^[^\S\n]*(?:-[^\S\n]+)?|[{[(,][^\S\n]*)(?:[\p{Ll}_$][\p{L}\p{N}_$-]*|(["'])[\p{L}\p{N}_$-]+\1)[^\S\n]*[:=][^\S\n]*[rbufRBUF]{0,2}$/u,
);
// A key that records the form a text printed, which the marking rules give to the man printed (round 15: "as printed
// or said about him"): an entity's `"surface": "Leike"` in a story's extracted data.
const PRINTED_FORM_KEY = lazyPattern(
  () => /(?:surface|mention|printed(?:[_-]as)?|form|text|quote|snippet|headline|title)\W*[:=][^\S\n]*$/iu,
);
// Round 27 (marking rule "A lone surname as a display value"): a key for the form a page shows of a person, in a
// people table beside his full name (`"short": "Altman"` by `"display": "Sam Altman"`, `shortName: 'Pachocki'`,
// `label: "Sutskever"`): the value is him as shown. Unless the code around it says a script matches or highlights
// its names (en/1612: '"Altman" alone also matches'): then the short form is a string the tool looks for. Round 167:
// or a style guide's form on second reference, `second_ref: "Sutskever"` below `canonical: "Ilya Sutskever"`.
const DISPLAY_KEY = lazyPattern(
  () =>
    /(?:^|[^\p{L}])(?:display(?:[_-]?name)?|short(?:[_-]?name)?|label|anzeige(?:name)?|kurz(?:name)?|second[_-]?ref(?:erence)?)["']?[^\S\n]*[:=][^\S\n]*$/iu,
);
// Stems: the pattern reads no word's end, so "match" also finds "matches" and "matched".
const MATCHING_WORDS = ['match', 'highlight', 'regex', 'search', 'alias', 'filter'];
const MATCHING = containingOneOf(
  MATCHING_WORDS,
  () => new RegExp(String.raw`(?<![\p{L}])${anyOf(MATCHING_WORDS)}`, 'iu'),
);
/** How far before a display value the code's comments are read for a tool's matching. */
const MATCHING_REACH = 800;
// Round 47: unless the record keeps the strings a tool matches under a key of their own (`"match": ["Altman"]` beside
// `"short": "Altman"`, `aliases: […]`): then the comments' matching is that key's, and the display keys hold what
// readers see. Round 70: or another record of its table does, in JSON or YAML (`match:` under a card's `short:`, a
// German `"varianten_suche"`): a table with such a key keeps its matched strings apart from what it shows. The key
// stands at its line's start or after a brace or a comma, not in a comment's prose ("# search: …").
const MATCHING_KEY = lazyPattern(
  () =>
    /(?:^|[{,])[^\S\n]*(?:-[^\S\n]+)?["']?(?:[\p{L}\p{N}]*[_-])?(?:match|alias|pattern|search|regex|keyword|such)[\p{L}_-]*["']?[^\S\n]*[:=]/imu,
);
// Round 133: or a value of a map its name gives to the forms shown, keyed by the person's id: `var shortNames =
// map[string]string{ "altman": "Altman",`, `const displayNames = { leike: 'Leike',`.
const DISPLAY_MAP_BEFORE = lazyPattern(
  () =>
    /(?:^|[^\w])(?:short|display|label|anzeige|kurz)\w*[^\S\n]*:?=[^\S\n]*(?:map\[[^\]\n]*\][\w.]*[^\S\n]*)?\{[^{}]*$/iu,
);
/** How far before a value its map's opening is looked for. */
const DISPLAY_MAP_REACH = 400;

/** Whether the value at `start`, after the key in `before`, is a display form of a people table (see above). */
function isDisplayValue(text: string, start: number, before: string): boolean {
  if (
    !DISPLAY_KEY().test(before) &&
    !DISPLAY_MAP_BEFORE().test(text.slice(Math.max(0, start - DISPLAY_MAP_REACH), start))
  )
    return false;
  const around = text.slice(Math.max(0, start - MATCHING_REACH), start);
  return !MATCHING.test(around) || MATCHING_KEY().test(around + text.slice(start, start + MATCHING_REACH));
}

// What follows a value's closing quote in code: a comma, a bracket, a semicolon, a comment or the line's end.
const VALUE_CLOSING = lazyPattern(() => /^[^\S\n]*(?:[,;)\]}]|(?:#|\/\/)|$)/u);
// Round 48: a quoted key at a line's or a record's start before its colon and value (`"Sutzkever": "Sutskever",` in a
// table of corrections, `"Altman": 388`), or a method call's quoted argument (`name.replace("Sutzkever", "Sutskever")`;
// round 70: with Python's string prefixes too, `re.compile(r"Pachock")`, as round 46 reads them in a list);
// not a parenthesis of prose ('misspell names ("Sutzkever", "Pachoki")') nor a row of SQL's values.
const KEY_OPENING = lazyPattern(() => /(?:^|[{,])[^\S\n]*$/u);
const KEY_CLOSING = lazyPattern(() => /^[^\S\n]*:[^\S\n]*["'\d{[]/u);
const ARGUMENT_OPENING = lazyPattern(() => /\.[\p{L}_$][\p{L}\p{N}_$]*\((?:[^()\n]*,)?[^\S\n]*[rbuf]{0,2}$/iu);
const ARGUMENT_CLOSING = lazyPattern(() => /^[^\S\n]*[,)]/u);
// A quoted lower-case key mapped by an arrow to a quoted value, either of them the name: `"altman" -> "Altman"`.
const MAPPED_FROM = lazyPattern(() => /(["'])[\p{Ll}_][\p{Ll}\p{N}_-]*\1[^\S\n]*(?:->|=>|→)[^\S\n]*$/u);
const MAPPED_TO = lazyPattern(() => /^[^\S\n]*(?:->|=>|→)[^\S\n]*["']/u);

// Round 70: a condition's test for a string in a text, `if "Sutzkever" in zeile:`, `and "Leike" not in row.text`: a
// condition's keyword before the quote, "in" and a variable (perhaps its member or item) and the condition's colon or
// bracket after it. Prose's 'if "Leike" in print is ok' has words after its "in"; round 140: nor is an article a
// variable, 'Please not "Pachoki" in the' at a line's end.
const CONDITION_BEFORE = lazyPattern(() => /(?:^|[^\p{L}\p{N}_])(?:if|elif|while|and|or|not|assert|return)[^\S\n]+$/u);
const TESTED_IN_AFTER = lazyPattern(
  () =>
    /^[^\S\n]+(?:not[^\S\n]+)?in[^\S\n]+(?!(?:the|a|an|der|die|das|dem|den)(?![\p{L}\p{N}_.]))[\p{L}_][\p{L}\p{N}_.]*(?:\[[^\]\n]*\])?(?:[^\S\n]*(?:[:)]|$)|[^\S\n]+(?:and|or)[^\S\n])/u,
);

/** The line around a quoted name at [start, end), before its opening quote and after its closing one; if quoted. */
function quotedValueAt(text: string, start: number, end: number): { before: string; after: string } | undefined {
  const close = closingQuote(text, start, end);
  if (close === -1 || text[close] !== text[start - 1]) return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', close);
  return {
    before: text.slice(lineStart, start - 1),
    after: text.slice(close + 1, lineEnd === -1 ? text.length : lineEnd),
  };
}

/** Whether a quoted value, `before` and `after` its quotes on its line, is a key's value in code (`short: "…",`). */
const isKeyedValue = (before: string, after: string) => VALUE_CLOSING().test(after) && VALUE_OPENING().test(before);

/**
 * Whether the name at [start, end) is a string value on a line of code: `short: 'Altman'`, `"family": "Pachocki"`,
 * `name = "Sutskever"`, `"altman" -> "Altman"` (both sides), `if "Sutzkever" in zeile:`. The code holds the word
 * whoever it stands for; a full name there is still a mention (the marking rules), a quoted surname in prose has words,
 * not a key, before its quote.
 */
export function isValueString(text: string, start: number, end: number): boolean {
  const value = quotedValueAt(text, start, end);
  if (!value) return false;
  const { before, after } = value;
  return (
    MAPPED_FROM().test(before) ||
    (LOWER_CASE.test(text.slice(start, end)) && MAPPED_TO().test(after)) ||
    (KEY_OPENING().test(before) && KEY_CLOSING().test(after)) ||
    (CONDITION_BEFORE().test(before) && TESTED_IN_AFTER().test(after)) ||
    (ARGUMENT_OPENING().test(before) && ARGUMENT_CLOSING().test(after)) ||
    (isKeyedValue(before, after) && !PRINTED_FORM_KEY().test(before) && !isDisplayValue(text, start, before))
  );
}

/**
 * Round 70: whether the name at [start, end) is a value under a display key of a people table (`"short": "Leiker"`),
 * matched by a tool or not. The form the table shows of its record's person: a near-spelling of ours there is that
 * person's own name, as the record's `"display": "Jan Leiker"` gives it, no misprint of ours.
 */
export function isDisplayString(text: string, start: number, end: number): boolean {
  const value = quotedValueAt(text, start, end);
  return value !== undefined && isKeyedValue(value.before, value.after) && DISPLAY_KEY().test(value.before);
}

// Round 126: an item of a code collection whose name says it holds strings, from its opening up to the item: an SQL
// insert of one column into a table or a column of them, `INSERT INTO search_terms (term) VALUES ('Altman'), ('` (a row
// of several columns may hold a display form beside its pattern), a shell array `declare -A PATTERNS=(⏎ [altman]='`, a
// list `SEARCH_TERMS = ["Leike", "`. Not past the statement's end, nor in a comment among its items.
const COLLECTION_OPENS_BEFORE = lazyPattern(
  () =>
    /(?:INSERT\s+INTO\s+([\w."`]+)\s*(?:\(([^),]*)\))?\s*VALUES\b[^;]*|(?:^|[^\w])([A-Za-z_]\w*)[^\S\n]*[:=][^\S\n]*(?:\([^)]*|\[[^\]]*|\{[^}]*))$/i,
);
/** How far before an item its collection's opening is looked for. */
const COLLECTION_REACH = 600;
const STRING_NOUN_WORDS = new Set(stringNouns.flatMap((noun) => noun.split(' ')).filter((word) => word.length > 3));
const NAME_WORDS = lazyPattern(() => /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g);
/** Whether a collection's name, its words split at underscores, dots and capitals, names strings ("search_terms"). */
const namesStrings = (name: string | undefined) =>
  name !== undefined &&
  (name.match(NAME_WORDS()) ?? []).some((word) => {
    const lower = word.toLowerCase();
    return STRING_NOUN_WORDS.has(lower) || STRING_NOUN_WORDS.has(lower.replace(/e?s$/, ''));
  });

/** Whether the quoted or bracketed name at `start` is an item of a code collection of strings (above). */
export function isInStringCollection(text: string, start: number): boolean {
  if (!`'"\`[`.includes(text[start - 1] ?? '')) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/#|\/\/|--/u.test(text.slice(lineStart, start))) return false;
  const opening = COLLECTION_OPENS_BEFORE().exec(text.slice(Math.max(0, start - COLLECTION_REACH), start - 1));
  return opening !== null && (namesStrings(opening[1]) || namesStrings(opening[2]) || namesStrings(opening[3]));
}

// Round 133: an item of a SQL condition's list, in code or in a comment that quotes the query, `WHERE surname IN
// ('Altman','Sutskever',…)`: the values a query looks for.
const SQL_IN_LIST_BEFORE = lazyPattern(() => /\bwhere\s+[\w."`]+\s+(?:not\s+)?in\s*\(\s*(?:'[^'\n]*'\s*,\s*)*'$/iu);
/** How far before an item its condition's list is looked for. */
const SQL_IN_REACH = 300;
const isSqlInListItem = (text: string, start: number) =>
  text[start - 1] === "'" && SQL_IN_LIST_BEFORE().test(text.slice(Math.max(0, start - SQL_IN_REACH), start));

/**
 * Whether the name at [start, end) is data in code or configuration: a list literal's string, a key's value, a table's
 * key or a call's argument, an id named as one ("handle sama") or declared (`const PACHOCKI`), a bot's command
 * (`!leike`), a comment's owner (`TODO(leike)`), a code span's literal (`'Leike'`), a configuration's key of a flow
 * list, an item of a YAML sequence or of its list of keywords, a word of a joined list or a word list's term, a shell
 * command's argument or a long option's value, a search string in a data row's column for them, an item of a SQL
 * condition's list, an object literal's entry or a tally's key, a form's key after an arrow, a tool's id in brackets,
 * or a listing's row id.
 */
export const isDataString = (text: string, start: number, end: number) =>
  isInSearchColumn(text, start) ||
  isInStringCollection(text, start) ||
  isSqlInListItem(text, start) ||
  isJoinedListItem(text, start, end) ||
  isKeywordListItem(text, start) ||
  isWordListTerm(text, start) ||
  isInlineKeyword(text, start, end) ||
  isJoinedTag(text, start, end) ||
  isShellSearchArgument(text, start, end) ||
  isOptionValue(text, start, end) ||
  isListedString(text, start, end) ||
  isValueString(text, start, end) ||
  isNamedIdentifier(text, start, end) ||
  isDeclaredName(text, start, end) ||
  isBotCommand(text, start, end) ||
  isOwnerTag(text, start, end) ||
  isCodeSpanLiteral(text, start, end) ||
  isFlowMappingKey(text, start, end) ||
  isObjectEntry(text, start, end) ||
  isCountedKey(text, start, end) ||
  isMappedKey(text, start, end) ||
  isOutputId(text, start, end) ||
  isRowId(text, start, end) ||
  isFlowListItem(text, start, end) ||
  isBlockListItem(text, start, end);
