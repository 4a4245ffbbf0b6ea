import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { onCardRoot } from '../../../scripts/browser/card';

/** What axe found wrong: the rule, how bad, and where, as CSS selectors. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** Evaluates an expression in a page, a popup or a frame, awaiting promises. */
export type Evaluate = (expression: string) => Promise<unknown>;

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core where `evaluate` runs, on `context` (a JavaScript expression for a node or selector).
 * axe is loaded by evaluating its source: the extension pages' CSP blocks an added script tag.
 */
export async function axeViolations(evaluate: Evaluate, context = 'document'): Promise<AxeViolation[]> {
  await evaluate(AXE_SOURCE);
  // Colours caught mid-transition (after a change of colour scheme, say) would fail the contrast check.
  await evaluate('Promise.all(document.getAnimations().map((animation) => animation.finished)).then(() => true)');
  return (await evaluate(
    `axe.run(${context}, { resultTypes: ['violations'] }).then((result) => result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((node) => node.target.join(' ')),
    })))`,
  )) as AxeViolation[];
}

export const pageEvaluate =
  (page: Page): Evaluate =>
  (expression) =>
    page.evaluate(expression);

const COPY_ID = 'axe-card-copy';

/**
 * axe, like any page script, cannot enter the card's closed shadow root; the DevTools protocol can. The
 * card's nodes and its style sheet are copied, as they are, into an open shadow root on the same page,
 * where they render in the same place, and axe checks the copy: roles, names, contrast, everything but
 * the event listeners, which axe does not look at.
 */
export async function axeOnOpenCard(page: Page): Promise<AxeViolation[]> {
  const copied = await onCardRoot(page, async function (this: ShadowRoot) {
    const copy = document.createElement('div');
    copy.id = 'axe-card-copy';
    const root = copy.attachShadow({ mode: 'open' });
    root.append(...[...this.childNodes].map((node) => node.cloneNode(true)));
    document.body.append(copy);
    // The copy fades in as the card did; half faded, its text would fail the contrast check.
    await Promise.all(root.getAnimations().map((animation) => animation.finished));
    return root.querySelector('[role="dialog"]') !== null;
  });
  if (!copied) throw new Error('No open card to check');
  try {
    return await axeViolations(pageEvaluate(page), `document.getElementById('${COPY_ID}')`);
  } finally {
    await page.evaluate((id) => document.getElementById(id)?.remove(), COPY_ID);
  }
}
