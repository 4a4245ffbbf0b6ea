import { useId, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/ui-text';
import { settingsUi } from '../../i18n/settings-text';
import { siteFromInput } from '../../model/site-list';
import { canStoreSites } from '../../model/stored-settings';
import { Section } from '../../components/pages/Section';

interface Props {
  sites: readonly string[];
  lang: Lang;
  onChange: (sites: string[]) => void;
}

/** The sites where the extension stays off: each with a button to take it out, and a field to add one. */
export function SiteList({ sites, lang, onChange }: Props) {
  const t = settingsUi[lang];
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | undefined>();

  const add = (event: Event) => {
    event.preventDefault();
    const site = siteFromInput(input);
    if (!site) setError(t.invalidSite);
    else if (sites.includes(site)) setError(t.duplicateSite(site));
    else if (!canStoreSites([...sites, site])) setError(t.siteListFull);
    else {
      setError(undefined);
      setInput('');
      onChange([...sites, site]);
    }
  };

  const remove = (site: string) => {
    onChange(sites.filter((s) => s !== site));
    // The button goes with its site: the focus goes to the field rather than back to the page's top.
    field.current?.focus();
  };

  return (
    <Section title={t.sites} class="sites">
      {sites.length ? (
        <ul class="site-list">
          {sites.map((site) => (
            <li key={site}>
              <span class="site">{site}</span>
              <button type="button" onClick={() => remove(site)}>
                {t.remove(site)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t.noSites}</p>
      )}
      <form class="add-site" onSubmit={add} noValidate>
        <label for={id}>{t.addSite}</label>
        <div class="add-row">
          <input
            id={id}
            ref={field}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={input}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
            onInput={(event) => setInput(event.currentTarget.value)}
          />
          <button type="submit">{t.add}</button>
        </div>
        <p id={`${id}-hint`} class="hint">
          {t.addSiteHint}
        </p>
        {error && (
          <p id={`${id}-error`} class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </Section>
  );
}
