import { localize, ui, type Lang } from '../../i18n/ui-text';
import { people } from '../../knowledge/people';
import type { TimelineEvent } from '../../knowledge/types';
import { DateSpan } from '../../components/facts/DateSpan';
import { Section } from '../../components/pages/Section';
import { SourceLine } from '../../components/facts/SourceLine';

interface Props {
  events: readonly TimelineEvent[];
  lang: Lang;
}

const nameOf: ReadonlyMap<string, string> = new Map(people.map((person) => [person.id, person.name]));

/** The story's events on a drawn line, oldest first; an event that spans months is drawn as a bar. */
export function Timeline({ events, lang }: Props) {
  const t = ui[lang];
  return (
    <Section title={t.timeline} class="timeline-section">
      <ol class="timeline">
        {events.map((event) => (
          <li key={event.claim} class={event.until ? 'event range' : 'event'}>
            <p class="event-date">
              <DateSpan date={event.date} until={event.until} lang={lang} />
            </p>
            <p class="event-text">{localize(event.text, lang)}</p>
            <ul class="chips" aria-label={t.involved}>
              {event.people.map((id) => (
                <li key={id}>{nameOf.get(id) ?? id}</li>
              ))}
            </ul>
            <SourceLine sources={[event.source]} lang={lang} />
          </li>
        ))}
      </ol>
    </Section>
  );
}
