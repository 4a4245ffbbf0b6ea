import type { StaticServer } from '../../../scripts/browser/static-server';

/** Three mentions, each a screen or more below the last, and a button to hold the focus before a command. */
export const LONG_PAGE = `<!doctype html><html lang="en"><title>Long</title>
<style>body { font: 18px/1.6 sans-serif; } .gap { height: 1600px; }</style>
<button id="before">Before</button>
<p id="first">Sam Altman spoke first.</p><div class="gap"></div>
<p id="second">Then Jan Leike answered.</p><div class="gap"></div>
<p id="third">Ilya Sutskever said nothing.</p>`;

/** A page that names nobody. */
export const NOBODY_PAGE = '<!doctype html><title>Weather</title><p>Rain at noon.</p>';

/** Serves `/long.html` and `/nobody.html`, the pages the tests of the controls step through or find empty. */
export function serveControlPages(server: StaticServer) {
  server.route('/long.html', 'text/html; charset=utf-8', LONG_PAGE);
  server.route('/nobody.html', 'text/html; charset=utf-8', NOBODY_PAGE);
}
