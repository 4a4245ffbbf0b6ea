import { render, type ComponentChildren } from 'preact';
import cardCss from '../../assets/card.css?inline';
import { CardFrame, placeFrame } from './CardFrame';
import { CardNotice } from './CardNotice';
import { PersonCard } from './PersonCard';
import { cardHosts, type CardUi, type CardUiOptions } from '../../model/card-contract';
import type { Box } from '../../model/box';
import type { PageDate } from '../../model/page-date';
import type { PersonId } from '../../model/person';
import { ui as strings, type Lang } from '../../i18n/ui-text';
import { people } from '../../knowledge/people';
import { themeAround } from './page-theme';
import { currentPageDate } from './page-date-cache';

const byId = new Map(people.map((p) => [p.id, p]));
const NOTICE_ID = 'whoswho-notice';

/**
 * Events the card acts on, or whose default action follows a link. Only the reader's own count: a
 * script that got hold of a control could otherwise `.click()` it, or keep the card open.
 */
const USER_EVENTS = ['click', 'auxclick', 'dblclick', 'keydown', 'keyup', 'pointerenter', 'pointerleave'] as const;

/**
 * The card's host and its closed shadow root. The host is a plain `<div>`: a page can define any
 * custom element's name before the extension runs, and an element of its definition hands its shadow
 * root, closed or not, to the page through `attachInternals().shadowRoot`; a built-in element has no
 * page code behind it and cannot be upgraded later.
 */
function createHost(): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  for (const type of USER_EVENTS) {
    // At the root, in the capture phase: before any listener of the card's own elements.
    shadow.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.preventDefault();
        event.stopImmediatePropagation();
      },
      { capture: true },
    );
  }
  cardHosts().add(host);
  return { host, shadow };
}

/**
 * The hover card, in a closed shadow root that is created the first time a card is needed: the page
 * can neither read nor restyle it. Built by hand rather than with WXT's `createShadowRootUi`, which brings
 * about 3 kB (gzip) of mounting helpers into a script that every page pays for.
 *
 * The host is a popover that shows only while a card does (card.css renders nothing of a closed one).
 * A hover's card is drawn into the closed host while the pointer dwells (`prepare`): the card script's
 * first run, the render and its garbage, the page's layout for the host that joins it and the page's
 * date all fall in that pause, and the dwell's end only shows the card and places it.
 */
export function createCardUi(options: CardUiOptions): CardUi {
  let host: HTMLElement | undefined;
  let container: HTMLElement | undefined;
  // What the closed host holds, drawn during a dwell: shown as it is if the card opens for the same.
  let prepared: { personId: PersonId; near: Element | null; lang: Lang; pageDate: PageDate | undefined } | undefined;

  const attach = (): HTMLElement => {
    if (!host || !container) {
      let shadow: ShadowRoot;
      ({ host, shadow } = createHost());
      // A popover, shown in the top layer: above the page's own layers whatever their z-index, and out
      // of reach of the transforms, filters and containment on the page's elements, any of which would
      // make the card's fixed position relative to that element rather than to the viewport. Set before
      // the host joins the page, so that the page sees no attribute change.
      host.popover = 'manual';
      const style = document.createElement('style');
      style.textContent = cardCss;
      container = document.createElement('div');
      shadow.append(style, container);
    }
    // A page that rebuilds its body may have taken the host out.
    if (!host.isConnected) (document.body ?? document.documentElement).append(host);
    return container;
  };
  const setOpen = (open: boolean) => {
    try {
      if (host && host.matches(':popover-open') !== open) host.togglePopover(open);
    } catch {
      // No popovers in this browser: the card is fixed in the page, above it by its z-index.
    }
  };
  // Without popovers a closed host would show what it holds: nothing is drawn ahead there.
  const canDrawAhead = typeof HTMLElement.prototype.togglePopover === 'function';

  // Where the keyboard focus was before a command's card took it, to give it back on closing.
  let focusBefore: Element | null = null;

  type Frame = { anchor?: Box; near: Element | null; lang: Lang; label: string; focus: boolean; describedBy?: string };
  const draw = ({ lang, near, ...frame }: Frame, content: ComponentChildren) => {
    const theme = themeAround(near, matchMedia('(prefers-color-scheme: dark)').matches);
    if (frame.focus && document.activeElement !== host) focusBefore = document.activeElement;
    const root = attach();
    // Shown before it renders, so that the frame is measured where it will be.
    if (frame.anchor) setOpen(true);
    render(
      <CardFrame
        {...frame}
        theme={theme}
        closeLabel={strings[lang].close}
        onPointerOn={options.onPointerOnCard}
        onClose={options.onClose}
      >
        {content}
      </CardFrame>,
      root,
    );
  };
  const drawPerson = (
    personId: PersonId,
    anchor: Box | undefined,
    near: Element | null,
    lang: Lang,
    focus: boolean,
  ) => {
    const person = byId.get(personId);
    if (!person) return;
    const pageDate = currentPageDate();
    prepared = anchor ? undefined : { personId, near, lang, pageDate };
    draw(
      { anchor, near, lang, focus, label: strings[lang].cardLabel(person.name) },
      <PersonCard person={person} lang={lang} pageDate={pageDate} onOpenStory={options.onOpenStory} />,
    );
  };

  const ui: CardUi = {
    prepare(personId, near, lang) {
      if (!canDrawAhead || host?.matches(':popover-open')) return;
      const ready = prepared;
      if (ready?.personId === personId && ready.near === near && ready.lang === lang) {
        if (ready.pageDate === currentPageDate()) return;
      }
      drawPerson(personId, undefined, near, lang, false);
    },
    show(personId, anchor, near, lang, focus = false) {
      const ready = prepared;
      const frame = container?.firstElementChild;
      if (
        !focus &&
        frame instanceof HTMLElement &&
        ready?.personId === personId &&
        ready.near === near &&
        ready.lang === lang &&
        ready.pageDate === currentPageDate()
      ) {
        prepared = undefined;
        attach();
        setOpen(true);
        placeFrame(frame, anchor);
        return;
      }
      drawPerson(personId, anchor, near, lang, focus);
    },
    showNotice(notice, anchor, near, lang) {
      prepared = undefined;
      draw(
        { anchor, near, lang, focus: true, label: strings[lang].whoIsThis, describedBy: NOTICE_ID },
        <CardNotice notice={notice} lang={lang} id={NOTICE_ID} />,
      );
    },
    hide() {
      const hadFocus = host !== undefined && document.activeElement === host;
      prepared = undefined;
      if (container) render(null, container);
      setOpen(false);
      if (hadFocus && focusBefore instanceof HTMLElement && focusBefore.isConnected) {
        focusBefore.focus({ preventScroll: true });
      }
      focusBefore = null;
    },
  };
  options.signal.addEventListener(
    'abort',
    () => {
      ui.hide();
      host?.remove();
    },
    { once: true },
  );
  return ui;
}
