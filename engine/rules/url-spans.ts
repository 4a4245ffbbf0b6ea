import { englishPrefixes } from '../../knowledge/lexicon/handles-and-hashtags';
import { englishStoryEventNouns, storyEventNouns } from '../../knowledge/lexicon/story-and-employers';
import { lazyPattern } from '../text/regex-parts';
import { lineAround, shortLineAt } from '../text/line-around';

// Common top-level domains, lower case only: "openai.com" is an address, while "said Altman.It was"
// is a missing space, and a capitalised "It" must not turn the name before it into an address.
const TOP_LEVEL_DOMAINS = [
  'com',
  'org',
  'net',
  'io',
  'ai',
  'dev',
  'app',
  'edu',
  'gov',
  'info',
  'me',
  'ly',
  'tv',
  'fm',
  'co',
  'news',
  'blog',
  'xyz',
  'de',
  'at',
  'ch',
  'eu',
  'uk',
  'fr',
  'it',
  'es',
  'nl',
  'pl',
  'ru',
  'il',
  'us',
  'ca',
  'au',
  'jp',
];
// Built on first use: a page whose names stand in plain words (no `@`, `/` or `.` in their stretch) never
// constructs it (about 0.5 ms of the engine's start in Chromium: a `\p{…}` class is parsed when constructed).
// Round 154: an address's path stops before a comma and an account's "@", a data row's next field: a fact-check
// table's `…/status/1790517455628198322,@ilyasut,RA`.
const NOT_NEXT_FIELD = '(?!,@)';
const ADDRESS = lazyPattern(
  () =>
    [
      String.raw`(?:[a-zA-Z][a-zA-Z\d+.-]*:\/\/|[wW]{3}\.)(?:${NOT_NEXT_FIELD}[^\s<>"'“”‘’])+`,
      String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
      String.raw`(?<![\p{L}\p{N}@])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:${TOP_LEVEL_DOMAINS.join('|')})(?![\p{L}\p{N}])(?:\/(?:${NOT_NEXT_FIELD}[^\s<>"'“”])*)?`,
    ].join('|'),
  'gu',
);
const MAYBE_ADDRESS = /[@/.]/;

export type Span = readonly [start: number, end: number];

/**
 * Stretches of text that are addresses rather than prose: URLs, e-mail addresses, bare domains.
 * A name inside them ("example.com/sam-altman", "sam.altman@example.com") is not a mention.
 */
