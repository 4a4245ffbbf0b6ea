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
      // Russian and Polish names carry their case endings: "интервью Ильи Суцкевера", "następcą Ilji Sutskevera".
      // "Ilia" is how French, Italian and Georgian transliterate Илья (round 40).
      given: [
        'Ilya',
        'Ilja',
        'Ilia',
        'Ilji',
        'Ilję',
        'Iliją',
        // Polish writers decline "Ilja" both ways in the instrumental: „z Ilją Sutskeverem“ (round 46); the press that
        // keeps the English "Ilya" declines it too: „zastąpi Ilyę Sutskevera“.
        'Ilją',
        'Ilyi',
        'Ilyę',
        'Ilyą',
        'Илья',
        'Ильи',
        'Илье',
        'Илью',
        'Ильёй',
        'Ильей',
        // Round 92: Ukrainian writes him "Ілля", „Ілля Суцкевер залишає OpenAI“, with its genitive and instrumental.
        'Ілля',
        'Іллі',
        'Іллею',
        'איליה',
      ],
      // Round 80: his patronymic as German and English transliterate it too, „Ilja Jefimowitsch Sutskever“; round 169:
      // German without the J too, „Ilja Efimowitsch Sutskever“.
      middle: [
        'Efimovich',
        'Jefimowitsch',
        'Efimowitsch',
        'Yefimovich',
        'Ефимович',
        'Ефимовича',
        'Ефимовичу',
        'Ефимовичем',
        'Ефимовиче',
      ],
      // "Sutzkever" is the misspelling in the German report.
      surnames: [
        'Sutskever',
        'Sutzkever',
        'Sutskevera',
        'Sutskeverowi',
        'Sutskeverem',
        'Sutskeverze',
        'Суцкевер',
        'Суцкевера',
        'Суцкеверу',
        'Суцкевером',
        'Суцкевере',
        'סוצקבר',
      ],
      handles: ['@ilyasut'],
      bareHandles: [],
      // The poet Abraham Sutzkever's first name as Russian and Hebrew write it (round 161): „Авром Суцкевер“.
      namesakeGiven: ['Abraham', 'Авром', 'Абрам', 'אברהם'],
      writesPapers: true,
      distinctSurnames: ['Sutskever', 'Sutskevera', 'Sutskeverowi', 'Sutskeverem', 'Sutskeverze'],
    },
  },
  altman: {
    id: 'altman',
    name: 'Sam Altman',
    names: {
      // Polish cases too: "z Samem Altmanem", "Sama Altmana".
      given: ['Sam', 'Samuel', 'Sama', 'Samowi', 'Samem', 'Сэм', 'Сэма', 'Сэму', 'Сэмом', 'Сэме', 'סם'],
      middle: ['Harris'],
      surnames: [
        'Altman',
        'Altmana',
        'Altmanowi',
        'Altmanem',
        'Altmanie',
        'Альтман',
        'Альтмана',
        'Альтману',
        'Альтманом',
        'Альтмане',
        'אלטמן',
      ],
      handles: ['@sama'],
      // "sama said …", "sama's post": how people in forums and chats write him. "ilyasut" without its "@" is an
      // account name in code, never prose; "merettm" is written so in chats too (round 21), and "janleike" (round 23).
      bareHandles: ['sama'],
      namesakeGiven: ['Robert', 'Jack', 'Annie', 'Sidney', 'Roger'],
      // His brother and sister, as the facts sheet lists them.
      relativesGiven: ['Jack', 'Annie'],
      // Edward Altman's bankruptcy score in its forms: "Z-score", "Z''", "Z-Wert".
      namesakeEponyms: ['Z'],
      // No research paper has him as its first author; a blog post he signed first is cited so at most.
      writesPapers: false,
    },
  },
  leike: {
    id: 'leike',
    name: 'Jan Leike',
    names: {
      // "Лейке" does not decline; the first name does. Polish declines both ("Janowi Leikemu"); its genitive
      // "Jana" is left out, since German "Jana Leike" is a woman. Round 71: Hebrew writes him "יאן לייקה", as a
      // documentary's subtitles do, or with the "J" of English "Jan" as a gimel and its geresh, "ג׳אן לייקה", which
      // is typed as an apostrophe too.
      given: ['Jan', 'Janowi', 'Janem', 'Ян', 'Яна', 'Яну', 'Яном', 'Яне', 'יאן', 'ג׳אן'],
      middle: [],
      surnames: ['Leike', 'Leikego', 'Leikemu', 'Leikem', 'Лейке', 'לייקה'],
      handles: ['@janleike'],
      bareHandles: ['janleike'],
      namesakeGiven: ['Bernd', 'Maria'],
      writesPapers: true,
    },
  },
  pachocki: {
    id: 'pachocki',
    name: 'Jakub Pachocki',
    names: {
      // Polish and Russian case forms, which those pages use: "Jakuba Pachockiego", "Якуба Пачоцки"; "Kuba", the
      // Polish short form, with its cases ("z Kubą Pachockim"); and the German and English forms of his first name,
      // which copy gives him ("Jakob Pachocki", "Jacob Pachocki"), as "Ilja" is Ilya's.
      given: [
        'Jakub',
        'Jakob',
        'Jacob',
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
        'יאקוב',
      ],
      // OpenAI's author lists print his middle initial: "Jakub W. Pachocki" (round 30), "Jakub W Pachocki" (round 38).
      middle: ['W.', 'W'],
      // Russian pages write him "Пачоцки" or, declined as an adjective, "Пахоцкий"; Hebrew "פחוצקי" (round 18) or, with
      // an aleph for the "a", "פאחוצקי" (round 43). Round 58: the first spelling declined too, „назначение Якуба
      // Пачоцкого“.
      surnames: [
        'Pachocki',
        'Pachockiego',
        'Pachockim',
        'Pachockiemu',
        'Пачоцки',
        'Пачоцкий',
        'Пачоцкого',
        'Пачоцкому',
        'Пачоцким',
        'Пахоцкий',
        'Пахоцкого',
        'Пахоцкому',
        'Пахоцким',
        'Пахоцком',
        'פחוצקי',
        'פאחוצקי',
      ],
      handles: ['@merettm'],
      bareHandles: ['merettm'],
      writesPapers: true,
    },
  },
} as const satisfies Record<string, NamedPerson>;

export type PersonId = keyof typeof named;

/** Everyone the extension looks for, each with the literal id the rest of the code knows them by. */
export const namedPeople = /* @__PURE__ */ Object.values(named);
