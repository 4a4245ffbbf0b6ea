import type { NameForms } from '../../knowledge/types';
import { anyOf, lazyPattern, SPACE } from '../text/regex-parts';

// A closing quotation mark and the spaces after it, right before a surname: the cheap test that comes first.
const QUOTE_BEFORE = lazyPattern(() => /[“”"‘’«»][^\S\n]*$/u);
/** How far before a surname a full name with its nickname may start. */
const REACH = 80;

/**
 * Reads a full name with a nickname quoted between the first names and the surname: "Samuel Harris „Sam“ Altman",
 * 'Jakub "Kuba" Pachocki'. The names pattern finds only the surname after the quote; the reader answers where the
 * full name starts, when the nickname is one of the person's first names, or undefined.
 */
export function createNicknameReader(names: NameForms): (text: string, start: number) => number | undefined {
  const given = anyOf(names.given);
  const middle = names.middle.length ? `(?:${SPACE}+${anyOf(names.middle)})?` : '';
  const before = lazyPattern(
    () => String.raw`(?<![\p{L}\p{M}\p{N}])${given}${middle}${SPACE}+[„“"‚«»]${given}[“”"‘’«»]${SPACE}*$`,
    'iu',
  );
  return (text, start) => {
    if (!QUOTE_BEFORE().test(text.slice(Math.max(0, start - 4), start))) return undefined;
    const slice = text.slice(Math.max(0, start - REACH), start);
    const found = before().exec(slice);
    return found ? start - slice.length + found.index : undefined;
  };
}
