import {
  bearerFollowers,
  bearerPrideWords,
  famedWords,
  kinshipWords,
} from '../../knowledge/lexicon/family-and-kinship';
import { namingAdverbs } from '../../knowledge/lexicon/names-as-words';
import { namesakeCallings } from '../../knowledge/lexicon/namesake-worlds';
import { acquaintanceNouns, workplaceUnits } from '../../knowledge/lexicon/ordinary-lives';
import { employerTerms } from '../../knowledge/lexicon/story-and-employers';
import {
  academicTitles,
  courtesyTitles,
  englishTitles,
  femaleTitles,
  localOffices,
} from '../../knowledge/lexicon/titles-and-roles';
import { everydayTrades, shopNouns } from '../../knowledge/lexicon/trades-and-shops';
import { isLetteredItem } from './quiz-answers';
import { anyCase, anyOf, endingInOneOf, lazyPattern, SPACE, startingWithOneOf } from '../text/regex-parts';

// The people of anyone's own world, by trade, acquaintance or kinship: "a dentist", "my neighbour", „meine Tante“.
// Round 112: or a local office, "a councillor called Leike"; none of ours holds one.
const ACQUAINTANCES = () => anyOf([...everydayTrades, ...acquaintanceNouns, ...kinshipWords, ...localOffices]);

// Someone indefinite and the word that names them: "a family named", „jemand namens", „eine Familie namens", "a
// dentist called" (an everyday trade, round 17); a place may stand between: "a breeder in Ohio named", „ein Bauer aus
// Uelzen namens" (round 22). Round 43: a shop, perhaps with its town before it: "a Chicago bakery called". Round 112:
// a word or two in lower case before the person, "a retired dentist named".
// Not our people's employer: "a researcher from OpenAI named Leike" may be ours.
const PLACE = () =>
  String.raw`[^\S\n]+(?:in|from|of|aus|bei)[^\S\n]+(?!${anyOf(employerTerms)}(?![\p{L}]))\p{L}[\p{L}-]*`;
const FROM_PLACE = () => `(?:${PLACE()})?`;
// Round 55: or several of them, "two different authors called Altman", „zwei Autoren namens Leike“, or people in the
// plural, "complaints from readers named Leike", "Other people named Leike".
const PEOPLE = String.raw`(?:people|persons|readers|users|customers|patients|students|authors|families|men|women|kids|children|leute|personen|leser|menschen|kunden)`;
const SEVERAL = String.raw`(?:two|three|four|several|many|zwei|drei|vier|mehrere|viele)(?:[^\S\n]+(?:different|verschiedene))?`;
const INDEFINITE = () =>
  String.raw`(?<!\p{L})(?:(?:a|an|some|any|one)[^\S\n]+(?:(?:\p{Ll}[\p{Ll}-]*[^\S\n]+){0,2}?(?:family|person|man|woman|guy|girl|boy|kid|${ACQUAINTANCES()})${FROM_PLACE()}|(?:\p{Lu}\p{L}*[^\S\n]+)?${anyOf(shopNouns)}|\p{L}+${PLACE()})|someone|somebody|anyone|everyone|everybody|jemand|jemanden|eine?[nmr]?[^\S\n]+\p{L}+${FROM_PLACE()}|${SEVERAL}[^\S\n]+\p{L}+|(?:other[^\S\n]+)?${PEOPLE})[^\S\n]+(?:named|called|namens)[^\S\n]+`;
const TITLES = [...courtesyTitles, ...femaleTitles, ...academicTitles];

// Someone indefinite named so: "a family named Altman", „jemand namens Sutskever", „eine Familie namens Leike". Round
// 148: or every bearer, "Apologies to everyone called Leike".
// Compiled only where the text ends in one of its last words (V8: 38 KB of two-byte code on the bench's page of
// 10,000 names, where it ran before every lone surname).
const INDEFINITE_NAMED_BEFORE = endingInOneOf(
  ['named', 'called', 'namens'],
  () => new RegExp(`${INDEFINITE()}$`, 'iu'),
  5,
);
// With a title between, perhaps quoted: 'a dentist called "Dr. Leike"', "a lawyer named Mr. Altman" (round 17).
const INDEFINITE_TITLED_BEFORE = endingInOneOf(
  TITLES,
  () => new RegExp(String.raw`${INDEFINITE()}["„“‚]?${anyOf(TITLES)}\.?[^\S\n]+$`, 'iu'),
);
// Round 119: the indefinite article right before a title, one bearer of it: "a story about a Mr Leike", „über einen
// Herrn Leike“. None calls one of ours so. Not German's „an“ ("to": „an Dr. Leike“), nor „ein Herr Pachocki kommt“,
// which a writer says of ours as of a stranger.
const ARTICLE_TITLED_BEFORE = endingInOneOf(
  TITLES,
  () => new RegExp(String.raw`(?<!\p{L})(?:a|einen|einem|einer)[^\S\n]+${anyOf(TITLES)}\.?[^\S\n]+$`, 'iu'),
);

