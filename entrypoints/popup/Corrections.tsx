import { localize, ui, type Lang } from '../../i18n/ui-text';
import type { Correction } from '../../knowledge/types';
import { Section } from '../../components/pages/Section';
import { SourceLine } from '../../components/facts/SourceLine';

interface Props {
  corrections: readonly Correction[];
  lang: Lang;
}

/** Where the report itself needs correcting, each point with the sources that show it. */
export function Corrections({ corrections, lang }: Props) {
  return (
    <Section title={ui[lang].corrections} class="corrections">
      <ul>
        {corrections.map((correction) => (
          <li key={correction.text.en}>
            {localize(correction.text, lang)} <SourceLine sources={correction.sources} lang={lang} />
          </li>
        ))}
      </ul>
    </Section>
  );
}
