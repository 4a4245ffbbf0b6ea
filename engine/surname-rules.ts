import { SUPPORT, type Matcher, type Mention } from './matcher';

/**
 * The one rule for lone surnames, which the page, `npm run eval` and `npm run scan` all use: a document's
 * candidates, block by block in document order, go in; the mentions to show come out.
 *
 * Each lone surname is judged where it stands. The nearest name before it that says whose it is (our
 * person's full name, handle, employer title or a list with others of ours; or a namesake such as
 * "Robert Altman") and its own sentence outweigh what the rest of the document says:
 * - within `NEAR` sentences after a namesake, or before a namesake in its own sentence, it is the
 *   namesake's, unless our person was named before it and its own sentence names our people's employer
 *   ("Altman became OpenAI's CEO"), or our person was named within `NEAR` sentences before it in the same
 *   paragraph, which compares the two, and its own sentence speaks of AI;
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
}

const identifiesOurs = (m: Mention) => m.kind === 'full' || m.kind === 'handle' || m.support === SUPPORT.TITLE;

/**
 * Whether the next name of the same person in the sentence of the mention at `index` is a namesake's: "Wer
 * „Altman“ sagte, meinte den Regisseur Robert Altman" speaks of the director throughout.
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
  const named = new Set(
    blocks
      .flat()
      .filter(identifiesOurs)
      .map((m) => m.person),
  );
  const aboutTheStory = named.size >= CAST;
  const anchors = new Map<Id, Anchor>();
  // Where each person was last named as ours: in which sentence of the document, and which paragraph.
  const lastNamed = new Map<Id, { readonly sentence: number; readonly paragraph: string }>();
  let block = 0;
  const paragraphOf = (m: Mention) => `${block}:${m.paragraph}`;

  /** Whether the lone surname `mentions[index]`, in the document's sentence `sentence`, is ours. */
  function isOurs(mentions: readonly Mention<Id>[], index: number, sentence: number): boolean {
    const m = mentions[index]!;
    const before = anchors.get(m.person);
    if ((before && !before.ours && sentence - before.sentence <= NEAR) || namesakeLaterInSentence(mentions, index)) {
      const last = lastNamed.get(m.person);
      if (!last) return false;
      const namedNear = last.paragraph === paragraphOf(m) && sentence - last.sentence <= NEAR;
      return m.support >= SUPPORT.EMPLOYER || (m.support >= SUPPORT.SENTENCE && namedNear);
    }
    return named.has(m.person) || aboutTheStory || m.support >= SUPPORT.NEAR;
  }

  // Sentences counted through the document: the candidate blocks' sentences, one block after another.
  let sentencesBefore = 0;
  return blocks.map((mentions) => {
    const accepted = mentions.filter((m, i) => {
      const sentence = sentencesBefore + m.sentence;
      const decisive = identifiesOurs(m) || m.kind === 'namesake';
      const ours = decisive ? m.kind !== 'namesake' : isOurs(mentions, i, sentence);
      if (decisive && ours) lastNamed.set(m.person, { sentence, paragraph: paragraphOf(m) });
      // A judged lone surname carries its person on, as a name would: "Thomas Leike … sagt Leike … will Leike".
      if (decisive || ours || anchors.get(m.person)?.ours === false) anchors.set(m.person, { ours, sentence });
      return ours;
    });
    sentencesBefore += mentions[0]?.sentences ?? 0;
    block++;
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