/** Whether `before` ends in an indefinite article and a title: the surname after it is one bearer's (see above). */
export const isTitledByArticle = (before: string) => ARTICLE_TITLED_BEFORE.test(before);

// Someone of the writer's own world named so, perhaps with a title: "My dentist is called Dr. Altman", „Unser Bäcker heißt
// Leike“ (round 45). None of ours is anyone's dentist or neighbour.
// Round 50: an adverb may follow the verb, „Mein Nachbar heißt tatsächlich Altman“. Round 51: a word may stand before
// the noun, and "also" after the verb: "My late husband was also called Jan Leike". Round 52: German's verb may come
// first, the bearer then said to bear it too: „Übrigens heißt meine Nachbarin auch Leike“.
// Round 68: the word before the noun may be a relative's possessive, and a place may follow it: "My grandfather's
// neighbour in Rehavia was called Sutskever". Round 73: or two words, "My cousin's maths teacher is called Mr Altman",
// „Unser netter alter Nachbar heißt Altman“. Round 96: "also" after the adverb, „Mein Cousin heißt tatsächlich auch
// Jakub Pachocki“. Round 146: or the copula alone, "my son's table-tennis coach is Jan Leike".
const OWN_ONE = () =>
  String.raw`(?:my|our|mein|meine|unser|unsere)${SPACE}+(?:[\p{L}-]+(?:['’]s)?${SPACE}+){0,2}(?:${ACQUAINTANCES()})${FROM_PLACE()}`;
const OWN_ONE_NAMED_BEFORE = endingInOneOf(
  ['called', 'named', 'heißt', 'heisst', 'auch', 'ebenfalls', 'is', 'was', ...namingAdverbs, ...TITLES],
  () =>
    new RegExp(
      String.raw`(?<!\p{L})(?:${OWN_ONE()}${SPACE}+(?:(?:is|was)(?:${SPACE}+(?:(?:actually|really|also)${SPACE}+)?(?:called|named))?|['’]s${SPACE}+(?:(?:actually|really|also)${SPACE}+)?(?:called|named)|(?:heißt|heisst|hieß|hiess)(?:${SPACE}+${anyOf(namingAdverbs)})?(?:${SPACE}+(?:auch|ebenfalls))?)|(?:heißt|heisst|hieß|hiess)${SPACE}+(?:${anyOf(namingAdverbs)}${SPACE}+)?${OWN_ONE()}${SPACE}+(?:auch|ebenfalls|${anyOf(namingAdverbs)}))${SPACE}+(?:["„“‚]?${anyOf(TITLES)}\.?${SPACE}+)?$`,
      'iu',
    ),
);

// Someone said to bear the surname too, by a naming verb and "also": „Mein Nachbar heißt auch“, „heißt übrigens
// ebenfalls“, "my landlady is also called", "was also named" (round 26). Whoever meets a namesake says he bears the
// name as well; not "OpenAI also named Pachocki chief scientist", a post given, with no copula before it.
const ALSO_NAMED_BEFORE = endingInOneOf(
  ['auch', 'ebenfalls', 'called', 'named'],
  () =>
    new RegExp(
      String.raw`(?<!\p{L})(?:(?:heißt|heisst|hieß|hiess|heißen|hießen)(?:${SPACE}+\p{L}+)?${SPACE}+(?:auch|ebenfalls)|(?:is|was|are|were|['’]s)${SPACE}+(?:also|too)${SPACE}+(?:called|named))${SPACE}+$`,
      'iu',
    ),
  4,
);

