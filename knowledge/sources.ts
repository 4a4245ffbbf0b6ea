import type { Source } from './types';

/**
 * The sources of `shared/facts.md`, under the letters the fact sheet gives them (K2: the sheet's second
 * source under K). The person's own post or OpenAI's own announcement where there is one, else a major
 * outlet. W, X and Z have no address in the sheet; theirs were looked up and checked by hand.
 */
export const sources = {
  A: {
    title: 'OpenAI-Chefwissenschaftler Ilya Sutskever verlässt das Unternehmen',
    publisher: 'gagadget.com',
    date: '2024-05',
    url: 'https://gagadget.com/de/457489-openai-chefwissenschaftler-ilya-sutskever-verlasst-das-unternehmen',
  },
  C: {
    title: 'Farewell post: “After almost a decade, I have made the decision to leave OpenAI”',
    publisher: 'Ilya Sutskever on X',
    date: '2024-05-14',
    url: 'https://x.com/ilyasut/status/1790517455628198322',
  },
  C2: {
    title: 'OpenAI co-founder Ilya Sutskever leaves company',
    publisher: 'Axios',
    date: '2024-05-14',
    url: 'https://axios.com/2024/05/14/openai-co-founder-ilya-sutskever-leaves-company',
  },
  D: {
    title: '“I resigned”',
    publisher: 'Jan Leike on X',
    date: '2024-05-15',
    url: 'https://x.com/janleike/status/1790603862132596961',
  },
  E: {
    title: 'Ilya Sutskever, OpenAI co-founder and longtime chief scientist, departs',
    publisher: 'TechCrunch',
    date: '2024-05-14',
    url: 'https://techcrunch.com/2024/05/14/ilya-sutskever-openai-co-founder-and-longtime-chief-scientist-departs/',
  },
  F: {
    title: 'Jakub Pachocki announced as Chief Scientist',
    publisher: 'OpenAI',
    date: '2024-05-14',
    url: 'https://openai.com/index/jakub-pachocki-announced-as-chief-scientist/',
  },
  H: {
    title: 'OpenAI announces leadership transition',
    publisher: 'OpenAI',
    date: '2023-11-17',
    url: 'https://openai.com/index/openai-announces-leadership-transition/',
  },
  I: {
    title: 'Sam Altman returns as CEO, OpenAI has a new initial board',
    publisher: 'OpenAI',
    date: '2023-11-29',
    url: 'https://openai.com/index/sam-altman-returns-as-ceo-openai-has-a-new-initial-board/',
  },
  K: {
    title: "“I deeply regret my participation in the board's actions”",
    publisher: 'Ilya Sutskever on X',
    date: '2023-11-20',
    url: 'https://x.com/ilyasut/status/1726590052392956028',
  },
  K2: {
    title: "OpenAI chief scientist says he regrets board's firing of Sam Altman",
    publisher: 'Axios',
    date: '2023-11-20',
    url: 'https://axios.com/2023/11/20/sam-altman-fired-openai-board-illya-sutsever-regrets',
  },
  N: {
    title: 'OpenAI announces new members to board of directors',
    publisher: 'OpenAI',
    date: '2024-03-08',
    url: 'https://openai.com/index/openai-announces-new-members-to-board-of-directors/',
  },
  T: {
    title: 'Thread on why he left: “safety culture and processes have taken a backseat to shiny products”',
    publisher: 'Jan Leike on X',
    date: '2024-05-17',
    url: 'https://x.com/janleike/status/1791498174659715494',
  },
  T2: {
    title: 'OpenAI dissolves team focused on long-term AI risks, less than one year after announcing it',
    publisher: 'CNBC',
    date: '2024-05-17',
    url: 'https://cnbc.com/2024/05/17/openai-superalignment-sutskever-leike.html',
  },
  U: {
    title: 'Joining Anthropic “to continue the superalignment mission”',
    publisher: 'Jan Leike on X',
    date: '2024-05-28',
    url: 'https://x.com/janleike/status/1795497960509448617',
  },
  W: {
    title: "3 senior OpenAI researchers resign in the wake of Sam Altman's shock dismissal as CEO, report says",
    publisher: 'Business Insider India',
    date: '2023-11-18',
    url: 'https://businessinsider.in/tech/news/3-senior-openai-researchers-resign-in-the-wake-of-sam-altmans-shock-dismissal-as-ceo-report-says/amp_articleshow/105316106.cms',
  },
  X: {
    title: 'Sam Altman’s New Order Doesn’t Include OpenAI’s Chief Scientist',
    publisher: 'Gizmodo, on Yahoo News',
    date: '2023-11-30',
    url: 'https://news.yahoo.com/sam-altman-order-doesn-t-142000671.html',
  },
  Z: {
    title: "OpenAI's Video Maker Shows Jump in Capacity",
    publisher: 'Newser',
    date: '2024-02-16',
    url: 'https://www.newser.com/story/346480/openais-video-maker-shows-jump-in-capacity.html',
  },
  AA: {
    title: 'Hello GPT-4o',
    publisher: 'OpenAI',
    date: '2024-05-13',
    url: 'https://openai.com/index/hello-gpt-4o/',
  },
} as const satisfies Record<string, Source>;
