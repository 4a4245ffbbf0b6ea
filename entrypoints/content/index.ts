import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { wirePage } from './wire-page';

/*
 * The content script that runs on every page and in every frame. It is built as a plain script and
 * declared in the manifest by wxt.config.ts, not as a WXT content script: WXT's context announces each
 * start on the page with an event that names the extension, and ends itself when a page dispatches
 * that event, so any page could tell the extension is there and switch it off.
 */
export default defineUnlistedScript(() => {
  // A page the script cannot read is left alone, and nothing the script does may surface on the page.
  try {
    if (document.body && document.documentElement instanceof HTMLElement) wirePage();
  } catch {
    // Unknown page structure: stay out of the way.
  }
});
