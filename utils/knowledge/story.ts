import { sources } from './sources';
import type { Story } from './types';

export const story: Story = {
  headline: 'OpenAI-Chefwissenschaftler Ilya Sutskever verlässt das Unternehmen',
  headlineLang: 'de',
  source: sources.A,
  summary: {
    de:
      'Am 14. Mai 2024, in Kalifornien am Nachmittag, in New York am Abend und in Europa bereits am 15. Mai, gab Ilya Sutskever bekannt, dass er OpenAI verlässt. ' +
      'Er hatte die Firma 2015 mitgegründet und war ihr Chefwissenschaftler. Ein halbes Jahr zuvor, im November 2023, hatte er im Board ' +
      'für die Absetzung von CEO Sam Altman gestimmt. Nach wenigen Tagen und einem Brief von über 700 Beschäftigten, den auch Sutskever ' +
      'unterschrieb, war Altman zurück; Sutskever verlor seinen Sitz im Board, und sein Platz bei OpenAI blieb monatelang ungeklärt. ' +
      'Mit ihm ging Jan Leike, der mit ihm das Superalignment-Team leitete. Neuer Chefwissenschaftler wurde Forschungsdirektor Jakub Pachocki.',
    en:
      'On 14 May 2024, in the afternoon in California and the evening in New York, already 15 May in Europe, Ilya Sutskever announced that he was leaving OpenAI, ' +
      'the company he had co-founded in 2015 and served as chief scientist. Six months earlier, in November 2023, he had voted on the board ' +
      'to remove CEO Sam Altman. Within days, and after a letter from more than 700 staff that Sutskever signed too, Altman was back; ' +
      'Sutskever lost his board seat and his place at OpenAI stayed unclear for months. Jan Leike, who co-led the Superalignment team with him, ' +
      'left as well. Director of Research Jakub Pachocki became the new chief scientist.',
  },
  summarySources: [sources.C, sources.H, sources.K, sources.K2, sources.I, sources.C2, sources.T2, sources.D, sources.F],
  corrections: [
    {
      text: {
        de: 'Der Bericht schreibt im Text „Sutzkever“; richtig ist Sutskever, wie in der Überschrift.',
        en: 'The report spells the name “Sutzkever” in its body; the right spelling is Sutskever, as in its headline.',
      },
      sources: [sources.C, sources.E],
    },
    {
      text: {
        de: 'Jan Leike war nicht einfach Mitglied von Sutskevers Team, sondern leitete das Superalignment-Team gemeinsam mit ihm.',
        en: 'Jan Leike was not just a member of Sutskever’s team: he co-led the Superalignment team with him.',
      },
      sources: [sources.T2],
    },
    {
      text: {
        de: 'Jakub Pachocki war nicht einfach Forscher in Sutskevers Team, sondern Forschungsdirektor von OpenAI.',
        en: 'Jakub Pachocki was not just a researcher in Sutskever’s team: he was OpenAI’s Director of Research.',
      },
      sources: [sources.E, sources.F],
    },
  ],
  timeline: [
    {
      date: '2023-11-17',
      text: {
        de: 'Das Board setzt Sam Altman als CEO ab, Sutskever stimmt dafür. Pachocki und andere kündigen.',
        en: 'The board removes Sam Altman as CEO, with Sutskever’s vote. Pachocki and others quit.',
      },
      people: ['altman', 'sutskever', 'pachocki'],
      source: sources.H,
      claim: 'altman-removed',
    },
    {
      date: '2023-11-20',
      text: {
        de: 'Sutskever bedauert seine Rolle; über 700 Beschäftigte fordern Altmans Rückkehr.',
        en: 'Sutskever regrets his part; more than 700 staff ask for Altman’s return.',
      },
      people: ['sutskever', 'altman'],
      source: sources.K,
      claim: 'sutskever-regrets',
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
    },
    {
      date: '2024-05-14',
      text: {
        de: 'Sutskever kündigt seinen Abschied an; Pachocki wird Chefwissenschaftler.',
        en: 'Sutskever announces his departure; Pachocki is named Chief Scientist.',
      },
      people: ['sutskever', 'pachocki'],
      source: sources.C,
      claim: 'sutskever-leaves',
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
    },
  ],
};
