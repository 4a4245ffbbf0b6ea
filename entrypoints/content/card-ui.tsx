import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../../assets/card.css?inline';
import { CardFrame } from '../../components/CardFrame';
import { PersonCard } from '../../components/PersonCard';
import type { Box } from '../../utils/card-position';
import { ui as strings, type Lang } from '../../utils/i18n';
import type { Person } from '../../utils/knowledge/types';
import type { Theme } from '../../utils/page-theme';

/** The tag of the card's host element, the one node the extension adds to a page, on first use. */
export const CARD_HOST = 'whos-who-card';

export interface CardUiOptions {
  readonly onPointerOnCard: (on: boolean) => void;
  readonly onClose: () => void;
  readonly onOpenStory: () => void;
}

export interface CardUi {
  show(person: Person, anchor: Box, theme: Theme, lang: Lang): Promise<void>;
  hide(): void;
}

/** The hover card, in a closed shadow root that is created the first time a card opens. */
export function createCardUi(ctx: ContentScriptContext, options: CardUiOptions): CardUi {
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;

  const mounted = () => {
    ui ??= createShadowRootUi(ctx, {
      name: CARD_HOST,
      position: 'inline',
      anchor: () => document.body ?? document.documentElement,
      mode: 'closed',
      css: cardCss,
      onMount: (container) => container,
      onRemove: (container) => container && render(null, container),
    });
    return ui;
  };

  return {
    async show(person, anchor, theme, lang) {
      const card = await mounted();
      // A page that rebuilds its body may have taken the host out.
      if (!card.shadowHost.isConnected) card.mount();
      render(
        <CardFrame
          anchor={anchor}
          theme={theme}
          label={strings[lang].cardLabel(person.name)}
          closeLabel={strings[lang].close}
          onPointerOn={options.onPointerOnCard}
          onClose={options.onClose}
        >
          <PersonCard person={person} lang={lang} onOpenStory={options.onOpenStory} />
        </CardFrame>,
        card.uiContainer,
      );
    },
    hide() {
      ui?.then((card) => render(null, card.uiContainer)).catch(() => {});
    },
  };
}
