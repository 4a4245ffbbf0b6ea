import { kinshipWords } from '../../knowledge/lexicon/family-and-kinship';
import { otherWorldRoles } from '../../knowledge/lexicon/titles-and-roles';
import { everydayTrades } from '../../knowledge/lexicon/trades-and-shops';
import { isResultOrAgeAfter } from './ordinary-person-signs';
import { anyOf, lazyPattern, SPACE } from '../text/regex-parts';

/**
 * Full names of namesakes in ordinary people's worlds (round 21): in a text with no AI word and no word of our story,
 * a full name of ours is the name's only support, and the way the text treats its bearer elsewhere outweighs it. A
 * chess club's new champion is "Jan" two sentences on („Jan hat nur gegen … remisiert“), a golden wedding's husband
 * „Jakob“ („Jakob war damals als Schlosser …“), a table-tennis player "Leike, 19", a club's treasurer "Sam Altman, the
 * club treasurer", a bakery's owner „Samuel Altman, Enkel des Gründers“. Our people are not called by their first
 * name alone, given an age, or set in apposition as someone's grandson or a club's officer by a text that never
 * speaks of their world. Any author writing about a neighbour does one of these: that is the signal, not the club's,
 * the wedding's or the bakery's words.
 */

/** A candidate of one of ours as this rule reads it: where it stands and, for a full name, his first name there. */
export interface CastName<Id extends string> {
  readonly person: Id;
  readonly start: number;
  readonly end: number;
  /** The first name as written in a full name; none for a lone surname. */
  readonly given?: string;
  /** The surname as written in a full name, without a possessive ending; none for a lone surname. */
  readonly surname?: string;
}

// An apposition after a comma that places the bearer in an ordinary world: ", the club treasurer", ", Enkel des
// Gründers", ", our plumber".
const ORDINARY_APPOSITION = lazyPattern(
  () =>
    String.raw`^,${SPACE}+(?:(?:the|our|his|her|der|die|unser|unsere|sein|seine|ihr|ihre)${SPACE}+)?(?:[\p{L}'’]+${SPACE}+)?(?:${anyOf([...otherWorldRoles, ...everydayTrades, ...kinshipWords])})(?:in|s)?(?![\p{L}])`,
  'iu',
);

// A first name joined to a sibling's before their shared surname: "Sam or Jack Altman", „Sam und Max Altman“ (round
// 22). The pair is one full name with two first names, said of a family in any world; it calls no one by a first
// name alone. The surname is checked after the second name, so a couple's first names alone („Jan und Maria
// feiern …“) still call them so.
const PAIRED_BEFORE = (surname: string) =>
  new RegExp(
    String.raw`^${SPACE}+(?:and|or|nor|und|oder|sowie)${SPACE}+[\p{L}'’-]+${SPACE}+${surname}(?![\p{L}])`,
    'iu',
  );

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Whether the first name `given` stands alone somewhere in `text` before a lower-case word, as the subject of a
 * sentence or a clause: „Jan hat …“, "Sam said"; not quoted as a word („Jan“ allein), nor where a full name of ours
 * starts (`fullNames`: "ilya sutskever hört auf" in a chat's lower case), nor paired with a sibling's first name
 * before `surname` ("Sam or Jack Altman").
 */
function isCalledByFirstName(text: string, given: string, surname: string, fullNames: ReadonlySet<number>): boolean {
  const alone = new RegExp(String.raw`(?<![\p{L}\p{N}"„“‚'‘«»])${escapeRegExp(given)}${SPACE}+\p{Ll}`, 'gu');
  let paired: RegExp | undefined;
  for (let m = alone.exec(text); m; m = alone.exec(text)) {
    if (fullNames.has(m.index)) continue;
    const end = m.index + given.length;
    if (!(paired ??= PAIRED_BEFORE(escapeRegExp(surname))).test(text.slice(end, end + 80))) return true;
  }
  return false;
}

/**
 * Whether the first name `given` stands alone in `text` as an apposition between commas after a word for a relative:
 * „Der Sohn, Jakub, übernimmt ab nächstem Jahr“, "their daughter, Sam, runs the shop" (round 70). A family's own
 * member, called by his first name as the subject is.
 */
function isKinByFirstName(text: string, given: string): boolean {
  const apposed = `${SPACE}*,${SPACE}*${escapeRegExp(given)}${SPACE}*,`;
  return new RegExp(String.raw`(?<![\p{L}])${anyOf(kinshipWords)}${apposed}`, 'iu').test(text);
}

/**
 * The people among `names` whom a text with no AI word and no word of our story treats as ordinary people: called
 * by a first name alone (round 70: also as a relative's apposition), given an age or a results line, or set in an
 * apposition of an ordinary role or of kin.
 */
export function ordinaryCast<Id extends string>(text: string, names: readonly CastName<Id>[]): Set<Id> {
  const ordinary = new Set<Id>();
  const fullNames = new Set(names.filter((name) => name.given !== undefined).map((name) => name.start));
  // Each first name is looked for once in the text, however many full names give it: a page may have thousands.
  const calledBy = new Map<string, boolean>();
  const isCalledBy = (given: string, surname = '') => {
    const key = `${given} ${surname}`;
    if (!calledBy.has(key))
      calledBy.set(key, isCalledByFirstName(text, given, surname, fullNames) || isKinByFirstName(text, given));
    return calledBy.get(key)!;
  };
  for (const name of names) {
    if (ordinary.has(name.person)) continue;
    if (
      isResultOrAgeAfter(text, name.end) ||
      (text[name.end] === ',' && ORDINARY_APPOSITION().test(text.slice(name.end, name.end + 60))) ||
      (name.given !== undefined && isCalledBy(name.given, name.surname))
    ) {
      ordinary.add(name.person);
    }
  }
  return ordinary;
}