export function findAddressSpans(text: string): Span[] {
  if (!MAYBE_ADDRESS.test(text)) return [];
  const spans: Span[] = [];
  const address = ADDRESS();
  address.lastIndex = 0;
  for (let m = address.exec(text); m; m = address.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

const SPACE = /\s/;

/**
 * Whether [start, end) of `text` overlaps an address, as `findAddressSpans` finds them, for the candidates of
 * one text in order. An address holds no whitespace, so the addresses over a candidate are those of the
 * whitespace-delimited stretch around it, read alone: a text of prose with a name or two reads a few words, not
 * the whole text. The last stretch read is kept, so that the names in one long token read it once.
 */
export function addressReader(text: string): (start: number, end: number) => boolean {
  let from = 0;
  let to = -1;
  let spans: Span[] = [];
  return (start, end) => {
    if (start < from || end > to) {
      from = start;
      while (from > 0 && !SPACE.test(text[from - 1]!)) from--;
      to = end;
      while (to < text.length && !SPACE.test(text[to]!)) to++;
      spans = findAddressSpans(text.slice(from, to)).map(([s, e]) => [s + from, e + from] as const);
    }
    return overlapsAny(spans, start, end);
  };
}

/** Whether [start, end) overlaps any of the sorted, disjoint spans. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const [s, e] of spans) {
    if (s >= end) return false;
    if (e > start) return true;
  }
  return false;
}

// What ends a token of the text: spaces, and the brackets, quotes and backticks that wrap a path in prose or
// Markdown; and a data row's commas and semicolons, which prose follows with a space ("…,sutzkever-exits-openai";
// round 49).
const TOKEN_EDGE = /[\s<>()[\]{}"“”„«»`,;]/u;
// A token longer than this on either side of a name is no path anyone reads; the scan stops there.
const MAX_TOKEN_SIDE = 200;
// Round 117: or a shell's variable for a folder, `$OUT/jan-leike-thread.html`.
const PATH_START = lazyPattern(() => /^(?:\.{1,2}|~|\$[A-Za-z_]\w*)?\//);
// Round 69: e-books', notebooks', archives' and more images' and sounds' ("five-days-november-altman-sutskever.epub").
// Round 74: and subtitles' ("ep12-sutskever-en.srt"). Round 91: and calendars', cards' and mails'
// ("superalignment-leike-sutskever.ics").
const FILE_EXTENSION = lazyPattern(
  () =>
    /\.(?:jpe?g|png|gif|webp|avif|svg|tiff?|heic|bmp|pdf|epub|mobi|azw3|odt|rtf|tex|html?|xml|php|md|txt|log|docx?|pptx?|xlsx?|csv|json|ya?ml|toml|ris|bib|ipynb|mp[34]|m4a|ogg|flac|mov|webm|wav|srt|vtt|ics|vcf|eml|zip|gz|tar|7z|[jt]sx?|py|rb|go|rs|java|sh|css)$/i,
);
/** Round 72: whether `token` ends as a file's name does, in one of the extensions above ("people.md"). */
export const isFileName = (token: string) => FILE_EXTENSION().test(token);
// Lower-case words joined by hyphens or underscores, as addresses and file names write titles and names; after a
// namespace's word and colon too, as a tagger writes its tags ("person:jan-leike"; round 57).
const SLUG = lazyPattern(() => /^(?:\p{Ll}+:)?[\p{Ll}\p{N}]+(?:[-_][\p{Ll}\p{N}]+)+$/u);
// Round 71: a news wire's slug, its codes in capitals, a double hyphen, and its keywords joined by hyphens:
// "BC-US--Tech-OpenAI-Altman-Board". Prose joins no words so.
const WIRE_SLUG = lazyPattern(() => /^\p{Lu}+(?:-\p{Lu}+)*--[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u);
// Round 80: or a wire's story slug in capitals, three or more words joined by hyphens and closed by the slash before
// its version: "US-OPENAI-SUTSKEVER/ (UPDATE 2)". A headline in capitals joins no three words so. Round 171: or two,
// with the slash or a keyword after it, as a wire's digest lists them: "OPENAI-ALTMAN/ (UPDATE 3)",
// "OPENAI-SUTSKEVER/REGRET".
const CAPITALS_SLUG = lazyPattern(() => /^\p{Lu}+(?:-[\p{Lu}\p{N}]+)+\/[\p{Lu}\p{N}]*$/u);
// Round 84: or one after its label, with no slash: "SLUG: OPENAI-SUTSKEVER-EXIT".
const SLUG_LABEL_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])slug[^\S\n]*:[^\S\n]*$/iu);
// Words of any case joined by underscores, as wiki addresses write titles ("wiki › Jan_Leike"); prose never does.
const UNDERSCORE_SLUG = lazyPattern(() => /^[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+$/u);
const UPPER = /\p{Lu}/u;
// Round 140: or the name's part of the path is a slug in lower case, under a part in capitals: a shelf mark's
// "DL-CLASSICS/sutskever-2012-2019". Prose capitalises a name it joins by a slash, "Sutskever/Leike".
const LOWER_SLUG_SEGMENT = lazyPattern(() => /^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)+[.,;:!?]*$/u);
/** The part of the path token [from, to) between the slashes around the name at [start, end). */
const segmentAround = (text: string, start: number, end: number, from: number, to: number) => {
  const slash = text.indexOf('/', end);
  return text.slice(Math.max(from, text.lastIndexOf('/', start) + 1), slash === -1 || slash > to ? to : slash);
};
// Two words joined by a hyphen are a compound of prose, no slug, after an English prefix ("the anti-sama") or before
// a noun of our story's event, as chat writes it in lower case ("beim altman-rauswurf", "the altman-ouster week");
// round 24. A slug joins more words, or stands in a path.
const EVENT_NOUNS = new Set<string>([...storyEventNouns, ...englishStoryEventNouns]);
const PREFIXES = new Set<string>(englishPrefixes);
const isProseCompound = (token: string) => {
  const parts = token.split('-');
  return parts.length === 2 && (PREFIXES.has(parts[0]!) || EVENT_NOUNS.has(parts[1]!));
};
// Round 69: unless code quotes it as a key's value, an id: `id: 'sutskever-abschied'`.
const CODE_VALUE_BEFORE = lazyPattern(() => /[:=][^\S\n]*["'`]$/u);
const isCodeValueAt = (text: string, from: number) =>
  CODE_VALUE_BEFORE().test(text.slice(Math.max(0, from - 4), from + (text[from] === "'" ? 1 : 0)));
// An account name with words joined by dots, underscores or hyphens after its "@" ("@sam.altman.enjoyer",
// "@Ilya_Sutskever_Fanclub"): a fan's or a namesake's account, not one of ours, whose handles join nothing (round 23).
const JOINED_ACCOUNT = lazyPattern(() => /^@[\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+)+$/u);
// Round 161: but not a German compound whose head, a capitalised noun, the account name leads after a hyphen, as no
// account name holds one: „@sama-Posts über die API holen“. Round 163: nor English's "-style", "@ilyasut-style
// handles".
const ACCOUNT_COMPOUND = lazyPattern(() => /^@[\p{L}\p{N}_]+-(?:\p{Lu}\p{Ll}+|style|like)$/u);
// An account name before a slash and a word is a package's scope or a path's segment, "@sama/core/logging.js", "npm i
// @janleike/eval-tools"; a slash between two handles is prose's "or" ("@sama/@ilyasut"; round 28, real text).
const SCOPED_PATH = lazyPattern(() => /^@[\p{L}\p{N}_]+\/[\p{L}\p{N}]/u);
// Lower-case words joined by two dots or more: a host name of any top-level domain ("ilya.sutskever.name") or a
// property path in code ("settings.people.altman"); prose puts a space after its full stop (round 28, real text).
const DOTTED = lazyPattern(() => /^[\p{Ll}\p{N}-]+(?:\.[\p{Ll}\p{N}-]+){2,}$/u);
// Round 33 (real text): an identifier joined by underscores and a member of an object by a dot, "jan_leike.departed(…)",
// "team.ilya_sutskever"; and an issue key, a word in capitals and a number joined by a hyphen, "ALTMAN-008".
const MEMBER_ACCESS = lazyPattern(() => /^[\p{L}\p{N}_$]+(?:\.[\p{L}\p{N}_$]+)+$/u);
const ISSUE_KEY = lazyPattern(() => /^\p{Lu}+-\p{N}+$/u);
// Round 58: a forum's user name, a first name and a surname joined by a dot, "Miri.Altman schrieb am 18.05.2024":
// prose puts a space after its full stop. The surname after the dot: before it, a sentence may end unspaced ("Sam
// Altman.Danach").
const DOTTED_USER = lazyPattern(() => /^\p{Lu}\p{Ll}+\.\p{Lu}\p{Ll}+$/u);
// Round 125: or in lower case, a list's sign-ups "ilya.k leike.petra": two words of letters joined by one dot.
const LOWER_DOTTED_USER = lazyPattern(() => /^\p{Ll}+\.\p{Ll}+$/u);

// Round 27: a search result's breadcrumb, its site's address and then the path's segments after "›" or ">", each
// without a space ("heise.example.de › news › OpenAI-Chef-Altman-zurueck"): a segment is a piece of the address in
// any case, as the slug it shows. A title after the breadcrumb has spaces and is prose ("› Sam Altman is back").
// Round 57: or after the result's title and a dash, on one line: "Sutskever verlässt OpenAI – example.org › news ›
// sutskever-abschied".
const BREADCRUMB_BEFORE = lazyPattern(
  () =>
    /^(?:[^\n]*[^\S\n][–—-])?[^\S\n]*(?:https?:\/\/)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:[^\S\n]+[›>][^\S\n]+[^\s›>]+)*[^\S\n]+[›>][^\S\n]+$/u,
);
const BREADCRUMB_AFTER = lazyPattern(() => /^(?:[^\S\n]+[›>](?:[^\S\n]|$)|[^\S\n]*(?:\n|$))/u);

/** Whether the token at [from, to) is a segment of a breadcrumb that opens its line with a site's address. */
function isBreadcrumbSegment(text: string, from: number, to: number): boolean {
  const line = text.slice(Math.max(text.lastIndexOf('\n', from - 1) + 1, from - MAX_TOKEN_SIDE), from);
  return (
    (line.includes('›') || line.includes('>')) &&
    BREADCRUMB_BEFORE().test(line) &&
    BREADCRUMB_AFTER().test(text.slice(to, to + 3))
  );
}

// Round 56: a search tool's line number between a file's name and its line, `drafts/leike-resigns.md:4:Leike co-led …`:
// the name is the file's, the text after the second colon the line's.
const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
const isLineNumberStart = (text: string, at: number) => text[at] === ':' && isDigit(text[at + 1]);
const isLineNumberEnd = (text: string, at: number) => text[at - 1] === ':' && isDigit(text[at - 2]);

/**
 * Whether [start, end) lies in a path, a file name or a slug shown as text: "/2024/05/openai-ceo-sam-altman",
 * "](../posts/sam-altman-interview)", "sam-altman-portrait.jpg", "jakub-pachocki", "Jan_Leike". A name in them is part of
 * an address, not a mention. Prose keeps its slashes and compounds: "Sutskever/Leike", "Sam-Altman-Interview". So is
 * an account name that joins the name to other words: "@sam.altman.enjoyer" (round 23), or scopes a package
 * ("@sama/core"), and a host name or property path in lower case ("jan.leike.name"; round 28).
 */
export function isInPathLikeToken(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < MAX_TOKEN_SIDE && !TOKEN_EDGE.test(text[from - 1]!) && !isLineNumberEnd(text, from))
    from--;
  let to = end;
  while (to < text.length && to - end < MAX_TOKEN_SIDE && !TOKEN_EDGE.test(text[to]!) && !isLineNumberStart(text, to))
    to++;
  // Round 67: a namespaced id's last part, after lower-case parts each closed by a colon, is read as a token of its own:
  // `urn:example:story:sutskever-departure-20240514`.
  const colon = text.slice(from, start).lastIndexOf(':');
  if (colon !== -1 && NAMESPACES().test(text.slice(from, from + colon + 1))) from += colon + 1;
  // Round 72: so is a bare value after a lower-case key and its equals sign, as a log line writes its fields:
  // `slug=openai-ceo-altman-returns`. Round 153: or an environment variable's key in capitals, as a `.env` file writes
  // it: `ARTICLE_PATH=fixtures/leike-resigns.txt`.
  const equals = text.slice(from, start).lastIndexOf('=');
  if (equals !== -1 && BARE_KEY().test(text.slice(from, from + equals + 1))) from += equals + 1;
  // A leading dot is a relative module's or a hidden file's ("from .ilya_sutskever import …"; round 29); single quotes
  // around it are code's, as double quotes are ("id: 'altman-2025'"; round 32); a caret opens a Markdown footnote's
  // label ("[^altman-principles]"; round 38).
  const token = text
    .slice(from, to)
    .replace(/[.,;:!?]+$/, '')
    .replace(/^(?:\.+|\^)(?=\p{L})/u, '')
    .replace(/^'(.*)'$/su, '$1');
  if (token[0] === '@')
    return (JOINED_ACCOUNT().test(token) && !ACCOUNT_COMPOUND().test(token)) || SCOPED_PATH().test(token);
  // Round 167: a note's link to a file named for him, spaces and all, "links: People/Sam Altman.md".
  if (token.includes('/'))
    return (
      PATH_START().test(token) ||
      !UPPER.test(token) ||
      FILE_EXTENSION().test(token) ||
      CAPITALS_SLUG().test(token) ||
      LOWER_SLUG_SEGMENT().test(segmentAround(text, start, end, from, to))
    );
  if (SLUG_LABEL_BEFORE().test(text.slice(Math.max(0, from - 12), from)) && CAPITALS_SLUG().test(`${token}/`))
    return true;
  if (isBreadcrumbSegment(text, from, to)) return true;
  // Each pattern only where the character it needs is: their Unicode classes compile to large code (V8).
  const joined = token.includes('_');
  const dotted = token.includes('.');
  const hyphened = token.includes('-');
  return (
    (dotted &&
      (FILE_EXTENSION().test(token) ||
        DOTTED().test(token) ||
        LOWER_DOTTED_USER().test(token) ||
        (text[start - 1] === '.' && DOTTED_USER().test(token)))) ||
    ((joined || hyphened) && SLUG().test(token) && (!isProseCompound(token) || isCodeValueAt(text, from))) ||
    (joined && (dotted ? MEMBER_ACCESS() : UNDERSCORE_SLUG()).test(token)) ||
    (hyphened && (ISSUE_KEY().test(token) || WIRE_SLUG().test(token)))
  );
}

