import { formatDate, ui, type Lang } from '../../i18n/ui-text';
import { changesSince, STATUS_CUTOFF, statusOn, type StatusLine } from '../../knowledge/status-on-date';
import type { IsoDate, Person } from '../../knowledge/types';
import type { PageDate } from '../../model/page-date';
import { Fact } from '../../components/facts/Fact';
import { FactList } from '../../components/facts/FactList';

interface Props {
  person: Person;
  /** When the page was written; undefined for a page without a date, which gets no section. */
  pageDate: PageDate | undefined;
  lang: Lang;
}

const sameLines = (a: readonly StatusLine[], b: readonly StatusLine[]) =>
  a.length === b.length &&
  a.every((line, i) => line.standing === b[i]!.standing && line.since === b[i]!.since && line.text === b[i]!.text);

/**
 * What was true of the person when the page was written, and what changed for them between then and
 * May 2024: both worked out from the timeline's events, never written for a date. A page from after
 * May 2024 gets one line saying that the card stops there.
 */
export function ThenAndNow({ person, pageDate, lang }: Props) {
  if (!pageDate) return null;
  const t = ui[lang];
  const status = statusOn(person.id, pageDate.date, lang);
  if (status.kind === 'invalid') return null;
  // A real day: statusOn said so.
  const shortDate = formatDate(pageDate.date as IsoDate, lang, 'short');
  if (status.kind === 'after-cutoff') return <p class="then-note">{t.afterCutoff(shortDate)}</p>;

  const changes = changesSince(person.id, pageDate.date);
  const may = statusOn(person.id, STATUS_CUTOFF, lang);
  let then;
  if (status.kind === 'before-record') {
    then = <p>{t.beforeRecord(person.name, formatDate(status.firstRecord, lang))}</p>;
  } else if (may.kind === 'status' && sameLines(status.lines, may.lines)) {
    then = <p>{t.sameAsMay}</p>;
  } else {
    then = (
      <ul class="facts">
        {status.lines.map((line) => (
          <Fact key={line.standing} date={line.since} text={line.text} source={line.source} lang={lang} />
        ))}
      </ul>
    );
  }
  return (
    <div class="then">
      <h3 class="as-of">
        {pageDate.signal === 'modified' ? t.changedOn : t.writtenOn} (<time dateTime={pageDate.date}>{shortDate}</time>)
      </h3>
      {then}
      <h3 class="as-of">{t.sinceThen}</h3>
      {changes.length > 0 ? <FactList facts={changes} lang={lang} /> : <p>{t.noChangeSince}</p>}
    </div>
  );
}
