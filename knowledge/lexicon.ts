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
 * Nouns of a work or a style that a surname qualifies after an indefinite article: "an Altman movie", "a decent Altman
 * character", „ein Altman-Film“ is the director's manner, whoever else bears the name (round 45). Lower case.
 */
export const styleNouns = [
  'movie',
  'movies',
  'film',
  'films',
  'picture',
  'character',
  'ensemble',
  'scene',
  'epic',
] as const;

/**
 * Nouns of a work, the last word of an apposition after a quoted surname that makes the quoted word its title: '"Altman",
 * the new thriller', „„Altman“, Fernsehfilm von 1994“ (round 68). German's compounds are listed whole: a word's end
 * alone would take „Mitglied“ for a song and "Facebook" for a book. Lower case.
 */
export const workNouns = [
  'movie',
  'thriller',
  'drama',
  'comedy',
  'documentary',
  'novel',
  'book',
  'play',
  'musical',
  'series',
  'sitcom',
  'song',
  'album',
  'opera',
  'episode',
  'tv film',
  'tv movie',
  'film',
  'fernsehfilm',
  'spielfilm',
  'kinofilm',
  'kurzfilm',
  'kriminalfilm',
  'dokumentarfilm',
  'roman',
  'kriminalroman',
  'buch',
  'theaterstück',
  'fernsehserie',
  'stück',
  'serie',
  'krimi',
  'komödie',
  'dokumentation',
  'hörspiel',
  'lied',
  'oper',
  'folge',
] as const;

/**
 * Words of the worlds our people's best-known namesakes live in: Robert Altman's films, Abraham Sutzkever's poems,
 * club sport. A lone surname in a sentence with one of these and no word of `contextTerms` is someone else's ("Für
 * mich ist Altman immer noch der Regisseur von MASH", "In which film by Altman…"). Matched like `contextTerms`.
 */
export const namesakeWorldTerms = [
  'film',
  'Filme',
  'Filmen',
  'movie',
  'cinema',
  'Hollywood',
  'Oscar',
  'Regisseur',
  'Regie',
  'Kino',
  'Spielfilm',
  'comedy',
  'comedies',
  'Komödie',
  'masterpiece',
  'Meisterwerk',
  'poet',
  'poem',
  'poetry',
  'Dichter',
  'Gedicht',
  'Gedichte',
  'Lyrik',
  'Lyriker',
  // Robert Altman's best-known works, which a sentence names without a word for film: "Altman's years in TV before
  // MASH" (round 17).
  'MASH',
  'M*A*S*H',
  'Gosford Park',
  'Short Cuts',
  // Round 26: his "Nashville", the film a fan names him by ("the only altman i acknowledge directed nashville").
  'Nashville',
  'Yiddish',
  // Round 58: the music a family of Sutzkevers plays, „sutzkever klezmer“.
  'klezmer',
  'jiddisch',
  'jiddischen',
  'jiddische',
  'ghetto',
  'Kreisliga',
  'Bundesliga',
  'Spieltag',
  'Tischtennis',
  'table tennis',
  'hockey',
  'Eishockey',
  'baseball',
  'Little League',
  'inning',
  'RBI',
  // Chess clubs and their junior age classes: "Jakub Pachocki (U14) mit 6 Punkten aus 7 Partien".
  'chess',
  'Schach',
  'Schnellschach',
  'Partie',
  'Partien',
  'Turnier',
  'tournament',
  'Remis',
  'U10',
  'U12',
  'U14',
  'U16',
  'U18',
] as const;

/**
 * Capitalised words that may stand directly before a lone surname without being another first name
 * ("Als Altman", "Wenn Leike", "On Friday Leike"). Any other capitalised word there is taken for a first name,
 * and the surname is refused ("Robert Altman"). Lower case.
 *
 * Closed-class words (articles, pronouns, conjunctions, prepositions, common adverbs and verbs of saying),
 * weekdays and months are here because they start sentences or dates, and a sentence's first word is
 * capitalised. Words that are also first names ("Will", "May", "June", "April", "August", "Mark", "Bill")
 * are left out on purpose: there, refusing is the safe side.
 */
export const functionWords = [
  // English
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'so',
  'yet',
  'for',
  'as',
  'if',
  'when',
  'whenever',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'since',
  'until',
  'unless',
  'after',
  'before',
  'once',
  'where',
  'whether',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'what',
  'why',
  'how',
  'than',
  'like',
  'unlike',
  'with',
  'without',
  'about',
  'against',
  'between',
  'among',
  'during',
  'into',
  'onto',
  'upon',
  'over',
  'under',
  'from',
  'by',
  'to',
  'of',
  'on',
  'at',
  'in',
  'per',
  'via',
  // "Re Leike's thread: …" takes a reply's points in turn (round 26).
  're',
  'versus',
  'vs',
  'inside',
  'behind',
  'beyond',
  'within',
  'despite',
  'amid',
  'around',
  'also',
  'even',
  'only',
  'just',
  'still',
  'now',
  'then',
  'today',
  'yesterday',
  'tomorrow',
  'meanwhile',
  'however',
  // adjectives that set one bearer of a name against another: "Wrong Altman", „der falsche Altman“
  'wrong',
  'right',
  'falsche',
  'falscher',
  'falschen',
  'richtige',
  'richtiger',
  'whatever',
  'whoever',
  'wherever',
  'whichever',
  'moreover',
  'instead',
  'indeed',
  'later',
  'earlier',
  'here',
  'there',
  'both',
  'either',
  'neither',
  'not',
  'no',
  'yes',
  'this',
  'these',
  'those',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'its',
  'every',
  'each',
  'all',
  'some',
  'any',
  'many',
  'most',
  'other',
  'another',
  'such',
  'did',
  'does',
  'do',
  'has',
  'had',
  'have',
  'is',
  'was',
  'were',
  'are',
  'says',
  'said',
  'asked',
  'told',
  'wrote',
  'writes',
  'posted',
  'replied',
  'added',
  'according',
  'thanks',
  'dear',
  'hi',
  'hello',
  'hey',
  'formerly',
  'see',
  'cf',
  'lately',
  'recently',
  'currently',
  'finally',
  'eventually',
  'apparently',
  'reportedly',
  'allegedly',
  'initially',
  'originally',
  'previously',
  'ultimately',
  'notably',
  'perhaps',
  'maybe',
  'again',
  'already',
  'soon',
  'first',
  'next',
  'last',
  'meet',
  'ask',
  'inside',
  'ousts',
  'ousted',
  'fires',
  'fired',
  'hires',
  'hired',
  'names',
  'named',
  'taps',
  'backs',
  'joins',
  'leaves',
  'quits',
  'exits',
  'returns',
  'reinstates',
  'picks',
  'appoints',
  'promotes',
  'replaces',
  'slams',
  'praises',
  'warns',
  'defends',
  'welcomes',
  'meets',
  'sues',
  'quotes',
  'succeeds',
  'loses',
  'keeps',
  'lets',
  'makes',
  'asks',
  'adds',
  'notes',
  'explains',
  // A comment's opening adverb: "Honestly Pachocki is a great choice" (round 17).
  'honestly',
  'frankly',
  'seriously',
  'personally',
  'obviously',
  'clearly',
  'apparently',
  'hopefully',
  'basically',
  'literally',
  // A review's or a changelog's sentence opens with what the tool does: "Catches Sutskever, Leike and …" (round 16).
  'catches',
  'misses',
  'finds',
  'flags',
  'highlights',
  // A record's note opens with a verb of succession: "note": "Succeeded Sutskever." (round 19).
  'succeeded',
  'succeeds',
  'replaced',
  'replaces',
  'followed',
  // Imperatives that open an instruction, a reading list's item or a commit message: "Compare Leike’s thread",
  // "Read Leike’s thread", "Add Pachocki as …"
  'add',
  'read',
  'reread',
  'skim',
  'watch',
  'listen',
  'cite',
  'fix',
  'remove',
  'rename',
  'update',
  'compare',
  'contrast',
  'describe',
  'discuss',
  'consider',
  'assess',
  'evaluate',
  'analyse',
  'analyze',
  'summarise',
  'summarize',
  'outline',
  'identify',
  'quote',
  'cite',
  'note',
  'check',
  'can',
  'could',
  'should',
  'would',
  'must',
  'might',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'july',
  'september',
  'october',
  'november',
  'december',
  // Words of politeness that open an instruction or a thanks: „Bitte Leikes Beiträge nur als Quelle nutzen“, „Danke
  // Sutskever für …“ (round 22).
  'please',
  'bitte',
  'danke',
  // German
  'der',
  'die',
  'das',
  'des',
  'dem',
  'den',
  'ein',
  'eine',
  'einer',
  'eines',
  'einem',
  'einen',
  'und',
  'oder',
  'aber',
  'sondern',
  'denn',
  'doch',
  'jedoch',
  'als',
  'wie',
  'wenn',
  'falls',
  'obwohl',
  'weil',
  'da',
  'dass',
  'ob',
  'ehe',
  'bevor',
  'nachdem',
  'während',
  'seit',
  'seitdem',
  // Round 70: conjunctions that open a German clause as a speaker's reply does, „Wobei Leike nicht im Board war“.
  'wobei',
  'zumal',
  'indem',
  'wohingegen',
  'sobald',
  'solange',
  'bis',
  'damit',
  'sodass',
  'also',
  'auch',
  'noch',
  'schon',
  'nur',
  'erst',
  'selbst',
  'sogar',
  'zwar',
  'nun',
  'jetzt',
  'dann',
  'heute',
  'gestern',
  'morgen',
  'später',
  'zuvor',
  'danach',
  'inzwischen',
  'mittlerweile',
  'bereits',
  'immer',
  'nie',
  'ja',
  'nein',
  'nicht',
  'mit',
  'ohne',
  'für',
  'gegen',
  'von',
  'vom',
  'bei',
  'beim',
  'nach',
  'zu',
  'zum',
  'zur',
  'über',
  'unter',
  'vor',
  'hinter',
  'neben',
  'zwischen',
  'durch',
  'um',
  'an',
  'am',
  'auf',
  'aus',
  'im',
  'ins',
  'laut',
  'gegenüber',
  'trotz',
  'wegen',
  'dank',
  'statt',
  'außer',
  'ab',
  'samt',
  // Round 74: the prepositions of inclusion and exception, capitalised where they open a sentence: „Inklusive
  // Sutskever selbst“, „Ausgenommen Pachocki“.
  'inklusive',
  'exklusive',
  'ausgenommen',
  'mitsamt',
  'nebst',
  'wo',
  'was',
  'wer',
  'wen',
  'wem',
  'warum',
  'wieso',
  'weshalb',
  'wann',
  // The rest of the question words, which open an indirect question before a surname: „Wohin Leike geht, ist offen“
  // (round 21).
  'wohin',
  'woher',
  'womit',
  'wofür',
  'wozu',
  'wodurch',
  'worauf',
  'woran',
  'worüber',
  'wovon',
  'weswegen',
  'dies',
  'diese',
  'dieser',
  'dieses',
  'sein',
  'seine',
  'seinem',
  'seinen',
  'seiner',
  'ihr',
  'ihre',
  'ihrem',
  'ihren',
  'ihrer',
  'unser',
  'unsere',
  'ihn',
  'ihm',
  'man',
  // Personal pronouns (round 27): German capitalises the polite „Sie“, „Ihnen“ in mid-sentence, so a question of an
  // interview, a hearing or a letter sets one right before the surname („Haben Sie Leike getroffen?“). No first
  // name is one, in either language.
  'ich',
  'du',
  'er',
  'sie',
  'es',
  'wir',
  'euch',
  'ihnen',
  'uns',
  'mich',
  'dich',
  'sich',
  'mir',
  'dir',
  'he',
  'she',
  'it',
  'we',
  'they',
  'you',
  'him',
  'them',
  'us',
  'me',
  'hier',
  'dort',
  // Round 72: German adverbs of place, as a speaker points at a screen: „Links Sutskevers Abschied, rechts …“.
  'links',
  'rechts',
  'oben',
  'unten',
  'daneben',
  'hat',
  'hatte',
  'ist',
  'war',
  'wird',
  'wurde',
  'sagte',
  'sagt',
  'schrieb',
  'schreibt',
  'erklärte',
  'erklärt',
  'meinte',
  'meint',
  'betonte',
  'betont',
  'ließ',
  'lässt',
  'antwortete',
  'fragte',
  'warnte',
  'dankte',
  'ehemals',
  'früher',
  'siehe',
  'vgl',
  'zuletzt',
  'kürzlich',
  'neulich',
  'derzeit',
  'aktuell',
  'offenbar',
  'angeblich',
  'vermutlich',
  'schließlich',
  'zunächst',
  'zuerst',
  'dennoch',
  'trotzdem',
  'deshalb',
  'daher',
  'außerdem',
  'zudem',
  'allerdings',
  'immerhin',
  'vielleicht',
  'eigentlich',
  'tatsächlich',
  'plötzlich',
  'endlich',
  'wieder',
  'damals',
  'bisher',
  'anschließend',
  'dabei',
  'kann',
  'muss',
  'soll',
  'darf',
  'könnte',
  'sollte',
  'müsste',
  'würde',
  'wollte',
  'geht',
  'kommt',
  'bleibt',
  'kehrt',
  'verlässt',
  'wechselt',
  'übernimmt',
  'tritt',
  'warnt',
  'fordert',
  'kritisiert',
  'lobt',
  'verteidigt',
  'entschuldigt',
  'gibt',
  'holt',
  'feuert',
  'entlässt',
  'spricht',
  'antwortet',
  'reagiert',
  'schweigt',
  'gründet',
  'investiert',
  // Imperatives of worksheets and instructions: "Beziehe Altmans Rückkehr in deine Antwort ein."
  'beziehe',
  'schau',
  'schaut',
  'hör',
  'zitiere',
  'bezieht',
  'beschreibe',
  'beschreibt',
  'erkläre',
  'erläutere',
  'erläutert',
  'nenne',
  'nennt',
  'vergleiche',
  'vergleicht',
  'beurteile',
  'beurteilt',
  'bewerte',
  'bewertet',
  'analysiere',
  'analysiert',
  'begründe',
  'begründet',
  'diskutiere',
  'diskutiert',
  'erörtere',
  'erörtert',
  'fasse',
  'fasst',
  'ordne',
  'ordnet',
  'prüfe',
  'prüft',
  'untersuche',
  'untersucht',
  'lies',
  'lest',
  'schreibe',
  'zitiere',
  'zitiert',
  'stelle',
  'stellt',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'januar',
  'februar',
  'märz',
  'mai',
  'juni',
  'juli',
  'oktober',
  'dezember',
  // Russian
  'и',
  'а',
  'но',
  'или',
  'как',
  'когда',
  'если',
  'что',
  'чтобы',
  'хотя',
  'пока',
  'после',
  'до',
  'по',
  'для',
  'с',
  'со',
  'у',
  'о',
  'об',
  'от',
  'при',
  'к',
  'в',
  'во',
  'на',
  'за',
  'из',
  'без',
  'про',
  'также',
  'даже',
  'уже',
  'теперь',
  'сегодня',
  'вчера',
  // Polish prepositions and conjunctions, capitalised at a sentence start: "„Z Pachockim nikt nie wygrywał“"
  'z',
  'ze',
  'w',
  'we',
  'o',
  'u',
  'i',
  'od',
  'na',
  'po',
  'dla',
  'przez',
  'przed',
  'oraz',
  'według',
  'dzięki',
  'podczas',
  'oprócz',
  'zamiast',
  'wobec',
  'poza',
  'bez',
  // Polish adverbs and conjunctions that start a clause: "„Nawet Altman napisał, że …“"
  'nawet',
  // Polish question words that start a headline: "„Dlaczego Pachockiego nie ma w Polsce?“" (round 15)
  'dlaczego',
  'czemu',
  'gdzie',
  'także',
  'też',
  'również',
  'jednak',
  'ale',
  'więc',
  'potem',
  'wtedy',
  'już',
  'tylko',
  'gdy',
  'kiedy',
  'czy',
  'że',
] as const;

