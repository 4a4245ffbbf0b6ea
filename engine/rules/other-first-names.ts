import { monthLeads, monthsLikeNames, oneLetterWords } from '../../knowledge/lexicon/function-words';
import {
  nounDeterminers,
  pluralCountWords,
  dativePrepositions,
  dativeDeterminers,
  germanArticles,
  germanContractions,
  germanIndefiniteArticles,
  germanPossessives,
  placePrepositions,
  reportingVerbs,
  personNounEndings,
  polishCaseAgreement,
  russianCaseAgreement,
  indefiniteDeterminers,
} from '../../knowledge/lexicon/grammar-words';
import { femaleTitles, academicTitles, chairTitles } from '../../knowledge/lexicon/titles-and-roles';
import {
  lowerSet,
  lazyPattern,
  anyOf,
  anyCase,
  SPACE,
  APOSTROPHES,
  APOSTROPHE,
  endingInOneOf,
} from '../text/regex-parts';
import {
  textBefore,
  textAfter,
  WORD_BEFORE,
  POSSESSIVE_END,
  GENITIVE,
  NEXT_NOUN,
  UPPER_START,
} from '../text/words-around';
import { isLetteredItem } from './quiz-answers';
import { KINSHIP_WORDS } from './relatives';
import { NOT_FIRST_NAMES, isRole, isOrdinaryWord, FUNCTION_WORDS } from './word-classes';

/**
 * Whether the word before a lone surname is another bearer's first name, an initial or a woman's title, or a word no
 * first name is: a sentence's first word, a German noun, an article's noun, a name in capitals.
 */

