import { localize, ui, type Lang } from '../../i18n/ui-text';
import type { Person } from '../../knowledge/types';
import { FactList } from '../../components/facts/FactList';
import { Section } from '../../components/pages/Section';

interface Props {
  people: readonly Person[];
  lang: Lang;
}

/** Each person's role and standing as of May 2024; how they got there is one click away. */
export function PeopleList({ people, lang }: Props) {
  const t = ui[lang];
  return (
    <Section title={t.people} class="people">
      {people.map((person) => (
        <article key={person.id} class="person">
          <h3>{person.name}</h3>
          <p class="role">{localize(person.role, lang)}</p>
          <p class="label">{t.asOf}</p>
          <FactList facts={person.status} lang={lang} />
          <details>
            <summary>{t.whatChanged}</summary>
            <FactList facts={person.changes} lang={lang} />
          </details>
        </article>
      ))}
    </Section>
  );
}
