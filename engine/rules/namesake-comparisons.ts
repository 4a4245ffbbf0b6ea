import { deedDenials, namesakeCallings, namesakeDeeds } from '../../knowledge/lexicon/namesake-worlds';
import { headlineVerbs } from '../../knowledge/lexicon/story-and-employers';
import { PROSE_OPENING_QUOTES } from '../text/quotation-marks';
import { comparedPhrases, questionAdverbs, comparedFrames } from '../../knowledge/lexicon/telling-bearers-apart';
import { formPattern } from '../text/name-pattern';
import { startingWithOneOf, SPACE, anyOf, lazyPattern, hintOf } from '../text/regex-parts';
import { textBefore } from '../text/words-around';
import { farTextAfter } from '../text/words-around';
import { isOtherFirstName } from './other-first-names';

/**
 * A lone surname compared with a namesake's, or mixed up with one, by the writer: the one compared or thought of first
 * is our person ("Is Altman related to Robert Altman?", „Ich dachte bei Altman zuerst an den Regisseur“).
 */

// A question that compares the surname's bearer with someone named after it: "Is Sutskever related to the poet …?"
const COMPARED_AFTER = startingWithOneOf(
  comparedPhrases,
  () => new RegExp(String.raw`^${SPACE}+${anyOf(comparedPhrases)}(?![\p{L}])[^.!\n]*\?`, 'iu'),
);
// The same with an adverb between: "Ist dieser Altman eigentlich verwandt mit dem Nobelpreisträger …?" (round 15).
const COMPARED_LATER_AFTER = startingWithOneOf(
  questionAdverbs,
  () =>
    new RegExp(
      String.raw`^${SPACE}+${anyOf(questionAdverbs)}${SPACE}+${anyOf(comparedPhrases)}(?![\p{L}])[^.!\n]*\?`,
      'iu',
    ),
);
// The same asked indirectly: "One student asked if Leike is related to Coach Leike."
// Also with a demonstrative and a casual noun for a man: "if this Altman fellow is the same one who made those movies".
const IF_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:if|whether|ob)\s+(?:(?:this|that|dieser|der)\s+)?$/iu);
const COMPARED_IS_AFTER = lazyPattern(
  () =>
    String.raw`^(?:${SPACE}+(?:fellow|guy|man|chap|Typ|Mann))?${SPACE}+(?:is|was|ist|war|sei)${SPACE}+${anyOf(comparedPhrases)}(?![\p{L}])`,
  'iu',
);
// The same in German word order: "ob Altman mit dem Nobelpreisträger Sidney Altman verwandt ist".
const COMPARED_FRAME_AFTER = startingWithOneOf(
  comparedFrames.map(({ before }) => before),
  () =>
    new RegExp(
      String.raw`^${SPACE}+(?:${comparedFrames.map(({ before, after }) => String.raw`${formPattern(before)}${SPACE}[^.!?\n]{1,60}?${SPACE}${formPattern(after)}`).join('|')})(?![\p{L}])`,
      'iu',
    ),
);
// A namesake's deed denied: "remembered Altman didn't direct anything", "Sutskever hat nie Gedichte geschrieben"; not
// "Altman didn't direct so much as eavesdrop", which grants it in other words.
const DEED_DENIED_AFTER = startingWithOneOf(
  deedDenials,
  () =>
    new RegExp(
      String.raw`^${SPACE}+${anyOf(deedDenials)}(?:${SPACE}+(?:ever|je))?${SPACE}+${anyOf(namesakeDeeds)}(?![\p{L}])(?!${SPACE}+so${SPACE}+much)`,
      'iu',
    ),
);
// Set against a namesake: "Same trick works for Sutskever vs. the Yiddish poet Abraham Sutzkever". Round 140: or said
// to be unlike him, as a cheat sheet writes it: "Altman ≠ Robert Altman (films)".
const VERSUS_AFTER = lazyPattern(() => /^["”“»’]?[^\S\n]+(?:vs\.?|versus|≠|!=|=\/=)(?![\p{L}])/iu);

// A reader who thinks of a namesake at our surname: „Bin ich der Einzige, der bei Altman immer an den MASH-Regisseur
// denkt?“, „Ich dachte bei Altman zuerst an den Regisseur.“ The surname is the one in the news, ours (round 17).
const THINK_VERB = String.raw`(?<![\p{L}])(?:denken|denkt|denke|dachte|dachten|gedacht)(?![\p{L}])`;
// Round 82: or at a namesake's name with no article, „Bei Altman habe ich früher immer zuerst an Robert Altman gedacht“:
// a first name and a surname, as their capitals say (so read without the "i" flag, the article's capital spelt out).
const NAME = String.raw`\p{Lu}\p{Ll}+${SPACE}+\p{Lu}`;
// Round 139: or after a possessive or an article, „an unsere Stadträtin Leike“, „an einen Radiomoderator“.
const AT_NAMESAKE = String.raw`(?<![\p{L}])an${SPACE}+(?:(?:[Dd](?:en|ie|as)|[Uu]nser(?:e|en)?|[Mm]ein(?:e|en)?|[Ee]ine[n]?)(?![\p{L}])|${NAME})`;
// Round 102: or at a namesake's quoted work, the verb after it, „wer bei Altman immer noch zuerst an „M*A*S*H“ denkt“.
// Not the verb before, „Früher dachte ich bei Altman an „Short Cuts““: a past that meant the director.
const AT_NAMESAKE_OR_WORK = String.raw`(?:${AT_NAMESAKE}|(?<![\p{L}])an${SPACE}+[„"“»])`;
const THINK_OF_AFTER = lazyPattern(
  () => String.raw`^[^.!?\n]{0,30}?${AT_NAMESAKE_OR_WORK}[^.!?\n]{0,40}?${THINK_VERB}`,
  'u',
);

// The quotation mark that closes a quoted surname after "bei": „Bei „Altman“ dachte ich …“.
const QUOTE_CLOSED = lazyPattern(() => /^["“”]/u);

// The verb before: „Ich dachte bei Altman zuerst an den Regisseur.“
const THINK_BEFORE = lazyPattern(
  () => String.raw`(?<![\p{L}])(?:denken|denkt|denke|dachte|dachten)(?![\p{L}])[^.!?\n]{0,30}$`,
  'iu',
);
// Round 169: what bore it may stand between, „dachte ich bei „Altman“ im Folgentitel der letzten Woche zuerst an den
// Regisseur“; but the first thing thought of is the one: „Früher dachte ich bei Altman an „Short Cuts“ und
// „Nashville“, also an Robert Altman“ meant the director's films.
const OF_AFTER = lazyPattern(() => String.raw`^(?:(?!(?<![\p{L}])an(?![\p{L}]))[^.!?\n]){0,50}?${AT_NAMESAKE}`, 'u');
// Round 83: or the verb right after the surname, „Bei „Altman“ dachte ich früher immer zuerst an Robert Altman“.
const THINK_THEN_OF_AFTER = lazyPattern(() => String.raw`^${SPACE}+${THINK_VERB}[^.!?\n]{0,40}?${AT_NAMESAKE}`, 'u');

// Round 83: the surname quoted after it too, „Bei „Altman“ dachte ich früher immer an Robert Altman“.
const BEI_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])bei[^\S\n]["„“]?$/iu);
// Round 149: or after „beim“ and what bore the name, „Ich dachte beim Titel mit Altman zuerst an den Regisseur“.
const BEIM_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])beim[^\S\n]+\p{L}+[^\S\n]+(?:mit|von)[^\S\n]["„“]?$/iu);

// A reader who took our surname for a namesake's for a moment, told after it in its sentence: "Everyone is talking about
// Altman and I thought for one beautiful second it was a Robert Altman retrospective", „Als ihr ‚Altman‘ gesagt habt,
// dachte ich kurz, ihr macht jetzt eine Filmfolge“. The surname is the one in the news, ours (round 20); not the one who
// thinks ("Leike thought for a second").
const MOMENT = String.raw`(?:for${SPACE}+(?:a|one)${SPACE}+(?:\p{L}+${SPACE}+)?(?:second|moment|minute)|briefly|at${SPACE}+first)`;
// Round 100: or saw a namesake before him, "when you said Altman just now I briefly pictured Robert Altman", „als du
// „Altman“ gesagt hast, dachte ich für eine Sekunde an …“. Round 101: or thinks of him still, „wenn „Altman“ kommt,
// denk ich immer noch zuerst an Robert Altman“. Round 102: a clause may stand between, "When you said Altman before we
// started recording, I honestly thought for a second …". Round 138: or had him in mind for a moment, „als du „Altman“
// gesagt hast, hatte ich kurz Robert Altman im Kopf“. Round 169: or had to think of him, „musste ich kurz an Robert
// Altman denken“.
const MOMENT_DE = String.raw`(?:kurz|erst|zuerst|im${SPACE}+ersten${SPACE}+moment|für${SPACE}+(?:einen${SPACE}+moment|eine${SPACE}+sekunde))`;
const THOUGHT = String.raw`(?:thought|pictured|imagined)`;
const THOUGHT_FOR_A_MOMENT_AFTER = lazyPattern(
  () =>
    String.raw`^[^\S\n]*[^\s.!?][^.!?\n]{0,60}?(?<![\p{L}])(?:${MOMENT}${SPACE}+(?:i${SPACE}+)?${THOUGHT}|thought${SPACE}+${MOMENT}|(?:dachte|denke?|musste|muss)${SPACE}+ich${SPACE}+(?:\p{L}+${SPACE}+){0,2}${MOMENT_DE}|${MOMENT_DE}${SPACE}+(?:dachte${SPACE}+ich|gedacht)|hatte${SPACE}+ich${SPACE}+${MOMENT_DE}${SPACE}+[^.!?\n]{0,40}?im${SPACE}+Kopf)(?![\p{L}])`,
  'iu',
);
// Round 145: the namesake whom the reader thought of for a moment, named right after the thought, perhaps after his
// first name: „dachte ich kurz an Robert Altman“, "I briefly pictured Robert Altman". He is no one the text goes on
// about.
const THOUGHT_OF_FOR_A_MOMENT_BEFORE = lazyPattern(
  () =>
    String.raw`(?<![\p{L}])(?:${MOMENT}${SPACE}+(?:i${SPACE}+)?(?:thought${SPACE}+(?:of|about)|pictured|imagined)|(?:thought|pictured|imagined)${SPACE}+${MOMENT}(?:${SPACE}+(?:of|about))?|(?:dachte|denke?|musste|muss)${SPACE}+ich${SPACE}+(?:\p{L}+${SPACE}+){0,2}?${MOMENT_DE}${SPACE}+an|${MOMENT_DE}${SPACE}+(?:dachte|denke?)${SPACE}+ich${SPACE}+an)(?:${SPACE}+[\p{L}-]+)?${SPACE}+$`,
  'iu',
);
/** Whether the namesake named at `start` is one the reader thought of for a moment (see above). */
export const isThoughtOfForAMoment = (text: string, start: number) =>
  THOUGHT_OF_FOR_A_MOMENT_BEFORE().test(textBefore(text, start));
// Pieces, not words: "dacht" is in „dachte“ and „gedacht“.
const THOUGHT_HINT = hintOf(['thought', 'think', 'dacht', 'denk', 'assumed', 'pictured', 'imagined', 'kopf']);

// Round 80: confused or mixed up with a namesake named by his calling: "nobody has confused Altman with the film
// director yet", „wer Leike mit dem Radiomoderator verwechselt“. The one confused is the one in the news.
const CONFUSED_BEFORE = lazyPattern(
  () => /(?<!\p{L})(?:confus(?:e|es|ed|ing)|mix(?:es|ed|ing)?[^\S\n]+up|mistak(?:e|es|en|ing)|mistook)[^\S\n]+$/iu,
);
const CALLING = () =>
  String.raw`(?:the|a|dem|den|einem|einen)${SPACE}+(?:[\p{L}-]+${SPACE}+){0,2}?(?:${anyOf(namesakeCallings)}|(?:film|movie)(?:-|${SPACE}+)director)(?![\p{L}])`;
const WITH_CALLING_AFTER = lazyPattern(() => String.raw`^${SPACE}+(?:with|for)${SPACE}+${CALLING()}`, 'iu');
const CONFUSED_WITH_CALLING_AFTER = lazyPattern(
  () => String.raw`^${SPACE}+mit${SPACE}+${CALLING()}[^.!?\n]{0,30}?(?<![\p{L}])verwechsel\p{L}*`,
  'iu',
);

// Round 138: a reader who took him for a namesake, told before him: 'I thought Altman was the film guy'. Not "I always
// thought", an opinion held of the namesake.
const THOUGHT_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:I|we)[^\S\n]+thought[^\S\n]+$/u);
const WAS_CALLING_AFTER = lazyPattern(
  () => String.raw`^${SPACE}+(?:was|were)${SPACE}+(?:${CALLING()}|the${SPACE}+(?:film|movie)${SPACE}+guy)`,
  'iu',
);

