import { defineContentScript } from 'wxt/utils/define-content-script';
import { wirePage } from './wire-page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT would also announce each start to the page with `window.postMessage`, naming the extension's
  // id: pages' own message listeners would see it, and could tell the extension is there.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // A page the script cannot read is left alone, and nothing the script does may surface on the page.
    try {
      if (document.body && document.documentElement instanceof HTMLElement) wirePage(ctx);
    } catch {
      // Unknown page structure: stay out of the way.
    }
  },
});
