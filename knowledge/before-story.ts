import { sources } from './sources';
import type { TimelineEvent } from './types';

/**
 * What happened before the story's timeline (November 2023 to May 2024) that sets where each person stood
 * when it began. Not shown in the popup's timeline; it gives the status on an earlier date, and the
 * changes since a page written before the story.
 */
export const eventsBeforeStory: readonly TimelineEvent[] = [
  {
    date: '2015-12-11',
    text: {
      de: 'OpenAI wird gegründet; zu den Gründern gehören Sam Altman und Ilya Sutskever.',
      en: 'OpenAI is founded; Sam Altman and Ilya Sutskever are among its co-founders.',
    },
    people: ['altman', 'sutskever'],
    source: sources.H,
    claim: 'openai-founded',
    effects: [
      {
        person: 'sutskever',
        standing: 'job',
        holds: true,
        text: {
          de: 'Mitgründer von OpenAI; bei der Gründung Forschungsdirektor, später Chefwissenschaftler.',
          en: 'Co-founder of OpenAI; its research director at the founding, later its chief scientist.',
        },
      },
      {
        person: 'altman',
        standing: 'board',
        holds: true,
        text: {
          de: 'Mitgründer von OpenAI und Co-Vorsitzender seines Boards.',
          en: 'Co-founder of OpenAI and co-chair of its board.',
        },
      },
    ],
  },
  {
    date: '2017',
    text: {
      de: 'Sutskever sitzt im Board von OpenAI, spätestens seit 2017.',
      en: 'Sutskever is on OpenAI’s board, by 2017 at the latest.',
    },
    people: ['sutskever'],
    source: sources.H,
    claim: 'sutskever-board',
    effects: [
      {
        person: 'sutskever',
        standing: 'board',
        holds: true,
        text: { de: 'Mitglied des Boards von OpenAI.', en: 'Member of OpenAI’s board.' },
      },
    ],
  },
  {
    date: '2017',
    text: {
      de: 'Jakub Pachocki kommt zu OpenAI, als Forschungsleiter für OpenAI Five.',
      en: 'Jakub Pachocki joins OpenAI, as research lead for OpenAI Five.',
    },
    people: ['pachocki'],
    source: sources.E,
    claim: 'pachocki-joins',
    effects: [
      {
        person: 'pachocki',
        standing: 'job',
        holds: true,
        text: {
          de: 'Seit 2017 bei OpenAI: erst Forschungsleiter für OpenAI Five, dann für Reasoning, später Forschungsdirektor.',
          en: 'At OpenAI since 2017: research lead for OpenAI Five, then for reasoning, later Director of Research.',
        },
      },
    ],
  },
  {
    date: '2019',
    text: { de: 'Sam Altman wird CEO von OpenAI.', en: 'Sam Altman becomes CEO of OpenAI.' },
    people: ['altman'],
    source: sources.H,
    claim: 'altman-ceo',
    effects: [
      { person: 'altman', standing: 'job', holds: true, text: { de: 'CEO von OpenAI.', en: 'CEO of OpenAI.' } },
    ],
  },
  {
    date: '2021',
    text: {
      de: 'Jan Leike wechselt von DeepMind zu OpenAI und leitet dort die Alignment-Forschung.',
      en: 'Jan Leike moves from DeepMind to OpenAI, where he heads alignment research.',
    },
    people: ['leike'],
    source: sources.T2,
    claim: 'leike-joins',
    effects: [
      {
        person: 'leike',
        standing: 'job',
        holds: true,
        text: { de: 'Leiter der Alignment-Forschung bei OpenAI.', en: 'Head of alignment at OpenAI.' },
      },
    ],
  },
  {
    date: '2023-07-05',
    text: {
      de: 'OpenAI richtet das Superalignment-Team ein, geleitet von Sutskever und Leike.',
      en: 'OpenAI sets up the Superalignment team, led by Sutskever and Leike.',
    },
    people: ['sutskever', 'leike'],
    source: sources.T2,
    claim: 'superalignment-formed',
    effects: [
      {
        person: 'sutskever',
        standing: 'team',
        holds: true,
        text: {
          de: 'Leitet mit Jan Leike das Superalignment-Team von OpenAI.',
          en: 'Co-leads OpenAI’s Superalignment team with Jan Leike.',
        },
      },
      {
        person: 'leike',
        standing: 'job',
        holds: true,
        text: {
          de: 'Leitet mit Ilya Sutskever das Superalignment-Team von OpenAI.',
          en: 'Co-leads OpenAI’s Superalignment team with Ilya Sutskever.',
        },
      },
    ],
  },
];
