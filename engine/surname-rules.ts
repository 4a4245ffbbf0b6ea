import { SUPPORT, type Matcher, type Mention } from './matcher';

/**
 * The one rule for lone surnames, which the page, `npm run eval` and `npm run scan` all use: a document's
 * candidates, block by block in document order, go in; the mentions to show come out.
 *
 * Each lone surname is judged where it stands. The nearest name before it that says whose it is (our
 * person's full name, handle, employer title or a list with others of ours; or a namesake such as
 * "Robert Altman") and its own sentence outweigh what the rest of the document says:
 * - within `NEAR` sentences after a namesake, or before a namesake in its own sentence, it is the
 *   namesake's, unless its own sentence speaks of AI and our person was named either within `NEAR`
 *   sentences before it too, or anywhere before it while the namesake came without AI words;
 * - anywhere else it is ours when the document names our person, or `CAST` of our people, or AI terms
 *   stand near it.
 */

/** How many sentences after a namesake's name a lone surname still goes to the namesake. */
const NEAR = 3;
/** How many of our people a document must name to be about the story: then their lone surnames need no AI words. */
const CAST = 2;

/** The latest name of a person before the mention being judged: whose it was, and in which sentence. */
interface Anchor {
  readonly ours: boolean;
  readonly sentence: number;
  /** For a namesake: whether AI words came with it, as with a linguist who studies language models. */
  readonly ai: boolean;
}

const identifiesOurs = (m: Mention) => m.kind === 'full' || m.kind === 'handle' || m.support === SUPPORT.TITLE;

const anchorOf = (m: Mention, sentence: number): Anchor => ({
  ours: m.kind !== 'namesake',
  sentence,
  ai: m.support >= SUPPORT.SENTENCE,
});

/**
 * The namesake named next after the mention at `index` in its sentence, before any name of ours: "Wer
 * „Altman“ sagte, meinte den Regisseur Robert Altman" speaks of the director throughout.
 */
function namesakeLaterInSentence(mentions: readonly Mention[], index: number): Mention | undefined {
  const { person, sentence } = mentions[index]!;
  for (let i = index + 1; i < mentions.length && mentions[i]!.sentence === sentence; i++) {
    const next = mentions[i]!;
    if (next.person === person && (next.kind === 'namesake' || identifiesOurs(next))) {
      return next.kind === 'namesake' ? next : undefined;
    }
  }
  return undefined;
}

/** The mentions to show of a document given as the candidates of its blocks, in document order. */
export function acceptInDocument<Id extends string>(blocks: readonly (readonly Mention<Id>[])[]): Mention<Id>[][] {
  const named = new Set(blocks.flat().filter(identifiesOurs).map((m) => m.person));
  const aboutTheStory = named.size >= CAST;
  const anchors = new Map<Id, Anchor>();
  // The sentence in which each person was last named as ours.
  const lastNamed = new Map<Id, number>();
  // Sentences counted through the document: the candidate blocks' sentences, one block after another.
  let sentencesBefore = 0;
  return blocks.map((mentions) => {
    const accepted = mentions.filter((m, i) => {
      const sentence = sentencesBefore + m.sentence;
      if (identifiesOurs(m) || m.kind === 'namesake') {
        const anchor = anchorOf(m, sentence);
        anchors.set(m.person, anchor);
        if (anchor.ours) lastNamed.set(m.person, sentence);
        return anchor.ours;
      }
      const before = anchors.get(m.person);
      const later = namesakeLaterInSentence(mentions, i);
      const contester =
        before && !before.ours && sentence - before.sentence <= NEAR ? before : later && anchorOf(later, sentence);
      if (contester) {
        const namedNear = sentence - (lastNamed.get(m.person) ?? -Infinity) <= NEAR;
        if (m.support >= SUPPORT.SENTENCE && (namedNear || (lastNamed.has(m.person) && !contester.ai))) return true;
        // Refused, it carries the namesake on: "Thomas Leike … sagt Leike … will Leike".
        anchors.set(m.person, { ...contester, sentence });
        return false;
      }
      if (named.has(m.person) || aboutTheStory || m.support >= SUPPORT.NEAR) return true;
      if (before && !before.ours) anchors.set(m.person, { ...before, sentence });
      return false;
    });
    sentencesBefore += mentions[0]?.sentences ?? 0;
    return accepted;
  });
}

export interface BlockMention<Id extends string> {
  /** Index of the block the mention is in. */
  readonly block: number;
  readonly mention: Mention<Id>;
}

/** The mentions of a document given as the texts of its blocks, each block matched on its own. */
export function findInBlocks<Id extends string>(matcher: Matcher<Id>, blocks: readonly string[]): BlockMention<Id>[] {
  return acceptInDocument(blocks.map((text) => matcher.find(text))).flatMap((accepted, block) =>
    accepted.map((mention) => ({ block, mention })),
  );
}

/** The mentions of one self-contained text, such as a file or a test document. */
export function findInDocument<Id extends string>(matcher: Matcher<Id>, text: string): Mention<Id>[] {
  return findInBlocks(matcher, [text]).map(({ mention }) => mention);
}
