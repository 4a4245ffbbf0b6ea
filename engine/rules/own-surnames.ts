import { familyMemberVerbs, ownNameWords } from '../../knowledge/lexicon/family-and-kinship';
import { surnameNouns } from '../../knowledge/lexicon/name-entries';
import { contextTerms, employerTerms } from '../../knowledge/lexicon/story-and-employers';
import { onlyOneWords } from '../../knowledge/lexicon/telling-bearers-apart';
import { anyOf, endingInOneOf, lazyPattern, lowerSet, SPACE, APOSTROPHE } from '../text/regex-parts';
import { CLOSING_QUOTES, PROSE_OPENING_QUOTES } from '../text/quotation-marks';
import { textBefore } from '../text/words-around';
import { isRole } from './word-classes';
import { withoutOpeningQuote } from '../text/words-around';

/*
 * A namesake's surname in an ordinary person's world (round 24): the surname given as someone's own family name, not
 * as a person's. However an author puts it, one of three things is said of the name itself: whose name it is, with a
 * verb between ("Her maiden name was Altman", "our family name is Leike", „Mein Geburtsname ist Pachocki“); that
 * someone is one of the family, with an indefinite article as no one writes of our people ("my grandmother was a
 * Leike", "I married an Altman from Cleveland", „Oma war eine Leike aus Gifhorn“); or that among all its bearers
 * one is meant, picked out by another first name ("The only Altman I care about is Robert"). Our people are named by
 * the news, never as a family's member nor with "a" before the surname alone; and they are men, never „die Altman
 * von …“.
 */

// Whose name it is, with a verb between: "maiden name was ", "our family name is ", "my last name's ".
const OWN_NAME_WITH_VERB = endingInOneOf(
  ['is', 'was', 'ist', 'war', 'lautet', "'s", '’s'],
  () =>
    new RegExp(
      String.raw`(?:^|[^\p{L}])(?:${anyOf(ownNameWords)}|(?:my|our|her|their|mein|meine|unser|ihr)${SPACE}+${anyOf(surnameNouns)})(?:${SPACE}+(?:is|was|ist|war|lautet)|['’]s)${SPACE}+$`,
      'iu',
    ),
);

// Round 82: or the name of someone of the writer's own circle, after a possessive: "my cousin's name is also
// Pachocki".
const CIRCLES_NAME_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|[^\p{L}])(?:my|our|mein|meine|unser|unsere)${SPACE}+\p{L}+${APOSTROPHE}s${SPACE}+(?:(?:last|family|sur)${SPACE}*)?name(?:${SPACE}+(?:is|was)|${APOSTROPHE}s)(?:${SPACE}+(?:also|too))?${SPACE}+$`,
  'iu',
);

// An indefinite article right before the surname, perhaps after a verb of being born or marrying into the family:
// "was a ", "born an ", „war eine ".
const ARTICLE_BEFORE = endingInOneOf(
  ['a', 'an', 'ein', 'eine'],
  () => new RegExp(String.raw`(?:^|[^\p{L}])(?:a|an|ein|eine)${SPACE}+$`, 'iu'),
  1,
);
// A verb of family before the article: "was a ", "born an ", „war eine ".
const VERB_ARTICLE_BEFORE = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])${anyOf(familyMemberVerbs)}${SPACE}+(?:a|an|ein|eine)${SPACE}+$`,
  'iu',
);
// Where she comes from, right after the surname: " from Sandusky", " aus Gifhorn"; not an employer ("from OpenAI").
const FROM_PLACE = lazyPattern(() => /^[^\S\n]+(?:from|of|aus|von)[^\S\n]+(\p{Lu}[\p{L}-]*)/u);
// The surname ending its clause, after a verb of family: "was born a Leike, in …", "married an Altman."
const CLAUSE_END = lazyPattern(() => /^(?:[^\S\n]*[.,;:!?)\n]|$|[^\S\n]+by[^\S\n]+birth)/u);

