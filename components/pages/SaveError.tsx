import type { Lang } from '../../i18n/ui-text';
import { settingsUi } from '../../i18n/settings-text';
import type { SaveFailure } from './use-settings';

interface Props {
  failure: SaveFailure | undefined;
  lang: Lang;
}

/** Why the last change was not saved, announced at once; nothing once a change is saved again. */
export function SaveError({ failure, lang }: Props) {
  if (!failure) return null;
  const t = settingsUi[lang];
  return (
    <p class="save-error" role="alert">
      {failure === 'site-list-full' ? t.siteListFull : t.saveFailed}
    </p>
  );
}
