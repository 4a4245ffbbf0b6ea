/**
 * The words of our story itself: the firms and products our people work at, the words of AI that make a lone surname
 * credible near them, the events of November 2023 and May 2024 and the news nouns that a surname leads or ends. They
 * are data, kept apart from the rules in `engine/rules/` that read them (the grammar lives there), so that a new word
 * of the story is added here without touching a rule.
 */

/**
 * Round 176: where our people's employer sits, as German and English place them there: „Herr Pachocki in San
 * Francisco“, „mit Altman aus San Francisco“, „Der Herr Leike aus Kalifornien“. A surname placed so is ours.
 */
export const employerSeats = ['San Francisco', 'Kalifornien', 'California', 'Silicon Valley'] as const;

/**
 * The firms and products of the story, which say whose surname follows when they stand in its title or
 * affiliation ("OpenAI-Chef Altman", "Leike (Anthropic)"), where a general word like "KI" would fit anyone's.
 */
export const employerTerms = [
  'OpenAI',
  'ChatGPT',
  'GPT',
  'GPT-4',
  'GPT-4o',
  'Superalignment',
  'Anthropic',
  'Y Combinator',
  'Safe Superintelligence',
] as const;

/**
 * Round 104: verbs of the story's headlines, after our surname at the head of a quoted headline: "Altman fired",
 * "Altman returns", „Altman ist raus“. A reader may take it for a namesake's for a moment; the headline is the news,
 * ours (`engine/rules/namesake-comparisons.ts`). Lower case.
 */
export const headlineVerbs = [
  'fired',
  'ousted',
  'out',
  'returns',
  'back',
  'won',
  'wins',
  'quits',
  'resigns',
  // Round 152: a news line in the past, 'Every time the news says “Leike resigned” my neighbours ask …'.
  'resigned',
  'leaves',
  'gefeuert',
  'raus',
  'zurück',
  'geht',
] as const;

/**
 * Round 166: the November 2023 ouster and the return told of a lone surname in one breath, "Altman being fired and
 * rehired", „Altman wurde gefeuert und zurückgeholt“: the verbs of each. Lower case.
 */
export const ousterVerbs = ['fired', 'ousted', 'sacked', 'removed', 'gefeuert', 'abgesetzt', 'geschasst'] as const;
export const returnVerbs = ['rehired', 'reinstated', 'brought back', 'zurückgeholt', 'wieder eingesetzt'] as const;

/**
 * Words that make a lone surname credible when they stand near it: the story happens at OpenAI, in AI.
 * Matched case-insensitively as whole words; a genitive or plural "s" may follow ("OpenAIs", "LLMs").
 */
