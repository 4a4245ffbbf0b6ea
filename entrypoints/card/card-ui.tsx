import { render } from 'preact';
import cardCss from '../../assets/card.css?inline';
import { CardFrame } from '../../components/CardFrame';
import { PersonCard } from '../../components/PersonCard';
import { CARD_HOST, type CardUi, type CardUiOptions } from '../../utils/card-contract';
import { ui as strings } from '../../utils/i18n';
import { people } from '../../utils/knowledge/people';

const byId = new Map(people.map((p) => [p.id as string, p]));

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
    show(personId, anchor, theme, lang) {
      const person = byId.get(personId);
      if (!person) return;
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