// Someone said to be a bearer of the surname, by a copula and an indefinite article: "my cousin is a Leike too",
// "my grandmother was an Altman", „Meine Mutter ist auch eine Pachocki“ (round 27). The surname as a family's name:
// whoever speaks of a namesake in their family says he is "a" Leike; ours is never "a" Leike but in a figure of
// speech, which has no copula before it ("every lab needs a Leike"). Round 43: or speaks as one, "As a Pachocki I am
// proud"; "as an Altman ally" makes the article the noun's.
// Round 53: a bearer's pride or kinship in the name may stand between: "As a proud Altman (Ruth, retired …)".
// Round 68: or an apposition says it of the one just named: "the dentist on Długa street, also a Pachocki"; not
// German's „also an Altman“, "that is, to Altman".
const BEARER_BEFORE = endingInOneOf(
  ['a', 'an', 'ein', 'eine', ...bearerPrideWords],
  () =>
    new RegExp(
      String.raw`(?:(?<!\p{L})(?:is|am|are|was|were|['’]s|['’]m|ist|bin|sind|war|waren|as)(?:${SPACE}+(?:also|auch|ebenfalls|selbst|selber))?${SPACE}+(?:an?|eine?)|,${SPACE}*(?:also${SPACE}+a|(?:auch|ebenfalls)${SPACE}+eine?))${SPACE}+(?:${anyOf(bearerPrideWords)}${SPACE}+)?$`,
      'iu',
    ),
);

// A quantifier over the bearers: "Not every Altman is the one in the headlines", „Nicht jeder Altman ist gemeint“
// (round 44). Any bearer, no one the text identifies.
const QUANTIFIERS = ['every', 'each', 'jeder', 'jede', 'jedes', 'jeden', 'jedem'];
const QUANTIFIER = String.raw`(?:every|each|jede[rsnm]?)`;
const QUANTIFIED_BEFORE = endingInOneOf(
  QUANTIFIERS,
  () => new RegExp(String.raw`(?<!\p{L})${QUANTIFIER}${SPACE}+$`, 'iu'),
);
// Round 54: one bearer told from the one the reader thinks of, "Not my Altman. I have lived on Altman Avenue", „nicht
// mein Leike“. Ours is no one's own. Not "not our Altman", which a tool's FAQ says of ours, nor "the wrong Altman",
// which a film buff says of him, nor "not that Altman", the famous one (round 55 tried it).
const NOT_THAT_BEARER_BEFORE = endingInOneOf(
  ['my', 'mein', 'meine', 'meinen'],
  () => new RegExp(String.raw`(?<!\p{L})(?:not|nicht)${SPACE}+(?:my|mein|meine[nr]?)${SPACE}+$`, 'iu'),
);
// Round 59: denied of every bearer, "Not every Altman runs an AI company", „Nicht jeder Leike …“, whatever follows.
const DENIED_BEARER_BEFORE = endingInOneOf(
  QUANTIFIERS,
  () => new RegExp(String.raw`(?<!\p{L})(?:not|nicht)${SPACE}+${QUANTIFIER}${SPACE}+$`, 'iu'),
);
// Round 105: no bearer at all, of those known by the name: "I could find no famous Leike apart from Jan Leike himself",
// „keinen bekannten Altman“. Not a bare "no Sutskever on stage", which says ours is absent, nor "no second Sutskever",
// which likens someone to him.
const NO_BEARER_BEFORE = lazyPattern(
  () => String.raw`(?<!\p{L})(?:[Nn]o|[Kk]ein|[Kk]eine[nm]?)${SPACE}+${anyOf(famedWords)}${SPACE}+$`,
  'u',
);
// Round 108: any bearer at all, under a negated verb: "we don't know any Altman personally either", "I have never met
// any Leike". Where ours is meant the verb asks for his words, "never trusted any Altman promise", which the noun after
// him shows.
const NO_KNOWN_BEARER_BEFORE = endingInOneOf(
  ['any'],
  () => new RegExp(String.raw`(?:(?<!\p{L})(?:not|never)|n['’]t)(?:${SPACE}+\p{L}+){1,2}?${SPACE}+any${SPACE}+$`, 'iu'),
);
// Its verb or a pause right after the surname; "every Altman tweet" makes the quantifier the noun's. Round 165: not
// the comma of a list of surnames, each a name on a page: "Every Sutskever, Leike and Pachocki on the page lights up".
const QUANTIFIED_AFTER = lazyPattern(
  () =>
    /^(?:[^\S\n]*[,.;:!?)]|[^\S\n]+(?:is|was|has|had|does|did|can|will|would|ist|war|hat|hatte|kann|wird|muss)(?!\p{L}))/iu,
);
const SURNAME_LIST_AFTER = lazyPattern(() => /^,[^\S\n]*\p{Lu}\p{Ll}+(?:,|[^\S\n]+(?:and|und|or|oder)[^\S\n])/u);