/**
 * Capital letters that are words, not initials, before a full stop: "schrieb er auf X. Leike leitete …" ends a
 * sentence with the platform. As written.
 */
export const oneLetterWords = ['X'] as const;

/**
 * German determiners that, before a capitalised word, make it a noun, never a first name: "welche Rolle
 * Sutskever noch spielt", "keine Frage Altman". Articles are not here: "der Regisseur Altman" may name someone
 * else; with a genitive surname, which no first name takes ("die Rückkehr Altmans"), any article counts. The
 * neuter "das" is here: no man's first name follows it ("wie das Board Altman absetzte"). Lower case.
 */
export const nounDeterminers = [
  'das',
  // Relative genitives: "dessen Nachfolge Pachocki antritt"
  'dessen',
  'deren',
  'welche',
  'welcher',
  'welchen',
  'welchem',
  'welches',
  'jede',
  'jeder',
  'jeden',
  'jedem',
  'jedes',
  'kein',
  'keine',
  'keiner',
  'keinen',
  'keinem',
  'manche',
  'mancher',
  'manchen',
  'solche',
  'solcher',
  'solchen',
  // Plural quantifiers: a plural noun follows them, never a first name ("in beiden Fällen Sutskever", round 24).
  'beide',
  'beiden',
  'beider',
  'alle',
  'allen',
  'mehreren',
  'vielen',
  'einigen',
  'wenigen',
  // "mit anderen Direktoren Altman entlassen": a plural noun (round 33, real text); "ein anderer Jan Leike" keeps his.
  'anderen',
  // Quantities of a mass noun: „wie viel Gewicht Altman der Sicherheitsforschung gibt“ (round 45).
  'viel',
  'wenig',
  'genug',
] as const;

/**
 * German prepositions that govern the dative, and the determiners in -em they may take. After such a preposition,
 * a lower-case word in -em that is not a determiner is a bare adjective („nach gängigem Verständnis“, „unter neuem
 * Vorsitz“), and German puts a bare adjective before a noun, never before a first name (round 27). Lower case.
 */
export const dativePrepositions = [
  'nach',
  'mit',
  'bei',
  'von',
  'zu',
  'aus',
  'seit',
  'unter',
  'vor',
  'in',
  'an',
  'auf',
  'über',
] as const;
export const dativeDeterminers = [
  'dem',
  'einem',
  'meinem',
  'deinem',
  'seinem',
  'ihrem',
  'unserem',
  'unsrem',
  'eurem',
  'keinem',
  'diesem',
  'jenem',
  'jedem',
  'welchem',
  'manchem',
  'solchem',
  'allem',
  'vielem',
  // Round 76: "unter anderem" (among others) stands alone, as "vor allem" does: „unter anderem Jack Altman“.
  'anderem',
] as const;

/** The German indefinite article's forms. Lower case. */
const germanIndefiniteArticles = ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'] as const;

/** German articles and demonstratives: before a noun and a genitive surname ("der Abgang Leikes"). Lower case. */
export const germanArticles = [
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  ...germanIndefiniteArticles,
  'diese',
  'dieser',
  'diesen',
  'diesem',
  'dieses',
] as const;

/**
 * German prepositions joined to their article, which count as the article: before a noun and a genitive surname
 * ("zur Rolle Sutskevers") and before a compound noun ("im Altman-Interview"). Lower case.
 */
export const germanContractions = ['im', 'am', 'zum', 'zur', 'beim', 'vom', 'ins'] as const;

/**
 * English articles that, with the German ones, make a name joined by a hyphen to a capitalised word a compound
 * noun ("the Altman-Sutskever rift"), not a double surname ("sagt Leike-Hoffmann"): a person's name takes no
 * article. Lower case.
 */
export const compoundArticles = ['the', 'a', 'an', 'this', 'that'] as const;

/**
 * Capitalised words that stand before a lone surname in dates and times without being a first name
 * ("18:30 Uhr Leike", "5:30am PT Sutskever"). Lower case.
 */
export const timeWords = [
  'uhr',
  'h',
  'am',
  'pm',
  'a.m.',
  'p.m.',
  'pt',
  'pst',
  'pdt',
  'et',
  'est',
  'edt',
  'ct',
  'cst',
  'cdt',
  'utc',
  'gmt',
  'bst',
  'cet',
  'cest',
  'mez',
  'mesz',
  // Nouns for a day or a part of it, capitalised in German: "am selben Tag Pachocki", "Am Abend Altman".
  'tag',
  'tage',
  'abend',
  'morgen',
  'vormittag',
  'nachmittag',
  'mittag',
  'woche',
] as const;

/**
 * Endings of German verbs in the third person whose stem ends in t or d ("arbeitet", "leitet", "antwortet",
 * "meldet"), which no first name shares ("Robert", "Helmut" end in a single -t): capitalised first in a sentence,
 * as a question has it, before a surname such a word is the verb („Arbeitet Sutskever jetzt …?“; round 21). Lower
 * case.
 */
export const germanVerbEndings = ['tet', 'det'] as const;

/**
 * Words that lead a common noun and never a first name in running text: a word the text writes after one, with no
 * name after it ("einen Teaser zu Sutskever", "an update on Leike"), is a noun, and no first name before a surname
 * either ("Betreff: Teaser Sutskever"; round 21). "a Robert Altman film" has a name after the first name. Lower case.
 */
export const indefiniteDeterminers = [
  'a',
  'an',
  'another',
  'each',
  'every',
  ...germanIndefiniteArticles,
  'kein',
  'keine',
  'keinen',
  'jede',
  'jeden',
  'jedes',
] as const;

/**
 * How Polish declines a first name beside a declined surname (round 21): a word before "Pachockiemu" is his first
 * name only in the same case ("Jakubowi", "Kubie", "Annie"), not a verb ("Gratulujemy Pachockiemu") or a greeting.
 * Each surname ending with the endings its case gives first names, lower case; a surname's other forms take none.
 */
export const polishCaseAgreement = [
  // Dative: Pachockiemu, Leikemu, Altmanowi, Sutskeverowi.
  { surname: ['emu', 'owi'], firstName: ['owi', 'u', 'ie', 'e'] },
  // Genitive: Pachockiego, Leikego; Altmana, Sutskevera.
  { surname: ['ego', 'a'], firstName: ['a', 'y', 'i'] },
  // Instrumental: Pachockim, Leikem, Altmanem, Sutskeverem.
  { surname: ['im', 'em'], firstName: ['em', 'ą'] },
  // Locative: Altmanie, Sutskeverze.
  { surname: ['ie', 'ze'], firstName: ['ie', 'u'] },
] as const;

/**
 * The same agreement in Russian (round 40): a first name before a declined Cyrillic surname takes its case ("Ильи
 * Суцкевера", "Сэму Альтману"), so a capitalised word without the case's ending is a noun that governs the surname:
 * "Уход Суцкевера из OpenAI". Surname endings, then the endings a first name takes in that case.
 */
export const russianCaseAgreement = [
  // Genitive: Суцкевера, Альтмана; Ильи, Сэма, Якуба.
  { surname: ['а'], firstName: ['и', 'ы', 'а', 'я'] },
  // Dative: Суцкеверу, Альтману; Илье, Сэму.
  { surname: ['у'], firstName: ['е', 'у', 'ю'] },
  // Instrumental: Суцкевером, Альтманом; Ильёй, Ильей, Сэмом.
  { surname: ['ом'], firstName: ['ой', 'ей', 'ёй', 'ом', 'ем'] },
] as const;

/**
 * Endings of nouns, which German capitalises: a word with one of these before a lone surname is a noun, not a
 * first name ("die Absetzung Altmans", "Kündigung Leikes"). Endings that first names share ("-nis" of Dennis,
 * "-ment" of Clement) are left out. Lower case.
 */
export const nounEndings = ['ung', 'heit', 'keit', 'schaft', 'tion', 'tät', 'ismus', 'ness', 'ship'] as const;

/**
 * Nouns for a matter, a sum, a piece of writing or a body that a surname follows as its subject or its object: "Betreff:
 * Porträt Pachocki", "# Summe Leike: 21", "Hätte ein Aufsichtsrat Altman halten können", "Subject: Profile Pachocki".
 * A capitalised word that is one, or a compound that ends in one ("Gesamtsumme", "Verwaltungsrat"), is no first name.
 * Lower case.
 */
