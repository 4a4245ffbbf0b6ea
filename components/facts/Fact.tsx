import type { Lang } from '../../i18n/ui-text';
import type { IsoDate, Source } from '../../knowledge/types';
import { DateSpan } from './DateSpan';
import { SourceLine } from './SourceLine';

interface Props {
  date: IsoDate;
  until?: IsoDate | undefined;
  /** The fact in the reader's language. */
  text: string;
  source: Source;
  lang: Lang;
}

/** One fact of a list: its date, what it says and where it comes from. */
export function Fact({ date, until, text, source, lang }: Props) {
  return (
    <li>
      <DateSpan date={date} until={until} lang={lang} /> {text} <SourceLine sources={[source]} lang={lang} />
    </li>
  );
}
