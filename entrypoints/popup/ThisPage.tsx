import { formatDate, type Lang } from '../../i18n/ui-text';
import { pageDateUi } from '../../i18n/page-date-text';
import type { IsoDate } from '../../knowledge/types';
import { STATUS_CUTOFF } from '../../knowledge/status-on-date';
import type { PageDate } from '../../model/page-date';
import { Section } from '../../components/pages/Section';

/** The id of the timeline's mark for the page, which the section links to. */
export const PAGE_MARK_ID = 'page-mark';

interface Props {
  /** When the tab's page was written, as it states it; null when it gives no date. */
  pageDate: PageDate | null;
  lang: Lang;
}

/** When the tab's page was written, going by what, and a link to where that falls on the timeline. */
export function ThisPage({ pageDate, lang }: Props) {
  const t = pageDateUi[lang];
  return (
    <Section title={t.thisPage} class="this-page">
      {pageDate ? (
        <>
          <p>
            {t.dated(formatDate(pageDate.date as IsoDate, lang), pageDate.signal)}
            {pageDate.date > STATUS_CUTOFF && ` ${t.afterCutoff}`}
          </p>
          <p>
            <a href={`#${PAGE_MARK_ID}`}>{t.seeOnTimeline}</a>
          </p>
        </>
      ) : (
        <p class="empty">{t.undated}</p>
      )}
    </Section>
  );
}