// A noun the surname qualifies, which makes the article the noun's: "this is a Pachocki problem"; not a word that goes
// with the bearer (`bearerFollowers`: "a Leike too", „eine Pachocki aus Łódź“, "a Pachocki and he …"). Round 73: or a compound
// the surname begins, a hyphen and a lower-case word: "a Pachocki-era research agenda", "a Sutskever-led team"; not a
// second surname ("a Pachocki-Nowak").
const ATTRIBUTE_AFTER = lazyPattern(() => String.raw`^(?:-|[^\S\n]+(?!${anyOf(bearerFollowers)}(?!\p{L})))\p{Ll}`, 'u');

// Round 55: an English indefinite article right before the surname, one bearer among others: "her cousin married a
// Pachocki in Białystok", "there's a Leike at the Bosch plant", "the box showed a Leike from the sports pages". Not a
// figure of speech's ("such a", "like a", "quite a"), nor German's „ein Altman“, one like ours; and not "an", which
// German writes for "to" („Respekt an Leike“). Round 71: nor a letter after a number, a crossword's answer's place
// ("1A SUTSKEVER · 2D ALTMAN") or a flat's ("Flat 4a Leike").
const ONE_BEARER_ARTICLE = String.raw`(?<!(?:[\p{L}\p{N}]|(?:such|so|like|quite|what|only|just|half)${SPACE}+))a${SPACE}+`;
// Round 90: or with "different" between, "A different Altman: feed store fielded calls". Round 157: or a word that
// places the bearer in an ordinary life, "an obituary for a local Altman".
const ONE_BEARER_WORDS = ['different', 'local', 'random', 'retired', 'elderly'];
const A_BEARER_BEFORE = endingInOneOf(
  ['a', ...ONE_BEARER_WORDS],
  () => new RegExp(String.raw`${ONE_BEARER_ARTICLE}(?:${anyOf(ONE_BEARER_WORDS)}${SPACE}+)?$`, 'iu'),
  1,
);

// Round 59: or with an English title between, "my dentist is a Dr. Pachocki": someone of that name and title,
// whatever word follows, as none of ours is one among others. Not German's „ein Herr Pachocki“, nor its "an", "to":
// „Meine Frage geht an Herrn Altman“.
const TITLED_BEARER_BEFORE = endingInOneOf(
  englishTitles,
  () => new RegExp(String.raw`${ONE_BEARER_ARTICLE}${anyOf(englishTitles)}\.?${SPACE}+$`, 'iu'),
);

// Not one of our people's employer's: "a Leike from OpenAI" is ours.
const EMPLOYER_AFTER = lazyPattern(
  () => String.raw`^${SPACE}+(?:from|at|of|von|bei)${SPACE}+${anyOf(employerTerms)}(?![\p{L}])`,
  'iu',
);
// Capitalised: "gained a pachocki" in a chat is a figure of speech's lower case.
// Round 71: nor an answer sheet's first letter, "A Sutskever · B Leike".
const isOneBearerBefore = (text: string, start: number, end: number, before: string) =>
  text[start] !== text[start]!.toLowerCase() &&
  A_BEARER_BEFORE.test(before.slice(-16)) &&
  !EMPLOYER_AFTER().test(text.slice(end, end + 24)) &&
  !isLetteredItem(text, start);

