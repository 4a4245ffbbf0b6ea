import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { COMMANDS, isCommand, type CommandName } from '../../model/commands';
import type { Lang } from '../../i18n/ui-text';
import { settingsUi } from '../../i18n/settings-text';
import { Section } from '../../components/pages/Section';
import { reportError } from '../../utils/report-error';

interface Props {
  lang: Lang;
}

interface Shortcut {
  readonly name: CommandName;
  readonly keys: string;
}

/** The keyboard commands with the keys the browser has bound to them, which the user may have changed. */
export function ShortcutList({ lang }: Props) {
  const t = settingsUi[lang];
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) =>
        setShortcuts(
          commands
            .flatMap(({ name, shortcut }) => (isCommand(name) ? [{ name, keys: shortcut ?? '' }] : []))
            .sort((a, b) => COMMANDS.indexOf(a.name) - COMMANDS.indexOf(b.name)),
        ),
      )
      .catch((error) => reportError('reading the shortcuts', error));
  }, []);

  return (
    <Section title={t.shortcuts} class="shortcuts">
      <dl>
        {shortcuts.map(({ name, keys }) => (
          <div key={name}>
            <dt>{t.commands[name]}</dt>
            <dd>{keys ? <kbd>{keys}</kbd> : t.notSet}</dd>
          </div>
        ))}
      </dl>
      <p class="hint">{t.shortcutsHint}</p>
      <p class="hint">{t.contextMenu}</p>
    </Section>
  );
}