const MONTHS = lowerSet(monthsLikeNames);
const WOMEN = lowerSet(femaleTitles);
const ACADEMIC = lowerSet(academicTitles);
const CHAIRS = lowerSet(chairTitles);
// A woman's title before academic ones, ending right before the last of them: "Frau " before "Dr. Altman", "Frau
// Prof. " before "Dr. Leike".
const WOMAN_BEFORE_ACADEMIC = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])${anyOf(femaleTitles)}\.?(?:${SPACE}+${anyOf(academicTitles)}\.)*${SPACE}+$`,
  'iu',
);
// A lower-case letter and its full stop that start an abbreviation spelt with spaces: the "z. " of „z. B.“.
const ABBREVIATION_START_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])\p{Ll}\.[^\S\n]*$/u);
// The rest of a table's cell after a surname: a word after a space, before any tab.
const CELL_GOES_ON = lazyPattern(() => /^[^\S\t\n]+[\p{L}\p{N}]/u);
/** `word` without the apostrophes before it, a quotation's opening mark: "'Robert" (round 19). */
function withoutLeadingApostrophes(word: string): string {
  let from = 0;
  while (from < word.length && APOSTROPHES.includes(word[from]!)) from++;
  return word.slice(from);
}
const DATE_BEFORE = lazyPattern(() => String.raw`(?:(?:^|\s)\d{1,2}\.?|(?<![\p{L}])${anyOf(monthLeads)})\s+$`, 'iu');
const ALL_CAPS = lazyPattern(() => /^[\p{Lu}\p{M}]{2,}$/u);
// A time that starts a line of show notes or a live blog, in brackets too: "17:45 ", "(33:40) ".
const TIMESTAMP_END = lazyPattern(() => /(?:^|\s)[([]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?[^\S\n]+$/u);
// A negative contraction, "Wasn’t", "Didn't": a verb, never a first name (round 16).
const CONTRACTION = lazyPattern(() => `n${APOSTROPHE}t$`, 'iu');
// Round 134: with a wiki's footnote marks after its stop, "…reported to have resigned.[2] Following Altman’s return".
const SENTENCE_END = lazyPattern(() => /(?:^|[.!?:;…>•·*–—([«»"“„‘‚']|[.!?](?:\[\d{1,3}\])+)$/u);
// Round 82: a title's abbreviation ends no sentence: "Vorsitzender Dr. Henning Pachocki" has a first name after it.
const TITLE_ABBREVIATION_END = lazyPattern(() => /(?<!\p{L})(?:Dr|Prof|Mr|Mrs|Ms|Hr|Fr)\.$/u);
// A line that runs on, as wrapped prose does; a heading or a table row stops at its end. Round 118: so does a long line
// of lower-case words without a comma, "… told as an ensemble will think of Robert\nAltman more than once".
const RUNS_ON = lazyPattern(() => /[,;]|^(?=.{60})(?:[^\p{Ll}]*\p{Ll}+){8}/u);

// Before a capitalised word: a determiner that makes it a noun, or an article, which does so before a genitive.
const DETERMINER_BEFORE = lazyPattern(() => String.raw`(?:^|[^\p{L}])${anyOf(nounDeterminers)}${SPACE}+$`, 'iu');
// Words only a noun follows (round 27): a German dative preposition's bare adjective („nach gängigem Verständnis
// Altman“), and a count, in digits that are no year („700 Angestellte Altmans Rückkehr“) or in words („zwölf
// Mitglieder Sutskevers Teams“), before a genitive surname: German sets no bare adjective before a first name, and
// the genitive belongs to the counted noun. A count before a first name and a plain surname counts things named
// after a man ("10 Robert Altman films"), and keeps the first name.
const COUNT_BEFORE = lazyPattern(
  () => String.raw`(?:(?:^|[^\p{L}\p{N}.,])\d{1,3}(?:\.\d{3})*|(?:^|[^\p{L}])${anyOf(pluralCountWords)})${SPACE}+$`,
  'iu',
);
const BARE_ADJECTIVE_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])(?:${anyOf(dativePrepositions)})${SPACE}+(?!${anyOf(dativeDeterminers)}${SPACE})\p{Ll}{3,}em${SPACE}+$`,
  'u',
);
// Round 167: or a bare adjective of a country's or a kind's, no article before it: „dass israelische Medien Sutskever
// als … führen“; a first name after one takes an article, „der junge Jan Leike“.
const BARE_KIND_ADJECTIVE_BEFORE = lazyPattern(
  () =>
    /(?:^|[^\p{L}])(?!(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)[^\S\n])\p{Ll}+[^\S\n]+\p{Ll}{3,}sch(?:e|en)[^\S\n]+$/u,
);
// Round 136: but German's indefinite article before a first name and a surname that a relative clause follows picks
// out one bearer of the name, „In meiner Heimatstadt gibt es eine Gudrun Leike, die …“.
const INDEFINITE_ARTICLE_BEFORE = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])${anyOf(germanIndefiniteArticles)}${SPACE}+$`,
  'iu',
);
const RELATIVE_CLAUSE_AFTER = lazyPattern(() => String.raw`^,${SPACE}+(?:der|die)${SPACE}`, 'u');
const ARTICLE_BEFORE = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])${anyOf([...germanArticles, ...germanContractions])}${SPACE}+$`,
  'iu',
);
// Round 92: German sets no genitive "s" on a name its article leads ("des jungen Robert Altman"), so an article and
// its inflected adjectives before the word and a genitive surname make the word a noun: „in einem offenen Brief
// Altmans Rückkehr“.
const ARTICLE_ADJECTIVES_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])${anyOf(anyCase([...germanArticles, ...germanContractions, ...germanPossessives]))}(?:${SPACE}+\p{Ll}+e[mnrs]?){1,2}${SPACE}+$`,
  'u',
);
const LATIN = lazyPattern(() => /^\p{Script=Latin}/u);
const ONE_LETTER_WORDS = new Set<string>(oneLetterWords);
const PLACE_BEFORE = endingInOneOf(
  placePrepositions,
  () => new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(placePrepositions)}${SPACE}+$`, 'iu'),
);
const REPORTED_AFTER = lazyPattern(
  () => String.raw`^${SPACE}+(?:(?:is|was|has|had|gets|got)${SPACE}+)?${anyOf(reportingVerbs)}(?![\p{L}\p{M}-])`,
  'u',
);
// What leads a noun: a lower-case word (an article, an adjective, a preposition) or the start of a line or table cell.
const NOUN_LEAD = lazyPattern(() => /(?:(?:^|[^\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*|[\n|])[^\S\n]*$/u);

/**
 * Whether the line that ends at `end` reads as a heading, so that a line break after it starts a new
 * paragraph: the first line of the text, or a line without the commas of running prose.
 */
function isHeadingLine(text: string, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  return lineStart === 0 || !RUNS_ON().test(text.slice(lineStart, end));
}

// An initial, and an account name addressed right before it: "@Karl-Heinz B." in a reply.
const ADDRESSED_INITIAL = /^\p{Lu}\.$/u;
const ADDRESS_BEFORE = lazyPattern(() => /(?:^|\s)@[^\s@]+[^\S\n]+$/u);

const CAPS_WORD_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])[\p{Lu}\p{M}]{2,}[^\S\n]+$/u);
const CAPS_WORD_AFTER = lazyPattern(() => /^[^\S\n]+[\p{Lu}\p{M}]{2,}(?![\p{Ll}])/u);
// Round 169: a surname in capitals whose list goes on with another of ours in capitals is the list's first item, the
// word before it none of his: „Kacheln ALTMAN, SUTSKEVER, LEIKE, PACHOCKI“.
const CAPS_ITEM_AFTER = lazyPattern(() => /^,[^\S\n]*([\p{Lu}\p{M}]{2,})(?![\p{L}])/u);
const opensListOfOursInCapitals = (text: string, start: number, end: number, ours: ReadonlySet<string>) => {
  const next = ALL_CAPS().test(text.slice(start, end)) ? CAPS_ITEM_AFTER().exec(textAfter(text, end))?.[1] : undefined;
  return next !== undefined && ours.has(next.toLowerCase());
};

