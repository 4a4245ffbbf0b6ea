import { useEffect, useState } from 'preact/hooks';
import { ui, type Lang } from '../../i18n/ui-text';
import type { PersonId } from '../../model/person';
import { people } from '../../knowledge/people';
import type { MentionCounts } from '../../model/messages';
import { Section } from '../../components/pages/Section';

interface Props {
  lang: Lang;
  /** Resolves to undefined where the extension cannot read the page (browser pages, stores). */
  loadCounts: () => Promise<MentionCounts | undefined>;
  onJump: (person: PersonId) => Promise<void>;
  /**
   * The list speaks for another tab than the one showing it (the story tab, opened from a card). No toolbar click
   * there gives the extension that tab, so a page that named no one cannot be woken to answer: no answer says only
   * that nobody was found.
   */
  aboutOtherTab?: boolean;
}

type State = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; counts: MentionCounts };

/** Who the current tab mentions, and how often; a click scrolls the page to the next mention. */
export function MentionList({ lang, loadCounts, onJump, aboutOtherTab = false }: Props) {
  const t = ui[lang];
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    // The popup can close, or get new props, before the tab answers.
    let current = true;
    const settle = (next: State) => current && setState(next);
    loadCounts().then(
      (counts) => settle(counts ? { kind: 'ready', counts } : { kind: 'unavailable' }),
      () => settle({ kind: 'unavailable' }),
    );
    return () => {
      current = false;
    };
  }, [loadCounts]);

  // A failed jump means the content script is gone, e.g. after the tab navigated to a browser page.
  const jump = (person: PersonId) => onJump(person).catch(() => setState({ kind: 'unavailable' }));

  const mentioned = state.kind === 'ready' ? people.filter((person) => (state.counts[person.id] ?? 0) > 0) : [];

  return (
    <Section title={t.onThisPage} class="on-this-page">
      <div aria-live="polite" aria-busy={state.kind === 'loading'}>
        {state.kind === 'unavailable' && <p class="empty">{aboutOtherTab ? t.otherTabUnread : t.pageUnavailable}</p>}
        {state.kind === 'ready' && mentioned.length === 0 && <p class="empty">{t.nobodyHere}</p>}
        {state.kind === 'ready' && mentioned.length > 0 && (
          <>
            <p class="hint">{t.jumpHint}</p>
            <ul class="mentions">
              {mentioned.map((person) => (
                <li key={person.id}>
                  <button type="button" title={t.jumpTo(person.name)} onClick={() => jump(person.id)}>
                    <span class="mention-name">{person.name}</span>
                    <span class="mention-count">{t.mentions(state.counts[person.id] ?? 0)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Section>
  );
}