export const matterNouns = [
  'porträt',
  // Round 41: a page about a person, „Personenseite Leike“, „Altman-Seite“.
  'seite',
  'portrait',
  'profil',
  'profile',
  'interview',
  'nachruf',
  'obituary',
  'steckbrief',
  'dossier',
  'zitat',
  'quote',
  'thema',
  'topic',
  'causa',
  'akte',
  'summe',
  'gesamt',
  'total',
  'aufsichtsrat',
  'verwaltungsrat',
  'betriebsrat',
  'beirat',
  'vorstand',
  'board',
  // Pieces of writing a subject line names by their subject (round 19): "Betreff: AW: Text Sutskever", "Subject: Draft
  // Pachocki"; and the body politic: „dass unsere Politik Leike einlädt“.
  'text',
  'artikel',
  'article',
  'beitrag',
  'bericht',
  'entwurf',
  'draft',
  'politik',
  // A keyword that names its matter (round 24): „Stichwort Leike“, „Schlagwort Altman“, "Keyword Sutskever".
  'wort',
  'keyword',
  // Round 70: a picture of someone, and a detail given of a statement, captioned or corrected by his name: „Foto:
  // Archivbild Altman“, "Photo Leike", „fix: Zeitangabe Sutskever-Post“.
  'bild',
  'foto',
  'photo',
  'angabe',
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
 * The field names of an e-mail's or a letter's header lines, and a subject's prefixes, capitalised before a colon as a
 * chat's senders are ("Von: …", "Betreff: …", "Re: …"): no senders of messages (round 23). Lower case.
 */
export const mailHeaderWords = [
  'von',
  'an',
  'cc',
  'bcc',
  'betreff',
  'datum',
  'gesendet',
  'from',
  'to',
  'subject',
  'date',
  'sent',
  'reply-to',
  // A subject's reply and forward prefixes: "Re: leike", „AW: Text Sutskever“.
  're',
  'aw',
  'wg',
  'fw',
  'fwd',
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
] as const;

/**
 * Words of the name suffixes (`nameSuffixes`) that are also everyday nouns of a person's own: after a German genitive
 * of our surname in running prose they are his, no street's or firm's name („Unser Hintergrund zu Pachockis Weg von
 * Warschau …", „über Leikes Gruppe"; round 18). Lower case.
 */
export const ownedNouns = ['weg', 'haus', 'gruppe', 'partner', 'platz', 'preis'] as const;

/**
 * Round 73: nouns for a post a person takes that are also words of a firm's name, and the German copulas that, right
 * before a surname, make the noun after it his predicate in German's inverted order: „2011 wurde Altman Partner bei …“
 * is his post, no firm „Altman Partner“. Lower case.
 */
export const postNouns = ['partner'] as const;
export const germanCopulas = ['ist', 'war', 'wird', 'wurde', 'bleibt', 'blieb', 'sei', 'wäre', 'werde'] as const;

/**
 * Endings of German nouns for a person by trade or role ("Regisseur", "Lehrer", "Pianist", "Student", "Autor"):
 * after an article such a noun is an apposition that may name someone else ("der Regisseur Altman"), where any
 * other noun is a matter the surname belongs to ("der Fall Altman", "die Ära Altman"). Lower case.
 */
export const personNounEndings = ['er', 'eur', 'ist', 'ent', 'ant', 'or', 'in', 'ling', 'oge', 'at'] as const;

/**
 * Phrases that set a person apart from a namesake: after a surname they make it someone else's ("Pachocki ist
 * nicht verwandt", "S. Altman (no relation)"); before our person's full name they name our person only in
 * passing, in a text about someone else ("no relation to Sam Altman"). Lower case.
 */
export const unrelatedPhrases = [
  'no relation',
  'not related',
  'unrelated',
  'nicht verwandt',
  'nicht mit ihm verwandt',
  'keine verwandtschaft',
] as const;

/**
 * Words for nobody named, after a denial of kinship: "no relation to anyone in the news", „mit niemandem verwandt“
 * sets the bearer apart from all of ours (round 19). Lower case.
 */
export const nobodyWords = ['anyone', 'anybody', 'any of', 'niemandem', 'keinem', 'keiner'] as const;

/**
 * Frames of German word order that compare a lone surname's bearer with someone named inside them, after "ob": "ob
 * Altman mit dem Nobelpreisträger Sidney Altman verwandt ist" asks about our person, as "if Leike is related to"
 * does. Lower case.
 */
export const comparedFrames = [
  { before: 'mit', after: 'verwandt' },
  { before: 'mit', after: 'verschwägert' },
  { before: 'mit', after: 'identisch' },
] as const;

/**
 * Deeds of a namesake's world that, denied right after a lone surname, set our person apart from the namesake:
 * "remembered Altman didn't direct anything", "Sutskever hat nie Gedichte geschrieben". Lower case.
 */
export const namesakeDeeds = [
  'direct',
  'directed',
  'make films',
  'made films',
  'make movies',
  'made movies',
  'write poems',
  'wrote poems',
  'write poetry',
  'wrote poetry',
  'filme gedreht',
  'regie geführt',
  'gedichte geschrieben',
] as const;

/** Words of denial before `namesakeDeeds`: "didn't", "never", "hat nie". Lower case. */
export const deedDenials = [
  "didn't",
  'didn’t',
  'did not',
  'never',
  "doesn't",
  'doesn’t',
  'does not',
  "hasn't",
  'hasn’t',
  'has not',
  'has never',
  'hat nie',
  'hat keine',
] as const;

/** Nouns for a name, as a question asks about a surname as one: "Is Leike a German name?". Lower case. */
export const nameNouns = [
  'name',
  'surname',
  'family name',
  'last name',
  'nachname',
  'familienname',
  'nazwisko',
] as const;

/**
 * What, right after a lone surname in a question, compares its bearer with someone named after it: "Is Sutskever
 * related to the poet Abraham Sutzkever?" asks about our person, the famous one. Lower case.
 */
export const comparedPhrases = [
  'related to',
  'verwandt mit',
  'the same person as',
  'dieselbe person wie',
  'the same one',
  'the same guy',
  'the same man',
  'derselbe',
  // Round 16: „der Altman ist der gleiche wie der vom Film?“
  'der gleiche wie',
  'der gleiche',
  'the same as',
  // Round 17: "Wasn't Altman the guy who made MASH?" asks whether ours is the namesake.
  'the guy who',
  'the man who',
  'the one who',
] as const;

/**
 * Adverbs a question may put between the surname and its comparison: "Ist dieser Altman eigentlich verwandt mit dem
 * Nobelpreisträger Sidney Altman?", "Is Leike actually related to …?" (round 15); and the copula: „der Altman ist der
 * gleiche wie der vom Film?“ (round 16). Lower case.
 */
export const questionAdverbs = [
  'eigentlich',
  'denn',
  'wirklich',
  'überhaupt',
  'actually',
  'really',
  'ist',
  'is',
] as const;

/**
 * Denials of kinship that German word order puts around the name: "ich bin nicht mit Sam Altman verwandt".
 * Around our person's full name they name him in passing, like `unrelatedPhrases` before it. Lower case.
 */
export const unrelatedFrames = [
  { before: 'nicht mit', after: 'verwandt' },
  { before: 'nicht mit', after: 'verschwägert' },
] as const;

/**
 * Abbreviations that start a sports club's name ("TSV Gellersen", "FC Neudorf", "SV Lindenau"). A full name followed by
 * "vom" or "from" and a club is a player of that club, someone else, unless the sentence speaks of AI. Any case.
 */
export const clubAbbreviations = [
  'fc',
  'sv',
  'tsv',
  'vfl',
  'vfb',
  'sc',
  'tus',
  'fsv',
  'spvgg',
  'tsg',
  'bsc',
  'sg',
  'ksv',
  'ssv',
  'tv',
  'asv',
  // Round 72: a chess club's, „Schachklub“: „SK Altman 1921“.
  'sk',
  // Round 77: an athletics club's („Leichtathletik-Gemeinschaft“), a table tennis club's, a handball club's, a Catholic
  // sports club's: „LG Nordheide“, „TTC Rotenburg“, „HSG Wetzlar“, „DJK Eintracht“.
  'lg',
  'ttc',
  'hsg',
  'djk',
] as const;

/**
 * Legal forms of firms. A surname, a capitalised word and one of these make a firm's name ("Altman Kältetechnik
 * GmbH"), and the surname with that word is the firm wherever the text names it again. As written.
 */
export const legalForms = [
  'GmbH',
  'AG',
  'KG',
  'OHG',
  'GbR',
  'UG',
  'e.K.',
  'Inc',
  'Ltd',
  'LLC',
  'LLP',
  'Corp',
  'PLC',
  'plc',
] as const;

/**
 * Words that, right before a surname in the plural, make it a family or several bearers of the name: "actual
 * Altmans from Maple St.", "two Leikes", "beide Pachockis". Lower case.
 */
export const pluralLeads = [
  'actual',
  'real',
  'genuine',
  'other',
  'two',
  'three',
  'several',
  'many',
  'both',
  'all',
  'echte',
  'echten',
  'andere',
  'anderen',
  'zwei',
  'drei',
  'beide',
  'beiden',
  'mehrere',
  'viele',
  // Round 46: a comparison's count, "more Leikes there than you would think".
  'more',
  'fewer',
  // Round 68: "not related to any Leikes".
  'any',
  'mehr',
  'weniger',
] as const;

/**
 * Round 73: words before a school form's number in brackets after a pupil's name ("Jan Leike (Year 8)", „(Klasse
 * 9b)“). Lower case.
 */
export const schoolFormWords = ['year', 'grade', 'form', 'klasse', 'jahrgangsstufe'] as const;

/**
 * Round 73: plural copulas, before which a plural surname ending its clause names a family ("have been Altmans since
 * 1890", „sind Leikes“). Lower case.
 */
export const pluralCopulas = ['are', 'were', 'been', 'sind', 'waren', 'seien'] as const;

/**
 * Words that, right after a surname, make it a family's name rather than one person's: "the Altman family",
 * "den Altman-Brüdern". Lower case, matched in any case.
 */
export const familyWords = [
  'family',
  'brothers',
  'bros',
  'sisters',
  'siblings',
  'clan',
  // Round 57: "Leike twins carry Harlow Rowing Club".
  'twins',
  // Round 68: "traced the modern Leike families", "Altman cousins".
  'families',
  'cousins',
  // Round 69: "I have 14 Leike households in the 1900 address books".
  'households',
  'zwillinge',
  'familie',
  'brüder',
  'brüdern',
  'schwestern',
  'geschwister',
] as const;

/**
 * The writer's own family, as a family chat labels its members in brackets after a full name: „Jan Leike (Enkel):“
 * (round 54; `engine/rules/ordinary-person-signs.ts`). Not a sibling's, parent's or child's word, which a text about
 * our person's own family gives him: "Sam Altman (brother)". Lower case.
 */
export const writersFamilyWords = [
  'grandmother',
  'grandfather',
  'grandma',
  'grandpa',
  'grandson',
  'granddaughter',
  'grandchild',
  'uncle',
  'aunt',
  'cousin',
  'niece',
  'nephew',
  'enkel',
  'enkelin',
  'opa',
  'oma',
  'onkel',
  'tante',
  'cousine',
  'neffe',
  'nichte',
] as const;

/**
 * Words for relatives. A namesake introduced by one ("his sister Annie Altman", "Bruder Jack Altman") is
 * our person's family: the text is about our person, and the namesake takes no lone surname beyond its
 * own sentence. Lower case.
 */
export const kinshipWords = [
  'sister',
  'brother',
  'mother',
  'father',
  'mom',
  'dad',
  'son',
  'daughter',
  'wife',
  'husband',
  'cousin',
  'uncle',
  'aunt',
  'niece',
  'nephew',
  'siblings',
  'brothers',
  'sisters',
  'parents',
  'grandmother',
  'grandfather',
  'grandma',
  'grandpa',
  'schwester',
  'bruder',
  'mutter',
  'vater',
  'sohn',
  'tochter',
  'ehemann',
  'ehefrau',
  'cousine',
  'onkel',
  'tante',
  'nichte',
  'neffe',
  'geschwister',
  'eltern',
  'großmutter',
  'großvater',
  'oma',
  'opa',
  'children',
  'grandchildren',
  'grandchild',
  'grandson',
  'granddaughter',
  'kinder',
  'enkel',
  'enkelin',
  'enkelkinder',
  'geschwistern',
  'schwestern',
  'brüder',
  // Round 70: in-laws, „Mein Schwager heißt Jan Leike“.
  'schwager',
  'schwägerin',
  'brother-in-law',
  'sister-in-law',
] as const;

/**
 * Words that lead from a word for relatives to the relatives named: "three younger siblings, including Jack
 * Altman", "zwei Geschwister, darunter Annie Altman". Lower case.
 */
export const includingWords = [
  'including',
  'namely',
  'such as',
  'among them',
  'darunter',
  'einschließlich',
  'nämlich',
  // A verb that lists them: "His siblings include Jack Altman", „Seine Geschwister sind Annie …“ (round 24).
  'include',
  'includes',
  'included',
  'are',
  'were',
  'sind',
  'waren',
] as const;

/**
 * Words that, right before a lone surname, set its bearer apart from the famous one of that name: "the other
 * Altman", "der andere Altman", "the younger Altman" (a brother), "our Altman" (the film club's director).
 * Lower case.
 */
export const otherOneWords = [
  'other',
  'another',
  'younger',
  'our',
  'andere',
  'anderen',
  'anderer',
  'jüngere',
  'jüngeren',
  'jüngerer',
  'unser',
  'unseren',
  'unserem',
  // Round 19: a heading or a letter that sets the bearer apart from ours: "Not the same Altman", „Nicht derselbe Leike“.
  'not the same',
  'nicht derselbe',
  'nicht denselben',
  'nicht demselben',
  // Round 27: "different altman babe", a reply that sets the namesake apart.
  'different',
] as const;

/**
 * Words that, right before a lone surname, set its bearer apart from a namesake as the famous one, our person: a
 * reviewer "M. Altman" adds "(And no, not that Altman.)". Lower case.
 */
export const famousOneWords = ['not that', 'nicht dieser', 'nicht jener'] as const;

/**
 * Words that, right before a lone surname, call its bearer the wrong one: a review's "Wrong Altman", „Falscher
 * Altman, Leute" when a tool showed our person for a namesake. The one called wrong is the one shown, ours (round
 * 15). Lower case.
 */
export const wrongOneWords = ['wrong', 'falscher', 'falsche', 'falschen'] as const;

/**
 * Words first in brackets after a full name that set its bearer apart from our person of that name: "Sam Altman (no,
 * not that one, he gets asked every game)", "Jan Leike (nicht der von Anthropic)". A namesake's. Lower case.
 */
export const notThatOnePhrases = [
  'not that one',
  'not the one',
  'not the openai one',
  'nicht der',
  'nicht dieser',
  'nicht jener',
] as const;

/**
 * Words that ask which of several people of a name is meant, right before the surname: "Which Altman?", "which
 * Altman film", "welcher Altman". After a comma they are relative pronouns ("the board, which Altman rejoined")
 * and ask nothing. Lower case.
 */
export const whichWords = ['which', 'welcher', 'welchen', 'welchem'] as const;

/**
 * Prepositions that make a "which" or „welchem“ after them a relative pronoun ("the one topic on which Altman seemed
 * uncomfortable", „das Podium, auf welchem Leike sprach“), which asks nothing (round 26). Lower case.
 */
export const relativePrepositions = [
  'on',
  'in',
  'of',
  'at',
  'to',
  'for',
  'from',
  'with',
  'by',
  'about',
  'during',
  'after',
  'before',
  'under',
  'through',
  'into',
  'auf',
  'mit',
  'bei',
  'von',
  'zu',
  'nach',
  'unter',
] as const;

/**
 * What a reference work writes in brackets after a name to title an entry about the name itself: "Sutskever
 * (surname)", "Altman (disambiguation)", "Leike (Familienname)". Such a title names the word, not a person.
 * Lower case.
 */
export const nameEntryWords = [
  'surname',
  'family name',
  'name',
  'disambiguation',
  'familienname',
  'nachname',
  'begriffsklärung',
] as const;

/**
 * Round 72: what a reference work writes in brackets after a name to title an entry on a place or a work of that
 * name, as a disambiguation list sets them apart: "Leike (river)", "Altman (film)", „Leike (Fluss)“. No person is so
 * titled. Lower case.
 */
export const entryThingWords = [
  'river',
  'stream',
  'lake',
  'village',
  'town',
  'mountain',
  'crater',
  'ship',
  'film',
  'album',
  'song',
  'novel',
  'fluss',
  'bach',
  'dorf',
  'ort',
  'gemeinde',
  'berg',
  'krater',
  'schiff',
  'lied',
  'roman',
] as const;

/**
 * What a search page writes before its query, on a line of its own: "Suche: leike", "Bilder zu leike", "Searches
 * related to sutskever". The query names a word whose meaning the searcher has not given. Lower case.
 */
export const searchQueryWords = [
  'search',
  'search results for',
  'results for',
  'searches related to',
  'images for',
  'people also search for',
  'suche',
  'suchergebnisse für',
  'ergebnisse für',
  'bilder zu',
  'ähnliche suchanfragen zu',
] as const;

/**
 * Words of a search for how a name is said, which people ask of our person's name: a related search "pachocki
 * aussprache" is about him, where "altman z-score" is not. Lower case.
 */
export const pronunciationWords = ['aussprache', 'aussprechen', 'pronunciation', 'pronounce', 'pronounced'] as const;

/**
 * Words of saying a name aloud, before a quoted word in its sentence or right after it: "Sutskever is pronounced
 * "Sutskewer"", „ob man Pachocki „Pachotzki“ ausspricht“, 'whether you say Leike as "Leicke"'. The quoted word
 * spells the sound, no misspelling used as the name (round 20). Lower case.
 */
export const soundWords = [
  ...pronunciationWords,
  'pronounces',
  'pronouncing',
  'ausspricht',
  'ausgesprochen',
  'auszusprechen',
  'spricht',
  'sprich',
  'sprechen',
  'you say',
  'we say',
  'say it',
  'said like',
  'sounds like',
  'rhymes with',
  'sagt man',
  'man sagt',
] as const;

/**
 * Lower-case words that, after a lower-case surname in a search, ask about the word: "leike bedeutung", "sutskever
 * name origin". Not its pronunciation, which people ask of our person's name ("pachocki aussprache"). Lower case.
 */
export const nameStudyWords = [
  'bedeutung',
  'herkunft',
  'namensherkunft',
  'meaning',
  'origin',
  'name',
  'genealogy',
  'nazwisko',
] as const;

/**
 * Nouns for an entry a tool keeps for a name, after a quoted surname and "as"/„als“: '"Sutzkever" as an alias',
 * „„Leicke“ als Variante ergänzt“, '"sama" as a plain key'. The quoted word is the tool's string (round 22). Lower case.
 */
export const nameEntryNouns = [
  'alias',
  'aliases',
  'variant',
  'variante',
  'synonym',
  'key',
  'schlüssel',
  'keyword',
  'schlagwort',
  'stichwort',
  'suchbegriff',
  'search term',
  'entry',
  'eintrag',
] as const;

/**
 * Round 71: nouns for strings a site sorts or finds by what they begin or end with: "pages with titles beginning with
 * Altman", „Artikel, deren Titel mit Leike beginnen“. Lower case.
 */
export const titledStringNouns = [
  'title',
  'titles',
  'titel',
  'name',
  'names',
  'namen',
  'word',
  'words',
  'wörter',
  'entry',
  'entries',
  'eintrag',
  'einträge',
  'string',
  'strings',
] as const;

/**
 * Round 71: English participles that say a string begins or ends with the name after them, then "with" or "in" (grammar,
 * in `engine/rules/names-as-words.ts`): "titles beginning with Pachocki", "names ending in Altman". One word each.
 * Lower case.
 */
export const stringEdgeParticiples = ['beginning', 'starting', 'ending'] as const;

/**
 * Round 71: German's participles for the same, then „mit“ or „auf“: „Einträge beginnend mit „Altman““, „Namen endend
 * auf Leike“. One word each. Lower case.
 */
export const stringEdgeParticiplesGerman = ['beginnend', 'anfangend', 'endend'] as const;

/**
 * Round 71: German's finite verbs after the name that end a clause saying what strings begin or end with: „deren Titel
 * mit Sutskever beginnen“, „das mit „Leike“ endet“. One word each. Lower case.
 */
export const stringEdgeVerbs = ['beginnt', 'beginnen', 'anfängt', 'anfangen', 'endet', 'enden'] as const;

/**
 * Round 49: the noun that calls the surname after it a word, after its definite article: "the word Leike", „das Wort
 * Pachocki“. Singular only, as the pattern always read it. One word each. Lower case.
 */
export const wordNouns = ['word', 'wort'] as const;

/**
 * Round 71: a title's noun, after its definite article, that sets the name ending its phrase in apposition: "articles
 * associated with the title Altman.", „unter dem Titel Leike.“. Singular only, as the pattern always read it. One word each. Lower case.
 */
export const titleNouns = ['title', 'titel'] as const;

/**
 * Round 21: a quiz's noun for a numbered question, "question 7", „Frage 7“ (its short form "Q7" is grammar, in
 * `engine/rules/names-as-words.ts`): a graded answer is read against the question of that number. One word each.
 * Lower case.
 */
export const questionNouns = ['question', 'frage'] as const;

/**
 * Round 43: verbs of christening, before the quoted name they give (with "it", "him", "her" or "them" between perhaps,
 * grammar in `engine/rules/names-as-words.ts`): 'the robot we christened "Leike"', 'they dubbed him "Altman"'. A name
 * given is a word. Not "named" or "called", which the pattern takes only with such a pronoun. Lower case.
 */
export const christeningVerbs = ['christened', 'dubbed'] as const;

/**
 * Round 43: German's verbs of christening, after the quoted name in their clause: „den unser Team „Altman“ getauft
 * hat“. Not „benannt“, which with „nach“ points at a bearer. Lower case.
 */
export const christeningVerbsGerman = ['getauft', 'taufte', 'tauften', 'taufen'] as const;

/**
 * Round 71: words that, right before a quoted surname, ask where or how often the string stands in texts: „Titel, in
 * denen „Sutzkever“ steht“, 'how often "Sutskever" appears'. Lower case.
 */
export const occurrenceLeads = [
  'in denen',
  'in dem',
  'in der',
  'worin',
  'in which',
  'wherein',
  'how often',
  'how many times',
  'wie oft',
  'wie häufig',
] as const;

/** Round 71: verbs of a string's standing in a text, that such a lead's clause ends in: "appears", „vorkommt“. Lower case. */
export const occurrenceVerbs = [
  'appears',
  'appear',
  'occurs',
  'occur',
  'shows up',
  'steht',
  'stehen',
  'vorkommt',
  'vorkommen',
  'auftaucht',
  'auftauchen',
  'erscheint',
] as const;

/**
 * Verbs of a search for a quoted surname, before it ('I google "leike"', 'searching "Altman"') or, in German, after it
 * („wer nach „Altman“ sucht“): the word typed, whoever it finds (round 22). Lower case.
 */
export const nameSearchVerbs = ['search', 'searched', 'searching', 'google', 'googled', 'googling'] as const;
export const nameSearchVerbsAfter = ['sucht', 'suchen', 'suche', 'googelt', 'googeln', 'eingibt', 'eintippt'] as const;

/**
 * German's verb of googling, last in its clause after the quoted word it searches for: „Wenn ich heute „Altman“
 * google“, „wer „Leike“ googelt“ (round 68). The word typed takes in every bearer, as 'googling "Leike"' does. Lower
 * case, as German writes a verb.
 */
export const googlingVerbs = [
  'google',
  'googele',
  'googelst',
  'googlest',
  'googelt',
  'googlet',
  'googeln',
  'googlen',
  'googelte',
  'googelten',
  'googlete',
  'googleten',
] as const;

/**
 * Nouns of a search's hits, which a count in the clause after a quoted word says it found: „Bei „Altman“ geht es in
 * neun von zehn Treffern um …“, 'For "Leike", nine of the first ten results …' (round 68). Lower case; German's dative
 * plural adds an "n".
 */
export const searchHitNouns = ['hits', 'results', 'treffer', 'ergebnisse'] as const;

/**
 * Verbs of a search that caught texts, before a count of them after the quoted word it searched for, a noun between:
 * 'the "Sutzkever" variant caught 61 articles', „„Pachocki“ erfasste 12 Meldungen“ (round 68). A person catches no
 * number of articles. Lower case.
 */
export const catchingVerbs = ['caught', 'pulled in', 'fing', 'erfasste', 'erwischte'] as const;

/**
 * Words that gloss a quoted word by its sense, before another quoted word after it in its clause: „„sama“ … im Sinne
 * von „selbst““, '"sama" in the sense of "herself"' (round 68). A word with a sense is a common word, not a name.
 * Lower case.
 */
export const senseWords = ['im sinne von', 'im sinn von', 'im sinne', 'in the sense of', 'in the meaning of'] as const;

/**
 * Words of a word's use, in the clause after a quoted surname that says it is also used for other people: „„Альтман“
 * kommt in russischen Texten auch für andere Personen vor“, '"Pachocki" is also the usual form for unrelated people'
 * (round 68). What is used for several people is the word. Lower case.
 */
export const wordUseWords = [
  'steht',
  'stehen',
  'kommt',
  'vorkommt',
  'form',
  'schreibung',
  'schreibweise',
  'stands',
  'used',
  'spelling',
] as const;

/** People other than the one a text is about, after "for" or „für“ and "other" or „andere“ (round 68). Lower case. */
export const otherPeopleNouns = [
  'people',
  'persons',
  'bearers',
  'personen',
  'menschen',
  'namensträger',
  'leute',
] as const;

/**
 * Nouns of a page on a surname's meaning, after it and a dash or colon: „Pachocki – Namensbedeutung und Herkunft“,
 * "Leike: meaning and origin" (round 22). Lower case.
 */
export const nameMeaningNouns = [
  'bedeutung',
  'namensbedeutung',
  'herkunft',
  'namensherkunft',
  'meaning',
  'origin',
  'origins',
  'etymology',
  'etymologie',
  'name meaning',
] as const;

/**
 * Other families' names one or two letters from our people's surnames: never a misspelling of ours, though quoted
 * beside them ("Final ruling: "Pachowski" does not count"). Lower case.
 */
export const otherFamilySpellings = [
  'altmann',
  'altmanns',
  'leiken',
  'pachowski',
  // Round 57: the German family's name as Russian transliterates it, „nicht „Альтманн“ (das wäre Altmann)“.
  'альтманн',
  // Round 74: the Polish woman's form of his surname and its cases, a woman of that family, never he: „„Pachocka“
  // ist die weibliche Form“.
  'pachocka',
  'pachockiej',
  'pachocką',
] as const;

/**
 * Crumbs of a name dictionary's breadcrumb before a surname: "names.example.org › surnames › pachocki",
 * "nazwiska.example.pl › nazwiska › pachocki". The surname there is the dictionary's entry, the word. Lower case.
 */
export const surnameCrumbs = [
  'surnames',
  'last names',
  'family names',
  'familiennamen',
  'nachnamen',
  'nazwiska',
] as const;

/**
 * English nouns for a shop or a firm that "a … called" gives a surname as its name: "a Chicago bakery called
 * Pachocki's", "a diner named Altman's" (round 43). German writes any noun so („eine Bäckerei namens“). Lower case.
 */
export const shopNouns = [
  'bakery',
  'deli',
  'diner',
  'restaurant',
  'café',
  'cafe',
  'bar',
  'pub',
  'shop',
  'store',
  'salon',
  'firm',
  'company',
  'business',
  'practice',
  'clinic',
  'nursery',
  'pharmacy',
  // Round 73: a firm's name before its works, "the Leike Timber sawmill".
  'sawmill',
] as const;

/**
 * Round 71: words a related search adds to a lower-case surname to find a shop's hours or the way there: „altman
 * gartenbedarf öffnungszeiten“, „leike anfahrt“. A person has neither. Lower case, one word each, as a search's words
 * are read: English says it in two ("opening hours"), whose words alone speak of much else.
 */
export const shopSearchWords = ['öffnungszeiten', 'geschäftszeiten', 'anfahrt', 'filiale', 'filialen'] as const;

/**
 * Everyday trades a related search pairs with a lower-case surname, looking for a namesake near the searcher:
 * "pachocki dentist grand rapids", "leike zahnarzt". Our people have none of them. Lower case.
 */
export const everydayTrades = [
  'dentist',
  // Round 42: a parish's and a club's offices, „Unser Chorleiter Jakub Pachocki“.
  'chorleiter',
  'choir director',
  'organist',
  'kantor',
  'dirigent',
  'küster',
  'zahnarzt',
  // Round 58: a dentist's degree before his name, „Dr. med. dent. Jan Leike · Implantologie“.
  'med. dent.',
  // Round 55: a related search's orthodontist, „pachocki kieferorthopädie görlitz“.
  'kieferorthopädie',
  'kieferorthopäde',
  'orthodontist',
  // Round 57: a removal firm's service, „pachocki umzug görlitz“; round 58: an undertaker's, „leike bestattungen celle“.
  'bestattungen',
  'bestatter',
  'umzug',
  'umzüge',
  'removals',
  'lawyer',
  'attorney',
  'anwalt',
  'doctor',
  'arzt',
  'plumber',
  'realtor',
  'makler',
  'obituary',
  'nachruf',
  // Round 20: crafts, as a listing or a search names a craftsman or his firm: "Jan Leike – Tischlermeister",
  // "jan leike tischlerei".
  'tischler',
  'tischlermeister',
  'tischlerei',
  'schreiner',
  'schreinerei',
  'zimmermeister',
  'zimmerei',
  'malermeister',
  'dachdecker',
  'elektriker',
  'carpenter',
  // Round 56: "Jan Leike, stonemason in the third generation".
  'stonemason',
  'steinmetz',
  'joiner',
  'roofer',
  'electrician',
  // Round 20: everyday services, as a notice names the one who gives them: "Realtor Jan Leike", "Unser Azubi Sam
  // Altman".
  'azubi',
  'apprentice',
  'handyman',
  'mechanic',
  'mechaniker',
  'hairdresser',
  'friseur',
  'friseurin',
  'baker',
  'bäcker',
  'butcher',
  'metzger',
  'gardener',
  'gärtner',
  'landscaper',
  'klempner',
  'installateur',
  'postman',
  'postbote',
  'mail carrier',
  'farmer',
  'landwirt',
  'tierarzt',
  'veterinarian',
  'accountant',
  'steuerberater',
] as const;

/**
 * Communities of ordinary people a name is placed in after "aus", "from", "in" or "of": "der Jan Leike aus meinem
 * Jahrgang", "Herr Leike aus der 7. Klasse", "the Sam Altman from my class", "Leike from down our street" (round 20;
 * `engine/rules/ordinary-person-signs.ts`). Our people are placed in their team, their firm or their field. Lower case.
 */
export const communityNouns = [
  'klasse',
  'parallelklasse',
  'jahrgang',
  'jahrgangsstufe',
  'stufe',
  'abiturjahrgang',
  'grundschule',
  'nachbarschaft',
  'nachbarhaus',
  'straße',
  'strasse',
  'siedlung',
  'kirchengemeinde',
  'class',
  'grade',
  'year',
  'homeroom',
  'high school',
  'grade school',
  'elementary school',
  'middle school',
  'neighborhood',
  'neighbourhood',
  'street',
  'block',
  'building',
  'parish',
  'congregation',
  'church',
  'choir',
  'club',
  'gym',
  'village',
  'kirche',
  'chor',
  'verein',
  'dorf',
  'fitnessstudio',
] as const;

/**
 * A firm's owner, given after a dash or a comma in a profile or a listing: "Jakub Pachocki – Owner – Pachocki
 * Plumbing & Heating" (round 19; `engine/rules/ordinary-person-signs.ts`). Our people lead firms and are never listed so.
 */
export const ownerRoles = [
  'owner',
  'co-owner',
  'proprietor',
  'inhaber',
  'inhaberin',
  'eigentümer',
  // Round 54: a family firm's heir or its elder, „Juniorchef Jan Leike (44)“.
  'juniorchef',
  'juniorchefin',
  'seniorchef',
  'seniorchefin',
] as const;

/**
 * A local council's or a club board's offices, before a full name or a list of them: "Councillors Ruth Pachocki, Daniel
 * Altman, Jan Leike", „Ratsmitglieder Jan Leike, Sabine Kurz“, "(Councillor Jakub Pachocki to recuse)" (round 54;
 * `engine/rules/ordinary-person-signs.ts`). None of ours holds a seat in a town hall. Lower case, singular and plural.
 */
export const localOffices = [
  'councillor',
  'councillors',
  'councilor',
  'councilors',
  'councilman',
  'councilwoman',
  'cllr',
  'alderman',
  'selectman',
  'selectwoman',
  'ratsmitglied',
  'ratsmitglieder',
  'ratsherr',
  'ratsherren',
  'ratsfrau',
  'stadtrat',
  'stadträtin',
  'stadträte',
  'gemeinderat',
  'gemeinderätin',
  'gemeinderäte',
  'ortsrat',
  'ortsrätin',
  'kreisrat',
  'kreisrätin',
  'ortsvorsteher',
  'ortsvorsteherin',
  'schriftführer',
  'schriftführerin',
  'kassenwart',
  'kassenwartin',
] as const;

/**
 * A descendant's word in an apposition after a full name: "Jan Leike, great-grandson of the founder", „Jan Leike,
 * Urenkel von Heinrich“ (round 26; `engine/rules/ordinary-person-signs.ts`). A family's or a firm's chronicle names its
 * heir so; no text about our people places them as someone's grandchild. Lower case, without "great-" or „Ur-“.
 */
export const descendantWords = [
  'grandson',
  'granddaughter',
  'grandchild',
  'enkel',
  'enkelin',
  'enkelsohn',
  'enkeltochter',
] as const;

/**
 * Words of a wiki's redirect note right after a quoted surname: '"Sutskever" redirects here', '„Sutskever“ leitet
 * hierher weiter'. The name is the page's title as a word, no mention. Matched after the closing quotation mark.
 */
export const redirectPhrases = [
  'redirects here',
  'is a redirect',
  'leitet hierher weiter',
  'leitet hierhin weiter',
  'ist eine weiterleitung',
] as const;

/**
 * Nouns for a string a program or a feed looks for, right before a quoted surname or a hashtag: 'keys on the string
 * "Altman"', 'das Stichwort „Altman“', "Filter für #Altman"; also after it: '"Altman" as a topic', "my #Altman tag". The surname is then the word a feed or
 * a filter matches, which takes in every bearer of the name, not a person. Lower case.
 */
export const stringNouns = [
  'string',
  'keyword',
  'search term',
  'term',
  'tag',
  'topic',
  'filter',
  'zeichenkette',
  'stichwort',
  'schlagwort',
  'suchbegriff',
  'suchwort',
  // German plurals the endings -e, -s, -n, -en do not make (round 19): '# Stichwörter: "Leike", "Altman"'.
  'stichwörter',
  'schlagwörter',
  'suchwörter',
  // A puzzle's clue (round 19): 'gave "Altman of Hollywood" as a clue'.
  'clue',
  // A wiki's redirect, a title it looks up: 'Schreibweise „Sutzkever“ als Weiterleitung?' (round 17).
  'weiterleitung',
  'redirect',
  // An alert's or a rule's string (round 18): 'the old rule for "Altman" sent us forty alerts', 'Alarm für „Leike“'.
  'rule',
  'alert',
  'alerts',
  'regel',
  'alarm',
] as const;

/**
 * A tool's lists of strings, said to hold a surname (round 68): '`Суцкевер` is now in the pattern list', „„Leike“
 * steht in der Suchliste“. The word there is a string it looks for, whoever bears it; a list of people ("the list of
 * speakers") holds the man. English: the word before "list"; German: the compound. Lower case.
 */
export const stringListWords = ['pattern', 'word', 'keyword', 'alias', 'search', 'filter', 'match', 'stop'] as const;
export const stringListCompounds = [
  'musterliste',
  'wortliste',
  'stichwortliste',
  'schlagwortliste',
  'suchliste',
  'suchwortliste',
  'filterliste',
  'aliasliste',
] as const;

/**
 * Words for how near a tool's match may come to a string, in the clause after a quoted surname set up with "for" or
 * „bei“: 'For "Altman" the fuzzy match is too loose', „Bei „Leike“ keine Nachbarschreibungen“ (round 74). The word
 * so tuned is the string compared, every bearer's. Lower case; a word's start, so that plurals and compounds count.
 */
export const matchToleranceWords = [
  'tolerance',
  'toleranz',
  'fuzzy',
  'levenshtein',
  'edit distance',
  'near spelling',
  'neighbouring spelling',
  'neighboring spelling',
  'nachbarschreibung',
] as const;

/**
 * Nouns for what is typed into a search, right before a quoted surname that closes its quotation: „bei der Eingabe
 * „altman““, 'for the query "leike"' (round 74). The bare surname typed is the string searched, every bearer's; a
 * query of several words about our story ('the query "leike resigns"') is not read so. Lower case.
 */
export const typedQueryNouns = ['query', 'search query', 'input', 'eingabe', 'suchanfrage', 'sucheingabe'] as const;

/**
 * Nouns for the strings a search was run with, before a colon and a list of bare words: „# Suchbegriffe der Abfrage:
 * Sutskever, Sutzkever, Leike“, "Search terms: Altman, Leike" (round 43). Every item is a string looked for, which
 * takes in every bearer; a tag or a topic list names the article's people and is left out. Round 67: a word list given
 * to a tool ("Wortliste für die Diktiersoftware: Sutskever, Pachocki") too. Lower case, singular.
 */
export const searchStringNouns = [
  'suchbegriff',
  'suchwort',
  'search term',
  'search string',
  'query term',
  'query string',
  'wortliste',
  'word list',
] as const;

/**
 * Nouns for the terms of a word list a tool is given, one a line, in the comment lines above them (round 70): "# One
 * term per line", "# custom_vocab.txt", „# Wortliste der Diktiersoftware“. Read as whole words; lower case.
 */
export const wordListNouns = [
  'term',
  'terms',
  'vocab',
  'vocabulary',
  'word list',
  'wordlist',
  'dictionary',
  'begriff',
  'begriffe',
  'wortliste',
  'vokabular',
  'wörterbuch',
] as const;

/**
 * The tags that open a code comment's note and take its owner's user name in brackets (round 74): `TODO(leike):`,
 * `FIXME(altman)`. Read case-blind, before the bracket.
 */
export const ownerTagWords = ['todo', 'fixme', 'xxx', 'hack', 'note', 'bug'] as const;

/**
 * Words that name a data column of a search's strings when they are its whole header cell (round 69), beside
 * `searchStringNouns`: `outlet,date,query,printed_as`. Not in running text, where a page's "query: sam altman" may be
 * about our story. Lower case.
 */
export const searchColumnNouns = [
  'query',
  'queries',
  'suchanfrage',
  'suchanfragen',
  'keyword',
  'keywords',
  // Round 70: the forms a matcher keeps for a person, as round 47 reads a record's `aliases: […]`.
  'alias',
  'aliases',
  'aliase',
] as const;

/**
 * Nouns for a tag or a slug, whose name a lower-case surname right after them is (round 68): 'Tag leike existiert
 * doppelt', 'the slug pachocki'. Read as the noun where capitalised, as German writes it, or after one of
 * `tagNounArticles`: 'tag leike in the thread' is the verb, whose object is the man. Lower case.
 */
export const tagNouns = ['tag', 'slug', 'schlagwort'] as const;
export const tagNounArticles = [
  'the',
  'a',
  'this',
  'der',
  'den',
  'dem',
  'des',
  'das',
  'ein',
  'einen',
  'dieses',
] as const;

/**
 * Words for a name's grammatical forms and its sound, which with "of" or "von" before a quoted surname make it the
 * word whose forms are asked for: 'the possessive of "Sutskever"', 'der Genitiv von „Pachocki“'; not the form given
 * itself ('genitive "Leike's"', 'im Genitiv „Leikes Rücktritt“'). Lower case.
 */
/**
 * Nouns for strings that say what a post or a page is about, not what a tool looks for: 'tags: [OpenAI, Leike]' names
 * who it is about (round 59). Lower case; a subset of `stringNouns`.
 */
export const subjectNouns = ['tag', 'topic'] as const;

export const formNouns = [
  'possessive',
  'genitive',
  'dative',
  'plural',
  'pronunciation',
  'genitiv',
  'dativ',
  'akkusativ',
  'aussprache',
  'dopełniacz',
] as const;

/**
 * Words that, right before a quoted surname, give it as the bare word written alone: 'a headline that says just
 * "Altman"', 'schreibt nur „Leike“'. Lower case.
 */
export const bareWordAdverbs = ['just', 'only', 'simply', 'bare', 'lone', 'nur', 'bloß', 'lediglich'] as const;

/**
 * Of those, the adjectives that call the quoted word itself bare, a form written without what completes it: 'bare
 * „sama“ counts only with @', 'a lone "sama"' (round 74). A handle so called is the string, not its owner. Lower case.
 */
export const bareStringAdjectives = ['bare', 'lone'] as const;

/**
 * Verbs of a feed or a filter that sorts news by a quoted string, with at most one word and "on" after them:
 * 'keys on "Altman"', 'tag news on "Altman"'; and an alert's or a rule's that goes off on it: 'fires on "Pachoki"',
 * 'triggers on "Leicke"' (round 21). Lower case; their forms in -s, -ed and -ing count too.
 */
export const stringVerbs = ['key', 'tag', 'filter', 'match', 'fire', 'fired', 'firing', 'trigger'] as const;

/**
 * Words right before a quoted surname for what a count, an alert or a regex looks for: 'counts stories containing
 * "Altman"', 'alerts only watch for "Sutzkever"', 'Regex to match "Sutskever"'. The string takes in every bearer of
 * the name (round 15). Lower case.
 */
export const lookedForWords = [
  'containing',
  'contains',
  'watch for',
  'watches for',
  'watching for',
  'to match',
  // A rule's verb and a tool's mark on a page (round 19): 'Do not match "Altman" alone', 'the plugin underlined "Leike"'.
  'match',
  'matches',
  'underlined',
  'highlighted',
  'enthält',
  'enthalten',
  'enthaltend',
  // A search's string (round 17): 'damit die Suche nach „Altman“ nicht …', 'a search for "Leike" finds both'.
  'search for',
  'searches for',
  'searching for',
  'suche nach',
  'sucht nach',
  'suchen nach',
  // Round 54: a search page's suggestion and what it says was typed, 'Did you mean: "Sutskever" (you typed "…")'.
  'did you mean:',
  'did you mean',
  'you typed',
  'meinten sie:',
  'meinten sie',
  'sie suchten',
  // Round 55: what a pattern is to catch, 'Regex to catch "Altman" but not …'.
  'to catch',
  // Round 58: 'Regex for matching "Altman" but not "Altmann"?', 'stop at exactly "Altman"'.
  'matching',
  'at exactly',
  // Round 59: what a filter or a style check takes in, 'Anything mentioning "Leike" goes into a folder', 'the macro
  // flags "Altman"', 'when you type "altman"', 'Hover any "Altman"': every bearer of the word.
  'mentioning',
  'flags',
  'flagged',
  'you type',
  'any',
  // „Bei einem Namen wie „Altman“ bringt das nichts“: a name given as an example of its kind.
  'namen wie',
  // Round 77: what a bot or a script looks for, 'The bot looks for "Leike", "Pachocki" and "Sutzkever"'.
  'looks for',
  'look for',
] as const;

/**
 * Verbs that put a quoted word on a tool's list, right before a quoted surname that ends its quotation: 'Also adding
 * "Sutzkever" because …', 'We\'ve added "Pachocki" to our spelling list' (round 17). A quoted phrase after them is
 * text put somewhere ('add "Altman did not immediately respond"'). Lower case.
 */
export const addingVerbs = ['add', 'adds', 'added', 'adding', 'gained'] as const;

/**
 * Words right after a quoted spelling that count it along with the others: 'Schreibweise „Sutzkever“ mitgezählt',
 * '"Sutzkever" counted too' (round 15); or that say an alert goes off on it: „die auch bei „Sutskewer“ anschlägt“
 * (round 21). Not "without the first name": 'we accepted "Pachocki" without the first name' gives our person as an
 * answer. Lower case.
 */
export const countedWords = [
  'mitgezählt',
  // Round 59: '"Sutzkever" zählen wir mit', and a few words may stand between: '„Sutzkever“ wird wie bisher mitgezählt'.
  'zählen wir mit',
  'counted too',
  'counted as well',
  'also counted',
  'anschlägt',
  'anschlagen',
  'auslöst',
] as const;

/**
 * Nouns of a count of strings, after a number and before a quoted surname: 'allein elf Einträge „Leike“' in a phone
 * book (round 18). What is counted is the word as written, every bearer of it. Not a spelling: 'davon 44 mit
 * Schreibweise „Sutzkever“' counts his articles that printed him so, his name as printed (round 21). Lower case.
 */
export const countNouns = [
  'entry',
  'entries',
  'listing',
  'listings',
  'hit',
  'hits',
  'eintrag',
  'einträge',
  'einträgen',
  'treffer',
] as const;

/** Number words that open a count (countNouns): 'elf Einträge', 'twelve entries'. Lower case. */
export const numberWords = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'ein',
  'eine',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
  'zwanzig',
  'dreißig',
  'vierzig',
  'fünfzig',
  'hundert',
] as const;

