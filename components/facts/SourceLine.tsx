import { formatDate, ui, type Lang } from '../../i18n/ui-text';
import type { Source } from '../../knowledge/types';

interface Props {
  sources: readonly Source[];
  lang: Lang;
}

/** "Source: Publisher, date", each publisher linked to the report; the report's title shows on hover. */
export function SourceLine({ sources, lang }: Props) {
  const t = ui[lang];
  return (
    <span class="source">
      {sources.length === 1 ? t.source : t.sources}:{' '}
      {sources.map((source, i) => (
        <span key={source.url}>
          {i > 0 && '; '}
          <a href={source.url} title={source.title} target="_blank" rel="noopener noreferrer">
            {source.publisher}
          </a>
          , <time dateTime={source.date}>{formatDate(source.date, lang)}</time>
        </span>
      ))}
    </span>
  );
}
