/**
 * Generated prose, the same for every run: paragraphs of short text nodes split by inline markup, with
 * the four people named at even intervals. Pure: strings in, strings out.
 */

/** A small seeded generator (mulberry32), so that every run reads the same page. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// Lower-case words only: a capitalised word before a lone surname would read as someone's first name.
const WORDS = (
  'the board met again on friday and the staff letter kept growing while investors asked what had happened ' +
  'a research lab in the city trained a larger model over the winter and the safety team wrote a long report ' +
  'about alignment work compute budgets and the hiring plans for next year people in the office talked about ' +
  'the product launch the new voice features and a blog post that nobody had expected to read so soon ' +
  'engineers shipped updates every week reporters called for comment and the company said little in public'
).split(' ');
// What `paragraph` writes, in characters of text, on average.
const PARAGRAPH_CHARS = 520;
const INLINE = ['em', 'strong', 'a', 'code', 'span', 'b', 'i'] as const;

/**
 * Mentions the extension shows, each counted once. The page names every person in full, so the lone
 * surnames count too; each follows a lower-case word, which is never taken for a first name.
 */
export const MENTIONS = [
  'Ilya Sutskever',
  'Sam <strong>Altman</strong>',
  '<a href="#jan">Jan Leike</a>’s',
  'Jakub Pachocki',
  'Sam Altman',
  'Ilya <em>Sutskever</em>’s',
  'Jan <b>Leike</b>',
  'Jakub <span>Pachocki</span>',
  'Altman',
  'Sutskever',
] as const;

export interface ProseOptions {
  /** Roughly how many characters of text the page holds. */
  readonly chars: number;
  /** How many mentions the page holds, spread evenly over its paragraphs. */
  readonly mentions: number;
  readonly seed?: number;
}

export interface Prose {
  /** Block elements: headings and paragraphs. */
  readonly html: string;
  readonly mentions: number;
}

function words(random: () => number, count: number): string {
  const picked: string[] = [];
  for (let i = 0; i < count; i++) picked.push(WORDS[Math.floor(random() * WORDS.length)]!);
  return picked.join(' ');
}

/** One paragraph of about 520 characters in about eleven text nodes, with `mentions` names in it. */
export function paragraph(random: () => number, mentions: readonly string[]): string {
  const parts: string[] = [];
  const pending = [...mentions];
  for (let sentence = 0; sentence < 5 || pending.length; sentence++) {
    const inline = INLINE[Math.floor(random() * INLINE.length)]!;
    const href = inline === 'a' ? ' href="#"' : '';
    let text = `${words(random, 6)} <${inline}${href}>${words(random, 2)}</${inline}> ${words(random, 10)}`;
    const mention = pending.shift();
    // "wrote" before every mention: a lower-case verb of saying, so a lone surname reads as one.
    if (mention) text += ` wrote ${mention} and ${words(random, 3)}`;
    parts.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
  }
  return `<p>${parts.join(' ')}</p>`;
}

/** Paragraphs under headings until the text reaches `chars`, with `mentions` names spread evenly. */
export function prose({ chars, mentions, seed = 2024 }: ProseOptions): Prose {
  const random = seededRandom(seed);
  const paragraphs = Math.max(1, Math.round(chars / PARAGRAPH_CHARS));
  const blocks: string[] = [];
  let placed = 0;
  for (let i = 0; i < paragraphs; i++) {
    if (i % 20 === 0) blocks.push(`<h2>${words(random, 4)}</h2>`);
    const due = Math.round(((i + 1) * mentions) / paragraphs) - placed;
    const names = Array.from({ length: due }, (_, k) => MENTIONS[(placed + k) % MENTIONS.length]!);
    placed += due;
    blocks.push(paragraph(random, names));
  }
  return { html: blocks.join(''), mentions: placed };
}
