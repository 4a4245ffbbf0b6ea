import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { SESSION_MODULE_KEY, type SessionModule } from '../../model/session-contract';
import { startPageSession } from './page-session';

// Imported by the content script where the page may name someone, and evaluated in its isolated world.
export default defineUnlistedScript(() => {
  const module: SessionModule = { startPageSession };
  (globalThis as Record<symbol, unknown>)[SESSION_MODULE_KEY] = module;
});