// Another first name that picks out the one meant, later in the clause: "… I care about is Robert.", „…, ist Robert“.
const PICKED_BY_NAME = lazyPattern(
  () =>
    String.raw`^[^.!?\n]{0,60}?(?:${SPACE}|,)(?:is|was|ist|war|heißt|remains)${SPACE}+(\p{Lu}\p{Ll}+)(?=${SPACE}*(?:[.,;:!?)\n]|$))`,
  'u',
);
const ONLY_ONE_BEFORE = endingInOneOf(
  onlyOneWords,
  () => new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(onlyOneWords)}${SPACE}+$`, 'iu'),
);

// Round 82: or picked out right after its sentence by another first name and "I mean": "a plot worthy of Altman.
// Robert, I mean: the director.", „… wie bei Altman. Robert, meine ich.“
const MEANT_NEXT = lazyPattern(
  () =>
    String.raw`^[.!?]?${SPACE}+(\p{Lu}\p{Ll}+),${SPACE}+(?:I${SPACE}+mean|I${SPACE}+meant|meine${SPACE}+ich)(?![\p{L}])`,
  'u',
);

// Round 163: or placed in the writer's family right after it, "an Altman in my family"; with a negation's article,
// „noch kein Altman aus unserer Familie“, the name has no bearer at all (`isDeniedInOwnFamily`).
const NEGATED_ARTICLE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:kein|keine|no)[^\S\n]+$/iu);
const OWN_FAMILY_AFTER = lazyPattern(
  () =>
    /^[^\S\n]+(?:aus|in|from|of)[^\S\n]+(?:unserer|meiner|eurer|deiner|our|my|your)[^\S\n]+(?:Familie|family)(?!\p{L})/iu,
);

// A German feminine article right before the surname, no comma before it (a relative pronoun: „die Gruppe, die Leike
// leitete“): „ob ich die Altman von OpenAI bin“, „die Leike aus Celle“. Our four people are men (round 24).
const FEMININE_BEFORE = lazyPattern(() => /(?<![\p{L}\p{N}])(?<!,[^\S\n]*)[Dd]ie[^\S\n]+$/u);
// Where she is from, any place or firm, right after the surname.
const FROM_ANYWHERE = lazyPattern(() => /^[^\S\n]+(?:von|aus)[^\S\n]/u);

let worldWords: Set<string> | undefined;
const isWorldWord = (word: string) =>
  (worldWords ??= lowerSet([...employerTerms, ...contextTerms])).has(word.toLowerCase());

// Round 80: a clause that goes on to our people's world is about one of them, however it brings him in: „Ein Leike aus
// Deutschland leitet bei OpenAI die Sicherheit“.
const CLAUSE_WORDS = lazyPattern(() => /[^.!?\n]*/u);
const WORDS = lazyPattern(() => /\p{L}[\p{L}\p{N}-]*/gu);
const speaksOfOurWorld = (after: string) => (CLAUSE_WORDS().exec(after)![0].match(WORDS()) ?? []).some(isWorldWord);

/** How far before and after the surname the signs are read, in characters. */
const REACH = 80;

/**
 * Whether the lone surname at [start, end) of `text` is given as someone's own family name: whose name it is, a
 * family's member with an indefinite article, or one bearer picked out by a first name that is none of `given` (our
 * people's, lower case).
 */
function isOwnFamilyName(text: string, start: number, end: number, given: ReadonlySet<string>): boolean {
  const before = text.slice(Math.max(0, start - REACH), start);
  if (OWN_NAME_WITH_VERB.test(before) || CIRCLES_NAME_BEFORE().test(before)) return true;
  const after = text.slice(end, end + REACH);
  if (ARTICLE_BEFORE.test(before) && OWN_FAMILY_AFTER().test(after)) return true;
  if (ARTICLE_BEFORE.test(before)) {
    const place = FROM_PLACE().exec(after)?.[1];
    if (place !== undefined && !isWorldWord(place) && !speaksOfOurWorld(after)) return true;
    if (CLAUSE_END().test(after) && VERB_ARTICLE_BEFORE().test(before)) return true;
  }
  if (FROM_ANYWHERE().test(after) && before.endsWith('ie ') && FEMININE_BEFORE().test(before)) return true;
  if (ONLY_ONE_BEFORE.test(before)) {
    const name = PICKED_BY_NAME().exec(after)?.[1];
    return name !== undefined && !given.has(name.toLowerCase()) && !isWorldWord(name);
  }
  const meant = MEANT_NEXT().exec(after)?.[1];
  if (meant !== undefined) return !given.has(meant.toLowerCase()) && !isWorldWord(meant);
  return false;
}

// A quoted name said to be someone's: "spells the poet’s name "Sutskever"", "the name of the poet as „…“",
// "der Name des Dichters als „Sutskever“". The owner decides: a role or one of our surnames ("Sutskever’s name
// "Sutzkever"") leaves it to the other rules.
const NAMED_OWNER_BEFORE = lazyPattern(
  () =>
    String.raw`(?:(\p{L}+)${APOSTROPHE}s?${SPACE}+name|name${SPACE}+of${SPACE}+the${SPACE}+(\p{L}+)|Namen?${SPACE}+(?:des|der)${SPACE}+(\p{L}+))(?:${SPACE}+(?:as|als))?${SPACE}*[${PROSE_OPENING_QUOTES}]$`,
  'iu',
);

// "Married name Leike", "geb. Altman": someone's own name, given as such.
const OWN_NAME_BEFORE = endingInOneOf(
  ownNameWords,
  () => new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(ownNameWords)}:?${SPACE}+$`, 'iu'),
);

