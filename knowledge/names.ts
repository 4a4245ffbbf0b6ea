import type { NamedPerson } from './types';

/**
 * Who the extension looks for, and by which names: the part of each person the content script needs on
 * every page. The rest of what it knows of them, which only a card or the popup shows, is in `people.ts`.
 */
export const named = {
  sutskever: {
    id: 'sutskever',
    name: 'Ilya Sutskever',
    names: {
      // Russian names carry their case endings: "интервью Ильи Суцкевера".
      given: ['Ilya', 'Ilja', 'Илья', 'Ильи', 'Илье', 'Илью', 'Ильёй', 'Ильей', 'איליה'],
      middle: ['Efimovich', 'Ефимович', 'Ефимовича', 'Ефимовичу', 'Ефимовичем', 'Ефимовиче'],
      // "Sutzkever" is the misspelling in the German report.
      surnames: ['Sutskever', 'Sutzkever', 'Суцкевер', 'Суцкевера', 'Суцкеверу', 'Суцкевером', 'Суцкевере', 'סוצקבר'],
      handles: ['@ilyasut'],
    },
  },
  altman: {
    id: 'altman',
    name: 'Sam Altman',
    names: {
      given: ['Sam', 'Samuel', 'Сэм', 'Сэма', 'Сэму', 'Сэмом', 'Сэме', 'סם'],
      middle: ['Harris'],
      surnames: ['Altman', 'Альтман', 'Альтмана', 'Альтману', 'Альтманом', 'Альтмане', 'אלטמן'],
      handles: ['@sama'],
    },
  },
  leike: {
    id: 'leike',
    name: 'Jan Leike',
    names: {
      // "Лейке" does not decline; the first name does.
      given: ['Jan', 'Ян', 'Яна', 'Яну', 'Яном', 'Яне'],
      middle: [],
      surnames: ['Leike', 'Лейке'],
      handles: ['@janleike'],
    },
  },
  pachocki: {
    id: 'pachocki',
    name: 'Jakub Pachocki',
    names: {
      // Polish and Russian case forms, which those pages use: "Jakuba Pachockiego", "Якуба Пачоцки"; and
      // "Kuba", the Polish short form, with its cases ("z Kubą Pachockim").
      given: [
        'Jakub',
        'Jakuba',
        'Jakubowi',
        'Jakubem',
        'Jakubie',
        'Kuba',
        'Kuby',
        'Kubie',
        'Kubą',
        'Kubę',
        'Якуб',
        'Якуба',
        'Якубу',
        'Якубом',
        'Якубе',
      ],
      middle: [],
      surnames: ['Pachocki', 'Pachockiego', 'Pachockim', 'Pachockiemu', 'Пачоцки'],
      handles: ['@merettm'],
    },
  },
} as const satisfies Record<string, NamedPerson>;

export type PersonId = keyof typeof named;

/** Everyone the extension looks for, each with the literal id the rest of the code knows them by. */
export const namedPeople = /* @__PURE__ */ Object.values(named);
