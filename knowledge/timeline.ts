import { sources } from './sources';
import type { TimelineEvent } from './types';

/**
 * The story's events, November 2023 to May 2024, oldest first, each with what it changes in whose status.
 * Apart from the story's summary and corrections: the card needs the events (a person's status on a
 * page's date), not the rest.
 */
export const timeline: readonly TimelineEvent[] = [
  {
    date: '2023-11-17',
    text: {
      de: 'Das Board setzt Sam Altman als CEO ab, Sutskever stimmt dafür.',
      en: 'The board removes Sam Altman as CEO, with Sutskever’s vote.',
    },
    people: ['altman', 'sutskever'],
    source: sources.H,
    claim: 'altman-removed',
    effects: [
      {
        person: 'altman',
        standing: 'job',
        holds: false,
        text: {
          de: 'Vom Board als CEO abgesetzt; eine Rückkehr ist noch nicht vereinbart.',
          en: 'Removed as CEO by the board; no return agreed yet.',
        },
      },
      {
        person: 'altman',
        standing: 'board',
        holds: false,
        text: {
          de: 'Nicht mehr im Board: Mit seiner Absetzung als CEO musste er es verlassen.',
          en: 'Off the board: his removal as CEO took him off it too.',
        },
      },
      {
        person: 'sutskever',
        standing: 'board',
        holds: true,
        text: {
          de: 'Mitglied des Boards; stimmte dort für Altmans Absetzung.',
          en: 'Board member; voted there for Altman’s removal.',
        },
      },
    ],
  },
  {
    date: '2023-11-18',
    text: {
      de: 'Pachocki und zwei weitere leitende Forscher haben Berichten zufolge aus Protest gekündigt.',
      en: 'Pachocki and two other senior researchers are reported to have quit in protest.',
    },
    people: ['pachocki'],
    source: sources.W,
    claim: 'pachocki-quits',
    effects: [
      {
        person: 'pachocki',
        standing: 'job',
        holds: false,
        text: {
          de: 'Hat Berichten zufolge aus Protest gegen Altmans Absetzung bei OpenAI gekündigt.',
          en: 'Reported to have quit OpenAI in protest at Altman’s removal.',
        },
      },
    ],
  },
  {
    date: '2023-11-20',
    text: {
      de: 'Sutskever bedauert öffentlich seine Beteiligung an Altmans Absetzung.',
      en: 'Sutskever says in public that he regrets his part in Altman’s removal.',
    },
    people: ['sutskever'],
    source: sources.K,
    claim: 'sutskever-regrets',
    effects: [
      {
        person: 'sutskever',
        standing: 'board',
        holds: true,
        text: {
          de: 'Mitglied des Boards; stimmte für Altmans Absetzung und bedauert das inzwischen zutiefst.',
          en: 'Board member; voted for Altman’s removal, then said he deeply regretted his part in it.',
        },
      },
    ],
  },
  {
    date: '2023-11-20',
    text: {
      de: 'Über 700 Beschäftigte fordern in einem Brief Altmans Rückkehr; auch Sutskever unterschreibt.',
      en: 'More than 700 staff sign a letter asking for Altman’s return; Sutskever signs too.',
    },
    people: ['altman', 'sutskever'],
    source: sources.K2,
    claim: 'staff-letter',
  },
  {
    date: '2023-11-22',
    text: {
      de: 'Grundsätzliche Einigung, in den USA noch am Abend des 21. November: Altman kommt als CEO zurück, mit einem neuen Board ohne Sutskever.',
      en: 'Agreement in principle, still the evening of 21 November in the US: Altman returns as CEO with a new board that leaves out Sutskever.',
    },
    people: ['altman', 'sutskever'],
    source: sources.I,
    claim: 'return-agreed',
    effects: [
      {
        person: 'altman',
        standing: 'job',
        holds: false,
        text: {
          de: 'Rückkehr als CEO grundsätzlich vereinbart, in den USA am späten Abend des 21. November; noch nicht offiziell zurück.',
          en: 'Return as CEO agreed in principle, late on 21 November in the US; not formally back yet.',
        },
      },
      {
        person: 'sutskever',
        standing: 'board',
        holds: false,
        text: {
          de: 'Verlässt das Board: Das am 21./22. November vereinbarte neue Board kommt ohne ihn aus.',
          en: 'Leaving the board: the new initial board agreed on 21/22 November leaves him out.',
        },
      },
    ],
  },
  {
    date: '2023-11-29',
    text: {
      de: 'Altman ist offiziell zurück und bestätigt, dass Sutskever das Board verlässt.',
      en: 'Altman is formally back and confirms that Sutskever leaves the board.',
    },
    people: ['altman', 'sutskever'],
    source: sources.I,
    claim: 'altman-back',
    effects: [
      {
        person: 'altman',
        standing: 'job',
        holds: true,
        text: {
          de: 'Wieder CEO von OpenAI, offiziell seit 29. November 2023.',
          en: 'CEO of OpenAI again, formally since 29 November 2023.',
        },
      },
      {
        person: 'sutskever',
        standing: 'board',
        holds: false,
        text: {
          de: 'Nicht mehr im Board von OpenAI, wie OpenAI am 29. November 2023 bestätigte.',
          en: 'No longer on OpenAI’s board, as OpenAI confirmed on 29 November 2023.',
        },
      },
      {
        person: 'sutskever',
        standing: 'job',
        holds: true,
        claim: 'sutskever-role-open',
        text: {
          de: 'Chefwissenschaftler, doch seine Rolle ist offen: OpenAI spricht nach eigenen Angaben mit ihm darüber, wie er seine Arbeit fortsetzen kann.',
          en: 'Chief scientist, but with his role open: OpenAI says it is discussing how he can continue his work there.',
        },
      },
    ],
  },
  {
    date: '2023-11-30',
    text: {
      de: 'Berichten zufolge ist Pachocki nach Altmans Rückkehr wieder bei OpenAI.',
      en: 'Pachocki is reported back at OpenAI after Altman’s return.',
    },
    people: ['pachocki'],
    source: sources.X,
    claim: 'pachocki-back',
    effects: [
      {
        person: 'pachocki',
        standing: 'job',
        holds: true,
        text: {
          de: 'Nach Altmans Rückkehr Berichten zufolge wieder bei OpenAI.',
          en: 'Reported back at OpenAI after Altman’s return.',
        },
      },
    ],
  },
  {
    date: '2023-12',
    until: '2024-05',
    text: {
      de: 'Sutskevers Rolle bei OpenAI bleibt monatelang offen.',
      en: 'Sutskever’s role at OpenAI stays unclear for months.',
    },
    people: ['sutskever'],
    source: sources.C2,
    claim: 'sutskever-limbo',
  },
  {
    date: '2024-03-08',
    text: { de: 'Altman kehrt ins Board zurück.', en: 'Altman rejoins the board.' },
    people: ['altman'],
    source: sources.N,
    claim: 'altman-rejoins-board',
    effects: [
      {
        person: 'altman',
        standing: 'board',
        holds: true,
        text: {
          de: 'Seit 8. März 2024 nach einer externen Untersuchung wieder im Board von OpenAI.',
          en: 'Back on OpenAI’s board since 8 March 2024, after an outside review.',
        },
      },
    ],
  },
  {
    date: '2024-05-14',
    text: {
      de: 'Sutskever kündigt an, dass er OpenAI verlässt; in Europa ist bereits der 15. Mai.',
      en: 'Sutskever announces that he is leaving OpenAI; in Europe it is already 15 May.',
    },
    people: ['sutskever'],
    source: sources.C,
    claim: 'sutskever-leaves',
    effects: [
      {
        person: 'sutskever',
        standing: 'job',
        holds: false,
        text: {
          de:
            'Verlässt OpenAI nach fast zehn Jahren: angekündigt am 14. Mai 2024, in den USA am Nachmittag und Abend; in Europa war bereits ' +
            'der 15. Mai. Sein nächstes Projekt sei ihm „persönlich sehr bedeutsam“ (im Original: „very personally meaningful“); worum es ' +
            'geht, sagt er noch nicht.',
          en:
            'Leaving OpenAI after almost a decade: announced on 14 May 2024, in the US afternoon and evening; it was already 15 May in ' +
            'Europe. He calls his next project “very personally meaningful” but has not yet said what it is.',
        },
      },
      {
        person: 'sutskever',
        standing: 'team',
        holds: false,
        source: sources.E,
        text: {
          de: 'Leitet das Superalignment-Team nicht mehr, das er bis zu seinem Weggang mit Jan Leike führte.',
          en: 'No longer co-leads the Superalignment team, which he led with Jan Leike until he left.',
        },
      },
    ],
  },
  {
    date: '2024-05-14',
    text: {
      de: 'OpenAI ernennt Pachocki zum Chefwissenschaftler, als Nachfolger Sutskevers.',
      en: 'OpenAI names Pachocki Chief Scientist, succeeding Sutskever.',
    },
    people: ['pachocki', 'sutskever'],
    source: sources.F,
    claim: 'pachocki-chief-scientist',
    effects: [
      {
        person: 'pachocki',
        standing: 'job',
        holds: true,
        text: {
          de: 'Seit 14. Mai 2024 Chefwissenschaftler von OpenAI, als Nachfolger Sutskevers.',
          en: 'Chief Scientist of OpenAI since 14 May 2024, succeeding Sutskever.',
        },
      },
    ],
  },
  {
    date: '2024-05-15',
    text: {
      de: 'Leike schreibt: „Ich habe gekündigt“ (im Original: „I resigned“), in den USA noch am Abend des 14. Mai.',
      en: 'Leike posts “I resigned”, on the evening of 14 May in the US.',
    },
    people: ['leike'],
    source: sources.D,
    claim: 'leike-resigns',
    effects: [
      {
        person: 'leike',
        standing: 'job',
        holds: false,
        text: {
          de: 'Hat OpenAI verlassen: gekündigt am 15. Mai 2024 UTC, in den USA noch am Abend des 14. Mai; eine neue Stelle ist noch nicht bekannt.',
          en: 'Left OpenAI: resigned on 15 May 2024 UTC, the evening of 14 May in the US; no new post announced yet.',
        },
      },
    ],
  },
  {
    date: '2024-05-17',
    text: {
      de: 'Leike erklärt, warum er ging: Sicherheit sei hinter „glänzenden Produkten“ (im Original: „shiny products“) zurückgetreten.',
      en: 'Leike explains why he left: safety had taken a backseat to “shiny products”.',
    },
    people: ['leike'],
    source: sources.T,
    claim: 'leike-reasons',
  },
  {
    date: '2024-05-17',
    text: {
      de: 'Berichtet und bestätigt: Das Superalignment-Team ist aufgelöst, seine Mitglieder wechseln in andere Teams.',
      en: 'Reported and confirmed: the Superalignment team has been dissolved, its members moved to other teams.',
    },
    people: ['leike', 'sutskever'],
    source: sources.T2,
    claim: 'superalignment-dissolved',
  },
  {
    date: '2024-05-28',
    text: { de: 'Leike wechselt zu Anthropic.', en: 'Leike joins Anthropic.' },
    people: ['leike'],
    source: sources.U,
    claim: 'leike-anthropic',
    effects: [
      {
        person: 'leike',
        standing: 'job',
        holds: true,
        text: {
          de: 'Seit 28. Mai 2024 bei Anthropic, um die Superalignment-Arbeit fortzusetzen; leitete bis Mai 2024 mit Sutskever das Superalignment-Team von OpenAI.',
          en: 'At Anthropic since 28 May 2024, to continue the superalignment work; co-led OpenAI’s Superalignment team until May 2024.',
        },
      },
    ],
  },
];
