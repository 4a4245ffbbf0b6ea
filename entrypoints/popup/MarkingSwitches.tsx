import type { Lang } from '../../i18n/ui-text';
import { isActiveOn, type Settings } from '../../model/settings';
import { settingsUi } from '../../i18n/settings-text';
import { withSite } from '../../model/site-list';
import { Section } from '../../components/pages/Section';
import { Switch } from '../../components/pages/Switch';

interface Props {
  settings: Settings;
  /** The host name of the tab's page; undefined where there is no site to switch (browser pages, files). */
  host: string | undefined;
  lang: Lang;
  onChange: (change: Partial<Settings>) => void;
}

/** Marking on or off everywhere, and on the tab's site. */
export function MarkingSwitches({ settings, host, lang, onChange }: Props) {
  const t = settingsUi[lang];
  return (
    <Section title={t.marking} class="marking">
      <Switch label={t.markEverywhere} checked={settings.enabled} onChange={(enabled) => onChange({ enabled })} />
      {host !== undefined && (
        <Switch
          label={t.markOnSite(host)}
          checked={!settings.disabledSites.includes(host)}
          // Switched off everywhere, a site cannot be on.
          disabled={!settings.enabled}
          onChange={(on) => onChange({ disabledSites: withSite(settings.disabledSites, host, on) })}
        />
      )}
      {!isActiveOn(settings, host ?? '') && <p class="empty">{t.offHere}</p>}
    </Section>
  );
}
