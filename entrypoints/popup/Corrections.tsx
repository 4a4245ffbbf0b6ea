import { localize, ui, type Lang } from '../../i18n/ui-text';
import type { Localized } from '../../knowledge/types';
import { Section } from '../../components/pages/Section';

interface Props {
  corrections: readonly Localized[];
  lang: Lang;
}

/** Where the report itself needs correcting. */
export function Corrections({ corrections, lang }: Props) {
  return (
    <Section title={ui[lang].corrections} class="corrections">
      <ul>
        {corrections.map((correction) => (
          <li key={correction.en}>{localize(correction, lang)}</li>
        ))}
      </ul>
    </Section>
  );
}