/**
 * Number words that count a plural noun, so that a capitalised word after them is that noun, never a first name
 * („zwölf Mitglieder Sutskevers …“, round 27): `numberWords` without the ones that also mean "a" ("ein Robert
 * Altman"). Lower case.
 */
export const pluralCountWords = numberWords.filter((word) => !['one', 'ein', 'eine'].includes(word));

/**
 * Nouns for a surname as such: "Pachocki ist ein polnischer Familienname", "Leike is a surname of German origin"
 * define the word, not the person. Lower case.
 */
export const surnameNouns = ['surname', 'family name', 'last name', 'familienname', 'nachname', 'nazwisko'] as const;

/**
 * Words that, right before a surname, give it as someone's own former or married name: "Married name Leike",
 * "geb. Altman". Lower case.
 */
export const ownNameWords = [
  'married name',
  'maiden name',
  'birth name',
  'née',
  'nee',
  'geb.',
  'geborene',
  'geborener',
  'ehename',
  'geburtsname',
  'mädchenname',
  'nazwisko panieńskie',
  // The writer's own (round 16): "and yes, my surname is Leike, no relation to Jan Leike".
  'my surname is',
  'my last name is',
  'my name is',
  'mein nachname ist',
  'mein name ist',
] as const;

/**
 * Words that, before a lone surname and its article, say someone is born into the family or marries into it: "my
 * great-aunt was born a Leike", „Meine Oma war eine Leike“ (round 24). Lower case.
 */
