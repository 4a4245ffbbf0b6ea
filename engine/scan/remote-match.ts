import { MAX_MATCH_CHARS, MAX_MATCH_TEXTS, parseMatchAnswer, type MatchRequest } from '../../model/match-messages';
import type { PersonId } from '../../model/person';
import { keptOf, windowsOf } from '../match/long-text';
import type { Mention } from '../match/mention';
import { decodeMentions } from '../match/mention-wire';

/**
 * Finds the candidates of each text, elsewhere than on the page's main thread (the extension's background): one
 * array per text, or undefined where no answer came.
 */
export type MatchTexts = (texts: readonly string[]) => Promise<Mention<PersonId>[][] | undefined>;

/**
 * The texts in requests within the bounds (`fitsOneRequest`), in order: most batches make one. The counts run
 * along, since a batch of the 10,000-mention page holds thousands of texts and this runs in the page's task.
 */
export function requestsOf(texts: readonly string[]): string[][] {
  const requests: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const text of texts) {
    if (current.length && (current.length === MAX_MATCH_TEXTS || chars + text.length > MAX_MATCH_CHARS)) {
      requests.push(current);
      current = [];
      chars = 0;
    }
    current.push(text);
    chars += text.length;
  }
  if (current.length) requests.push(current);
  return requests;
}

/**
 * `MatchTexts` by requests that `send` carries to the background, one after another; an answer that does not parse
 * counts as none.
 */
export function remoteMatcher(send: (request: MatchRequest) => Promise<unknown>): MatchTexts {
  const ask = (texts: string[]) =>
    send({ type: 'match-texts', texts }).then(
      (answer) => {
        const parsed = parseMatchAnswer(answer, texts);
        return parsed && decodeMentions(parsed, texts);
      },
      () => undefined,
    );
  return async (texts) => {
    if (!texts.length) return [];
    const found: Mention<PersonId>[][] = [];
    for (const request of requestsOf(texts)) {
      const answer = await ask(request);
      if (!answer) return undefined;
      found.push(...answer);
    }
    return found;
  };
}

/**
 * The candidates of each block text, found by `match`. A text longer than a window is asked about only in the
 * windows that may name someone (`mayName`, the prefilter): a window it says no to has no candidate, so a page of
 * one 10 MB text node sends the windows around its names, not 10 MB.
 */
export async function matchBlockTexts(
  match: MatchTexts,
  texts: readonly string[],
  mayName: (text: string) => boolean,
): Promise<Mention<PersonId>[][] | undefined> {
  const asked = texts.map((text) => {
    const windows = windowsOf(text);
    return windows.length === 1 ? windows : windows.filter((window) => mayName(window.text));
  });
  const found = await match(asked.flat().map((window) => window.text));
  if (!found) return undefined;
  let next = 0;
  return asked.map((windows) => windows.flatMap((window) => keptOf(window, found[next++]!)));
}
