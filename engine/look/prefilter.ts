import type { NameForms } from '../../knowledge/types';
import { stripInvisible, withoutInvisible } from '../text/invisible-chars';
import { formPattern } from '../text/name-pattern';

/**
 * The cheap first look at a text: does it hold anything the matcher could take for a mention? Every
 * candidate the matcher finds (full name, handle, lone surname or namesake) holds a surname or a handle,
 * so one case-insensitive pattern of those, run natively over a whole page's text, answers it; a page
 * it says no to pays for nothing else. It may say yes where the matcher finds nothing ("Altmann",
 * "Robert Altman"), never the reverse.
 */

export interface Prefilter {
  /** False only where the matcher finds no candidate in `text`. */
  test(text: string): boolean;
  /** Where in `text` a name may be, as [start, end) offsets in order: every candidate covers one. */
  find(text: string): [start: number, end: number][];
}

/**
 * The surnames and handles, lower case, leaving out each that holds another ("альтмана" holds "альтман"). A handle
 * without its "@" is no stem: the matcher reads one only beside another name, and a word as common as "sama"
 * ("Samantha", Indonesian "bekerja sama") would wake the engine on pages that name no one.
 */
export function nameStems(people: readonly { readonly names: NameForms }[]): string[] {
  const forms = [
    ...new Set(people.flatMap(({ names }) => [...names.surnames, ...names.handles]).map((f) => f.toLowerCase())),
  ];
  return forms.filter((form) => !forms.some((other) => other !== form && form.includes(other)));
}

/** The prefilter's pattern: any of the people's surnames and handles (`namePattern(namedPeople)`). */
export const namePattern = (people: readonly { readonly names: NameForms }[]) =>
  nameStems(people).map(formPattern).join('|');

/** The prefilter's test alone, for `pattern` (see `namePattern`): all the content script needs. */
export const nameTest = (pattern: string) => testOf(new RegExp(pattern, 'giu'));

// One pattern, global, for the test and for `find`: the session's prefilter and the content script's test are then
// the same source and flags, which V8 compiles once for both (its cache of patterns), and the session has one
// pattern's code of the names rather than two (4.6 KB on the bench's page of 10,000 names).
function testOf(any: RegExp): Pick<Prefilter, 'test'> {
  const hit = (text: string) => {
    any.lastIndex = 0;
    return any.test(text);
  };
  // The names' pattern alone runs twice as fast as one that also looks for invisible characters
  // (Chromium 156, 1 MB: 2 ms rather than 4). A name in the text as it is, which stops the pattern at
  // its first hit, is one without them too (at worst the text without them holds none: a yes where the
  // matcher finds nothing is allowed): only a text without one is looked through for them.
  return {
    test(text) {
      if (hit(text)) return true;
      const visible = withoutInvisible(text);
      return visible !== text && hit(visible);
    },
  };
}

/** The prefilter for `pattern` (see `namePattern`). */
export function createPrefilter(pattern: string): Prefilter {
  const all = new RegExp(pattern, 'giu');
  return {
    ...testOf(all),
    find(original) {
      const { text, toOriginal } = stripInvisible(original);
      const spans: [number, number][] = [];
      all.lastIndex = 0;
      for (let m = all.exec(text); m; m = all.exec(text))
        spans.push([toOriginal(m.index), toOriginal(m.index + m[0].length - 1) + 1]);
      return spans;
    },
  };
}
