import { named, type PersonId } from './names';
import { sources } from './sources';
import { STATUS_CUTOFF, standingsOn, storyChanges } from './status-on-date';
import type { Person } from './types';

/** Where the person stood at the end of May 2024, and what changed for them in the story: from the events. */
const fromEvents = (id: PersonId) => ({ status: standingsOn(id, STATUS_CUTOFF), changes: storyChanges(id) });

export const people = [
  {
    ...named.sutskever,
    ...fromEvents('sutskever'),
    role: {
      de: 'Mitgründer von OpenAI, dort Chefwissenschaftler bis Mai 2024',
      en: 'Co-founder of OpenAI and its Chief Scientist until May 2024',
    },
    context: {
      date: '2023-11-17',
      text: {
        de: 'Stimmte im Board für Altmans Absetzung und bedauerte das drei Tage später öffentlich.',
        en: 'Voted on the board to remove Altman, and publicly regretted it three days later.',
      },
      source: sources.H,
      claim: 'altman-removed',
    },
  },
  {
    ...named.altman,
    ...fromEvents('altman'),
    role: {
      de: 'CEO von OpenAI und Mitglied des Boards',
      en: 'CEO of OpenAI and member of its board',
    },
    context: {
      date: '2023-11-17',
      text: {
        de: 'Vom Board abgesetzt, weil er „nicht durchweg aufrichtig“ (im Original: „not consistently candid“) gewesen sei; wenige Tage später zurückgeholt.',
        en: 'Removed by the board for not being “consistently candid”; brought back days later.',
      },
      source: sources.H,
      claim: 'altman-removed',
    },
  },
  {
    ...named.leike,
    ...fromEvents('leike'),
    role: {
      de: 'Leitete bis Mai 2024 mit Sutskever das Superalignment-Team von OpenAI; seit 28. Mai 2024 bei Anthropic',
      en: 'Co-led OpenAI’s Superalignment team until May 2024, with Sutskever; at Anthropic since 28 May 2024',
    },
    context: {
      date: '2024-05-17',
      text: {
        de: 'Begründete seinen Weggang damit, dass die Sicherheitskultur bei OpenAI hinter „glänzenden Produkten“ (im Original: „shiny products“) zurückgetreten sei.',
        en: 'Explained his exit by saying that at OpenAI, safety culture and processes had taken a backseat to “shiny products”.',
      },
      source: sources.T,
      claim: 'leike-reasons',
    },
  },
  {
    ...named.pachocki,
    ...fromEvents('pachocki'),
    role: {
      de: 'Seit 14. Mai 2024 Chefwissenschaftler von OpenAI, zuvor dort Forschungsdirektor',
      en: 'Chief Scientist of OpenAI since 14 May 2024, before that its Director of Research',
    },
    context: {
      date: '2024-05-14',
      text: {
        de: 'Seit 2017 bei OpenAI; leitete laut OpenAI die Entwicklung von GPT-4 und OpenAI Five.',
        en: 'At OpenAI since 2017; OpenAI credits him with leading the development of GPT-4 and OpenAI Five.',
      },
      source: sources.F,
      claim: 'pachocki-credits',
    },
  },
] as const satisfies readonly Person[];
