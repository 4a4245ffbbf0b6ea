import { familyHistoryTerms, ordinaryNewsTerms } from '../knowledge/lexicon';
import { anyOf, hintOf, lazyPattern, WORD_CHAR } from './regex-parts';

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
  return (text: string) => {
    if (!hint.test(text)) return 0;
    const found = new Set<string>();
    const words = pattern();
    words.lastIndex = 0;
    for (let m = words.exec(text); m && found.size < MIN_TERMS; m = words.exec(text)) {
      found.add(m[0].toLowerCase().replace(/s$/u, ''));
    }
    return found.size;
  };
}

const familyHistoryWords = termCounter(familyHistoryTerms);
const newsWords = termCounter(ordinaryNewsTerms);

/** The ordinary world `text` is about, by `MIN_TERMS` different words of it, or none. */
export function ordinaryWorldOf(text: string): OrdinaryWorld | undefined {
  if (familyHistoryWords(text) >= MIN_TERMS) return 'family history';
  return newsWords(text) >= MIN_TERMS ? 'news' : undefined;
}
