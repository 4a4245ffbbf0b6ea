import { CARD_MODULE_KEY, CARD_SCRIPT, type CardModule } from '../../model/card-contract';
import { scriptModuleLoader } from '../../utils/script-module';

const load = scriptModuleLoader<CardModule>(CARD_MODULE_KEY);

/** The card script, imported once, on first need; a failed import is tried again on the next need. */
export const loadCardModule = (extensionUrl: (path: string) => string): Promise<CardModule> =>
  load(extensionUrl(CARD_SCRIPT));
