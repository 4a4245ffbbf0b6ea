import { sources } from './sources';
import { timeline } from './timeline';
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
  summarySources: [
    sources.C,
    sources.H,
    sources.K,
    sources.K2,
    sources.I,
    sources.C2,
    sources.T2,
    sources.D,
    sources.F,
  ],
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
  timeline,
};
