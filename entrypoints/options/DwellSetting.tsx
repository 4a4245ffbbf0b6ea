import { useEffect, useId, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/ui-text';
import { DWELL_RANGE } from '../../model/settings';
import { settingsUi } from '../../i18n/settings-text';

interface Props {
  value: number;
  lang: Lang;
  onChange: (ms: number) => void;
}

const STEP_MS = 50;

/** How long the pointer rests on a name before its card opens: a slider with its value in ms beside it. */
export function DwellSetting({ value, lang, onChange }: Props) {
  const t = settingsUi[lang];
  const id = useId();
  // The slider shows where it is while it moves; the setting is saved when it is let go.
  const [shown, setShown] = useState(value);
  useEffect(() => setShown(value), [value]);
  const read = (event: Event) => Number((event.currentTarget as HTMLInputElement).value);

  return (
    <section class="setting" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        <label for={id}>{t.dwell}</label>
      </h2>
      <p id={`${id}-hint`} class="hint">
        {t.dwellHint}
      </p>
      <div class="dwell">
        <input
          id={id}
          type="range"
          min={DWELL_RANGE.min}
          max={DWELL_RANGE.max}
          step={STEP_MS}
          value={shown}
          aria-describedby={`${id}-hint`}
          aria-valuetext={t.ms(shown)}
          onInput={(event) => setShown(read(event))}
          onChange={(event) => onChange(read(event))}
        />
        {/* The slider's value text says it to screen readers already; an <output> would say it twice. */}
        <span class="dwell-value" aria-hidden="true">
          {t.ms(shown)}
        </span>
      </div>
    </section>
  );
}
