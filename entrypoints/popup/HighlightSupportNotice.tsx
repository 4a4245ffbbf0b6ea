import { ui, type Lang } from '../../i18n/ui-text';

/**
 * Whether the browser has the CSS Custom Highlight API that marking needs. The popup's own document
 * runs on the same engine as the content scripts, so what it finds holds for the pages too.
 */
export function supportsHighlights(scope: typeof globalThis = globalThis): boolean {
  return typeof scope.Highlight === 'function' && typeof scope.CSS?.highlights?.set === 'function';
}

interface Props {
  lang: Lang;
}

/**
 * Says so where the browser cannot mark names (a Firefox older than 140 or with the API switched off,
 * an old Chromium), where the content script would otherwise do nothing without a word. The rest of
 * the popup still works there.
 */
export function HighlightSupportNotice({ lang }: Props) {
  if (supportsHighlights()) return null;
  return (
    <p class="support-notice" lang={lang}>
      {ui[lang].noHighlights}
    </p>
  );
}
