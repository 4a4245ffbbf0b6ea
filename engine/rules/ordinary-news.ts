import { familyHistoryTerms, ordinaryNewsTerms } from '../../knowledge/lexicon/ordinary-lives';
import { everydayShopNouns } from '../../knowledge/lexicon/trades-and-shops';
import { anyOf, endingInOneOf, hintOf, lazyPattern, WORD_CHAR } from '../text/regex-parts';
import { PROSE_OPENING_QUOTES } from '../text/quotation-marks';

/**
 * Texts about ordinary people's worlds that bear our surnames (round 17): a family-history forum ("my
 * great-grandfather … emigrated … the passenger lists"), a club's, a league's or a family's news ("Bester Werfer war
 * Jan Leike mit neun Treffern", "Jan Leike has offered to run the raffle"). The caller asks only of a text with no AI
 * word: there a full name is a member's, and in family history a lone surname is the family's.
 */
export type OrdinaryWorld = 'family history' | 'news';

/** How many different words of a world a text needs: one ("league", "census") is said in passing anywhere. */
const MIN_TERMS = 2;

function termCounter(terms: readonly string[]) {
  const hint = hintOf(terms);
  const pattern = lazyPattern(() => `(?<!${WORD_CHAR})${anyOf(terms)}s?(?!${WORD_CHAR})`, 'giu');
  return Object.assign(
    (text: string, enough = MIN_TERMS) => {
      if (!hint.test(text)) return 0;
      const found = new Set<string>();
      const words = pattern();
      words.lastIndex = 0;
      for (let m = words.exec(text); m && found.size < enough; m = words.exec(text)) {
        found.add(m[0].toLowerCase().replace(/s$/u, ''));
      }
      return found.size;
    },
    {
      /** `text` without these words: what else it says ("Wir nehmen Abschied von …" is no departure of our story). */
      without: (text: string) => text.replace(pattern(), ' '),
    },
  );
}

const familyHistoryWords = termCounter(familyHistoryTerms);
const newsWords = termCounter(ordinaryNewsTerms);
const shopWords = termCounter(everydayShopNouns);

/** The ordinary world `text` is about, by `MIN_TERMS` different words of it, or none. */
export function ordinaryWorldOf(text: string): OrdinaryWorld | undefined {
  if (familyHistoryWords(text) >= MIN_TERMS) return 'family history';
  return newsWords(text) >= MIN_TERMS ? 'news' : undefined;
}

/**
 * How many different words of ordinary worlds make a text plainly about one, whoever it names (round 58): a league's
 * roundup or a youth team's report that gives three of ours to its players („Die Punkte: Altman 24, Pachocki 13 …“)
 * has three and more; a newsroom's count of its articles on our cast has a „Treffer“ and a „Newsletter“ (round 52).
 */
const PLAIN_TERMS = 3;

/** Whether `text` has `PLAIN_TERMS` different words of ordinary worlds (the caller asks it of texts with no AI word). */
export const isPlainlyOrdinary = (text: string) => newsWords(text, PLAIN_TERMS) >= PLAIN_TERMS;

/** Whether `text` is a family history by `MIN_TERMS` different words of it, whatever else it speaks of. */
export const isFamilyHistory = (text: string) => familyHistoryWords(text) >= MIN_TERMS;

/**
 * Whether the paragraph around [start, end) of a family history speaks of its families and not of AI, by a word of
 * family history in it and none of `aiAt` (the sorted places of AI words in `text`): a forum thread on an ancestor
 * may have a reply about our person, and its other paragraphs stay the families' (round 18).
 */
export function isFamilyParagraph(text: string, start: number, end: number, aiAt: readonly number[]): boolean {
  const from = text.lastIndexOf('\n', start) + 1;
  const to = text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end);
  if (aiAt.some((at) => at >= from && at < to)) return false;
  return familyHistoryWords(text.slice(from, to)) > 0;
}

/** The paragraph around [start, end): the lines between the blank lines before and after it. */
function paragraphAround(text: string, start: number, end: number): readonly [number, number] {
  const before = text.lastIndexOf('\n\n', start);
  const after = text.indexOf('\n\n', end);
  return [before === -1 ? 0 : before + 2, after === -1 ? text.length : after];
}

/**
 * A reader of the paragraphs of `text`: whether the paragraph around [start, end) is about an ordinary world and not
 * ours, by `MIN_TERMS` different words of ordinary worlds in it (a craft's, a farm's, a club's, an obituary's), none
 * of `aiAt` (the sorted places of AI words in `text`) and no word of our story (`isStory`). Decided once per
 * paragraph, for every name in it: a results page's entry for a joiner ("Jan Leike – Tischlermeister … Maßmöbel aus
 * eigener Werkstatt. Jan Leike und Team freuen sich auf Ihren Anruf.") beside the entries on our person, in another
 * paragraph of the text or in another block of the page (round 20).
 */
export function everydayParagraphs(
  text: string,
  aiAt: readonly number[],
  isStory: (paragraph: string) => boolean,
): (start: number, end: number) => boolean {
  // The names of a paragraph are asked about one after another: its answer is kept until the next one's.
  let last: { readonly from: number; readonly everyday: boolean } | undefined;
  return (start, end) => {
    const [from, to] = paragraphAround(text, start, end);
    if (last?.from === from) return last.everyday;
    const paragraph = text.slice(from, to);
    // A word of our story inside a phrase of the world is the world's: an obituary's „nehmen Abschied“.
    const everyday =
      !aiAt.some((at) => at >= from && at < to) &&
      newsWords(paragraph) >= MIN_TERMS &&
      !isStory(newsWords.without(paragraph));
    last = { from, everyday };
    return everyday;
  };
}

/**
 * Whether the sentence [from, to) of `text` is set in an ordinary world, by a word of one in it, in a paragraph with
 * none of `aiAt` (the sorted places of AI words in `text`): a lone surname there takes no support from AI words in
 * other paragraphs. A page read as one text may put a parish's or a shop's news two paragraphs below an AI headline,
 * "OpenAI named Pachocki … At the spring concert the solo was sung by Leike" (round 79).
 */
export function isOrdinarySentence(text: string, from: number, to: number, aiAt: readonly number[]): boolean {
  const [paragraphFrom, paragraphTo] = paragraphAround(text, from, to);
  if (aiAt.some((at) => at >= paragraphFrom && at < paragraphTo)) return false;
  const sentence = text.slice(from, to);
  return newsWords(sentence, 1) > 0 || familyHistoryWords(sentence, 1) > 0 || shopWords(sentence, 1) > 0;
}

// A name searched for, quoted after the verb: 'when I googled "Jan Leike"', 'searched for "Sam Altman"', „suchte
// nach „Leike““ (round 18).
const SEARCHED_BEFORE = endingInOneOf(
  ['googled', 'google', 'searched', 'for', 'up', 'nach'],
  () => /(?<!\p{L})(?:googled?|googelte|searched(?:[^\S\n]+for)?|looked[^\S\n]+up|suchte[^\S\n]+nach)[^\S\n]+$/iu,
);

/** Whether the quoted name at `start` is what someone typed into a search engine: in a family history, the ancestor. */
export const isSearchedName = (text: string, start: number) =>
  PROSE_OPENING_QUOTES.includes(text[start - 1] ?? ' ') &&
  SEARCHED_BEFORE.test(text.slice(Math.max(0, start - 25), start - 1));
