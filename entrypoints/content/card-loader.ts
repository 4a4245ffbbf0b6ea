import { browser } from 'wxt/browser';
import { CARD_MODULE_KEY, CARD_SCRIPT, type CardModule } from '../../model/card-contract';

let loading: Promise<CardModule> | undefined;

/** The card script, imported once, on first need; a failed import is tried again on the next need. */
export function loadCardModule(): Promise<CardModule> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL(CARD_SCRIPT))
    .then(() => {
      const module = (globalThis as Record<symbol, unknown>)[CARD_MODULE_KEY] as CardModule | undefined;
      if (!module) throw new Error('The card script did not load.');
      return module;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