export const familyMemberVerbs = [
  'was',
  'were',
  'is',
  'born',
  'married',
  'war',
  'ist',
  'bin',
  'geboren',
  'heiratete',
] as const;

/**
 * What picks one bearer of a surname out of all, before it: "The only Altman I care about is Robert", „Der einzige
 * Altman, den ich kenne, ist Robert“ (round 24). Lower case.
 */
export const onlyOneWords = ['the only', 'the one', 'my only', 'der einzige', 'die einzige', 'den einzigen'] as const;

/**
 * How common a name is, as a word of a sentence about the name itself: "Leike isn't a rare name in Hesse",
 * „Altman ist kein seltener Name“ (round 24). A stem: German endings may follow. Lower case.
 */
export const nameFrequencyWords = [
  'common',
  'uncommon',
  'rare',
  'unusual',
  'frequent',
  'popular',
  'widespread',
  'typical',
  // Round 70: „Pachocki sei in Polen ein ganz normaler Name“.
  'normal',
  'ordinary',
  'gewöhnlich',
  'häufig',
  'selten',
  'verbreitet',
  'gängig',
  'ungewöhnlich',
  'typisch',
] as const;

/**
 * How widely a name is spread, said of the surname alone with no noun after it: "Leike is more common in the north
 * than people think", „Pachocki ist in Polen weit verbreitet“ (round 71). Only words no one says of a person: not
 * "popular" or "unusual", nor „selten“ and „häufig“, which are adverbs too („Leike ist selten zu sehen“). Lower case.
 */
export const nameSpreadWords = ['common', 'uncommon', 'rare', 'widespread', 'verbreitet', 'gängig'] as const;

/**
 * A man's courtesy title, as minutes, letters and reviews name ordinary people ("Herr Pachocki berichtet", "Mr.
 * Altman himself was at the counter"); news name our people by full name or role. Lower case, without the dot.
 */
export const courtesyTitles = ['herr', 'herrn', 'mr', 'mister', 'monsieur', 'pan', 'pana', 'panu'] as const;

/**
 * Titles of women. Our four people are men, so a lone surname right after one of these, or after a female
 * role noun ending in "-in" ("Kursleiterin Leike", "Zahnärztin Pachocki"), is someone else's. Lower case, without
 * the abbreviation's dot ("Fr. Leike" in minutes; in English "Fr." is a priest, someone else all the same).
 */
export const femaleTitles = ['frau', 'fr', 'ms', 'mrs', 'miss', 'madame', 'mme', 'mlle', 'pani'] as const;

/**
 * Roles of ordinary people's worlds given in brackets after a man's courtesy title and surname: "Mr. Leike (advisor)"
 * in a school club's minutes. Our people are named by their employer there ("Mr. Altman (OpenAI)"). Lower case.
 */
export const titledRoles = [
  'advisor',
  'adviser',
  'teacher',
  'coach',
  'chair',
  'host',
  'guest',
  'secretary',
  'parent',
  'beirat',
  'lehrer',
  'betreuer',
  'trainer',
  'gast',
  'vorsitz',
  'protokoll',
  // Round 19: a school's and a village's own people, also named beside him ("our music teacher, Mr. Leike").
  'principal',
  'librarian',
  'counselor',
  'janitor',
  'custodian',
  'betreuung',
  'rektor',
  'schulleiter',
  'hausmeister',
  'pfarrer',
  'pastor',
] as const;

/**
 * Nouns for a method, a plot or a test named after two people, after a hyphenated pair of surnames ("the
 * Bland-Altman method", „Bland-Altman-Diagramm“): an eponym, not a person (round 15). Lower case.
 */
export const eponymNouns = [
  'method',
  'methods',
  'plot',
  'plots',
  'analysis',
  'test',
  'equation',
  'diagram',
  // Round 51: "Bland–Altman limits of agreement"; round 57: "Bland-Altman agreement paper (1986)"; round 58: "the
  // Altman–Leiker index of ecological diversity".
  'limits',
  'agreement',
  'index',
  'methode',
  'verfahren',
  'diagramm',
] as const;

/**
 * Children's events a titled man leads, right before "with" and his title ("Storytime with Mr. Altman",
 * "Vorlesestunde mit Herrn Leike"): a library's or a school's own people (round 15). Lower case.
 */
export const childrenEventWords = [
  'storytime',
  'story time',
  'story hour',
  'puppet show',
  'vorlesestunde',
  'vorlesezeit',
  'bilderbuchkino',
  'kasperletheater',
] as const;

/**
 * Words that head an attendance line in minutes ("Present: 11 members, Mr. Leike (advisor)"): the titled people
 * on it are the meeting's own. Lower case.
 */
export const attendanceWords = [
  'present',
  'attendees',
  'attending',
  'apologies',
  'absent',
  'anwesend',
  'teilnehmende',
  'teilnehmer',
  'entschuldigt',
  'obecni',
] as const;

/** Academic titles, which may stand between a woman's title and her surname: "Frau Dr. Altman". Lower case. */
export const academicTitles = ['dr', 'prof'] as const;

/**
 * English titles that, after an English indefinite article, make the surname one bearer among others: "my dentist is a
 * Dr. Pachocki" (round 59). German's „ein Herr“ is said of ours with disdain, and its "an" means "to". Lower case,
 * without the abbreviation's full stop.
 */
