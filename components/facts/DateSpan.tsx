import { formatDate, type Lang } from '../../i18n/ui-text';
import type { IsoDate } from '../../knowledge/types';

interface Props {
  date: IsoDate;
  until?: IsoDate | undefined;
  lang: Lang;
}

/** A fact's date, or the months it spans: "December 2023 – May 2024". */
export function DateSpan({ date, until, lang }: Props) {
  const from = <time dateTime={date}>{formatDate(date, lang)}</time>;
  if (!until) return from;
  return (
    <>
      {from} – <time dateTime={until}>{formatDate(until, lang)}</time>
    </>
  );
}