const NAMESPACES = lazyPattern(() => /^(?:[a-z][a-z\d.-]*:)+$/);
const BARE_KEY = lazyPattern(() => /^(?:[a-z][a-z\d_.-]*|[A-Z][A-Z\d_]*)=$/);

// A key in code: the name, in quotes or bare, right before the colon of an object, a dictionary or YAML.
const KEY_AFTER = lazyPattern(() => /^["'`]?:/);
// Round 70: or a call's named argument, a list's named element, before "=" and a value that code writes, a quote, a
// number, a bracket or a call, after the call's bracket, a comma or a continued line's indentation:
// `c(altman = "Altman|@sama", leike = "Leike")`, `report(altman=0)`. Chat's "ok, leike = hero" has words after its "=".
const NAMED_ARGUMENT_BEFORE = lazyPattern(() => /(?:^|[(,])[^\S\n]*$/u);
const NAMED_ARGUMENT_AFTER = lazyPattern(() => /^[^\S\n]*=[^\S\n]*(?:["'\d[{]|[\p{L}_][\p{L}\p{N}_.]*\()/u);
/** How far before and after the name a named argument's bracket or comma, its "=" and its value are read. */
const NAMED_ARGUMENT_REACH = 24;
const isNamedArgument = (text: string, start: number, end: number) =>
  NAMED_ARGUMENT_AFTER().test(text.slice(end, end + NAMED_ARGUMENT_REACH)) &&
  NAMED_ARGUMENT_BEFORE().test(lineAround(text, start, end, NAMED_ARGUMENT_REACH)[0]);
const LOWER = /\p{Ll}/u;
const FULL_NAME = /^[^.\s]+\s/u;

// A value in code: the name in quotes of one kind after an assignment, a colon or in a list: `id: 'altman'`,
// `["pachocki", "sutskever"]`, `= \`altman\``.
// Round 17: or after an arrow that gives a call's result, `normalize("Sutzkever") -> "sutskever"`. Round 53: or as
// SQL's result of a case, `THEN 'sutskever'`.
const VALUE_BEFORE = lazyPattern(() => /(?:[:=[,(]|[-=]>|(?<![\p{L}])(?:THEN|ELSE|then|else))[^\S\n]*$/u);
const QUOTES = `"'\``;

// A field of a data row: what a comma, a semicolon or a tab sets off, in a row of at least two of them, none with a
// space after it as prose writes it ("altman, sam: CEO of OpenAI, …" in a style guide).
const FIELD_EDGE = lazyPattern(() => /[,;\t]/);
const ROW_FIELDS = lazyPattern(() => /[,;\t][^,;\t\n]*[,;\t]/);
const PROSE_COMMA = lazyPattern(() => /[,;][^\S\t]/);
// A field in double quotes, its own quotes doubled, as CSV writes a field with commas.
const QUOTED_FIELD = lazyPattern(() => /(?<=^|[,;\t])"(?:[^"\n]|"")*"(?=$|[,;\t])/g);

// Round 34 (real text): a row of fields tight against pipes, `12|krizhevsky|sutskever|Collaboration|…`, whatever commas
// its prose fields hold; a Markdown table sets its cells off with spaces.
const PIPE_ROW = lazyPattern(() => /\|[^|\n]*\|[^|\n]*\|/);
const isFieldEdge = (char: string | undefined) =>
  char === undefined || char === '\n' || char === '|' || FIELD_EDGE().test(char);

/** Whether [start, end) is a whole field of a comma-separated row: `20,Jan Leike,leike,97`. */
function isDataField(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (!isFieldEdge(before) || !isFieldEdge(after)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const row = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  if (before === '|' || after === '|') return PIPE_ROW().test(row);
  // A quoted field is one field whatever its commas: `leike,Jan Leike,88,"left OpenAI, 15 May"` (round 17).
  const fields = row.includes('"') ? row.replace(QUOTED_FIELD(), '""') : row;
  return ROW_FIELDS().test(fields) && !PROSE_COMMA().test(fields);
}

// Regular-expression syntax right around a name: `\bAltman\b`, `(Sam\s+)?Altman`, `(?:Leike)`; or a query's
// wildcard, `LIKE '%Sutskever%'` (round 48); round 70: or a spreadsheet's wildcard inside a formula's quotes,
// `ZÄHLENWENN(C2:C9;"*Altman*")`, where Markdown's emphasis, `*Altman*`, has no quote.
const PATTERN_BEFORE = /(?:\\[bBsSwWdD][+*?]?\)?[+*?]?|\(\?:|%|["']\*)$/u;
const PATTERN_AFTER = /^(?:\\[bBsSwWdD]|%|\*["'])/u;

/** Whether [start, end) is a name inside a regular expression, a pattern that matches it, no mention of anyone. */
export const isInPattern = (text: string, start: number, end: number) =>
  PATTERN_AFTER.test(text.slice(end, end + 2)) || PATTERN_BEFORE.test(text.slice(Math.max(0, start - 6), start));

// Round 52: a bare identifier where configuration and logs put one: a log's `key=value` (`person=sutskever
// display=…`), a TOML table's header (`[people.altman]`). Not a key's bare value, `name: leike`, which a chat's line
// „dad: altman“ is too.
const BARE_VALUE_BEFORE = lazyPattern(() => /[\p{L}\p{N}_-]=$/u);
const BARE_VALUE_AFTER = lazyPattern(() => /^(?:[^\S\n]|[,&;]|$)/u);
const TABLE_BEFORE = lazyPattern(() => /(?:^|\n)[^\S\n]*\[\[?(?:[\p{Ll}\p{N}_-]+\.)*$/u);
const TABLE_AFTER = lazyPattern(() => /^(?:\.[\p{Ll}\p{N}_.-]+)?\]\]?[^\S\n]*(?:#[^\n]*)?(?:\n|$)/u);

/** Whether the lower-case name at [start, end) is a bare identifier of a log or a TOML table. */
function isBareIdentifier(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 60);
  return (
    (BARE_VALUE_BEFORE().test(before) && BARE_VALUE_AFTER().test(after)) ||
    (TABLE_BEFORE().test(before) && TABLE_AFTER().test(after))
  );
}

// Round 68: a printed table's index, as a notebook or a console prints a count per key: the lower-case name alone
// before its number (`altman       1842`), on a row beside another such row. Prose and chat put words after a name.
// Round 74: or a grouped count's, other columns set off by two spaces or more between the key and its number
// (`altman     Sam Altman     1011`); the name in those columns is the form printed, not the key.
const INDEX_ROW = lazyPattern(
  () => /^[^\S\n]*[\p{Ll}\p{N}_.-]+[^\S\n]{2,}(?:\S+(?:[^\S\n]\S+)*[^\S\n]{2,}){0,4}-?\d[\d.,]*[^\S\n]*$/u,
);
/** The longest line read as a printed table's row. */
const MAX_INDEX_ROW = 120;

/** Whether the name at `start` is the index of a printed table's row (see above). */
function isPrintedIndex(text: string, start: number): boolean {
  const row = shortLineAt(text, start, MAX_INDEX_ROW);
  if (!row || row.line.slice(0, start - row.start).trim() || !INDEX_ROW().test(row.line)) return false;
  const rowEnd = row.start + row.line.length;
  const above = row.start > 0 ? shortLineAt(text, row.start - 1, MAX_INDEX_ROW) : undefined;
  const below = rowEnd < text.length ? shortLineAt(text, rowEnd + 1, MAX_INDEX_ROW) : undefined;
  return [above, below].some((line) => line !== undefined && INDEX_ROW().test(line.line));
}

/**
 * Whether [start, end) is a name written in lower case as a key or a quoted value in code: `"pachocki": {…}`,
 * `sutskever:`, `id: 'altman'`, a field of a data row (`20,Jan Leike,leike,97`), a printed table's index, a call's
 * named argument (`c(altman = "…")`). Such an identifier is no mention; the comments and display strings around it are
 * prose ("Sam Altman"). A capitalised "Altman:" is a speaker in a transcript, a lower-case "leike" quoted in a sentence
 * a spelling, and a script without case (Hebrew) is never code.
 */
export function isCodeIdentifier(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  // Round 26: a full name is a mention wherever it stands, a lower-case key in code too (`"jan leike": "leike"`); an
  // initial's (`"j. leike"`) is a surname's key.
  if (!LOWER.test(name) || UPPER.test(name) || FULL_NAME.test(name)) return false;
  if (
    KEY_AFTER().test(text.slice(end, end + 2)) ||
    isNamedArgument(text, start, end) ||
    isDataField(text, start, end) ||
    isBareIdentifier(text, start, end) ||
    isPrintedIndex(text, start)
  )
    return true;
  const quote = text[start - 1];
  if (quote === undefined || !QUOTES.includes(quote) || text[end] !== quote) return false;
  // Round 26: a Markdown code span holds code wherever it stands: a table's key column (`| \`leike\` |`), "the slug
  // \`pachocki\`". A capitalised spelling there stays his (a changelog's \`Sutzkever\`), as the case check above keeps.
  return quote === '`' || VALUE_BEFORE().test(text.slice(Math.max(0, start - 9), start - 1));
}