export const englishTitles = ['mr', 'mister', ...academicTitles] as const;

/**
 * A chair's titles, which none of our people holds (the fact sheet: researchers and a CEO at OpenAI, none a
 * professor): a lone surname after one is a professor of that name, "Professor Altman does NOT accept …" in a
 * students' chat (round 57). Lower case, without the abbreviation's full stop.
 */
export const chairTitles = ['professor', 'professorin', 'prof'] as const;

/**
 * Offices of clubs and positions in sport, the roles of ordinary people's worlds: a full name right after one
 * ("Goaltender Sam Altman", "Kassenwartin Sabine Altman") or with one first in brackets after it ("Jakub Pachocki
 * (1. Vorsitzender)", "Jan Leike (Beisitzer, 27 Ja)") names a namesake when the document shows nothing of our
 * people's world. Not a chairman or a director, which our people are of firms. Lower case.
 */
export const otherWorldRoles = [
  // German: a club's board and its teams
  'vorsitzender',
  '1. vorsitzender',
  '2. vorsitzender',
  'vereinsvorsitzender',
  'beisitzer',
  'kassenwart',
  'kassierer',
  'schriftführer',
  'platzwart',
  'jugendwart',
  'torwart',
  'torhüter',
  'stürmer',
  'verteidiger',
  'mittelfeldspieler',
  'spielführer',
  'kapitän',
  // English: a club's committee and its teams
  'club secretary',
  'treasurer',
  'committee member',
  'goaltender',
  'goalie',
  'goalkeeper',
  'netminder',
  'defenceman',
  'defenseman',
  'striker',
  'midfielder',
  'pitcher',
  'quarterback',
  'point guard',
] as const;

/**
 * Verbs of a tool finding a name in text. A quoted surname in a question with one of these asks how the word is
 * found ("Erkennt NamenFinder auch „Sutzkever“?", "Why did it highlight "Altman" on a film review?", "Und wenn nur
 * „Leike“ dasteht?"): the word, no mention. Matched like `contextTerms`.
 */
export const nameFindingVerbs = [
  'match',
  'matched',
  'highlight',
  'highlighted',
  'tag',
  'tagged',
  'detect',
  'detected',
  'recognise',
  'recognize',
  'find',
  'erkennt',
  'erkennen',
  'erkannt',
  'markiert',
  'markieren',
  'findet',
  'finden',
  'dasteht',
] as const;

/**
 * Prepositions of a place or an occasion, and the verbs of saying that may follow a surname. A capitalised word between
 * them is the place, no first name: "And in Davos Altman said he didn't know" ("in Robert Altman said" is no English)
 * (round 20, `engine/rules/other-first-names.ts`). Lower case.
 */
export const placePrepositions = ['in', 'at', 'from'] as const;
export const reportingVerbs = [
  'said',
  'says',
  'told',
  'tells',
  'wrote',
  'writes',
  'added',
  'asked',
  'replied',
  'posted',
  'admitted',
  'argued',
  'explained',
  'insisted',
  'warned',
  'claimed',
  'noted',
  'spoke',
  'announced',
] as const;

/**
 * Words before a version's number on a changelog's heading: "Version 5.12.0 (May 20, 2024)", "Release 2.1", "v1.8"
 * (round 20, `engine/rules/changelogs.ts`). Lower case.
 */
export const versionWords = ['version', 'release', 'build', 'v'] as const;

/**
 * The labels of a changelog's entries: "- Fixed: …", "### Added", „- Behoben: …“ (round 20, `engine/rules/changelogs.ts`).
 * Lower case.
 */
export const changelogLabels = [
  'fixed',
  'fix',
  'new',
  'added',
  'changed',
  'improved',
  'removed',
  'known issue',
  'known issues',
  'behoben',
  'neu',
  'hinzugefügt',
  'geändert',
  'verbessert',
  'entfernt',
  'bekannte probleme',
  'bekanntes problem',
] as const;

/**
 * Nouns for a way of writing a name. Right before a quoted surname in a question how a tool finds it, they name
 * a spelling of our person's name, his ("Does it recognise the misspelling "Sutzkever"?"). Lower case.
 */
export const spellingNouns = ['spelling', 'misspelling', 'schreibweise', 'schreibung', 'falschschreibung'] as const;

/**
 * Common English and German words that tell a sentence is in one of those languages. A handle written without its
 * "@" ("sama said he'd write a longer post", "sama wird gleich …") is our person's only in such a sentence: "sama" is
 * a word of Polish ("sama podjęła decyzję"), Indonesian and Malay ("bekerja sama dengan"), none of which has these.
 * Lower case, whole words.
 */
export const proseWords = [
  'the',
  'an',
  'is',
  'was',
  'has',
  'had',
  'have',
  'been',
  'and',
  'but',
  'or',
  'of',
  'about',
  'as',
  'he',
  'his',
  'him',
  'said',
  'says',
  'even',
  'not',
  'just',
  'der',
  'die',
  'das',
  'und',
  'ist',
  'hat',
  'wird',
  'war',
  'nicht',
  'auch',
  'sagt',
  'schreibt',
  'that',
  'with',
  'this',
  'from',
  'dass',
  'er',
  'ihn',
  'ihm',
  'sein',
  'seine',
  'seinem',
  'seinen',
  'seiner',
  'mit',
  'von',
  'für',
  'dem',
  'den',
  'ein',
  'eine',
  'einen',
  'aber',
  'noch',
  'schon',
  // Short words of English chat, none a word of Polish, Malay or Indonesian, where "sama" is common.
  'in',
  'so',
  'both',
  'for',
  'by',
  'now',
  'why',
  'who',
  // And of a newsroom's chat: "sama tweeted too, grab a quote".
  'too',
  'tweeted',
  'posted',
  'quote',
  // And of terse chat, which drops the commoner words: "never seen merettm post anything" (round 24).
  'never',
  'ever',
  'anything',
  'anyone',
  'seen',
  'once',
] as const;

/**
 * Common Polish words spelt without a letter only Polish writes, and no words of English or German: beside "sama" they
 * make it the Polish word ("sama nie wiem", "moja mama sama to …"; round 74). Lower case.
 */
export const polishPlainWords = [
  'wiem',
  'wiesz',
  'jestem',
  'jest',
  'moja',
  'moje',
  'mojej',
  'czy',
  'bardzo',
  'tego',
  'sobie',
  'siebie',
  'mnie',
  'tylko',
  'nawet',
] as const;

/**
 * English prefixes that a hyphen joins to a name: "the anti-sama", "pro-sama energy" (round 24). Lower case.
 */
export const englishPrefixes = ['anti', 'pro', 'ex', 'non', 'post', 'pre', 'un'] as const;

/**
 * Words right after a handle without its "@" that make it another account's display name: "sama fan account
 * @sama_fan". Lower case.
 */
export const otherAccountWords = ['fan', 'fans', 'parody', 'stan', 'bot'] as const;

/** Months that are also first names, and so not in `functionWords`: after a day ("17 May") they are dates. */
export const monthsLikeNames = ['April', 'May', 'June', 'August'] as const;

/**
 * Roles and titles, which name no one by themselves: "CEO Altman", "Chefwissenschaftler Pachocki". With an
 * employer from `contextTerms` before them ("OpenAI-Chef Altman", "OpenAI’s chief scientist Pachocki") they
 * say whose surname follows. Lower case; a word also counts when it ends in one of `titleEndings`.
 */
export const roleWords = [
  // English
  'ceo',
  'cto',
  'cfo',
  'coo',
  'vp',
  'boss',
  'chief',
  'chair',
  'chairman',
  'scientist',
  'researcher',
  'engineer',
  'founder',
  'co-founder',
  'cofounder',
  'director',
  'head',
  'lead',
  'co-lead',
  // Round 64 (real text): "Principal of Research Pachocki".
  'principal',
  'president',
  'executive',
  'investor',
  'member',
  'colleague',
  'successor',
  'predecessor',
  'spokesperson',
  'rival',
  'critic',
  'billionaire',
  'entrepreneur',
  'professor',
  'prof',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'ex',
  'former',
  'anti',
  'pro',
  'guest',
  'guests',
  'speaker',
  'author',
  'pioneer',
  'veteran',
  'alum',
  'alumnus',
  'insider',
  // German
  'chef',
  'chefin',
  'herr',
  'herrn',
  'frau',
  'kollege',
  'kollegin',
  'gründer',
  'gründerin',
  'mitgründer',
  'mitbegründer',
  'vorstand',
  'forscher',
  'forscherin',
  'wissenschaftler',
  'chefwissenschaftler',
  'forschungsdirektor',
  'direktor',
  'leiter',
  'co-leiter',
  'ex-chef',
  'firmenchef',
  'konzernchef',
  'unternehmenschef',
  'nachfolger',
  'nachfolgerin',
  'vorgänger',
  'vorgängerin',
  'sprecher',
  'sprecherin',
  'kritiker',
  'milliardär',
  'unternehmer',
  'investor',
  'manager',
  'professor',
  'ehemalige',
  'ehemaliger',
  'frühere',
  'früherer',
  'gast',
  'gäste',
  'autor',
  'autorin',
  'pionier',
  'vordenker',
  'erfinder',
  'urgestein',
  // Russian
  'глава',
  'гендиректор',
  'директор',
  'основатель',
  'сооснователь',
  'исследователь',
  // Polish, in the cases a surname's case form follows: "Następcą Sutskevera został …"
  'następca',
  'następcą',
  'następcy',
  'następcę',
  'poprzednik',
  'poprzednika',
  'poprzednikiem',
] as const;

/**
 * Words that may stand between a lone surname and its employer in an affiliation: "Altman (ehemals OpenAI)",
 * "Altman, CEO von OpenAI", "Leike, formerly of OpenAI". With `roleWords` and `titleEndings`. Lower case.
 */
export const affiliationWords = [
  'von',
  'vom',
  'bei',
  'beim',
  'der',
  'des',
  'of',
  'at',
  'from',
  'the',
  'früher',
  'ehemals',
  'formerly',
  'jetzt',
  'now',
] as const;

/** Endings of compound role nouns ("Konzernchef", "KI-Forscherin", "Amtsnachfolger", "co-founder"). */
export const titleEndings = [
  'chef',
  'chefin',
  'gründer',
  'gründerin',
  'forscher',
  'forscherin',
  'wissenschaftler',
  'wissenschaftlerin',
  'leiter',
  'leiterin',
  'direktor',
  'direktorin',
  'präsident',
  'präsidentin',
  'nachfolger',
  'nachfolgerin',
  'sprecher',
  'sprecherin',
  'experte',
  'expertin',
  'pionier',
  'erfinder',
  'entwickler',
  'ingenieur',
  'informatiker',
  'physiker',
  'mathematiker',
  'programmierer',
  'berater',
  'mitarbeiter',
  'vordenker',
  'star',
  'ikone',
  'legende',
  'guru',
  'founder',
  'scientist',
  'researcher',
  'officer',
  'director',
  'president',
  'developer',
  'engineer',
  'programmer',
  'mathematician',
  'physicist',
  'prodigy',
  'wunderkind',
  'leader',
  'executive',
  'staffer',
  'employee',
] as const;

/**
 * Words that, right after a lone surname, make it part of another name: a shop, a firm, a street, a prize
 * ("Altman Hardware", "Pachocki’s Bakery", "Pachocki & Sons", "Leike-Straße"). Lower case.
 */
export const nameSuffixes = [
  // English
  'hardware',
  // Round 58: a band's, "the Leike Trio's jazz tour", a bike shop's and German trades' firms, "Altman Cycles",
  // „Leike Metallbau“, „Leike Bestattungen“.
  'trio',
  'quartet',
  'cycles',
  'metallbau',
  'bestattungen',
  // Round 59: works named for their founder, "Altman Steel", "the Altman Foundry in Tulsa".
  'steel',
  'foundry',
  // Round 41: "Altman’s Deli".
  'deli',
  'solar',
  'energy',
  'capital',
  'ventures',
  'store',
  'stores',
  'shop',
  'street',
  'st',
  'road',
  'avenue',
  'lane',
  'bridge',
  'square',
  'park',
  'foundation',
  'institute',
  'center',
  'centre',
  'group',
  'holdings',
  'inc',
  'llc',
  'ltd',
  'corp',
  'company',
  'prize',
  'award',
  'hall',
  'building',
  'school',
  'gallery',
  'theater',
  'theatre',
  'bakery',
  'cafe',
  'café',
  'restaurant',
  'salon',
  'garage',
  'pharmacy',
  'clinic',
  'sons',
  'partners',
  'plumbing',
  'motors',
  'law',
  'realty',
  'insurance',
  'brokers',
  'dental',
  'alley',
  'auto',
  'associates',
  'agency',
  'transport',
  'tiles',
  // Round 68: a carpet dealer's, "Altman Carpets – Family business since 1978".
  'carpet',
  'rugs',
  // Round 69: an outfitter's, "Leike Outdoor Gear @leikeoutdoor".
  'outdoor',
  'gear',
  // Round 72: a block of flats named after a namesake, "Altman Lofts", "the Leike Apartments".
  'loft',
  'apartment',
  'apartments',
  'movers',
  'removals',
  'logistics',
  'construction',
  'roofing',
  'flooring',
  'builders',
  'services',
  // Round 24: a firm's name in a who's-who, "the Altman Solutions contract".
  'solutions',
  // Round 73: a data firm's, "Leike Timber Analytics" in a job ad.
  'analytics',
  'consulting',
  'consultants',
  'plants',
  'nursery',
  // Round 20: a farm's, an orchard's and a tradesman's firm: "Pachocki Farms", "Pachocki Landscaping".
  'farm',
  'orchard',
  'dairy',
  'landscaping',
  // Round 70: "Leike Garden Care — hedges, lawns, tree work".
  'care',
  'painting',
  'cleaning',
  'catering',
  'towing',
  'trucking',
  'heating',
  'fencing',
  'paving',
  'masonry',
  'carpentry',
  'electric',
  'hvac',
  'excavating',
  'remodeling',
  // Round 43: a supplier's and a maker's, "Altman Industrial Supply", "Leike Industries".
  'supply',
  'supplies',
  'industries',
  'manufacturing',
  // Round 46: "Pachocki & Daughters Roofing", as "& Sons".
  'daughters',
  'töchter',
  // Round 44: a practice's, "Leike Physiotherapie", and a Polish furniture maker's, "Pachocki Meble".
  'physiotherapie',
  'physiotherapy',
  'physio',
  'meble',
  // Round 53: a Polish café's, bakery's and pharmacy's, "Pachocki Kawiarnie".
  'kawiarnia',
  'kawiarnie',
  'piekarnia',
  'apteka',
  'nurseries',
  // Round 51: a craft's workshop in English "-ery", as "-erei" in German: "Leike & Pachocki Joinery".
  'joinery',
  'brewery',
  'winery',
  'distillery',
  'creamery',
  'pottery',
  'tannery',
  'bindery',
  'upholstery',
  // Round 54: a hotel's and a retailer's, "Altman Suites", "Altman Outfitters".
  'suites',
  'hotel',
  'hotels',
  'inn',
  'outfitters',
  'apparel',
  'jewelers',
  'jewellers',
  'furniture',
  'tailors',
  'boutique',
  // German
  'gmbh',
  'ag',
  'kg',
  'straße',
  'strasse',
  'str',
  'weg',
  'platz',
  'allee',
  'gasse',
  // Round 72: a bridge named after a namesake, as a street is, „die Leike-Brücke“.
  'brücke',
  'stiftung',
  'preis',
  'gruppe',
  'haus',
  'schule',
  'werke',
  'verlag',
  'bäckerei',
  'apotheke',
  'praxis',
  'klinik',
  'söhne',
  'partner',
  'co',
  'transporte',
  'umzüge',
  'fliesen',
  'immobilien',
  'bau',
  'logistik',
  'reisen',
  'elektro',
  'tischlerei',
  'schreinerei',
  'zimmerei',
  'gärtnerei',
  'metzgerei',
  'gartenbau',
  'sanitär',
  'haustechnik',
  'heizungsbau',
  'bedachungen',
  'malerbetrieb',
  'landtechnik',
  // Round 74: an optician's, „Leike Optik“.
  'optik',
  // Polish
  'autoserwis',
  'serwis',
  'warsztat',
  'przeprowadzki',
  'usługi',
  'budownictwo',
] as const;

