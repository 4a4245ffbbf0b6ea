/**
 * The words by which a text tells one bearer of a surname from another: denials of kinship, comparisons with a
 * namesake, "the other one", "not that one", "which one", a writer's turn on seeing that someone else was meant, and
 * the words for a namesake and for the mix-up. Data; the rules in `engine/rules/` (kinship denials, namesake
 * comparisons, picked-out bearers) hold the grammar that reads them.
 */

/**
 * Phrases that set a person apart from a namesake: after a surname they make it someone else's ("Pachocki ist
 * nicht verwandt", "S. Altman (no relation)"); before our person's full name they name our person only in
 * passing, in a text about someone else ("no relation to Sam Altman"). Lower case.
 */
export const unrelatedPhrases = [
  'no relation',
  'not related',
  'unrelated',
  'nicht verwandt',
  'nicht mit ihm verwandt',
  'keine verwandtschaft',
  // Round 106: said of the bearer himself, „Samuel Altman (kein Verwandter!), Inhaber“.
  'kein verwandter',
  'not a relative',
] as const;

/**
 * Words for nobody named, after a denial of kinship: "no relation to anyone in the news", „mit niemandem verwandt“
 * sets the bearer apart from all of ours (round 19). Lower case.
 */
export const nobodyWords = ['anyone', 'anybody', 'any of', 'niemandem', 'keinem', 'keiner'] as const;

/**
 * Frames of German word order that compare a lone surname's bearer with someone named inside them, after "ob": "ob
 * Altman mit dem Nobelpreisträger Sidney Altman verwandt ist" asks about our person, as "if Leike is related to"
 * does. Lower case.
 */
export const comparedFrames = [
  { before: 'mit', after: 'verwandt' },
  { before: 'mit', after: 'verschwägert' },
  { before: 'mit', after: 'identisch' },
] as const;

/**
 * What, right after a lone surname in a question, compares its bearer with someone named after it: "Is Sutskever
 * related to the poet Abraham Sutzkever?" asks about our person, the famous one. Lower case.
 */
export const comparedPhrases = [
  'related to',
  'verwandt mit',
  'the same person as',
  'dieselbe person wie',
  'the same one',
  'the same guy',
  'the same man',
  'derselbe',
  // Round 16: „der Altman ist der gleiche wie der vom Film?“
  'der gleiche wie',
  'der gleiche',
  'the same as',
  // Round 17: "Wasn't Altman the guy who made MASH?" asks whether ours is the namesake.
  'the guy who',
  'the man who',
  'the one who',
] as const;

/**
 * Adverbs a question may put between the surname and its comparison: "Ist dieser Altman eigentlich verwandt mit dem
 * Nobelpreisträger Sidney Altman?", "Is Leike actually related to …?" (round 15); and the copula: „der Altman ist der
 * gleiche wie der vom Film?“ (round 16). Lower case.
 */
export const questionAdverbs = [
  'eigentlich',
  'denn',
  'wirklich',
  'überhaupt',
  'actually',
  'really',
  'ist',
  'is',
] as const;

/**
 * Denials of kinship that German word order puts around the name: "ich bin nicht mit Sam Altman verwandt".
 * Around our person's full name they name him in passing, like `unrelatedPhrases` before it. Lower case.
 * Round 105: the negation may come after the name, „ich bin mit Sam Altman nicht verwandt“: he is the one denied.
 */
export const unrelatedFrames = [
  { before: 'nicht mit', after: 'verwandt' },
  { before: 'nicht mit', after: 'verschwägert' },
  { before: 'mit', after: 'nicht verwandt' },
  { before: 'mit', after: 'nicht verschwägert' },
  // Round 145: „ist mit dem früheren OpenAI-Forscher Jan Leike weder verwandt noch bekannt“.
  { before: 'mit', after: 'weder verwandt' },
  { before: 'mit', after: 'weder verschwägert' },
] as const;

/**
 * Words that, right before a lone surname, set its bearer apart from the famous one of that name: "the other
 * Altman", "der andere Altman", "the younger Altman" (a brother), "our Altman" (the film club's director).
 * Lower case.
 */
export const otherOneWords = [
  'other',
  'another',
  'younger',
  'our',
  'andere',
  'anderen',
  'anderer',
  'jüngere',
  'jüngeren',
  'jüngerer',
  'unser',
  'unseren',
  'unserem',
  // Round 19: a heading or a letter that sets the bearer apart from ours: "Not the same Altman", „Nicht derselbe Leike“.
  'not the same',
  'nicht derselbe',
  'nicht denselben',
  'nicht demselben',
  // Round 27: "different altman babe", a reply that sets the namesake apart.
  'different',
] as const;

/**
 * Round 134: of those, the ones that pick out the other of two bearers the text has spoken of, "the other Altman",
 * „dem anderen Leike“: whichever the text is not speaking of there (`surname-rules.ts`). Not an indefinite "another"
 * that brings in a third, nor a plural or a woman's. Lower case.
 */
export const theOtherOneWords = ['the other', 'der andere', 'den anderen', 'dem anderen', 'des anderen'] as const;

/**
 * Words that, right before a lone surname, set its bearer apart from a namesake as the famous one, our person: a
 * reviewer "M. Altman" adds "(And no, not that Altman.)". Lower case.
 */
