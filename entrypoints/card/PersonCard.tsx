import { localize, ui, type Lang } from '../../i18n/ui-text';
import type { Person } from '../../knowledge/types';
import { FactList } from '../../components/facts/FactList';
import { SourceLine } from '../../components/facts/SourceLine';
import type { PageDate } from '../../model/page-date';
import { ThenAndNow } from './ThenAndNow';

interface Props {
  person: Person;
  lang: Lang;
  /** When the page was written, if it says: the card then tells what was true then and what changed since. */
  pageDate?: PageDate | undefined;
  onOpenStory: () => void;
}

/** Who a mentioned person is and where they stood as of May 2024. */
export function PersonCard({ person, lang, pageDate, onOpenStory }: Props) {
  const t = ui[lang];
  const headingId = `whoswho-${person.id}-name`;
  return (
    <article class="card" aria-labelledby={headingId} lang={lang}>
      <h2 id={headingId} class="name">
        {person.name}
      </h2>
      <p class="role">{localize(person.role, lang)}</p>
      <ThenAndNow person={person} pageDate={pageDate} lang={lang} />
      <h3 class="as-of">{t.asOf}</h3>
      <FactList facts={person.status} lang={lang} />
      <p class="context">
        {localize(person.context.text, lang)} <SourceLine sources={[person.context.source]} lang={lang} />
      </p>
      <button type="button" class="story" onClick={onOpenStory}>
        {t.fullStory}
      </button>
    </article>
  );
}