/**
 * Nouns for a firm that, before a surname, perhaps with an adjective between, name the firm: "Firma
 * przewozowa Pachocki", "Firma Leike". Not the English "firm" or "company": "the company Altman runs". Lower case.
 */
// Round 68: a law firm's, „die Kanzlei, Leike & Partner“.
export const firmWords = ['firma', 'zakład', 'przedsiębiorstwo', 'kanzlei'] as const;

/**
 * Endings of German compounds for a trade's business that name a firm before its owner's surname: „der Getränkehandel
 * Leike“, „Malerbetrieb Pachocki“, „Hausmeisterservice Altman“ (round 41). Round 43: a shop's or a practice's,
 * „die Metzgerei Leike“, „Blumenladen Altman“, „Zahnarztpraxis Pachocki“, „Anwaltskanzlei Leike“. Lower case.
 */
export const firmCompoundEndings = [
  // Round 69: a driving or dancing school, „eine Fahrschule Leike“.
  'schule',
  'handel',
  'betrieb',
  'service',
  'vertrieb',
  'verleih',
  'bedarf',
  'erei',
  'laden',
  'praxis',
  'werkstatt',
  'kanzlei',
  // Round 44: „Physiotherapie Pachocki“.
  'therapie',
  // Round 73: a house of trade, „beim Autohaus Altman“, „Modehaus Leike“.
  'haus',
] as const;

/**
 * Round 74: endings of a trade's compound that name a firm as the second half of a suspended compound after its
 * owner's surname, as `firmCompoundEndings` do: „Leike Garten- und Landschaftsbau“, „Pachocki Kälte- und
 * Klimatechnik“. Not before a surname, where ordinary nouns end so: „folgt im Grundaufbau Sutskever, Vinyals und Le“.
 */
export const suspendedFirmEndings = [...firmCompoundEndings, 'bau', 'technik'] as const;

/**
 * Words of family history: ancestors, emigration, the records searched for them. A text with two of these and no AI
 * word is about families of our surnames: its full names and lone surnames are theirs (round 17;
 * `engine/rules/ordinary-news.ts`). Matched as `contextTerms` are, a plural "s" allowed.
 */
export const familyHistoryTerms = [
  'genealogy',
  'genealogical',
  'ancestor',
  'ancestry',
  'great-grandfather',
  'great-grandmother',
  'emigrated',
  'immigrated',
  'emigration',
  'passenger list',
  'manifest',
  'parish register',
  'marriage register',
  'census',
  'family tree',
  'Ellis Island',
  'Ahnenforschung',
  'Familienforschung',
  'Genealogie',
  'Vorfahren',
  'Urgroßvater',
  'Urgroßmutter',
  'Stammbaum',
  'ausgewandert',
  'Auswanderung',
  'Kirchenbuch',
  'Kirchenbücher',
  'Passagierliste',
  'Passagierlisten',
  // An archive's description of a family's papers (round 24): "Finding aid … reading room only", „Findbuch zum
  // Nachlass … Lesesaal“. Its era and its words make the letters' writer an ancestor, not our person.
  'finding aid',
  'reading room',
  'family papers',
  'emigrate',
  'emigrant',
  'great-granddaughter',
  'great-grandson',
  'Findbuch',
  'Nachlass',
  'Lesesaal',
  'Auswanderer',
  'auswanderte',
  // Round 53: a family's own history and its sources, "Family history project … from a microfilm".
  'family history',
  'microfilm',
  'departure list',
  'Familiengeschichte',
  'Mikrofilm',
  // Round 54: a family's chronicle and the registers it draws on, „Familienchronik … die Taufe … in den Meldekarten“.
  'family chronicle',
  'baptism',
  'baptismal',
  'Familienchronik',
  'Taufe',
  'Taufbuch',
  'Meldekarte',
  'Meldekarten',
  // Round 71: a family's own gathering, its members bearing its name: "the Leike family reunion … the family tree
  // banner", „unser Familientreffen … den Stammbaum“.
  'family reunion',
  'Familientreffen',
] as const;

/**
 * Words of a club's, a league's or a family's news: matches, tables, the club's events, a reunion; an allotment
 * club's, a homeowners' association's, a job ad's, a youth contest's (round 18); a game story's (round 19); a craft's,
 * a farm's and an obituary's (round 20); a firm's notices (round 45); a parish's (round 46). A full name in a
 * text with two of these and no AI word is a member's, someone else (round 17; see the corpus README's
 * marking rules). Matched as `contextTerms` are, a plural "s" allowed.
 */
export const ordinaryNewsTerms = [
  // Round 57: a chess club's, „Schachclub … Vereinsmeister … Turnier … Jugendwart“.
  'Schachclub',
  'Schachverein',
  'Turnier',
  'Jugendwart',
  'Titelverteidiger',
  'chess club',
  'defending champion',
  // And a league's or a team's, „Rebounds“, "singles record", "doubles pair".
  'season',
  'singles',
  'doubles',
  'Rebounds',
  // Round 53: a bowling club's, its championship and its circular, „Kegelclub … Vereinsmeisterschaft … Rundbrief“.
  'Kegelclub',
  'Vereinsmeister',
  'Vereinsmeisterschaft',
  'Siegerehrung',
  'Pokalturnier',
  'Einzelwertung',
  'Rundbrief',
  'Vereinsnachrichten',
  'Vereinsheim',
  'Jahreshauptversammlung',
  'Mannschaft',
  'Treffer',
  'Treffern',
  'Saison',
  'Trainer',
  'Trainerin',
  'Tabelle',
  'Landesliga',
  'Bezirksliga',
  'Handball',
  'newsletter',
  'league',
  'standings',
  'raffle',
  'banquet',
  'bowling',
  'darts',
  'captain',
  'reunion',
  'potluck',
  'cousins',
  'picnic',
  // Round 18: an allotment club's, an association's, a job ad's and a youth contest's words.
  'Kleingartenverein',
  'Kleingärtnerverein',
  'Gartenfreunde',
  'Parzelle',
  'Parzellen',
  'Arbeitseinsatz',
  'Vereinsmitteilungen',
  'allotment',
  'homeowners association',
  'bylaws',
  'clubhouse',
  'Bewerbung',
  'Vollzeit',
  'Teilzeit',
  'Weihnachtsgeld',
  'Personalabteilung',
  'Stellenanzeige',
  'now hiring',
  'full-time',
  'part-time',
  'salary',
  'resume',
  'Jugend forscht',
  'Regionalwettbewerb',
  'Landeswettbewerb',
  'science fair',
  // Round 19: a game story's own words, whatever the sport: "cut the lead with a wrist shot", "a free kick just
  // before halftime", „per Freistoß kurz vor dem Abpfiff“.
  'halftime',
  'half-time',
  'free kick',
  'penalty kick',
  'stoppage time',
  'overtime',
  'goalie',
  'playoff',
  'wrist shot',
  'breakaway',
  'power play',
  'shutout',
  'touchdown',
  'home run',
  'coach',
  'Halbzeit',
  'Freistoß',
  'Elfmeter',
  'Strafstoß',
  'Verlängerung',
  'Abpfiff',
  'Anpfiff',
  'Eckball',
  // Round 20: a craft's or a shop's words to its customers, a farm's, an obituary's: "Maßmöbel aus eigener
  // Werkstatt … freuen sich auf Ihren Anruf", "family-owned, licensed and insured, free estimates", "Farmers' market
  // ", "survived by … in lieu of flowers", „In stiller Trauer … Beisetzung“. Read for the whole of a
  // text with no AI word, and for each paragraph of one that has AI words elsewhere (`isEverydayParagraph`).
  'Werkstatt',
  'Meisterbetrieb',
  'Handwerksbetrieb',
  'Familienbetrieb',
  'Maßmöbel',
  'Kostenvoranschlag',
  'kostenloses Angebot',
  'Ihren Anruf',
  'Rufen Sie uns an',
  'Öffnungszeiten',
  'Tischlermeister',
  'Tischlerei',
  'Schreinerei',
  'Malerbetrieb',
  'Hofladen',
  'Wochenmarkt',
  'Bäckerei',
  // Round 58: a new bakery's, „Neue Backstube … Bäckermeister … im Sortiment“.
  'Backstube',
  'Bäckermeister',
  'Sortiment',
  'Metzgerei',
  'Gärtnerei',
  'Ihren Besuch',
  'unsere Kunden',
  'bakery',
  'opening hours',
  'our customers',
  'family-owned',
  'family owned',
  'licensed and insured',
  'free estimate',
  'free quote',
  'call us',
  'give us a call',
  'farm stand',
  "farmers' market",
  'farmers market',
  'pick-your-own',
  'survived by',
  'preceded in death',
  'passed away',
  'funeral home',
  'visitation',
  'memorial service',
  'in lieu of flowers',
  'obituary',
  'obituaries',
  'grandchildren',
  'Traueranzeige',
  'Trauerfeier',
  'Beisetzung',
  'in stiller Trauer',
  'Abschied nehmen',
  'nehmen wir Abschied',
  'nehmen Abschied',
  'trauern um',
  'Urnenbeisetzung',
  'Trauergottesdienst',
  'predeceased',
  'funeral',
  'interment',
  'condolences',
  'Enkelkinder',
  // Round 46: a parish's news, „Our thanks to Jan Leike, who has finished repainting the parish hall“.
  'parish',
  'choir',
  'vicar',
  'sermon',
  'congregation',
  'Pfarrei',
  'Pfarrgemeinde',
  'Kirchenchor',
  'Gottesdienst',
  'Pfarrer',
  // Round 45: a firm's notices and releases, a trade register's entries („Nicht mehr Geschäftsführer: Samuel Altman“,
  // „Prokura erteilt: Jan Leike“, „sagt Geschäftsführer Samuel Altman“ in a heating firm's release).
  'Handelsregister',
  'Amtsgericht',
  'Prokura',
  'Stammkapital',
  'Gesellschafterversammlung',
  'Geschäftsführer',
  'Geschäftsführerin',
  'Auszubildende',
  'Tag der offenen Tür',
  'Pressekontakt',
] as const;

/**
 * Turns of a sentence by which its writer comes to see that someone else was meant: "I was glad to see Altman in your
 * arts pages, until I realised the piece carried a photo of the OpenAI CEO". The AI words after the turn speak of the
 * mistake, not of the surname before it (round 18). Lower case.
 */
export const turnPhrases = [
  'until i realised',
  'until i realized',
  'until i noticed',
  'until i saw',
  'only to find',
  'only to see',
  'bis ich merkte',
  'bis ich bemerkte',
  'bis ich sah',
  'bis mir auffiel',
] as const;

/**
 * Words by which a text says that one of its people has a namesake: "Herr Leike möchte betonen, dass er mit seinem
 * Namensvetter nicht verwandt ist". A man's courtesy title with the surname, in a text that says so of him, is that
 * man, not ours (round 17). Lower case.
 */
/**
 * Callings a definite apposition gives a lone surname's bearer, right after it: "Altman the director", „Sutzkever, der
 * Dichter“ name a namesake; "Sutskever the computer scientist", „Leike, der KI-Forscher“ name ours (round 41). Lower
 * case; an adjective may stand before the calling ("the Yiddish poet", "the former chief scientist"). Ours are callings
 * only our people's world has: "the Lattice co-founder" or "the scientist" may be anyone.
 */
export const namesakeAppositionCallings = [
  'director',
  'film director',
  'filmmaker',
  'chemist',
  'biochemist',
  'statistician',
  'economist',
  'poet',
  'novelist',
  'composer',
  'actor',
  'painter',
  'footballer',
  'regisseur',
  'filmregisseur',
  'dichter',
  'lyriker',
  'chemiker',
  'biochemiker',
  'statistiker',
  'ökonom',
  'schauspieler',
  'maler',
  'fußballer',
  // Round 72: music's, "not Altman the orchestral arranger we had on in episode 12".
  'arranger',
  'conductor',
  'musician',
  'arrangeur',
  'dirigent',
  'musiker',
] as const;
export const ourAppositionCallings = [
  'computer scientist',
  'ai researcher',
  'chief scientist',
  'openai ceo',
  'openai co-founder',
  'informatiker',
  'ki-forscher',
  'chefwissenschaftler',
  'openai-chef',
  'openai-mitgründer',
] as const;

/**
 * Callings of namesakes in other walks of life, named by an indefinite noun before their surname: "a Dutch footballer
 * called Leike", „einen Politiker namens Pachocki“ (round 21). No calling of our people's world: "a researcher named
 * Leike" may be ours.
 */
export const namesakeCallings = [
  'politician',
  'politiker',
  'footballer',
  'fußballer',
  'fussballer',
  'player',
  'spieler',
  'athlete',
  'sportler',
  'actor',
  'actress',
  'schauspieler',
  'singer',
  'sänger',
  'musician',
  'musiker',
  'rapper',
  'painter',
  'maler',
  'poet',
  'dichter',
  'sculptor',
  'bildhauer',
  'filmmaker',
  'regisseur',
  'novelist',
  'comedian',
  'komiker',
  // Round 55: a local historian, as a disambiguation sets him apart: „Jan Leike (Heimatforscher, 1911–1987)“.
  'heimatforscher',
  'local historian',
  // Round 57: a schoolteacher, as a namesake signs his letter, "Jan Leike (the schoolteacher), Oldenburg"; a sport,
  // as a disambiguation's hatnote gives it, "For the handball player, see Jan Leike (handball)".
  'teacher',
  'lehrer',
  'handball',
  // Round 68: a local radio's presenter and a club's goalkeeper, „den Radiomoderator Jan Leike aus Kassel“.
  'moderator',
  'moderatorin',
  'radiomoderator',
  'radiomoderatorin',
  'torwart',
  'goalkeeper',
  // Round 70: a rower, as a disambiguation's list gives him, "* Jan Leike (rower), German rower born 1961".
  'rower',
  'ruderer',
  'rowing',
  // Round 74: other sports' athletes, "a Dutch cyclist named Leike", „ein Läufer namens Altman“.
  'cyclist',
  'radfahrer',
  'radrennfahrer',
  'runner',
  'läufer',
  'swimmer',
  'schwimmer',
  'boxer',
  // Round 77: a canoeist, as a disambiguation's list sets him apart: „Jan Leike (Kanute)“.
  'kanute',
  'kanutin',
  'canoeist',
] as const;

