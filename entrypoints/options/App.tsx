import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ChoiceGroup, type Choice } from './ChoiceGroup';
import { DwellSetting } from './DwellSetting';
import { SaveError } from '../../components/pages/SaveError';
import { SaveStatus } from './SaveStatus';
import { Section } from '../../components/pages/Section';
import { ShortcutList } from './ShortcutList';
import { SiteList } from './SiteList';
import { StylePreview } from './StylePreview';
import { Switch } from '../../components/pages/Switch';
import { useSettings } from '../../components/pages/use-settings';
import { HIGHLIGHT_STYLES, type HighlightStyle } from '../../model/highlight-style';
import { named } from '../../knowledge/names';
import { LANGUAGE_SETTINGS, resolveLang, type LanguageSetting, type Settings } from '../../model/settings';
import { settingsUi } from '../../i18n/settings-text';

interface Props {
  /** The settings as loaded before the first render, so that the page opens in the chosen language. */
  initialSettings?: Settings;
}

/** The settings page: each change is saved at once and reaches open tabs without a reload. */
export function App({ initialSettings }: Props) {
  const [settings, changeSettings, saveFailure] = useSettings(initialSettings);
  const lang = resolveLang(settings, browser.i18n.getUILanguage());
  const t = settingsUi[lang];
  const [saves, setSaves] = useState(0);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.settingsTitle;
  }, [lang, t]);

  const save = (change: Partial<Settings>) => {
    void changeSettings(change).then((saved) => saved && setSaves((n) => n + 1));
  };

  const styles: Choice<HighlightStyle>[] = HIGHLIGHT_STYLES.map((value) => ({ value, label: t.styles[value] }));
  const languages: Choice<LanguageSetting>[] = LANGUAGE_SETTINGS.map((value) => ({
    value,
    label: t.languages[value],
    lang: value === 'browser' ? undefined : value,
  }));

  return (
    <>
      <header>
        <h1>{t.settingsTitle}</h1>
      </header>
      <main>
        <Section title={t.marking} class="setting">
          <Switch label={t.markEverywhere} checked={settings.enabled} onChange={(enabled) => save({ enabled })} />
        </Section>
        <SiteList sites={settings.disabledSites} lang={lang} onChange={(disabledSites) => save({ disabledSites })} />
        <DwellSetting value={settings.dwellMs} lang={lang} onChange={(dwellMs) => save({ dwellMs })} />
        <ChoiceGroup
          title={t.style}
          name="highlight-style"
          choices={styles}
          value={settings.highlightStyle}
          onChange={(highlightStyle) => save({ highlightStyle })}
        >
          <StylePreview
            style={settings.highlightStyle}
            label={t.preview}
            person={named.altman.id}
            name={named.altman.name}
          />
        </ChoiceGroup>
        <ChoiceGroup
          title={t.language}
          name="language"
          choices={languages}
          value={settings.language}
          onChange={(language) => save({ language })}
        />
        <ShortcutList lang={lang} />
      </main>
      <SaveStatus saves={saves} text={t.saved} />
      <SaveError failure={saveFailure} lang={lang} />
    </>
  );
}
