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
 * How much earlier than the dwell's end a frame may begin and still show the card: frame times are
 * coarsened and jitter, and the frame that begins as the dwell ends must not miss it by a rounding.
 */
const FRAME_CLOCK_SLACK_MS = 1;
/** The card's fade-in (card.css's `appear`), for the card that shows itself at the dwell's end. */
const APPEAR: KeyframeAnimationOptions = { duration: 120, easing: 'ease-out', fill: 'forwards' };

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
 * A hover's card is drawn while the pointer dwells (`prepare`): the host joins the page, the card is
 * rendered, laid out and placed out of sight, so that the card script's first run, the render and its
 * garbage, the page's layout for the host and the page's date all fall in that pause. An animation
 * set to the dwell's end makes it visible in the first frame that reaches it; the dwell's timer, which
 * runs a little after that frame has begun, then only confirms it (and moves it, if the mention moved).
 */
export function createCardUi(options: CardUiOptions): CardUi {
  let host: HTMLElement | undefined;
  let container: HTMLElement | undefined;
  type Drawn = { personId: PersonId; anchor: Box; near: Element | null; lang: Lang; focus?: boolean };
  // What is drawn out of sight: shown as it is if the card opens for the same person in the same place.
  let ahead: (Drawn & { pageDate: PageDate | undefined }) | undefined;
  // The animation that shows the card drawn ahead at the dwell's end, in the first frame that reaches it.
  let reveal: Animation | undefined;
  const withdraw = () => {
    reveal?.cancel();
    reveal = undefined;
  };

  const mount = (): HTMLElement => {
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
    try {
      if (!host.matches(':popover-open')) host.showPopover();
    } catch {
      // No popovers in this browser: the card is fixed in the page, above it by its z-index.
    }
    return container;
  };

  // Where the keyboard focus was before a command's card took it, to give it back on closing.
  let focusBefore: Element | null = null;

  type Frame = { anchor: Box; near: Element | null; lang: Lang; label: string; focus: boolean; describedBy?: string };
  const draw = ({ lang, near, ...frame }: Frame, content: ComponentChildren, outOfSight = false) => {
    const theme = themeAround(near, matchMedia('(prefers-color-scheme: dark)').matches);
    if (frame.focus && document.activeElement !== host) focusBefore = document.activeElement;
    const root = mount();
    withdraw();
    // Out of sight and out of reach (card.css), on the container rather than on the frame that Preact renders.
    root.classList.toggle('ahead', outOfSight);
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
  const drawPerson = ({ personId, anchor, near, lang, focus = false }: Drawn, outOfSight: boolean) => {
    const person = byId.get(personId);
    if (!person) return false;
    const pageDate = currentPageDate();
    draw(
      { anchor, near, lang, focus, label: strings[lang].cardLabel(person.name) },
      <PersonCard person={person} lang={lang} pageDate={pageDate} onOpenStory={options.onOpenStory} />,
      outOfSight,
    );
    return true;
  };
  const isAhead = (personId: PersonId, near: Element | null, lang: Lang) =>
    ahead?.personId === personId && ahead.near === near && ahead.lang === lang && ahead.pageDate === currentPageDate();
  let showing = false;

  const ui: CardUi = {
    prepare(personId, anchor, near, lang, showAt) {
      if (showing) return;
      if (!isAhead(personId, near, lang) || !sameBox(ahead!.anchor, anchor)) {
        const drawn = { personId, anchor, near, lang };
        ahead = drawPerson(drawn, true) ? { ...drawn, pageDate: currentPageDate() } : undefined;
      }
      const frame = container?.firstElementChild;
      if (!ahead || !(frame instanceof HTMLElement)) return;
      withdraw();
      // Visible (card.css hides the frame drawn ahead) from the first frame whose time reaches the dwell's
      // end: the renderer shows it then, with no wait for a timer's turn on the main thread.
      const fades = matchMedia('(prefers-reduced-motion: no-preference)').matches;
      reveal = frame.animate(
        { visibility: ['visible', 'visible'], opacity: fades ? [0, 1] : [1, 1] },
        fades ? APPEAR : { ...APPEAR, duration: 0 },
      );
      reveal.startTime = showAt - FRAME_CLOCK_SLACK_MS;
    },
    withdraw() {
      if (!showing) withdraw();
    },
    show(personId, anchor, near, lang, focus = false) {
      const frame = container?.firstElementChild;
      const drawn = !focus && isAhead(personId, near, lang) ? ahead : undefined;
      ahead = undefined;
      showing = true;
      if (!drawn || !(frame instanceof HTMLElement)) {
        drawPerson({ personId, anchor, near, lang, focus }, false);
        return;
      }
      // The mention may have moved while the pointer dwelt: the one layout the dwell's end may need.
      if (!sameBox(drawn.anchor, anchor)) placeFrame(frame, anchor);
      // Shown already by its animation, or, when this runs before the frame that would (or the page moved),
      // by the stylesheet, with its own fade.
      if (reveal && Number(reveal.currentTime) < 0) withdraw();
      mount().classList.remove('ahead');
    },
    showNotice(notice, anchor, near, lang) {
      ahead = undefined;
      showing = true;
      draw(
        { anchor, near, lang, focus: true, label: strings[lang].whoIsThis, describedBy: NOTICE_ID },
        <CardNotice notice={notice} lang={lang} id={NOTICE_ID} />,
      );
    },
    hide() {
      const hadFocus = host !== undefined && document.activeElement === host;
      withdraw();
      ahead = undefined;
      showing = false;
      if (container) render(null, container);
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

const sameBox = (a: Box, b: Box) =>
  a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
