import { localize, type Lang } from '../../i18n/ui-text';
import type { DatedFact } from '../../knowledge/types';
import { DateSpan } from './DateSpan';
import { SourceLine } from './SourceLine';

interface Props {
  facts: readonly DatedFact[];
  lang: Lang;
}

/** Facts, each with its date and its source. */
export function FactList({ facts, lang }: Props) {
  return (
    <ul class="facts">
      {facts.map((fact) => (
        <li key={`${fact.claim}${fact.text.en}`}>
          <DateSpan date={fact.date} until={fact.until} lang={lang} /> {localize(fact.text, lang)}{' '}
          <SourceLine sources={[fact.source]} lang={lang} />
        </li>
      ))}
    </ul>
  );
}
