import { formatDate, ui } from '../../../i18n/ui-text';
import { people } from '../../../knowledge/people';
import type { Lang } from '../../../model/lang';
import type { PersonId } from '../../../model/person';

/** The story's person with id `id`, as the extension knows them: what a card about them must say. */
export function personOf(id: PersonId) {
  const person = people.find((p) => p.id === id);
  if (!person) throw new Error(`No person ${id} in the story`);
  return person;
}

/** The role of person `id`, as a card in `lang` states it. */
export const roleOf = (id: PersonId, lang: Lang = 'en') => personOf(id).role[lang];

/**
 * What a card about person `id` says in English: the name, the role, the date line, each status fact
 * with its date, the context line, a source and the link to the full story.
 */
export function cardLines(id: PersonId): string[] {
  const person = personOf(id);
  return [
    person.name,
    person.role.en,
    'As of May 2024',
    ...person.status.flatMap((fact) => [formatDate(fact.date, 'en'), fact.text.en]),
    person.context.text.en,
    `${ui.en.source}:`,
    ui.en.fullStory,
  ];
}

/** The popup's line for a person named `n` times on the tab, as its text reads. */
export const mentionLine = (name: string, n: number) => new RegExp(`${name}\\s+${ui.en.mentions(n)}`);