// Round 124: the writer's or speaker's own name, a namesake introducing himself: „Ich heiße mit Nachnamen auch Leike“,
// "I'm called Altman too" ends after the name.
const CALLED_MYSELF_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:ich${SPACE}+heiße|heiße${SPACE}+ich|I${APOSTROPHE}m${SPACE}+(?:also${SPACE}+)?called|I${SPACE}+am${SPACE}+(?:also${SPACE}+)?called)(?:${SPACE}+mit${SPACE}+(?:Nach|Familien|Zu)namen)?(?:${SPACE}+(?:auch|ebenfalls|selbst))?${SPACE}+$`,
  'iu',
);

// Round 139: the speaker of a quotation in which the speaker, in the first person, speaks of kinship: „„Mit Jan Leike
// bin ich weder verwandt noch verschwägert“, sagte Leike“, '"I am not related to him," Altman said'. None of ours is
// asked that; the namesake is.
const SPEAKER_BEFORE = lazyPattern(
  () => String.raw`[${CLOSING_QUOTES}],?${SPACE}+(?:sagte|sagt|meinte|erklärte|so|said|says)${SPACE}+$`,
  'iu',
);
const KIN_IN_QUOTE_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:ich|I)(?![\p{L}])[^${CLOSING_QUOTES}\n]{0,80}?(?<![\p{L}])(?:verwandt|verschwägert|related|relation)(?![\p{L}])[^${CLOSING_QUOTES}\n]{0,40}[${CLOSING_QUOTES}][^${CLOSING_QUOTES}\n]{0,20}$`,
  'iu',
);
/** How far before a surname a quotation it speaks is read. */
const QUOTE_REACH = 200;
const isKinSpeaker = (text: string, start: number, before: string) =>
  SPEAKER_BEFORE().test(before) && KIN_IN_QUOTE_BEFORE().test(text.slice(Math.max(0, start - QUOTE_REACH), start));

// Round 72: an item's label that says what follows is none of ours, its colon or dash then the surname, quoted perhaps:
// 'Not ours: "Альтман" in the arts section is a theatre director', „Nicht unserer: Leike vom Heimatverein“.
const NOT_OURS_LABEL_BEFORE = lazyPattern(
  () => String.raw`(?<![\p{L}])(?:not${SPACE}+ours|nicht${SPACE}+unserer?)${SPACE}*[:–—-]${SPACE}*$`,
  'iu',
);

/** Whether the quoted surname at `start` is given as the name of someone who is none of ours: "the poet’s name". */
function isOthersQuotedName(text: string, start: number, ours: ReadonlySet<string>): boolean {
  if (start === 0 || !PROSE_OPENING_QUOTES.includes(text[start - 1]!)) return false;
  const found = NAMED_OWNER_BEFORE().exec(textBefore(text, start));
  const owner = (found?.[1] ?? found?.[2] ?? found?.[3])?.toLowerCase();
  return owner !== undefined && !isRole(owner) && !ours.has(owner.replace(/s$/, '')) && !ours.has(owner);
}

/**
 * Whether the lone surname at [start, end), `before` the text before it, is given as someone else's own name: a quoted
 * name of someone none of ours, a married or a birth name, an item set apart as none of ours, a family's own name.
 */
export const isGivenAsOthersName = (
  text: string,
  start: number,
  end: number,
  before: string,
  given: ReadonlySet<string>,
  ours: ReadonlySet<string>,
) =>
  isOthersQuotedName(text, start, ours) ||
  OWN_NAME_BEFORE.test(before) ||
  CALLED_MYSELF_BEFORE().test(before) ||
  isKinSpeaker(text, start, before) ||
  NOT_OURS_LABEL_BEFORE().test(withoutOpeningQuote(before)) ||
  isOwnFamilyName(text, start, end, given);

/** Whether the lone surname, with `before` and `after` it, is denied any bearer in the writer's family (see above). */
export const isDeniedInOwnFamily = (before: string, after: string) =>
  NEGATED_ARTICLE_BEFORE().test(before) && OWN_FAMILY_AFTER().test(after);
