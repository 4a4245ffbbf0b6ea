import type { Source } from '../../knowledge/types';

interface Props {
  source: Source;
  label: string;
}

/** "Source: Publisher", linked where the source has an address; the report's title shows on hover. */
export function SourceLine({ source, label }: Props) {
  const name = source.url ? (
    <a href={source.url} title={source.title} target="_blank" rel="noopener noreferrer">
      {source.publisher}
    </a>
  ) : (
    <cite title={source.title}>{source.publisher}</cite>
  );
  return (
    <span class="source">
      {label}: {name}
    </span>
  );
}
