import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CARD_MODULE_KEY, type CardModule } from '../../model/card-contract';
import { createCardUi } from './card-ui';
import { currentPageDate } from './page-date-cache';

// Imported by the content script on the first hover, and evaluated in its isolated world.
export default defineUnlistedScript(() => {
  const module: CardModule = { createCardUi, readPageDate: currentPageDate };
  (globalThis as Record<symbol, unknown>)[CARD_MODULE_KEY] = module;
});
