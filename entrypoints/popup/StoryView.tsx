import { localize, ui, type Lang } from '../../i18n/ui-text';
import type { Story } from '../../knowledge/types';
import { Section } from '../../components/pages/Section';
import { SourceLine } from '../../components/facts/SourceLine';

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
          {t.reportHeadline} · <SourceLine sources={[source]} lang={lang} />
        </figcaption>
      </figure>
      <p class="summary">{localize(story.summary, lang)}</p>
      <p class="summary-sources">
        <SourceLine sources={story.summarySources} lang={lang} />
      </p>
    </Section>
  );
}
