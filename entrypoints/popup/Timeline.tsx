import { formatDate, localize, ui, type Lang } from '../../i18n/ui-text';
import { pageDateUi } from '../../i18n/page-date-text';
import { people } from '../../knowledge/people';
import type { IsoDate, TimelineEvent } from '../../knowledge/types';
import { DateSpan } from '../../components/facts/DateSpan';
import { Section } from '../../components/pages/Section';
import { SourceLine } from '../../components/facts/SourceLine';
import { PAGE_MARK_ID } from './ThisPage';
import { placeOnTimeline } from './timeline-place';

interface Props {
  events: readonly TimelineEvent[];
  lang: Lang;
  /** The day the tab's page was written (YYYY-MM-DD), marked where it falls among the events. */
  pageDay?: string | undefined;
}

const nameOf: ReadonlyMap<string, string> = new Map(people.map((person) => [person.id, person.name]));

/**
 * The story's events on a drawn line, oldest first; an event that spans months is drawn as a bar, and
 * the day the tab's page was written is marked between the events before and after it.
 */
export function Timeline({ events, lang, pageDay }: Props) {
  const t = ui[lang];
  const items = events.map((event) => (
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
  ));
  if (pageDay !== undefined) {
    items.splice(
      placeOnTimeline(events, pageDay),
      0,
      // A target of the "This page" section's link, focused when followed, yet no stop of its own.
      <li key={PAGE_MARK_ID} id={PAGE_MARK_ID} class="page-mark" tabIndex={-1}>
        {pageDateUi[lang].mark(formatDate(pageDay as IsoDate, lang, 'short'))}
      </li>,
    );
  }
  return (
    <Section title={t.timeline} class="timeline-section">
      <ol class="timeline">{items}</ol>
    </Section>
  );
}
