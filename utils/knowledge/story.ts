import { sources } from './sources';
import type { Story } from './types';

export const story: Story = {
  headline: 'OpenAI-Chefwissenschaftler Ilya Sutskever verlässt das Unternehmen',
  headlineLang: 'de',
  source: sources.A,
  summary: {
    de:
      'Am 14. Mai 2024, in Kalifornien am Nachmittag, in New York am Abend und in Europa bereits am 15. Mai, gab Ilya Sutskever bekannt, dass er OpenAI verlässt. ' +
      'Er hatte das Unternehmen 2015 mitgegründet und war dort Chefwissenschaftler. Ein halbes Jahr zuvor, im November 2023, hatte er im Board ' +
      'für die Absetzung von CEO Sam Altman gestimmt. Drei Tage später bedauerte er das öffentlich und unterschrieb den Brief, in dem über ' +
      '700 Beschäftigte Altmans Rückkehr forderten. Nach zwölf Tagen war Altman wieder CEO; Sutskever verlor seinen Sitz im Board, und seine ' +
      'Rolle bei OpenAI blieb monatelang offen. Wenige Stunden nach Sutskever kündigte auch Jan Leike, der das Superalignment-Team gemeinsam ' +
      'mit ihm geleitet hatte. Neuer Chefwissenschaftler wurde Forschungsdirektor Jakub Pachocki.',
    en:
      'On 14 May 2024, in the afternoon in California and the evening in New York, already 15 May in Europe, Ilya Sutskever announced that he was leaving OpenAI, ' +
      'the company he had co-founded in 2015 and where he served as chief scientist. Six months earlier, in November 2023, he had voted ' +
      'on the board to remove CEO Sam Altman. Three days later he said in public that he regretted it, and he signed the letter in which ' +
      'more than 700 staff asked for Altman’s return. Twelve days after his removal Altman was CEO again; Sutskever lost his board seat, ' +
      'and his role at OpenAI stayed unclear for months. Hours after Sutskever, Jan Leike, who had co-led the Superalignment team with him, ' +
      'resigned too. OpenAI named its Director of Research, Jakub Pachocki, the new chief scientist.',
  },
  summarySources: [sources.C, sources.H, sources.K, sources.K2, sources.I, sources.C2, sources.T2, sources.D, sources.F],
  corrections: [
    {
      quote: 'Sutzkever',
      text: {
        de: 'Im Text schreibt der Bericht „Sutzkever“; richtig ist Sutskever, wie in der Überschrift.',
        en: 'In its body the report spells the name „Sutzkever“; the right spelling is Sutskever, as in its headline.',
      },
      sources: [sources.C, sources.E],
    },
    {
      quote: 'Am Dienstagabend, den 14. Mai',
      text: {
        de: '„Am Dienstagabend, den 14. Mai“ gilt für die USA: Sutskevers Beitrag erschien gegen 23 Uhr UTC, in Kalifornien um 16 Uhr, in New York um 19 Uhr, in Deutschland aber erst am 15. Mai gegen 1 Uhr.',
        en: '„Am Dienstagabend, den 14. Mai“ (“on Tuesday evening, 14 May”) is US time: Sutskever’s post went out at about 23:00 UTC, 16:00 in California and 19:00 in New York, but about 01:00 on 15 May in Germany.',
      },
      sources: [sources.C],
    },
    {
      quote: 'ein Mitglied von Sutzkevers KI-Sicherheitsteam',
      text: {
        de: 'Jan Leike war nicht „ein Mitglied von Sutzkevers KI-Sicherheitsteam“: Er leitete das Superalignment-Team gemeinsam mit Sutskever.',
        en: 'Jan Leike was not „ein Mitglied von Sutzkevers KI-Sicherheitsteam“ (“a member of Sutzkever’s AI safety team”): he co-led the Superalignment team with Sutskever.',
      },
      sources: [sources.T2],
    },
    {
      quote: 'ein leitender Forscher in Sutzkevers Team',
      text: {
        de: 'Jakub Pachocki war nicht „ein leitender Forscher in Sutzkevers Team“, sondern Forschungsdirektor von OpenAI.',
        en: 'Jakub Pachocki was not „ein leitender Forscher in Sutzkevers Team“ (“a senior researcher in Sutzkever’s team”) but OpenAI’s Director of Research.',
      },
      sources: [sources.E, sources.F],
    },
    {
      quote: 'ehemaliges Vorstandsmitglied',
      text: {
        de: 'Der Bericht nennt Sutskever ein „ehemaliges Vorstandsmitglied“. Er saß aber bis November 2023 im Board von OpenAI, dem Verwaltungsrat einer gemeinnützigen Organisation, nicht in einer Geschäftsleitung.',
        en: 'The report calls Sutskever an „ehemaliges Vorstandsmitglied“ (“former member of the executive board”). Until November 2023 he sat on OpenAI’s board of directors, the board of a nonprofit, not on a German-style executive board.',
      },
      sources: [sources.H, sources.I],
    },
    {
      quote: 'diese Woche bei wichtigen Veranstaltungen wie Sora und der GPT-4 Omni nicht anwesend',
      text: {
        de: 'Der Bericht schreibt, Sutskever sei „diese Woche bei wichtigen Veranstaltungen wie Sora und der GPT-4 Omni nicht anwesend“ gewesen. Sora hatte OpenAI aber schon am 15. Februar 2024 vorgestellt, drei Monate früher; in jene Woche fiel nur GPT-4o, vorgestellt am 13. Mai 2024.',
        en: 'The report says Sutskever was „diese Woche bei wichtigen Veranstaltungen wie Sora und der GPT-4 Omni nicht anwesend“ (“absent this week from major events such as Sora and GPT-4 Omni”). But OpenAI had announced Sora on 15 February 2024, three months earlier; only GPT-4o, presented on 13 May 2024, fell in that week.',
      },
      sources: [sources.Z, sources.AA],
    },
  ],
  timeline: [
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
          text: { de: 'Vom Board als CEO abgesetzt; eine Rückkehr ist noch nicht vereinbart', en: 'Removed as CEO by the board; no return agreed yet' },
        },
        {
          person: 'altman',
          standing: 'board',
          holds: false,
          text: {
            de: 'Nicht mehr im Board: Mit seiner Absetzung als CEO musste er es verlassen',
            en: 'Off the board: his removal as CEO took him off it too',
          },
        },
        {
          person: 'sutskever',
          standing: 'board',
          holds: true,
          text: { de: 'Mitglied des Boards; stimmte dort für Altmans Absetzung', en: 'Board member; voted there for Altman’s removal' },
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
            de: 'Hat Berichten zufolge aus Protest gegen Altmans Absetzung bei OpenAI gekündigt',
            en: 'Reported to have quit OpenAI in protest at Altman’s removal',
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
            de: 'Mitglied des Boards; stimmte für Altmans Absetzung und bedauert das inzwischen zutiefst',
            en: 'Board member; voted for Altman’s removal, then said he deeply regretted his part in it',
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
            de: 'Rückkehr als CEO grundsätzlich vereinbart, in den USA am späten Abend des 21. November; noch nicht offiziell zurück',
            en: 'Return as CEO agreed in principle, late on 21 November in the US; not formally back yet',
          },
        },
        {
          person: 'sutskever',
          standing: 'board',
          holds: false,
          text: {
            de: 'Verlässt das Board: Das am 21./22. November vereinbarte neue Board kommt ohne ihn aus',
            en: 'Leaving the board: the new initial board agreed on 21/22 November leaves him out',
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
          text: { de: 'Wieder CEO von OpenAI, offiziell seit 29. November 2023', en: 'CEO of OpenAI again, formally since 29 November 2023' },
        },
        {
          person: 'sutskever',
          standing: 'board',
          holds: false,
          text: {
            de: 'Nicht mehr im Board von OpenAI, wie OpenAI am 29. November 2023 bestätigte',
            en: 'No longer on OpenAI’s board, as OpenAI confirmed on 29 November 2023',
          },
        },
        {
          person: 'sutskever',
          standing: 'job',
          holds: true,
          claim: 'sutskever-role-open',
          text: {
            de: 'Chefwissenschaftler, doch seine Rolle ist offen: OpenAI spricht nach eigenen Angaben mit ihm darüber, wie er seine Arbeit fortsetzen kann',
            en: 'Chief scientist, but with his role open: OpenAI says it is discussing how he can continue his work there',
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
            de: 'Nach Altmans Rückkehr Berichten zufolge wieder bei OpenAI',
            en: 'Reported back at OpenAI after Altman’s return',
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
            de: 'Seit 8. März 2024 nach einer externen Untersuchung wieder im Board von OpenAI',
            en: 'Back on OpenAI’s board since 8 March 2024, after an outside review',
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
              'geht, sagt er noch nicht',
            en:
              'Leaving OpenAI after almost a decade: announced on 14 May 2024, in the US afternoon and evening; it was already 15 May in ' +
              'Europe. He calls his next project “very personally meaningful” but has not yet said what it is',
          },
        },
        {
          person: 'sutskever',
          standing: 'team',
          holds: false,
          source: sources.E,
          text: {
            de: 'Leitet das Superalignment-Team nicht mehr, das er bis zu seinem Weggang mit Jan Leike führte',
            en: 'No longer co-leads the Superalignment team, which he led with Jan Leike until he left',
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
            de: 'Seit 14. Mai 2024 Chefwissenschaftler von OpenAI, als Nachfolger Sutskevers',
            en: 'Chief Scientist of OpenAI since 14 May 2024, succeeding Sutskever',
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
            de: 'Hat OpenAI verlassen: gekündigt am 15. Mai 2024 UTC, in den USA noch am Abend des 14. Mai; eine neue Stelle ist noch nicht bekannt',
            en: 'Left OpenAI: resigned on 15 May 2024 UTC, the evening of 14 May in the US; no new post announced yet',
          },
        },
      ],
    },
    {
      date: '2024-05-17',
      text: {
        de: 'Leike erklärt, warum er ging: Sicherheit sei hinter „glänzende Produkte“ (im Original: „shiny products“) zurückgetreten.',
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
            de: 'Seit 28. Mai 2024 bei Anthropic, um die Superalignment-Arbeit fortzusetzen; leitete bis Mai 2024 mit Sutskever das Superalignment-Team von OpenAI',
            en: 'At Anthropic since 28 May 2024, to continue the superalignment work; co-led OpenAI’s Superalignment team until May 2024',
          },
        },
      ],
    },
  ],
};
