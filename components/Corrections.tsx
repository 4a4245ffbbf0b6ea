import { localize, ui, type Lang } from '../utils/i18n';
import type { Localized } from '../utils/knowledge/types';
import { Section } from './Section';

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
