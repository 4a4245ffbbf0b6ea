import { monthNames } from '../../knowledge/lexicon/month-names';
import { employerTerms } from '../../knowledge/lexicon/story-and-employers';
import { confusionWords } from '../../knowledge/lexicon/telling-bearers-apart';
import { everydayTrades, livelihoodNouns } from '../../knowledge/lexicon/trades-and-shops';
import { anyOf, containingOneOf, lazyPattern, SPACE, startingWithOneOf } from '../text/regex-parts';
import { ownsFirmOfHisName } from './firm-names';

// A livelihood in the full name's own clause, perhaps after "who" or „der“: a shop run or owned ("runs a hardware
// store in Boone", „betreibt in Kiel einen Fahrradladen“), or a trade worked ("works as a plumber", „arbeitet als
// Busfahrer“).
const LIVELIHOOD_VERBS = ['runs', 'owns', 'keeps', 'manages', 'betreibt', 'besitzt', 'führt', 'leitet'];
const WORK_VERBS = ['works', 'worked', 'arbeitet', 'arbeitete'];
// Round 130: "who" without a comma too, as a lone surname picked out is read: "the Altman who owns the bike shop".
const LIFE_AFTER = startingWithOneOf(
  [',', 'who', ...LIVELIHOOD_VERBS, ...WORK_VERBS],
  () =>
    new RegExp(
      String.raw`^(?:${SPACE}*,${SPACE}+(?:who|der|die)|${SPACE}+who)?${SPACE}+(?:(?:${anyOf(LIVELIHOOD_VERBS)})(?:${SPACE}+[\p{L}-]+){0,4}?${SPACE}+\p{L}*${anyOf(livelihoodNouns)}|(?:${anyOf(WORK_VERBS)})${SPACE}+(?:as|als)${SPACE}+(?:an?${SPACE}+)?\p{L}*${anyOf([...everydayTrades, 'fahrer', 'driver'])})(?![\p{L}])`,
      'iu',
    ),
);
// A home town right after the name: "Jan Leike aus Rostock-Lütten Klein", "Sam Altman from Boone"; not our people's
// employer ("Sam Altman from OpenAI"), nor a month (round 165: "co-led the team with Ilya Sutskever from July 2023").
const HOME_AFTER = startingWithOneOf(
  ['aus', 'from'],
  () =>
    new RegExp(
      String.raw`^${SPACE}+(?:aus|from)${SPACE}+(?!(?:${anyOf(employerTerms)}|${anyOf([...monthNames.de, ...monthNames.en])})(?![\p{L}]))\p{Lu}\p{Ll}`,
      'u',
    ),
);
/** Whether a livelihood follows the name in its own clause (see above): "who runs a hardware store". */
export const hasLivelihoodAfter = (text: string, end: number): boolean => LIFE_AFTER.test(text.slice(end, end + 80));

// Round 158: a woman, by the pronoun her verb of speech gives her right after, "Leike told the meeting she was not
// against technology", "Leike said that she …": none of ours is one. Round 159: "Leike explains why she thinks …".
// Not someone named between, "Altman told Murati she …", whose pronoun is that one's.
const SHE_SPEAKS_AFTER = lazyPattern(
  () =>
    /^[^\S\n]+(?:said|says|told|tells|added|adds|explained|explains|insisted|stressed)(?:[^\S\n]+(?:reporters|journalists|residents|the[^\S\n]+\p{Ll}+))?(?:[^\S\n]+(?:that|why|how))?[^\S\n]+she(?![\p{L}])/u,
);
/** Whether the surname ending at `end` is a woman's by her pronoun after her verb of speech (see above). */
export const isSheAfter = (text: string, end: number): boolean => SHE_SPEAKS_AFTER().test(text.slice(end, end + 60));
/** Round 72: whether a home town follows the name at once ("Dr. Leike from Utrecht"), which a namesake is known by. */
export const hasHomeTownAfter = (text: string, end: number): boolean => HOME_AFTER.test(text.slice(end, end + 40));
const CONFUSION = containingOneOf(
  confusionWords,
  () => new RegExp(String.raw`(?<![\p{L}])${anyOf(confusionWords)}`, 'iu'),
);

/**
 * Whether the full name at [start, end) introduces a namesake's own story: a livelihood or a home town in its clause,
 * or a firm that bears his surname after it ("Sam Altman of Altman Hardware"; round 137), in a text that speaks of the
 * one he is taken for ("his namesake", „Falscher Jan“, "the other fella"). A reporter who profiles a namesake says
 * what he does and where, and why he is news: the confusion with ours; a text about ours names his employer, not a
 * shop or a home town. The caller asks it only of the text's first naming of the person, where its item has no AI
 * word, and then gives the bearer the text's later names (round 27).
 */
export const introducesNamesake = (text: string, start: number, end: number): boolean =>
  text[end] !== undefined &&
  (hasLivelihoodAfter(text, end) || hasHomeTownAfter(text, end) || ownsFirmOfHisName(text, start, end)) &&
  CONFUSION.test(text);
