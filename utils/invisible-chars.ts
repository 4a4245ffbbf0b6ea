/**
 * Characters that render as nothing but can sit inside a word: soft hyphen, zero-width spaces and
 * joiners, word joiner, BOM, and the direction marks that Hebrew and Arabic pages put around names.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

export interface VisibleText {
  /** The text without invisible characters. */
  readonly text: string;
  /** Maps an offset in `text` back to the offset in the original string. */
  readonly toOriginal: (offset: number) => number;
}

const identity = (offset: number) => offset;

/** Removes invisible characters so that "Suts\u00ADkever" reads as the name it shows. */
export function stripInvisible(original: string): VisibleText {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(original)) return { text: original, toOriginal: identity };
  // removedBefore[k]: how many characters were removed before the k-th kept one.
  const removedAt: number[] = [];
  INVISIBLE.lastIndex = 0;
  for (let m = INVISIBLE.exec(original); m; m = INVISIBLE.exec(original)) removedAt.push(m.index);
  const text = original.replace(INVISIBLE, '');
  return {
    text,
    toOriginal(offset) {
      // Each removed position at or before the running original offset shifts it by one.
      let result = offset;
      for (const at of removedAt) {
        if (at <= result) result++;
        else break;
      }
      return result;
    },
  };
}
