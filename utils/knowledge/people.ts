import { sources } from './sources';
import { named } from './names';
import type { Person } from './types';

export const people = [
  {
    ...named.sutskever,
    role: {
      de: 'Mitgründer von OpenAI, dort Chefwissenschaftler bis Mai 2024',
      en: 'Co-founder of OpenAI and its Chief Scientist until May 2024',
    },
    status: [
      {
        date: '2024-05-14',
        text: {
          de: 'Kündigt nach fast zehn Jahren seinen Abschied von OpenAI an, in den USA am Nachmittag und Abend; in Europa ist bereits der 15. Mai. Sein nächstes Projekt sei ihm „persönlich sehr bedeutsam“ (im Original: „very personally meaningful“); worum es geht, sagt er noch nicht.',
          en: 'Announces he is leaving OpenAI after almost a decade, in the US afternoon and evening; it is already 15 May in Europe. He calls his next project “very personally meaningful” but has not yet said what it is.',
        },
        source: sources.C,
        claim: 'sutskever-leaves',
      },
      {
        date: '2024-05-14',
        text: {
          de: 'Sein Nachfolger als Chefwissenschaftler ist Jakub Pachocki.',
          en: 'Jakub Pachocki succeeds him as Chief Scientist.',
        },
        source: sources.F,
        claim: 'pachocki-chief-scientist',
      },
      {
        date: '2023-11-29',
        text: {
          de: 'Sitzt nicht mehr im Board von OpenAI: Das neue Board, auf das man sich am 21./22. November 2023 einigte, kommt ohne ihn aus; OpenAI bestätigte das am 29. November.',
          en: 'No longer on OpenAI’s board: the new board agreed on 21/22 November 2023 left him out, as OpenAI confirmed on 29 November.',
        },
        source: sources.I,
        claim: 'altman-back',
      },
    ],
    context: {
      date: '2023-11-17',
      text: {
        de: 'Stimmte im Board für Altmans Absetzung und bedauerte das drei Tage später öffentlich.',
        en: 'Voted on the board to remove Altman, and publicly regretted it three days later.',
      },
      source: sources.H,
      claim: 'altman-removed',
    },
    changes: [
      {
        date: '2023-11-17',
        text: { de: 'Stimmt im Board für Altmans Absetzung.', en: 'Votes on the board to remove Altman.' },
        source: sources.H,
        claim: 'altman-removed',
      },
      {
        date: '2023-11-20',
        text: {
          de: 'Bedauert seine Beteiligung und unterschreibt den Brief der Belegschaft für Altmans Rückkehr.',
          en: 'Regrets his part and signs the staff letter asking for Altman’s return.',
        },
        source: sources.K,
        claim: 'sutskever-regrets',
      },
      {
        date: '2023-11-29',
        text: { de: 'Verlässt das Board; sein Status bleibt monatelang offen.', en: 'Leaves the board; his status stays unclear for months.' },
        source: sources.I,
        claim: 'altman-back',
      },
      {
        date: '2024-05-14',
        text: { de: 'Kündigt seinen Abschied von OpenAI an.', en: 'Announces that he is leaving OpenAI.' },
        source: sources.C,
        claim: 'sutskever-leaves',
      },
    ],
  },
  {
    ...named.altman,
    role: {
      de: 'CEO von OpenAI und Mitglied des Boards',
      en: 'CEO of OpenAI and member of its board',
    },
    status: [
      {
        date: '2023-11-29',
        text: {
          de: 'Wieder CEO von OpenAI, zwölf Tage nachdem ihn das Board abgesetzt hatte.',
          en: 'CEO of OpenAI again, twelve days after the board had removed him.',
        },
        source: sources.I,
        claim: 'altman-back',
      },
      {
        date: '2024-03-08',
        text: {
          de: 'Nach einer externen Untersuchung wieder Mitglied des Boards.',
          en: 'Back on the board after an outside review.',
        },
        source: sources.N,
        claim: 'altman-rejoins-board',
      },
    ],
    context: {
      date: '2023-11-17',
      text: {
        de: 'Vom Board abgesetzt, weil er „nicht durchweg aufrichtig“ (im Original: „not consistently candid“) gewesen sei; wenige Tage später zurückgeholt.',
        en: 'Removed by the board for not being “consistently candid”; brought back days later.',
      },
      source: sources.H,
      claim: 'altman-removed',
    },
    changes: [
      {
        date: '2023-11-17',
        text: { de: 'Das Board setzt ihn als CEO ab.', en: 'The board removes him as CEO.' },
        source: sources.H,
        claim: 'altman-removed',
      },
      {
        date: '2023-11-22',
        text: {
          de: 'Seine Rückkehr als CEO wird grundsätzlich vereinbart (in den USA noch am Abend des 21. November).',
          en: 'His return as CEO is agreed in principle (still the evening of 21 November in the US).',
        },
        source: sources.I,
        claim: 'return-agreed',
      },
      {
        date: '2023-11-29',
        text: { de: 'Offiziell wieder CEO.', en: 'Formally back as CEO.' },
        source: sources.I,
        claim: 'altman-back',
      },
      {
        date: '2024-03-08',
        text: { de: 'Kehrt ins Board zurück.', en: 'Rejoins the board.' },
        source: sources.N,
        claim: 'altman-rejoins-board',
      },
    ],
  },
  {
    ...named.leike,
    role: {
      de: 'Leitete bis Mai 2024 mit Sutskever das Superalignment-Team von OpenAI; seit 28. Mai 2024 bei Anthropic',
      en: 'Co-led OpenAI’s Superalignment team until May 2024, with Sutskever; at Anthropic since 28 May 2024',
    },
    status: [
      {
        date: '2024-05-15',
        text: {
          de: 'Hat bei OpenAI gekündigt: am 15. Mai 2024 UTC, in den USA noch am Abend des 14. Mai.',
          en: 'Has resigned from OpenAI: on 15 May 2024 UTC, the evening of 14 May in the US.',
        },
        source: sources.D,
        claim: 'leike-resigns',
      },
      {
        date: '2024-05-28',
        text: {
          de: 'Arbeitet jetzt bei Anthropic, um die Superalignment-Forschung fortzusetzen.',
          en: 'Now at Anthropic, to continue the superalignment work.',
        },
        source: sources.U,
        claim: 'leike-anthropic',
      },
    ],
    context: {
      date: '2024-05-17',
      text: {
        de: 'Begründete seinen Weggang damit, dass die Sicherheitskultur bei OpenAI hinter „glänzende Produkte“ (im Original: „shiny products“) zurückgetreten sei.',
        en: 'Explained his exit by saying that at OpenAI, safety culture and processes had taken a backseat to “shiny products”.',
      },
      source: sources.T,
      claim: 'leike-reasons',
    },
    changes: [
      {
        date: '2024-05-15',
        text: {
          de: 'Kündigt bei OpenAI, in den USA noch am Abend des 14. Mai.',
          en: 'Resigns from OpenAI, on the evening of 14 May in the US.',
        },
        source: sources.D,
        claim: 'leike-resigns',
      },
      {
        date: '2024-05-17',
        text: {
          de: 'Erklärt, warum er ging: Die Sicherheitskultur sei hinter „glänzende Produkte“ (im Original: „shiny products“) zurückgetreten.',
          en: 'Explains why he left: safety culture and processes had taken a backseat to “shiny products”.',
        },
        source: sources.T,
        claim: 'leike-reasons',
      },
      {
        date: '2024-05-28',
        text: { de: 'Wechselt zu Anthropic.', en: 'Joins Anthropic.' },
        source: sources.U,
        claim: 'leike-anthropic',
      },
    ],
  },
  {
    ...named.pachocki,
    role: {
      de: 'Seit 14. Mai 2024 Chefwissenschaftler von OpenAI, zuvor dort Forschungsdirektor',
      en: 'Chief Scientist of OpenAI since 14 May 2024, before that its Director of Research',
    },
    status: [
      {
        date: '2024-05-14',
        text: {
          de: 'Zum Chefwissenschaftler von OpenAI ernannt, als Nachfolger Sutskevers.',
          en: 'Named OpenAI’s Chief Scientist, succeeding Sutskever.',
        },
        source: sources.F,
        claim: 'pachocki-chief-scientist',
      },
    ],
    context: {
      date: '2024-05-14',
      text: {
        de: 'Seit 2017 bei OpenAI; leitete laut OpenAI die Entwicklung von GPT-4 und OpenAI Five.',
        en: 'At OpenAI since 2017; OpenAI credits him with leading the development of GPT-4 and OpenAI Five.',
      },
      source: sources.F,
      claim: 'pachocki-credits',
    },
    changes: [
      {
        date: '2023-11-18',
        text: {
          de: 'Hat Berichten zufolge aus Protest gegen Altmans Absetzung gekündigt.',
          en: 'Reported to have quit in protest at Altman’s removal.',
        },
        source: sources.W,
        claim: 'pachocki-quits',
      },
      {
        date: '2023-11-30',
        text: {
          de: 'Ist Berichten zufolge nach Altmans Rückkehr wieder bei OpenAI.',
          en: 'Reported back at OpenAI after Altman’s return.',
        },
        source: sources.X,
        claim: 'pachocki-back',
      },
      {
        date: '2024-05-14',
        text: { de: 'Wird Chefwissenschaftler.', en: 'Becomes Chief Scientist.' },
        source: sources.F,
        claim: 'pachocki-chief-scientist',
      },
    ],
  },
] as const satisfies readonly Person[];

