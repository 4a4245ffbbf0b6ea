import type { Source } from './types';

/** The sources of `shared/facts.md`, under the letters the fact sheet gives them. */
export const sources = {
  A: {
    title: 'OpenAI-Chefwissenschaftler Ilya Sutskever verlässt das Unternehmen',
    publisher: 'gagadget.com',
    url: 'https://gagadget.com/de/457489-openai-chefwissenschaftler-ilya-sutskever-verlasst-das-unternehmen',
  },
  C: {
    title: 'OpenAI co-founder and chief scientist Ilya Sutskever quits',
    publisher: 'SiliconANGLE',
    url: 'https://siliconangle.com/2024/05/14/openai-co-founder-chief-scientist-ilya-sutskever-quits',
  },
  D: {
    title: 'Ilya Sutskever and Jan Leike resign from OpenAI',
    publisher: 'The Daily Caller',
    url: 'https://dailycaller.com/2024/05/15/ilya-sutskever-jan-leike-resign-open-ai-superintelligence-research/',
  },
  E: {
    title: 'Ilya Sutskever, OpenAI co-founder and longtime chief scientist, departs',
    publisher: 'TechCrunch',
    url: 'https://techcrunch.com/2024/05/14/ilya-sutskever-openai-co-founder-and-longtime-chief-scientist-departs/',
  },
  F: {
    title: 'Co-founder Ilya Sutskever leaves OpenAI',
    publisher: 'The Daily Star',
    url: 'https://www.thedailystar.net/tech-startup/news/co-founder-ilya-sutskever-leaves-openai-3610496',
  },
  H: {
    title: 'A timeline of the OpenAI board',
    publisher: 'loeber.substack.com',
    url: 'https://loeber.substack.com/p/a-timeline-of-the-openai-board',
  },
  I: {
    title: 'OpenAI officially announced that Sam Altman is back as CEO',
    publisher: 'CNN',
  },
  J: {
    title: 'OpenAI fires Sam Altman',
    publisher: 'Observer',
    url: 'https://observer.com/2023/11/openai-fires-sam-altman/',
  },
  K: {
    title: 'OpenAI staff letter: board must resign, bring back Sam Altman',
    publisher: 'Axios',
    url: 'https://www.axios.com/2023/11/20/openai-staff-letter-board-resign-sam-altman',
  },
  M: {
    title: 'Sam Altman reaches deal to return',
    publisher: 'Reuters',
  },
  N: {
    title: 'Sam Altman rejoins OpenAI board with three new directors',
    publisher: 'news reports, 8 March 2024',
  },
  O: {
    title: 'Sam Altman is unsure if Ilya Sutskever is still working at OpenAI',
    publisher: 'OfficeChai',
    url: 'https://officechai.com/startups/sam-altman-is-unsure-if-ilya-sutskever-is-still-working-at-openai/',
  },
  R: {
    title: "OpenAI's chief AI wizard, Ilya Sutskever, is leaving the company",
    publisher: 'news report, 15 May 2024',
  },
  T: {
    title: 'Ilya Sutskever and Jan Leike resign from OpenAI',
    publisher: 'GreaterWrong',
    url: 'https://www.greaterwrong.com/posts/JSWF2ZLt6YahyAauE/ilya-sutskever-and-jan-leike-resign-from-openai',
  },
  U: {
    title: 'OpenAI researcher Jan Leike joins rival Anthropic days after leaving',
    publisher: 'Business Insider',
    url: 'https://www.businessinsider.com/openai-jan-leike-joins-rival-anthropic-days-after-leaving-2024-5',
  },
  V: {
    title: 'Jan Leike',
    publisher: 'Longterm Wiki',
    url: 'https://longtermwiki.com/wiki/E182',
  },
  W: {
    title: '3 senior OpenAI researchers resign in the wake of Sam Altman’s shock dismissal',
    publisher: 'Business Insider India',
  },
  G: {
    title: 'Ilya Sutskever',
    publisher: 'Wikipedia',
    url: 'https://en.wikipedia.org/wiki/Ilya_Sutskever',
  },
  AA: {
    title: 'GPT-4o',
    publisher: 'OpenAI announcement, 13 May 2024',
  },
} as const satisfies Record<string, Source>;
