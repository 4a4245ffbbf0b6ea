import { citesCoAuthoredPaperAt } from '../rules/author-lists';
import { isDataString } from '../rules/code-values';
import { isIndefinitelyNamed } from '../rules/indefinitely-named';
import { addressesCommenter, isSignOff } from '../rules/sign-offs';
import { isSpellingSetAside } from '../rules/spellings-said';
import { tellsOurStory } from '../rules/story-words';
import { isSpeltAsOurs } from './surname-spellings';

/**
 * The lone surnames the matcher sets aside as it finds them, before reading their sentence: data, a paper cited with
 * its co-author, a surname anyone indefinite bears, a sign-off, a reply's address, a spelling set aside.
 */

/** How far after a surname someone indefinite bears our story's event is read as told of him, in characters. */
const STORY_REACH = 25;

/**
 * Whether the lone surname at [start, end) names no one the matcher reports; `bare` if it is a handle without its
 * "@", `writesPapers` if its person writes papers, `canonical` our surnames as spelt.
 */
export function isSurnameSetAside(
  text: string,
  start: number,
  end: number,
  bare: boolean,
  writesPapers: boolean,
  canonical: ReadonlySet<string>,
): boolean {
  // A spelling in a code's list literal or a key's value, or an id named as one ("handle sama"), is data.
  if (isDataString(text, start, end)) return true;
  if (bare) return false;
  return (
    // So is a paper cited with its co-author and year by the surname of one of ours who writes none, "Altman and
    // Reyes (2021)", whatever else the text names: a post he signed is cited without one (round 56).
    (!writesPapers && citesCoAuthoredPaperAt(text, start, end)) ||
    // So is a surname anyone indefinite bears: "a family named Altman"; unless our story's event is told of him
    // right after it: "someone named Leike resigned" is the one the news is about (round 21).
    (isIndefinitelyNamed(text, start, end) && !tellsOurStory(text.slice(end, end + STORY_REACH).split('\n')[0]!)) ||
    // So is one that signs off a message, its writer's: „Nein, nicht verwandt … Gruß, Leike" (round 23); or one
    // spelt as ours but set aside for a respelling of someone else's name: "Tom Altmann, not Altman" (round 26).
    // Round 70: or one that addresses a reply to a commenter named so above, "@Agnes Leike 😂": no one the thread
    // speaks of, it neither takes the lone surnames after it nor makes the namesake its subject.
    isSignOff(text, start, end) ||
    addressesCommenter(text, start, end) ||
    (isSpellingSetAside(text, start, end) && isSpeltAsOurs(text.slice(start, end), canonical))
  );
}