/**
 * Whether `word`, right before the surname at [start, end), may be a first name though in capitals, as the surname
 * is: a name set apart ("HANNAH LEIKE" heading a CV, an answer "SIDNEY ALTMAN"), not a word inside a headline in
 * capitals ("OPENAI GENIUS SUTSKEVER QUITS").
 */
function isNameInCapitals(text: string, start: number, end: number, word: string, wordStart: number): boolean {
  return (
    ALL_CAPS().test(text.slice(start, end)) &&
    ALL_CAPS().test(word) &&
    !CAPS_WORD_BEFORE().test(textBefore(text, wordStart)) &&
    !CAPS_WORD_AFTER().test(textAfter(text, end))
  );
}

/**
 * Whether the text names someone in full with `word` as his surname: "Arne Wittkopf" for "Wittkopf"; not "Regisseur
 * Robert Altman", where a name follows it.
 */
function isSurnameOfOneNamed(text: string, word: string): boolean {
  const named = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+)${SPACE}+${word}(?![\p{L}]|${SPACE}+\p{Lu})`, 'gu');
  // A word for a relative is no first name: "seinem Bruder Jack … in Jack Altmans Podcast" (round 36, real text).
  for (const [, first] of text.matchAll(named)) {
    const lower = first!.toLowerCase();
    if (!NOT_FIRST_NAMES.has(lower) && !KINSHIP_WORDS.has(lower)) return true;
  }
  return false;
}

const ABBREVIATION_LED = lazyPattern(() => /^\p{Lu}{2,}-\p{L}/u);

// A capital's initial right before a surname, first on its line, in a bracket or a list: "K. Altman". Not a platform
// closing a sentence, "wrote on X. Sutskever", nor a user's initial, "@Holger P. Leike".
const OTHER_INITIAL_BEFORE = lazyPattern(() => /[\n(,;][^\S\n]*(\p{Lu})\.[^\S\n]?$/u);
export const otherInitialBefore = (text: string, start: number) =>
  text[start - 1] === '.' || text[start - 2] === '.'
    ? OTHER_INITIAL_BEFORE().exec(textBefore(text, start))?.[1]
    : undefined;

/**
 * Whether the word right before a lone surname at `start` is probably someone else's first name, or a
 * woman's title ("Frau Leike", "Kursleiterin Leike"): our four people are men.
 */
export function isOtherFirstName(text: string, start: number, end: number, ours: ReadonlySet<string>): boolean {
  const before = textBefore(text, start);
  const from = start - before.length;
  const found = WORD_BEFORE.exec(before);
  if (!found) return false;
  const [, word, gap] = found as unknown as [string, string, string];
  const wordEnd = from + found.index + word.length;
  // An account name ("@ShannonR leike") is no first name.
  if (text[from + found.index - 1] === '@') return false;
  // Nor is an initial that ends an addressed user's name: "@Karl-Heinz B. Altman hält keine Anteile".
  if (ADDRESSED_INITIAL.test(word) && ADDRESS_BEFORE().test(before.slice(0, found.index))) return false;
  // Round 71: nor is the letter of an answer sheet's item, "A Sutskever · B Leike · C Altman".
  if (word.length === 1 && isLetteredItem(text, start)) return false;
  if (gap.includes('\n') && isHeadingLine(text, wordEnd)) return false;
  // Round 72: nor is the last word of a table's cell, a tab before the surname, where the surname's own cell goes on
  // as prose, a headline's: "Abendpost Hamm<tab>Pachocki leitet …". A name table's surname cell holds the surname.
  if (gap.includes('\t') && CELL_GOES_ON().test(textAfter(text, end))) return false;
  // A quotation's opening apostrophe is no part of the first name: "['Robert Altman', 'Jack Altman']" (round 19).
  const last = withoutLeadingApostrophes(word.slice(word.lastIndexOf('-') + 1));
  const bareLast = last.replace(/\.+$/, '').toLowerCase();
  if (WOMEN.has(bareLast) || (bareLast.endsWith('in') && isRole(bareLast))) return true;
  if (ACADEMIC.has(bareLast) && WOMAN_BEFORE_ACADEMIC().test(before.slice(0, found.index))) return true;
  if (CHAIRS.has(bareLast)) return true;
  if (!UPPER_START().test(last) || opensListOfOursInCapitals(text, start, end, ours)) return false;
  // A compound led by an abbreviation is a noun, never a double first name: "KI-Sicherheitsprobleme Altman" (round 29).
  if (ABBREVIATION_LED().test(word)) return false;
  const capitals = isNameInCapitals(text, start, end, last, wordEnd - last.length);
  // A German compound that ends in the surname ("Als Traum-Altman") names our person, as "Altman-Rauswurf"
  // does; a double surname is someone else's when a name stands before it ("Anna Müller-Leike", "Frau
  // Müller-Leike"). A compound that goes on ("Robert-Altman-Reihe") keeps its first name.
  if (gap === '-' && text[end] !== '-') return isOtherFirstName(text, wordEnd - last.length, wordEnd, ours);
  // Another script cannot hold the first name: "the Cyrillic Суцкевер".
  if (LATIN().test(last) !== LATIN().test(text[start]!)) return false;
  // After a day or a word of time, "May" is a month: "On 17 May Leike", "by May Sutskever" (round 111).
  if (MONTHS.has(last.toLowerCase()) && DATE_BEFORE().test(before.slice(0, found.index))) return false;
  // In capitals, as headings are set, every word looks like a name; a word in capitals before a name is an
  // abbreviation ("PT Sutskever", "KI Altman").
  if (ALL_CAPS().test(last) && !capitals) return false;
  // "OpenAI's Altman" names an owner, "GPT-4 Altman" a product: neither is a first name.
  if (POSSESSIVE_END().test(last) || /\d/.test(word) || CONTRACTION().test(last)) return false;
  if (last.endsWith('.')) {
    const bare = last.replace(/\.+$/, '');
    // "R. Altman" is an initial; "Mr. Altman" a title; "…Research. Pachocki" the end of a sentence. Round 72: nor is
    // an abbreviation's second letter after its lower-case first, „z. B. Pachocki“ ("for example").
    return (
      bare.length === 1 &&
      !ONE_LETTER_WORDS.has(bare) &&
      !ABBREVIATION_START_BEFORE().test(before.slice(0, found.index))
    );
  }
  const lower = last.toLowerCase();
  // Another of our people's surnames is no first name: "Sutskever Leike Pachocki & Altman".
  if (ours.has(lower)) return false;
  // With a German genitive too: "OpenAIs Altman", "des Chefs Altman".
  if ([word.toLowerCase(), lower.replace(/s$/, '')].some((w) => NOT_FIRST_NAMES.has(w)) || isOrdinaryWord(lower)) {
    return false;
  }
  // A Polish first name takes the case of the declined surname after it: "Gratulujemy Pachockiemu" has none.
  if (disagreesInCase(text.slice(start, end).toLowerCase(), lower, ours)) return false;
  const beforeWord = before.slice(0, found.index);
  // Round 64 (real text): the department of a title before the surname, "Head of Research Pachocki", "VP of
  // Research Leike".
  const roleOf = ROLE_OF_BEFORE().exec(beforeWord);
  if (roleOf && isRole(roleOf[1]!)) return false;
  // Round 68: in a compound that goes on, an article belongs to its last word, the noun: „der Lew-Altman-Thread“.
  const inCompound = gap === '-' && text[end] === '-';
  if (
    !inCompound &&
    (DETERMINER_BEFORE().test(beforeWord) ||
      BARE_ADJECTIVE_BEFORE().test(beforeWord) ||
      BARE_KIND_ADJECTIVE_BEFORE().test(beforeWord))
  )
    return false;
  if (
    (COUNT_BEFORE().test(beforeWord) || ARTICLE_ADJECTIVES_BEFORE().test(beforeWord)) &&
    GENITIVE().test(text.slice(start, end))
  ) {
    return false;
  }
  // A place between a preposition and a verb of saying: "And in Davos Altman said …" (round 20). Round 105: or its
  // passive or perfect, "At Davos Altman is asked about his co-founder".
  if (PLACE_BEFORE.test(beforeWord) && REPORTED_AFTER().test(textAfter(text, end))) return false;
  // "wenn Wittkopf Sutskevers Innenleben ausdeutet": a German genitive after the surname of someone the text names
  // in full ("von Arne Wittkopf"), who is no first name.
  if (GENITIVE().test(text.slice(start, end)) && isSurnameOfOneNamed(text, last)) return false;
  // After a German article the capitalised word is a noun, since standard German puts no article before a first
  // name. A genitive surname belongs to it ("die Rückkehr Altmans"), and so does any surname after a noun for a
  // matter ("der Fall Altman", "die Ära Altman"); a noun for a person is an apposition ("der Regisseur Altman").
  // Round 82: not a relative pronoun after a comma, which a name may follow: „Treffer, die Robert Altman betrafen“.
  if (
    INDEFINITE_ARTICLE_BEFORE().test(beforeWord) &&
    RELATIVE_CLAUSE_AFTER().test(textAfter(text, end)) &&
    !GENITIVE().test(text.slice(start, end))
  )
    return true;
  if (
    !inCompound &&
    ARTICLE_BEFORE().test(beforeWord) &&
    !RELATIVE_BEFORE().test(beforeWord) &&
    (GENITIVE().test(text.slice(start, end)) || !personNounEndings.some((ending) => lower.endsWith(ending)))
  ) {
    return false;
  }
  // A genitive with no noun after it follows the noun it belongs to, which a lower-case word or a table cell leads:
  // "beim jähen Sturz Altmans im Herbst", "| Weggang Leikes; …" (round 16). A genitive before a noun is a first name's
  // ("Robert Altmans Film"), and so is one after a noun that another noun leads ("das Werk Robert Altmans").
  if (
    !gap.includes('\n') &&
    GENITIVE().test(text.slice(start, end)) &&
    (from + found.index === 0 || NOUN_LEAD().test(beforeWord)) &&
    !NEXT_NOUN().test(textAfter(text, end))
  ) {
    return false;
  }
  // A sentence's first word is capitalised whatever it is: "Reading Leike’s thread" starts with a verb.
  // Short words ending in "ing" ("King", "Ming") are left to be names.
  // So is the first word after a timestamp that starts a line of show notes or a live blog: "17:45 Reading".
  // So is a line's first word, as a title or a list item starts: "45 min\nReading Altman's Blog" (round 21).
  const sentenceStart =
    from + found.index === 0 ||
    LINE_START().test(before.slice(0, found.index)) ||
    (SENTENCE_END().test(before.slice(0, found.index).trimEnd()) &&
      !TITLE_ABBREVIATION_END().test(before.slice(0, found.index).trimEnd())) ||
    TIMESTAMP_END().test(before.slice(0, found.index));
  // Round 66 (real text): so is a gerund after a capitalised function word, as a headline's title case sets them: "From
  // Ousting Altman To Bringing Him Back"; not after one in lower case, „von Henning Altman“.
  const gerund = lower.length > 4 && lower.endsWith('ing');
  const titleCased = LAST_WORD().exec(beforeWord)?.[1];
  const inTitleCase =
    titleCased !== undefined && UPPER_START().test(titleCased) && FUNCTION_WORDS.has(titleCased.toLowerCase());
  // Round 67: a German present participle opening a sentence is its adverb: „Ergänzend Sutskevers Abschiedsbeitrag“,
  // „Abschließend Altman“.
  const participle = lower.length > 5 && lower.endsWith('end');
  return !((gerund || participle) && sentenceStart) && !(gerund && inTitleCase) && !isUsedAsNoun(text, start, last);
}

// The end of the text before a line's first word, after a list's bullet or a gloss's arrow if any: "→ Following
// Sutskever, …" under the original it translates (round 26).
const LINE_START = lazyPattern(() => /\n[^\S\n]*(?:(?:[→⇒•▪◦*>–—-]|->|=>)[^\S\n]*)?$/u);

const CASE_AGREEMENT = [...polishCaseAgreement, ...russianCaseAgreement];

/** Whether `word` before `surname`, one of `ours` in a Polish or Russian case, lacks the ending a first name takes in it. */
function disagreesInCase(surname: string, word: string, ours: ReadonlySet<string>): boolean {
  if (!ours.has(surname)) return false;
  const agreement = CASE_AGREEMENT.find((c) => c.surname.some((ending) => surname.endsWith(ending)));
  return agreement !== undefined && !agreement.firstName.some((ending) => word.endsWith(ending));
}

// Round 26: a German article or a contraction leads only a noun in running text ("im Teaser steht", "der Vorspann
// fehlt"), as German puts no article before a first name with no surname after it.
const NOUN_LEADS = lowerSet([...indefiniteDeterminers, ...germanArticles, ...germanContractions]);
// The word before a word, and whether a capitalised word follows it: "einen Teaser zu", not "a Robert Altman film".
const DETERMINER_WORD_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(\p{L}+)[^\S\n]+$/u);
const NAME_NEXT = lazyPattern(() => /^[^\S\n]+\p{Lu}/u);
// How many of the word's places in the text are read, and how far from the surname: a namesake's first name may
// stand hundreds of times, and a long text's other end is another text's.
const USES_READ = 20;
const USES_REACH = 3_000;
// After a comma an article's form is mostly a relative pronoun, which a name may follow: "eine Massage, die Jack vorher
// bekommen hatte" (round 36, real text).
const RELATIVE_BEFORE = lazyPattern(() => /,[^\S\n]*(?:der|die|das|den|dem)[^\S\n]+$/iu);

/**
 * Whether the text writes `word` elsewhere as a common noun, after an indefinite article or a word like it, or after
 * a German definite article or contraction (round 26: "im Teaser steht"), with no name after it ("einen Teaser zu
 * Sutskever", "an update on Leike"): then it is that noun before a surname too ("Betreff: Teaser Sutskever"; round
 * 21). A first name takes no indefinite article but before a name ("a Robert
 * Altman film"). Read as written, capitalised: as German writes nouns; English writes them in lower case, and many
 * English first names are nouns there ("a frank talk", "a guy"), so an English noun before a surname is left.
 */
function isUsedAsNoun(text: string, start: number, word: string): boolean {
  const near = text.slice(Math.max(0, start - USES_REACH), start + USES_REACH);
  let read = 0;
  for (let at = near.indexOf(word); at >= 0 && read < USES_READ; at = near.indexOf(word, at + 1), read++) {
    const end = at + word.length;
    // A compound's first part shares its determiner with the compound: „ein Lew-Altman-Thread“ (round 68).
    if (/[\p{L}\p{M}-]/u.test(near[end] ?? '') || NAME_NEXT().test(near.slice(end, end + 3))) continue;
    const lead = near.slice(Math.max(0, at - 12), at);
    const before = DETERMINER_WORD_BEFORE().exec(lead)?.[1];
    if (before !== undefined && NOUN_LEADS.has(before.toLowerCase()) && !RELATIVE_BEFORE().test(lead)) return true;
  }
  return false;
}
// The last word of a text, and the space after it.
const LAST_WORD = lazyPattern(() => /(?:^|[^\p{L}])(\p{L}+)[^\S\n]+$/u);
// A word and "of" right before a capitalised word: "Head of ", a title whose department follows.
const ROLE_OF_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(\p{L}+)[^\S\n]+of[^\S\n]+$/u);
