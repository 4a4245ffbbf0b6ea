import { render } from 'preact';
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
  show(person: Person, anchor: Box, theme: Theme, lang: Lang): void;
  hide(): void;
  /** Takes the host off the page. */
  remove(): void;
}

/**
 * The hover card, in a closed shadow root that is created the first time a card opens: the page can
 * neither read nor restyle it. Built by hand rather than with WXT's `createShadowRootUi`, which brings
 * about 3 kB (gzip) of mounting helpers into a script that every page pays for.
 */
export function createCardUi(options: CardUiOptions): CardUi {
  let host: HTMLElement | undefined;
  let container: HTMLElement | undefined;

  const mount = (): HTMLElement => {
    if (!host || !container) {
      host = document.createElement(CARD_HOST);
      const shadow = host.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = cardCss;
      container = document.createElement('div');
      shadow.append(style, container);
    }
    // A page that rebuilds its body may have taken the host out.
    if (!host.isConnected) (document.body ?? document.documentElement).append(host);
    return container;
  };

  return {
    show(person, anchor, theme, lang) {
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
        mount(),
      );
    },
    hide() {
      if (container) render(null, container);
    },
    remove() {
      this.hide();
      host?.remove();
    },
  };
}
