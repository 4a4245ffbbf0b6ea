import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../model/settings';
import { loadSettings, saveSettings, settingsItem } from '../../storage/settings-store';

export type ChangeSettings = (change: Partial<Settings>) => Promise<void>;

/**
 * The stored settings, kept current: a change made anywhere (the popup, the settings page, a keyboard
 * command) shows at once. `initial` is what the page loaded before its first render, if it did. The
 * returned `change` shows a change before storage confirms it, so that a control never flicks back.
 */
export function useSettings(initial: Settings = DEFAULT_SETTINGS): [Settings, ChangeSettings] {
  const [settings, setSettings] = useState(initial);
  const reload = useCallback(() => loadSettings().then(setSettings), []);

  useEffect(() => {
    const unwatch = settingsItem.watch(reload);
    reload();
    return unwatch;
  }, [reload]);

  const change = useCallback<ChangeSettings>(
    async (change) => {
      setSettings((current) => parseSettings({ ...current, ...change }));
      try {
        await saveSettings(change);
      } catch (error) {
        // What storage holds is what counts.
        await reload();
        throw error;
      }
    },
    [reload],
  );
  return [settings, change];
}