// Round 82: a surname read or heard, after which the reader thought of a namesake: 'I read "Altman" in the title and
// thought of Robert Altman', „ich las „Leike“ und dachte an den Radiomoderator“. The one read is the one in the news.
const READ_BEFORE = lazyPattern(
  () => /(?<!\p{L})(?:read|saw|see|hear|heard|las|lese|sah|höre|hörte)[^\S\n]+["“„‘]?$/iu,
);
// Round 118: or said, seen or heard, and the one who heard it thought of someone else in a later clause: "when you said
// Altman I thought of Robert Altman", "when my grandson said Altman was back, I thought he meant Robert Altman", "Every
// time I see Altman in a headline I still think of the director". The one said is the one in the news. Not "I thought
// it was about …", which takes a namesake's headline for the news as often as the other way round. Round 140: or
// written, "When you wrote Altman I honestly pictured Robert Altman for a second". Round 141: or thought by someone, "I
// said "Altman" and somebody thought I meant Jack Altman". Round 149: or also thought of him, "when the radio said
// Altman I also thought of the director first".
const SAID_BEFORE = lazyPattern(
  () =>
    /(?<!\p{L})(?:said|say|says|saw|see|sees|read|reads|heard|hear|hears|wrote|write|writes|typed|mentioned)[^\S\n]+["“„‘]?$/iu,
);
const THEN_THOUGHT_AFTER = lazyPattern(
  () =>
    String.raw`^["”“’]?[^.!?\n]{0,60}?(?<![\p{L}])(?:I|you|he|she|we|they|somebody|someone|people|(?:my|your|his|her|our)${SPACE}+\p{L}+)${SPACE}+(?:(?:still|first|briefly|just|always|immediately|honestly|really|actually|instantly|also)${SPACE}+)?(?:(?:thought|think)${SPACE}+(?:of|about|(?:he|you|she|they|I|we)${SPACE}+meant${SPACE}+(?:the${SPACE}|\p{Lu}))|(?:pictured|imagined)${SPACE}+(?:the${SPACE}|\p{Lu})|assumed${SPACE}+another${SPACE})`,
  'u',
);
// Round 142: German's perfect sets the verb of reading after the name, „nur „Altman“ gelesen und dachte bei Altman
// zuerst an den Regisseur“. Round 143: or of saying it, in a clause of its own, „Als du „Altman“ gesagt hast, dachte
// ich …“.
const READ_THEN_THOUGHT_AFTER = lazyPattern(
  () =>
    String.raw`^["“”]?${SPACE}+(?:gelesen|gehört|gesehen|gesagt|geschrieben)(?:${SPACE}+(?:hast|hat|habe|hab|hattest|hatte))?,?${SPACE}+(?:und${SPACE}+)?(?:(?:ich|hab|habe)${SPACE}+)?(?:dachte|gedacht)(?![\p{L}])`,
  'iu',
);
// Round 145: in the present too, and the thought after a colon, „Ich lese „Altman äußert sich“ und denke an Robert
// Altman“, „Ich lese „Altman schweigt“ und denke: Robert Altman“.
const THOUGHT_OF_AFTER = lazyPattern(
  () =>
    String.raw`^["”“’]?[^.!?\n]{0,40}?(?<![\p{L}])(?:and|und)${SPACE}+(?:(?:i|ich)${SPACE}+)?(?:(?:thought|think)${SPACE}+(?:of|about)|(?:dachte|denke)(?:${SPACE}*:|${SPACE}+(?:(?:ich|sofort|gleich|zuerst)${SPACE}+)*an))(?![\p{L}])`,
  'iu',
);

// Round 104: our surname at the head of a quoted headline of the story, which a reader saw or heard and took for a
// namesake's: 'a colleague read "Altman fired" off her phone and asked which film', 'when the ticker read "Altman
// returns", her first thought was of Robert Altman'. The headline is the news, ours.
// Quoted in prose, a word right before the quotation mark: not a data record's value, `"title": "Leike wins …"`.
const QUOTED_IN_PROSE_BEFORE = lazyPattern(() => /\p{L}[^\S\n]?.$/u);
const HEADLINE_AFTER = lazyPattern(
  () =>
    String.raw`^(?:['’]s)?${SPACE}+(?:(?:is|was|ist)${SPACE}+)?${anyOf(headlineVerbs)}(?![\p{L}])[^"“”„\n]{0,30}["“”]`,
  'iu',
);

/**
 * Whether the lone surname at `start`, after "bei", is one the reader mixes up with a namesake's; or one after which
 * the reader says he took it for a namesake's for a moment; or one confused with a namesake named by his calling; or
 * the head of a quoted headline of the story.
 */
export function isMixedUpWithNamesake(text: string, start: number, end: number, after: string): boolean {
  // The thought may come a clause later than `after` reaches.
  const clause = farTextAfter(text, end);
  if (THOUGHT_HINT.test(clause) && THOUGHT_FOR_A_MOMENT_AFTER().test(clause)) return true;
  if (
    PROSE_OPENING_QUOTES.includes(text[start - 1] ?? '\n') &&
    HEADLINE_AFTER().test(after) &&
    QUOTED_IN_PROSE_BEFORE().test(text.slice(Math.max(0, start - 3), start))
  )
    return true;
  if (THOUGHT_HINT.test(after) && THOUGHT_OF_AFTER().test(after) && READ_BEFORE().test(textBefore(text, start)))
    return true;
  if (THOUGHT_HINT.test(clause) && THEN_THOUGHT_AFTER().test(clause) && SAID_BEFORE().test(textBefore(text, start)))
    return true;
  if (CONFUSED_WITH_CALLING_AFTER().test(after)) return true;
  if (WAS_CALLING_AFTER().test(after) && THOUGHT_BEFORE().test(textBefore(text, start))) return true;
  if (WITH_CALLING_AFTER().test(after) && CONFUSED_BEFORE().test(textBefore(text, start))) return true;
  // "bei" and a space first, a check of a few letters: most surnames have none before them; or „beim Titel mit“.
  const before = text.slice(Math.max(0, start - 6), start).toLowerCase();
  const atBei = /bei[^\S\n]["„“]?$/.test(before) && BEI_BEFORE().test(before);
  if (!atBei && !(/(?:mit|von)[^\S\n]["„“]?$/.test(before) && BEIM_BEFORE().test(textBefore(text, start))))
    return false;
  const spoken = QUOTE_CLOSED().exec(after)?.[0].length ?? 0;
  const rest = after.slice(spoken);
  return (
    THINK_OF_AFTER().test(rest) ||
    THINK_THEN_OF_AFTER().test(rest) ||
    (OF_AFTER().test(rest) && THINK_BEFORE().test(textBefore(text, start)))
  );
}

/**
 * Round 142: whether the surname is one read or heard and then taken for a namesake, German's verb after it: „nur
 * „Altman“ gelesen und dachte bei Altman zuerst an den Regisseur“. Read before the words that make a quoted name a
 * string ("nur"): the reader saw the news.
 */
export const isReadThenMistaken = (after: string) => READ_THEN_THOUGHT_AFTER().test(after);

// Round 149: or set against a namesake by "not … but", his calling perhaps between: „Ihr Aufmacherfoto zeigt nicht
// Altman, sondern den Regisseur Robert Altman“, "the photo shows not Altman but the director Robert Altman". The one
// denied is the one expected, ours.
const NOT_BEFORE = lazyPattern(() => /(?<![\p{L}])(?:nicht|not)[^\S\n]+$/iu);
const BUT_NAMESAKE_AFTER = lazyPattern(
  () =>
    String.raw`^,?${SPACE}+(?:sondern|but)${SPACE}+(?:(?:den|die|der|dem|the)${SPACE}+)?((?:\p{L}+${SPACE}+){0,2}\p{Lu}\p{Ll}+${SPACE}+\p{Lu}\p{Ll}+)(?![\p{L}])`,
  'u',
);
const isSetAgainstByNotBut = (text: string, start: number, end: number, before: string, after: string) =>
  NOT_BEFORE().test(before) && (BUT_NAMESAKE_AFTER().exec(after)?.[1] ?? '').endsWith(` ${text.slice(start, end)}`);

/**
 * Whether the lone surname at [start, end), `before` and `after` the text either side, is one a question or a remark
 * compares with a namesake, which makes it our person's: asked whether he is related to or the same as one, set against
 * one, or denied a namesake's deed, or denied for one ("not Altman, but the director Robert Altman"). "Is Altman
 * related to Robert Altman?" asks about our person; "Is Jack Altman related to …?" about Jack (round 16); "Sidney
 * Altman did not make films" denies the namesake his deed (round 43).
 */
export const isComparedWithNamesake = (
  text: string,
  start: number,
  end: number,
  before: string,
  after: string,
  ours: ReadonlySet<string>,
) =>
  ((COMPARED_AFTER.test(farTextAfter(text, end)) ||
    VERSUS_AFTER().test(after) ||
    COMPARED_LATER_AFTER.test(farTextAfter(text, end))) &&
    !isOtherFirstName(text, start, end, ours)) ||
  (IF_BEFORE().test(before) && COMPARED_IS_AFTER().test(after)) ||
  (COMPARED_FRAME_AFTER.test(after) && IF_BEFORE().test(before)) ||
  (DEED_DENIED_AFTER.test(after) && !isOtherFirstName(text, start, end, ours)) ||
  isSetAgainstByNotBut(text, start, end, before, after);
