import { SUPPORT, type Matcher, type Mention } from './matcher';

/**
 * The one rule for lone surnames, which the page, `npm run eval` and `npm run scan` all use: a document's
 * candidates, block by block in document order, go in; the mentions to show come out.
 *
 * Each lone surname is judged where it stands. The nearest name before it that says whose it is (our
 * person's full name, handle or employer title, or a namesake such as "Robert Altman") and its own
 * sentence outweigh what the rest of the document says:
 * - within `NEAR` sentences after a namesake, or before a namesake in its own sentence, it is the
 *   namesake's, unless the document named our person before and its own sentence speaks of AI, or its own
 *   title or affiliation names our person's employer;
 * - anywhere else it is ours when the document names our person in full, or AI terms stand near it.
 */

/** How many sentences after a namesake's name a lone surname still goes to the namesake. */
const NEAR = 3;

/** The latest name of a person before the mention being judged: whose it was, and in which sentence. */
interface Anchor {
  readonly ours: boolean;
  readonly sentence: number;
}

const identifiesOurs = (m: Mention) => m.kind === 'full' || m.kind === 'handle' || m.support === SUPPORT.TITLE;

/**
 * Whether the next name of the same person in the same sentence is a namesake's: "Wer „Altman“ sagte,
 * meinte den Regisseur Robert Altman" speaks of the director throughout.
 */
function namesakeLaterInSentence(mentions: readonly Mention[], index: number): boolean {
  const { person, sentence } = mentions[index]!;
  for (let i = index + 1; i < mentions.length && mentions[i]!.sentence === sentence; i++) {
    const next = mentions[i]!;
    if (next.person === person && (next.kind === 'namesake' || identifiesOurs(next))) return next.kind === 'namesake';
  }
  return false;
}

/** The mentions to show of a document given as the candidates of its blocks, in document order. */
export function acceptInDocument<Id extends string>(blocks: readonly (readonly Mention<Id>[])[]): Mention<Id>[][] {
  const named = new Set(blocks.flat().filter(identifiesOurs).map((m) => m.person));
  const anchors = new Map<Id, Anchor>();
  const namedSoFar = new Set<Id>();
  // Sentences counted through the document: the candidate blocks' sentences, one block after another.
  let sentencesBefore = 0;
  return blocks.map((mentions) => {
    const accepted = mentions.filter((m, i) => {
      const sentence = sentencesBefore + m.sentence;
      if (identifiesOurs(m) || m.kind === 'namesake') {
        const ours = m.kind !== 'namesake';
        anchors.set(m.person, { ours, sentence });
        if (ours) namedSoFar.add(m.person);
        return ours;
      }
      const anchor = anchors.get(m.person);
      const contested =
        (anchor && !anchor.ours && sentence - anchor.sentence <= NEAR) || namesakeLaterInSentence(mentions, i);
      // A refused lone surname after a namesake carries the namesake on: "Thomas Leike … sagt Leike … will Leike".
      if (contested) {
        if (namedSoFar.has(m.person) && m.support >= SUPPORT.SENTENCE) return true;
        anchors.set(m.person, { ours: false, sentence });
        return false;
      }
      if (named.has(m.person) || m.support >= SUPPORT.NEAR) return true;
      if (anchor && !anchor.ours) anchors.set(m.person, { ours: false, sentence });
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
