import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../model/settings';
import { loadSettings, saveSettings, SiteListFullError, watchSettings } from '../../storage/settings-store';
import { reportError } from '../../utils/report-error';

/** Why the last change was not saved: the list of sites is full, or the browser refused the write. */
export type SaveFailure = 'site-list-full' | 'refused';

/** Makes a change; resolves to whether it was saved. */
export type ChangeSettings = (change: Partial<Settings>) => Promise<boolean>;

/**
 * The stored settings, kept current: a change made anywhere (the popup, the settings page, a keyboard
 * command) shows at once. `initial` is what the page loaded before its first render, if it did. The
 * returned `change` shows a change before storage confirms it, so that a control never flicks back; a
 * change that storage refuses is taken back, and the failure is kept for the page to show.
 */
export function useSettings(initial: Settings = DEFAULT_SETTINGS): [Settings, ChangeSettings, SaveFailure | undefined] {
  const [settings, setSettings] = useState(initial);
  const [failure, setFailure] = useState<SaveFailure>();
  // Each load and change takes a number; a load that a later change overtook is dropped, so that it
  // cannot show the settings from before the change.
  const latest = useRef(0);
  const reload = useCallback(() => {
    const mine = ++latest.current;
    return loadSettings().then((loaded) => mine === latest.current && setSettings(loaded));
  }, []);

  useEffect(() => {
    const unwatch = watchSettings(reload);
    reload();
    return unwatch;
  }, [reload]);

  const change = useCallback<ChangeSettings>(
    async (change) => {
      latest.current += 1;
      setSettings((current) => parseSettings({ ...current, ...change }));
      try {
        await saveSettings(change);
        setFailure(undefined);
        return true;
      } catch (error) {
        reportError('saving the settings', error);
        setFailure(error instanceof SiteListFullError ? 'site-list-full' : 'refused');
        // What storage holds is what counts.
        await reload();
        return false;
      }
    },
    [reload],
  );
  return [settings, change, failure];
}