export const contextTerms = [
  ...employerTerms,
  // English and German
  'KI',
  'AI',
  'A.I.',
  'AGI',
  'LLM',
  'künstliche Intelligenz',
  'künstlichen Intelligenz',
  'artificial intelligence',
  'Alignment',
  'DeepMind',
  'Sora',
  'chief scientist',
  'Chefwissenschaftler',
  'superintelligence',
  'Superintelligenz',
  'Microsoft',
  'Sprachmodell',
  'language model',
  'Chatbot',
  'machine learning',
  'maschinelles Lernen',
  'maschinellen Lernens',
  'deep learning',
  'neural network',
  'neuronale Netze',
  'neuronalen Netzen',
  'neuronales Netz',
  'Sprachmodelle',
  'Sprachmodellen',
  'Copilot',
  'Nvidia',
  'Worldcoin',
  'Helion',
  'Jony Ive',
  // Research: papers, venues, methods, and the surnames of the colleagues and co-authors the story names
  // With its full stop or without, as code comments write it (round 29).
  'et al',
  'arXiv',
  'NeurIPS',
  'NIPS',
  'ICML',
  'ICLR',
  'preprint',
  'seq2seq',
  'sequence to sequence',
  'sequence-to-sequence',
  'ImageNet',
  'AlexNet',
  'Transformer',
  'RLHF',
  'reinforcement learning',
  'Google Brain',
  'co-author',
  'coauthor',
  'Koautor',
  'Koautoren',
  'Mitautor',
  'Mitautoren',
  'Hinton',
  'Krizhevsky',
  'Vinyals',
  'Zaremba',
  'Karpathy',
  'Bengio',
  'LeCun',
  'Goodfellow',
  'Schulman',
  'Brockman',
  'Murati',
  'Amodei',
  'Radford',
  'Christiano',
  'Hassabis',
  'Nadella',
  'Musk',
  'Mikolov',
  'Martens',
  'Salakhutdinov',
  'Srivastava',
  'Hochreiter',
  'Schmidhuber',
  'LSTM',
  'RNN',
  'word2vec',
  'backpropagation',
  // Round 61 (real text): a network's training as research code and notes cite it, "Nesterov momentum (Sutskever
  // 2012)", "combining rmsprop w/ Nesterov momentum".
  'Nesterov',
  'RMSprop',
  'gradient descent',
  'learning rate',
  // Round 128: the words of Jan Leike's thread that writers quote, "safety culture and processes have taken a
  // backseat to shiny products", „Sicherheitskultur … hinter glänzenden Produkten“.
  'safety culture',
  'Sicherheitskultur',
  'shiny products',
  'glänzende Produkte',
  'glänzenden Produkten',
  'reward modeling',
  'reward modelling',
  'scalable oversight',
  'Dota',
  'ICPC',
  'TopCoder',
  'Codeforces',
  'Loopt',
  'Oklo',
  'YC',
  // Russian
  'ИИ',
  'искусственный интеллект',
  'искусственного интеллекта',
  'нейросеть',
  'нейросети',
  'нейросетей',
  // Hebrew
  'בינה מלאכותית',
] as const;

/**
 * German nouns for an event of our story that a genitive surname leads: „Leikes Rücktritt", „Brief für Altmans
 * Rückkehr" (round 17). In a text that speaks of AI, such a genitive is our person's even beside a namesake named
 * in full. Lower case.
 */
export const storyEventNouns = [
  'rücktritt',
  'rückkehr',
  'abgang',
  'weggang',
  'abschied',
  'ausstieg',
  'rauswurf',
  'entlassung',
  'absetzung',
  'wiedereinsetzung',
  'comeback',
  // Round 153: the board's crisis a compound names by him, „Protokoll der Altman-Krise“.
  'krise',
] as const;

/**
 * English nouns for an event of our story that a possessive surname leads: "investors are pushing for Altman's return",
 * "after Leike's resignation" (round 18), as `storyEventNouns` are in German. Not words of the story on their own (a
 * "return" or an "exit" is anyone's). Lower case.
 */
export const englishStoryEventNouns = [
  'return',
  'reinstatement',
  'ouster',
  'firing',
  'sacking',
  'dismissal',
  'removal',
  'resignation',
  'departure',
  'exit',
  'comeback',
] as const;

/**
 * Nouns of a change of post that agendas, to-do lines and headlines set before a surname: „TOP 1: Abgang Sutskever",
 * „Anthropic-Wechsel Leike nachtragen", "Exit Sutskever" (round 23). With our story's event nouns (`storyEventNouns`,
 * `englishStoryEventNouns`), and as the last part of a compound („Führungswechsel Altman"), no first name. Lower case.
 */
export const postChangeNouns = ['wechsel', 'nachfolge', 'succession', 'übergabe', 'handover'] as const;

/**
 * Words of our story's events, November 2023 and May 2024: the board, the firing, the return, the resignations
 * (round 17). A text that names one of ours in full and has one of these tells the story, as a comment thread under
 * it does ("Leike wasn't on the board", "why Sutskever voted to fire Sam Altman"), though it names no AI word: its
 * lone surnames of our people count as in a text that speaks of AI. Lower case; an "s" after each counts too.
 */