// Round 54: "any" over a list of surnames, any bearer of any of them: "Not affiliated with any Altman, Leike or
// Pachocki." Not "barely any Leike", one name, ours.
const ANY_LIST_BEFORE = lazyPattern(
  () => /(?<!\p{L})[Aa]ny[^\S\n]+((?:\p{Lu}[\p{L}'’-]*(?:,[^\S\n]*|[^\S\n]+(?:or|and)[^\S\n]+))*)$/u,
);
const LIST_GOES_ON_AFTER = lazyPattern(() => /^(?:,[^\S\n]*|[^\S\n]+(?:or|and)[^\S\n]+)\p{Lu}/u);
const isAnyOfListed = (before: string, after: string) => {
  const listed = before.includes('ny') ? ANY_LIST_BEFORE().exec(before) : null;
  return listed !== null && (listed[1] !== '' || LIST_GOES_ON_AFTER().test(after));
};

/**
 * Whether `before` ends by naming someone of the writer's own world: "My dentist is called", „Mein Nachbar heißt“. A
 * lone surname there is a word anyone may bear; a full name, round 51, a namesake's: "My late husband was also called
 * Jan Leike".
 */
export const isOwnOneNamedBefore = (before: string) => OWN_ONE_NAMED_BEFORE.test(before);

/**
 * Whether the lone surname at `start` names someone indefinite ("for a family named Altman", 'a dentist called "Dr.
 * Leike"'), someone said to bear it too („Mein Nachbar heißt auch Pachocki“) or every bearer ("not every Altman"): the
 * surname as a word anyone may bear, no one the text identifies.
 */
// Round 159: whoever bears it, or one of a list of surnames, in a German relative clause whose verb of naming closes
// it: „Für alle, die Altman, Leike oder Pachocki heißen, war der Mai 2024 so eine“. Every bearer, no one named.
const SURNAME_ITEM = String.raw`\p{Lu}\p{Ll}+`;
const CALLED_CLAUSE_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:die|der|wer)${SPACE}+(?:(?:${SURNAME_ITEM},${SPACE}*)*${SURNAME_ITEM}${SPACE}+(?:oder|und)${SPACE}+|(?:${SURNAME_ITEM},${SPACE}*)+)?$`,
  'u',
);
const CALLED_CLAUSE_AFTER = lazyPattern(
  () =>
    String.raw`^(?:,${SPACE}*${SURNAME_ITEM})*(?:${SPACE}+(?:oder|und)${SPACE}+${SURNAME_ITEM})?${SPACE}+(?:heißen|heißt|hießen|hieß)(?![\p{L}])`,
  'u',
);

export function isIndefinitelyNamed(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== ' ') return false;
  const before = text.slice(Math.max(0, start - 60), start);
  return (
    (CALLED_CLAUSE_AFTER().test(text.slice(end, end + 60)) && CALLED_CLAUSE_BEFORE().test(before)) ||
    INDEFINITE_NAMED_BEFORE.test(before) ||
    INDEFINITE_TITLED_BEFORE.test(before) ||
    OWN_ONE_NAMED_BEFORE.test(before) ||
    ALSO_NAMED_BEFORE.test(before.slice(-40)) ||
    (QUANTIFIED_BEFORE.test(before.slice(-12)) &&
      QUANTIFIED_AFTER().test(text.slice(end, end + 12)) &&
      !SURNAME_LIST_AFTER().test(text.slice(end, end + 24))) ||
    DENIED_BEARER_BEFORE.test(before.slice(-24)) ||
    isAnyOfListed(before, text.slice(end, end + 16)) ||
    (TITLED_BEARER_BEFORE.test(before.slice(-20)) && !EMPLOYER_AFTER().test(text.slice(end, end + 24))) ||
    // One bearer by an article or a determiner before him, and no noun after him that the surname qualifies.
    ((BEARER_BEFORE.test(before.slice(-24)) ||
      NOT_THAT_BEARER_BEFORE.test(before.slice(-16)) ||
      NO_BEARER_BEFORE().test(before.slice(-32)) ||
      NO_KNOWN_BEARER_BEFORE.test(before.slice(-40)) ||
      isOneBearerBefore(text, start, end, before)) &&
      !ATTRIBUTE_AFTER().test(text.slice(end, end + 16)))
  );
}

// "auch ein ", "there is another ", „gibt es noch einen ": a bearer besides the one the reader knows (round 22). Each
// language's words take its own articles: „auch an Sam Altman“ and „also an“ are German for "to him too" and "that is,
// to him" (round 47).
const ALSO_DE = String.raw`(?:auch|noch|(?:gibt|gab)(?:['’]s|${SPACE}+es))${SPACE}+(?:(?:auch|noch)${SPACE}+)?(?:eine[nm]?|ein)`;
const ALSO_EN = String.raw`there(?:['’]s|${SPACE}+(?:is|was|are))${SPACE}+(?:also${SPACE}+)?(?:an?|another)`;
// Or "a different ", „ein anderer “: a bearer set apart from ours by the word itself (round 26).
const OTHER_BEARER_BEFORE = endingInOneOf(
  ['ein', 'eine', 'einen', 'einem', 'a', 'an', 'another', 'anderer', 'anderen', 'andere', 'different'],
  () =>
    new RegExp(
      String.raw`(?<!\p{L})(?:${ALSO_DE}|${ALSO_EN}|another|(?:eine[nmr]?|ein|an?)${SPACE}+(?:andere[nmr]?|different))${SPACE}+$`,
      'iu',
    ),
);
// What may follow the bearer: the sentence's end or a pause, a relative clause, a place ("…, der hat den Dorfladen",
// "in my running club", "– der repariert Fahrräder"); not a noun the name qualifies ("another Sam Altman interview").
// Round 88: or a bracket that says where he is from, "a different Jan Leike (Wisconsin)".
const BEARER_AFTER = startingWithOneOf(
  [
    ',',
    ';',
    '.',
    '!',
    '?',
    ':',
    '(',
    ')',
    '–',
    '—',
    '-',
    'in',
    'im',
    'at',
    'bei',
    'aus',
    'from',
    'who',
    'der',
    'die',
    'too',
    'und',
    'and',
  ],
  () =>
    new RegExp(
      String.raw`^(?:${SPACE}*[,;.!?:()–—-]|${SPACE}+(?:in|im|at|bei|aus|from|who|der|die|too|und|and)(?!\p{L}))`,
      'iu',
    ),
  1,
);

// Round 70: someone indefinite at a place of the writer's own, named so: "a guy at my gym called", „ein Typ in meinem
// Verein namens“. Not someone indefinite alone, as a newcomer to our story is introduced: "some guy called Jakub
// Pachocki", „ein Student namens Ilya Sutskever“.
const OWN_PLACE_NAMED_BEFORE = endingInOneOf(
  ['named', 'called', 'namens'],
  () =>
    new RegExp(
      String.raw`(?<!\p{L})(?:an?|some|one|eine[nmr]?|ein)${SPACE}+\p{L}+${SPACE}+(?:in|at|from|aus|bei|im)${SPACE}+(?:my|our|mein|meinem|meiner|unserem|unserer)${SPACE}+\p{L}+${SPACE}+(?:named|called|namens)${SPACE}+$`,
      'iu',
    ),
  5,
);

// An indefinite calling of another walk of life before the name: "a Dutch footballer called", „einen Politiker namens“.
// Round 111: before a full name too, "a Hamburg table-tennis player called Jan Leike"; no calling of our people's world.
// Round 121: or the calling as the end of a German compound, „ein lokaler Tischtennisspieler namens Jan Leike“.
const CALLING_BEFORE = endingInOneOf(
  ['called', 'named', 'namens'],
  () =>
    new RegExp(
      String.raw`(?<![\p{L}])(?:an?|eine?[mnrs]?)${SPACE}+(?:[\p{L}-]+${SPACE}+){0,2}?[\p{L}-]*?${anyOf(namesakeCallings)}(?:in|en|n)?${SPACE}+(?:called|named|namens)${SPACE}+$`,
      'iu',
    ),
  5,
);
/** Whether `before` ends in an indefinite calling of another walk of life and a naming word (see above). */
export const isCallingNamedBefore = (before: string) => CALLING_BEFORE.test(before);

// Round 70: or the name borne, by a gerund or an infinitive of naming: "imagine being named Sam Altman in 2024", "what
// it is like to be called Jan Leike". Not a post named for him, "after being named Sam Altman's successor".
const BEING_NAMED_BEFORE = endingInOneOf(
  ['named', 'called'],
  () => new RegExp(String.raw`(?<!\p{L})(?:being|to${SPACE}+be)${SPACE}+(?:named|called)${SPACE}+$`, 'iu'),
  5,
);
const POSSESSIVE_END = lazyPattern(() => /['’]s?$/u);

/**
 * Whether the full name at [start, end) is said of another bearer besides the one the reader knows: "auch ein Jan
 * Leike, der …", "there is another Sam Altman in my club", „gibt es noch einen Jakub Pachocki – der …" (round 22); or
 * of someone at a place of the writer's own: "a guy at my gym called Sam Altman", or of the name borne: "imagine being
 * named Sam Altman" (round 70); or of someone of another walk of life, "a Hamburg table-tennis player called Jan Leike"
 * (round 111).
 * Any writer who meets a namesake says so with an indefinite article and "also", "another" or "there is"; our
 * person is not introduced so. The caller keeps it where its sentence speaks of AI ("dass bei OpenAI auch ein Jakub
 * Pachocki …").
 */
export const isOtherBearer = (text: string, start: number, end: number): boolean =>
  text[start - 1] === ' ' &&
  ((OTHER_BEARER_BEFORE.test(text.slice(Math.max(0, start - 30), start)) &&
    (end === text.length || BEARER_AFTER.test(text.slice(end, end + 8)))) ||
    isKnownFromElsewhere(text, start, end) ||
    OWN_PLACE_NAMED_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ||
    isCallingNamedBefore(text.slice(Math.max(0, start - 60), start)) ||
    (BEING_NAMED_BEFORE.test(text.slice(Math.max(0, start - 20), start)) &&
      !POSSESSIVE_END().test(text.slice(start, end))));

// A bare indefinite article, not a figure of speech's ("nur einen", "such a", "like a"): „einen “, "a " (round 26).
const INDEFINITE_BEFORE = endingInOneOf(
  ['ein', 'eine', 'einen', 'einem', 'a', 'an'],
  () =>
    new RegExp(
      String.raw`(?<!(?:\p{L}|(?:nur|only|just|such|so|wie|like|solche[nmr]?)${SPACE}+))(?:eine[nmr]?|ein|an?)${SPACE}+$`,
      'iu',
    ),
);
// Where that bearer comes from: a place, a possessive's circle ("from Gdynia", „aus ihrem Kirchenchor“); not our
// people's employer ("a Jakub Pachocki from OpenAI"), nor a time ("from the early days"). Round 83: a place or a circle
// after its article too, „einen Jan Leike aus der Tischtennis-Oberliga“. Round 41: or a workplace
// named with an indefinite article ("a Jan Leike at a logistics firm", „einen Jan Leike bei einer Spedition“); not a
// figure's definite one ("a Sam Altman at the helm"). Round 111: or a place "in" which he lives, "obituaries of a Jan
// Leike in Ohio"; not our people's employer ("a Jan Leike in OpenAI's safety team" is asked of ours).
// Round 113: or a unit of a workplace "in" which he works, "a J. Leike in the chemistry department".
const ORIGIN_AFTER = startingWithOneOf(
  ['aus', 'from', 'vom', 'von', 'at', 'bei', 'in'],
  () =>
    new RegExp(
      String.raw`^${SPACE}+(?:in${SPACE}+(?:(?!${anyOf(employerTerms)}(?![\p{L}]))\p{Lu}\p{Ll}|(?:the|der|dem|our|unserer|unserem)${SPACE}+(?:\p{Ll}[\p{Ll}-]*${SPACE}+){0,2}${anyOf(anyCase(workplaceUnits))}(?![\p{L}]))|(?:aus|from|vom|von)${SPACE}+(?:(?:my|our|your|his|her|their|meine[mnr]?|mein|unsere[mnr]?|unser|deine[mnr]?|dein|seine[mnr]?|sein|ihre[mnr]?|ihr)${SPACE}|(?:(?:der|dem|den|the)${SPACE}+)?(?!${anyOf(employerTerms)}(?![\p{L}]))\p{Lu})|(?:at|bei)${SPACE}+(?:an?|einer|einem)${SPACE})`,
      'u',
    ),
);

/**
 * Whether the full name at [start, end) is someone known from the writer's own world: an indefinite article before it
 * and a place or a circle of his after ("a Jakub Pachocki from Gdynia", „einen Jan Leike aus meinem Kegelverein“).
 * Whoever speaks of a namesake they met says where from; our person is not "a" Sam Altman from somewhere (round 26).
 */
function isKnownFromElsewhere(text: string, start: number, end: number): boolean {
  return (
    INDEFINITE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && ORIGIN_AFTER.test(text.slice(end, end + 40))
  );
}
