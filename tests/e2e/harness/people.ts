import { people } from '../../../knowledge/people';

/** The story's person with id `id`, as the extension knows them: what a card about them must say. */
export function personOf(id: string) {
  const person = people.find((p) => p.id === id);
  if (!person) throw new Error(`No person ${id} in the story`);
  return person;
}

/** The role of person `id`, as a card in `lang` states it. */
export const roleOf = (id: string, lang: 'de' | 'en' = 'en') => personOf(id).role[lang];
