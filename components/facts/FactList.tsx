import { localize, type Lang } from '../../i18n/ui-text';
import type { DatedFact } from '../../knowledge/types';
import { Fact } from './Fact';

interface Props {
  facts: readonly DatedFact[];
  lang: Lang;
}

/** Facts, each with its date and its source. */
export function FactList({ facts, lang }: Props) {
  return (
    <ul class="facts">
      {facts.map((fact) => (
        <Fact
          key={`${fact.claim}${fact.text.en}`}
          date={fact.date}
          until={fact.until}
          text={localize(fact.text, lang)}
          source={fact.source}
          lang={lang}
        />
      ))}
    </ul>
  );
}
