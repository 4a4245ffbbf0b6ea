import { defineContentScript } from 'wxt/utils/define-content-script';
import { wirePage } from './wire-page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    // A page the script cannot read is left alone, and nothing the script does may surface on the page.
    try {
      if (document.body && document.documentElement instanceof HTMLElement) wirePage(ctx);
    } catch {
      // Unknown page structure: stay out of the way.
    }
  },
});
