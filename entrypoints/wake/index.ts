import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { WAKE_MODULE_KEY, type WakeModule } from '../../model/wake-contract';
import { wakePage } from './wake-page';

// Imported by the content script where the page may name someone or a request needs more than it
// carries, and evaluated in its isolated world.
export default defineUnlistedScript(() => {
  const module: WakeModule = { wakePage };
  (globalThis as Record<symbol, unknown>)[WAKE_MODULE_KEY] = module;
});