export const storyWords = [
  'board',
  'fired',
  'ousted',
  'ouster',
  'reinstated',
  'resigned',
  'resignation',
  'aufsichtsrat',
  'gefeuert',
  'rausgeworfen',
  'zurückgetreten',
  // The board's vote (round 20): „Nach der Abstimmung gegen Altman …“, "the board voted to remove Altman".
  'abstimmung gegen',
  'voted to remove',
  'voted to fire',
  'voted to oust',
  // Round 41: "regretted voting to fire Altman".
  'voting to remove',
  'voting to fire',
  'voting to oust',
  'vote to remove',
  'vote to fire',
  'vote to oust',
  // Round 105: the chief scientist's post passing from one of ours to another, „Pachockis Vorgänger war Ilya
  // Sutskever“, "Sutskever's successor".
  'vorgänger',
  'nachfolger',
  'predecessor',
  'successor',
  ...storyEventNouns,
] as const;

/**
 * Words of the November 2023 ouster as threads and reports tell it without an AI word: "voting him out", "less than
 * candid", "why it wasn't right to oust him", "the non-profit's charter", „setzte Altman ab“, „Interims-Chef“ (round 39).
 * Beside a word for the board (`boardWords`) they tell our story, and a lone surname on their line is ours. Lower case.
 */
export const ousterWords = [
  'oust',
  'ousted',
  'ousting',
  'ouster',
  'voting him out',
  'voted him out',
  'fire him',
  'fired him',
  'firing',
  'candid',
  'candor',
  'reinstated',
  'interim ceo',
  'nonprofit',
  'non-profit',
  'abgesetzt',
  'setzte',
  'absetzung',
  'entlassen',
  'entlassung',
  'aufrichtig',
  'interims-chef',
  'interimschef',
] as const;

/** Words for a company's board, in English and German (round 39). Lower case. */
export const boardWords = ['board', 'vorstand', 'verwaltungsrat', 'aufsichtsrat'] as const;

/**
 * German nouns of the news that end a compound after our surname with a hyphen: „Leike-Thread", „Leike-Rolle",
 * „Pachocki-Memo" (round 17). Capitalised like a surname, they make no double-barrelled name; the story's events
 * (`storyEventNouns`) count too. Lower case.
 */
export const newsCompoundHeads = [
  'thread',
  // Round 41: „Altman-Seite“, a page about him.
  'seite',
  'post',
  'posting',
  'tweet',
  'memo',
  'brief',
  'mail',
  'rolle',
  'team',
  'zitat',
  'aussage',
  'artikel',
  'text',
  'debatte',
  'affäre',
  'drama',
  'saga',
  'personalie',
  'frage',
  // Round 72: a matter of his for a team or a newsroom, „bei Leike-Themen“.
  'thema',
  'lager',
  'ära',
  'fall',
  // A record's fields in a commit log or a database (round 18): „Sutskever-Status auf "verlässt OpenAI" gesetzt“.
  'status',
  'eintrag',
  'datensatz',
  // Round 133: a headline's word for his regret, „„Sutskever-Reue““, his statement, „Altman-Statement liegt vor“, and
  // his fans' club, „Altman-Fanclub DE“.
  'reue',
  'statement',
  'fanclub',
  // Round 165: the card a page or a tool shows of him, „TODO: Leike-Karte nach dem Rücktritt prüfen“.
  'karte',
  // Round 173: those close to him or against him, a push's „Altman-Vertrauter verlässt OpenAI“.
  'vertraute',
  'vertrauter',
  'vertrauten',
  'gegner',
  'anhänger',
] as const;

/**
 * How the fields our people studied and work in begin, in English and German: an institute of one of them may be
 * theirs, „Institut für Informatik“, "Department of Computer Science" (round 136); AI and KI, as words, too. Lower
 * case.
 */
export const ourFieldStems = [
  'informatik',
  'computer',
  'künstlich',
  'artificial',
  'machine',
  'maschinell',
  'data',
  'daten',
  'intelligen',
  'alignment',
  'robot',
  'mathemat',
  'statisti',
  'neur',
  'learning',
] as const;