export const famousOneWords = ['not that', 'nicht dieser', 'nicht jener'] as const;

/**
 * Round 169: where the famous one is seen, right after a lone surname that a definite article leads: "the Pachocki on
 * the news", „der Altman aus den Nachrichten“; the bearer everyone hears of, our person. Lower case.
 */
export const newsOneWords = [
  'on the news',
  'in the news',
  'from the news',
  'on tv',
  'on television',
  'in den nachrichten',
  'aus den nachrichten',
  'aus dem fernsehen',
  'im fernsehen',
] as const;

/**
 * Round 121: a definite article and our people's field right before a lone surname, a space or a hyphen between: the
 * bearer of that field, ours, set apart from a namesake named near ("Henryk Pachocki's pączki … I bet the AI Pachocki
 * can't bake", „der KI-Pachocki“). Lower case.
 */
export const fieldOneWords = [
  'the ai',
  'der ki',
  'den ki',
  'dem ki',
  'des ki',
  // Round 124: or its researcher, "the AI researcher Leike", „des KI-Forschers Leike“, „der Forscher Leike“ (where the
  // text speaks of AI: the caller checks).
  'the ai researcher',
  'the researcher',
  'der ki-forscher',
  'den ki-forscher',
  'dem ki-forscher',
  'des ki-forschers',
  'der forscher',
  'den forscher',
  'dem forscher',
  'des forschers',
  // Round 166: or tech's, „genug von Tech-Altman“ beside the director.
  'tech',
] as const;

/**
 * Words that, right before a lone surname, call its bearer the wrong one: a review's "Wrong Altman", „Falscher
 * Altman, Leute" when a tool showed our person for a namesake. The one called wrong is the one shown, ours (round
 * 15). Lower case.
 */
export const wrongOneWords = ['wrong', 'falscher', 'falsche', 'falschen'] as const;

/**
 * Words first in brackets after a full name that set its bearer apart from our person of that name: "Sam Altman (no,
 * not that one, he gets asked every game)", "Jan Leike (nicht der von Anthropic)". A namesake's. Lower case.
 */
export const notThatOnePhrases = [
  'not that one',
  'not the one',
  'not the openai one',
  'nicht der',
  'nicht dieser',
  'nicht jener',
] as const;

/**
 * Words that ask which of several people of a name is meant, right before the surname: "Which Altman?", "which
 * Altman film", "welcher Altman". After a comma they are relative pronouns ("the board, which Altman rejoined")
 * and ask nothing. Lower case.
 */
export const whichWords = ['which', 'welcher', 'welchen', 'welchem'] as const;

/**
 * Prepositions that make a "which" or „welchem“ after them a relative pronoun ("the one topic on which Altman seemed
 * uncomfortable", „das Podium, auf welchem Leike sprach“), which asks nothing (round 26). Lower case.
 */
export const relativePrepositions = [
  'on',
  'in',
  'of',
  'at',
  'to',
  'for',
  'from',
  'with',
  'by',
  'about',
  'during',
  'after',
  'before',
  'under',
  'through',
  'into',
  'auf',
  'mit',
  'bei',
  'von',
  'zu',
  'nach',
  'unter',
] as const;

/**
 * What picks one bearer of a surname out of all, before it: "The only Altman I care about is Robert", „Der einzige
 * Altman, den ich kenne, ist Robert“ (round 24). Lower case.
 */
export const onlyOneWords = ['the only', 'the one', 'my only', 'der einzige', 'die einzige', 'den einzigen'] as const;

/**
 * Turns of a sentence by which its writer comes to see that someone else was meant: "I was glad to see Altman in your
 * arts pages, until I realised the piece carried a photo of the OpenAI CEO". The AI words after the turn speak of the
 * mistake, not of the surname before it (round 18). Lower case.
 */
export const turnPhrases = [
  'until i realised',
  'until i realized',
  'until i noticed',
  'until i saw',
  'only to find',
  'only to see',
  'bis ich merkte',
  'bis ich bemerkte',
  'bis ich sah',
  'bis mir auffiel',
] as const;

/**
 * Words by which a text says that one of its people has a namesake: "Herr Leike möchte betonen, dass er mit seinem
 * Namensvetter nicht verwandt ist". A man's courtesy title with the surname, in a text that says so of him, is that
 * man, not ours (round 17). Lower case.
 */
export const namesakeNouns = ['namensvetter', 'namesake', 'gleichnamigen', 'gleichnamig'] as const;

/**
 * Words a text about a namesake uses for the one he is taken for, ours: "his namesake", „Namensvetter“, "the other
 * fella", „Verwechslung“, "no relation" (round 27). A document that introduces a namesake and has none of them is no
 * profile of a namesake. Lower case; matched at a word's start, so that "confus" is "confused" and "confusion".
 */
export const confusionWords = [
  'namesake',
  'namensvetter',
  'the other one',
  'the other fella',
  'the other guy',
  'the other sam',
  'the other jan',
  'the other ilya',
  'the other jakub',
  'falscher',
  'wrong one',
  'verwechsel',
  'verwechslung',
  'mix-up',
  'mixed up',
  'mix me up',
  'confus',
  ...unrelatedPhrases,
] as const;
