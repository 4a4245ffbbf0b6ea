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