/**
 * What a text-processing tool handles, before a quoted name that is then the string it handles: 'mentions of
 * "Altman"', „Erwähnungen von „Leike““, 'disambiguate "Altman"' (round 21); a search's results or hits for it, a rule
 * for it, and after it a count of them („„Leike“ 14 Treffer“; round 48).
 */
export const textUnitNouns = [
  'mentions',
  'occurrences',
  'instances',
  'results',
  'hits',
  'treffer',
  'ergebnisse',
  'rule',
  'regel',
  'token',
  'tokens',
  'entity',
  'entities',
  'erwähnungen',
  'nennungen',
  'vorkommen',
] as const;
/**
 * Verbs of a string that finds text, after the quoted surname as its subject: '"Altman" also hits Robert Altman film
 * reviews', „„Leike“ trifft auch den Tischler“ (round 44). A name that hits or matches is a string. Lower case.
 */
export const matchingVerbs = [
  'hits',
  'matches',
  'catches',
  'contains',
  'trifft',
  'matcht',
  'erwischt',
  'findet',
  'enthält',
  // Round 72: or brings up a search's results: '"Leike" alone gets you a garden centre', „„Altman“ liefert vor allem
  // Filmkritiken“.
  'gets you',
  'gives you',
  'brings up',
  'pulls up',
  'turns up',
  'liefert',
  // Round 74: or marks text as a highlighter does: '"Altman" alone still lights up the hardware ads'.
  'lights up',
  'highlights',
] as const;

/**
 * Stems of a function's name that says it matches text (round 68): its quoted argument is the string looked for,
 * `name_contains("Leike")`, `highlight('Pachocki')`, `enthaelt("Altman")`. Not a function that maps a name to a person
 * (`normalise`, `lookup`), whose output is his. Lower case; read anywhere in the name.
 */
export const matchingCallStems = [
  'match',
  'contain',
  'highlight',
  'search',
  'filter',
  'grep',
  'regex',
  'markier',
  'such',
  'enthaelt',
  'enthält',
] as const;

export const textHandlingVerbs = [
  'flags',
  'rewrites',
  'disambiguate',
  'disambiguating',
  'disambiguieren',
  'tokenize',
  'tokenise',
  'normalize',
  'normalise',
  'resolve',
  'link',
  'links',
  'linking',
  'verlinken',
  'zuordnen',
  'auflösen',
] as const;
/**
 * Kinds of thing that a house names with a lower-case word after the kind (round 27): a machine, a room, a channel, a
 * project, a pet ("GPU-Cluster „sutskever“", "the compute node pachocki", „Besprechungsraum leike“, "channel #altman").
 * Also the last part of a German compound („Testserver“, „Rechencluster“).
 */
export const namedKindNouns = [
  'cluster',
  'server',
  'host',
  'hostname',
  'node',
  'knoten',
  'machine',
  'maschine',
  'rechner',
  'workstation',
  'instance',
  'instanz',
  'partition',
  'queue',
  'warteschlange',
  'vm',
  'container',
  'bucket',
  'repo',
  'repository',
  'branch',
  'channel',
  'kanal',
  'raum',
  'room',
  'saal',
  'printer',
  'drucker',
  'codename',
  'deckname',
  'bot',
  'roboter',
  'robot',
  'drone',
  'drohne',
  'wlan',
  'ssid',
  'hund',
  'dog',
  'katze',
  'cat',
  'pferd',
  'horse',
] as const;

/**
 * Words a hashtag glues before a surname to cheer for the one who bears it, not another first name: "#TeamLeike",
 * "#ProAltman", "#FreeSutskever" (round 74). Capitalised, as the hashtag writes them before the surname.
 */
export const hashtagCheers = ['Team', 'Pro', 'Free', 'Save', 'Thanks', 'Danke', 'Welcome', 'Go'] as const;

/**
 * What an analytics note measures of a hashtag: its reach, views or clicks („Hashtag #sutskever hatte die beste
 * Reichweite“, "#altman, with 9,400 impressions", round 27). Not posts: „unter #Altman sammelten sich Tausende
 * Beiträge“ and "#Pachocki — 9k posts" report the story's talk, and their authors mark the tag.
 */
export const hashtagMetricWords = [
  'reach',
  'reached',
  'impressions',
  'views',
  'accounts',
  'engagement',
  'clicks',
  'reichweite',
  'aufrufe',
  'konten',
  'klicks',
  'interaktionen',
  'impressionen',
] as const;

/**
 * Things named after someone, as the capitalised last word of their name after a surname: a game's "Pachocki
 * Station" and "Leike's Field Kit", a town's "Altman Bridge", „Leike-Pokal“ written apart (round 21). A model's code
 * after a surname ("Altman M7") names a product too (names-as-words.ts).
 */
export const namedThingNouns = [
  'Station',
  'Kit',
  'Rifle',
  'Pistol',
  'Blade',
  'Sword',
  'Shield',
  'Armor',
  'Armour',
  'Outpost',
  'Base',
  'Tower',
  'Hall',
  'Bridge',
  'Street',
  'Avenue',
  'Square',
  'Park',
  'Award',
  'Prize',
  'Medal',
  'Trophy',
  'Cup',
  'Building',
  'Crater',
  'Glacier',
  'Island',
  'Straße',
  'Brücke',
  'Halle',
  'Turm',
  'Pokal',
  'Medaille',
  'Gewehr',
] as const;

/** Words that grade a quiz's answer: 'your "Altman" for question 7 was accepted' (round 21). */
export const gradingWords = [
  'accept',
  'accepted',
  'count',
  'counts',
  'counted',
  'correct',
  'point',
  'points',
  'took',
  'allowed',
  'richtig',
  'zählt',
  'gilt',
  'punkt',
  'punkte',
  'reicht',
  'akzeptiert',
  'gewertet',
  'anerkannt',
] as const;

export const namesakeNouns = ['namensvetter', 'namesake', 'gleichnamigen', 'gleichnamig'] as const;

/**
 * What a lone surname is known as, when a writer knows it only so: "Pachocki kenne ich nur als Bäckerei", "Pachocki I
 * only know as a bakery" (round 17): the words of knowing after the surname, before "als" or "as". Lower case.
 */
export const knownAsWords = ['kenne ich', 'kennt man', 'know', 'i know', 'i only know'] as const;

/**
 * The ages and birth years our people can be given (round 23): all four were born in the 1980s or after (Sam Altman,
 * the eldest, in 1985), and the pages read are of the 2010s and 2020s; minors they are not. An age or a birth year
 * outside these, given right with a full name ("Jan Leike, 84, of Milwaukee passed away", "Sam Altman (1931–2019)"),
 * is someone else's, whatever the text says of AI.
 */
export const ourPeoplesLives = { youngestAge: 18, oldestAge: 45, bornNotBefore: 1980, bornNotAfter: 1995 } as const;

/**
 * Round 73: the birth years of ours that a source gives: Ilya Sutskever's, 1986 (the fact sheet, source G), and Sam
 * Altman's, 1985 (22 April 1985, Encyclopaedia Britannica's biography, britannica.com/biography/Sam-Altman, a reference
 * work: the fact sheet has no primary source for it); none of ours gives Jan Leike's or Jakub Pachocki's. With the years the pages read are of,
 * `pagesFrom` to `pagesTo`, they give the ages a report may give him after his full name, his own ("Sam Altman, 39,
 * answered with his mother"): born in `born`, he is `pagesFrom - born - 1` to `pagesTo - born` years old then.
 */
export const ourPeoplesBirthYears = {
  born: { sutskever: 1986, altman: 1985 } as Readonly<Record<string, number>>,
  pagesFrom: 2015,
  pagesTo: 2026,
} as const;

/**
 * Closing formulas of a letter or a message, before its signature (round 23): "Gruß, Leike", "Best regards,\nAltman".
 * Not thanks ("Thanks, Altman!" may address him). Lower case; a word may stand before them ("Viele Grüße", "Kind
 * regards").
 */
export const closingFormulas = [
  'gruß',
  'grüße',
  'grüßen',
  'gruss',
  'grüsse',
  'lg',
  'vg',
  'mfg',
  'regards',
  'cheers',
  'sincerely',
  'yours',
  'best',
] as const;

/**
 * Places of a livelihood a full name's bearer runs or owns, as a profile of a namesake introduces him: "Sam Altman
 * runs a hardware store", „Jan Leike betreibt einen Fahrradladen“ (round 27; `engine/rules/introduced-namesake.ts`).
 * Matched as a word's end, so that German compounds count („Fahrradladen“, „Dorfbäckerei“). Not a farm or a ranch,
 * which ours may own. Lower case.
 */
export const livelihoodNouns = [
  'store',
  'shop',
  'bakery',
  'diner',
  'garage',
  'salon',
  'pub',
  'café',
  'cafe',
  'restaurant',
  'deli',
  'laden',
  'geschäft',
  'bäckerei',
  'metzgerei',
  'werkstatt',
  'kneipe',
  'imbiss',
  'kiosk',
  'gaststätte',
  'praxis',
] as const;

/**
 * Words a text about a namesake uses for the one he is taken for, ours: "his namesake", „Namensvetter“, "the other
 * fella", „Verwechslung“, "no relation" (round 27). A document that introduces a namesake and has none of them is no
 * profile of a namesake. Lower case; matched at a word's start, so that "confus" is "confused" and "confusion".
 */
export const confusionWords = [
  'namesake',
  'namensvetter',
  'the other one',
  'the other fella',
  'the other guy',
  'the other sam',
  'the other jan',
  'the other ilya',
  'the other jakub',
  'falscher',
  'wrong one',
  'verwechsel',
  'verwechslung',
  'mix-up',
  'mixed up',
  'mix me up',
  'confus',
  ...unrelatedPhrases,
] as const;

/**
 * People of a writer's own life, named after an indefinite article and "called" or "named": "a neighbour called
 * Leike", "a landlord named Sutskever" (round 27; `engine/rules/indefinitely-named.ts`); kin are in `kinshipWords`.
 * Not a colleague or a researcher, who may be ours. Lower case.
 */
export const acquaintanceNouns = [
  'neighbour',
  'neighbor',
  'friend',
  'classmate',
  'schoolmate',
  'teacher',
  'landlord',
  'landlady',
  'tenant',
  'coach',
  'coworker',
  'co-worker',
  'roommate',
  'flatmate',
  'nachbar',
  'nachbarin',
  'vermieter',
  'vermieterin',
  'lehrer',
  'lehrerin',
] as const;

/**
 * Adverbs a writer may set between a naming verb and the name it gives one of his own world: „Mein Nachbar heißt
 * tatsächlich Altman“, "my landlord is actually called Leike" (round 50). Lower case.
 */
export const namingAdverbs = ['tatsächlich', 'wirklich', 'übrigens', 'zufällig', 'actually', 'really'] as const;

/**
 * Words for no one, who bears a name said after a naming verb: "Neither is called Leike", „Keiner heißt Altman“ (round
 * 72). The name nobody bears is a word, not one of our people. Lower case.
 */
export const unnamedBearerWords = [
  'neither',
  'none',
  'nobody',
  'no one',
  'niemand',
  'keiner',
  'keine',
  'keins',
] as const;

/**
 * Words of hearing a name before a quoted respelling in its sentence: „Im Radio hört man „Suzkewer““, "I keep hearing
 * "Sutskeever"" (round 27). The quoted word spells a sound someone made, as `soundWords` do: no misspelling used as
 * the name (the marking rules: a sound guessed or heard is not marked). Only for quoted near-spellings, in
 * `engine/rules/misspellings.ts`. Lower case.
 */
export const hearingWords = ['hear', 'hears', 'heard', 'hearing', 'höre', 'hört', 'hören', 'gehört'] as const;

/**
 * Words of someone saying a name, before a quoted respelling where the name as written stands earlier in the sentence:
 * „bei Sutskever sagt sie immer „Sutzkewer““, 'for Pachocki he says "Pachotski"' (round 27): the sound of the written
 * name. Without it, someone calls him so („der Kollege sagt „Sutzkewer““, "the article says …"): a name used, marked.
 * Lower case.
 */
export const sayingWords = ['says', 'say', 'said', 'sagt', 'sagen', 'sage', 'sagte'] as const;

/**
 * Round 72: pieces of writing that "say" what they read: before a word of saying, the quoted respelling is what the
 * text has, not a sound ('the headline has "Pachocki" but the caption says "Pachoki"', „die Bildunterschrift sagt
 * „Sutzkewer““). Matched as a word's end, so that compounds count („Bildunterschrift“, "alt text"). Lower case.
 */
export const writingNouns = [
  'text',
  'caption',
  'draft',
  'headline',
  'article',
  'page',
  'post',
  'tweet',
  'label',
  'entry',
  'byline',
  'subtitle',
  'subtitles',
  'transcript',
  'document',
  'schrift',
  'artikel',
  'entwurf',
  'schild',
  'beitrag',
  'seite',
  'meldung',
  'zeile',
  'eintrag',
  'untertitel',
  'protokoll',
] as const;

/**
 * Common surnames a surname is likened to, as a word of its country: "Pachocki is like Smith there", „Leike ist bei uns
 * wie Müller“ (round 27; `engine/rules/name-entries.ts`). Lower case.
 */
export const commonSurnames = [
  'müller',
  'mueller',
  'meyer',
  'meier',
  'maier',
  'mayer',
  'schmidt',
  'schneider',
  'fischer',
  'smith',
  'jones',
  'brown',
  'johnson',
  'williams',
  'kowalski',
  'nowak',
  'ivanov',
  'cohen',
] as const;

/**
 * Words of a bearer's pride or kinship in a surname, between the article and the surname he says he bears: "As a proud
 * Altman", "a fellow Pachocki", „eine echte Leike“ (round 53). Lower case.
 */
export const bearerPrideWords = ['proud', 'fellow', 'true', 'real', 'stolze', 'stolzer', 'echte', 'echter'] as const;

/**
 * Lower-case words that may follow a bearer after "a" („a Pachocki too“, "an Altman before she married", „eine Pachocki
 * aus Łódź“): they go with the bearer, not a noun the surname qualifies ("a Pachocki problem"). Round 74: a conjunction
 * that goes on with a clause of its own, "also a Pachocki and he works in logistics". Lower case.
 */
export const bearerFollowers = [
  'too',
  'also',
  'as',
  'before',
  'by',
  'from',
  'through',
  'on',
  'in',
  'at',
  'myself',
  'herself',
  'himself',
  'auch',
  'aus',
  'von',
  'vor',
  'selbst',
  'and',
  'but',
  'und',
  'aber',
] as const;

/**
 * Round 70: words by which a writer says whom a surname stands for, between it and a first name: '"Altman" there is
 * Sam', „Leike“ ist hier Jan, "Pachocki means Jakub". Lower case; and the words of place that may stand before or after
 * them ("there", „hier“).
 */
export const standsForWords = ['is', 'means', 'ist', 'meint', 'heißt'] as const;
export const standsForPlaceWords = ['here', 'there', 'hier', 'da', 'dort'] as const;

/**
 * Round 72: what a quoted surname lacks when it is taken as the bare form a tool or a count meets, right after it: „Bei
 * „Altman“ ohne Vornamen zählen wir …“, 'for "Leike" without a first name'. Lower case.
 */
export const withoutFirstNamePhrases = [
  'ohne vornamen',
  'ohne vorname',
  'ohne den vornamen',
  'without a first name',
  'without the first name',
  'without first name',
  'without his first name',
] as const;
