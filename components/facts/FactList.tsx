import { formatDate, localize, type Lang } from '../../i18n/ui-text';
import type { DatedFact } from '../../knowledge/types';
import { SourceLine } from './SourceLine';

interface Props {
  facts: readonly DatedFact[];
  lang: Lang;
  sourceLabel: string;
}

/** Facts, each with its date and its source. */
export function FactList({ facts, lang, sourceLabel }: Props) {
  return (
    <ul class="facts">
      {facts.map((fact) => (
        <li key={`${fact.date}${fact.text.en}`}>
          <time dateTime={fact.date}>{formatDate(fact.date, lang)}</time> {localize(fact.text, lang)}{' '}
          <SourceLine source={fact.source} label={sourceLabel} />
        </li>
      ))}
    </ul>
  );
}
