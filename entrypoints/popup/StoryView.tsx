import { formatDate, localize, ui, type Lang } from '../../i18n/ui-text';
import type { Story } from '../../knowledge/types';
import { Section } from '../../components/pages/Section';

interface Props {
  story: Story;
  lang: Lang;
}

/** The report's headline, quoted with where and when it appeared, and the story in our words. */
export function StoryView({ story, lang }: Props) {
  const t = ui[lang];
  const { source } = story;
  return (
    <Section title={t.summary} class="story">
      <figure class="headline">
        <blockquote lang={story.headlineLang} cite={source.url}>
          <p>{story.headline}</p>
        </blockquote>
        <figcaption>
          {t.reportHeadline} · {t.source}:{' '}
          {source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.publisher}
            </a>
          ) : (
            source.publisher
          )}
          , <time dateTime={story.published}>{formatDate(story.published, lang)}</time>
        </figcaption>
      </figure>
      <p class="summary">{localize(story.summary, lang)}</p>
    </Section>
  );
}
