/**
 * The firms and products of the story, which say whose surname follows when they stand in its title or
 * affiliation ("OpenAI-Chef Altman", "Leike (Anthropic)"), where a general word like "KI" would fit anyone's.
 */
export const employerTerms = [
  'OpenAI', 'ChatGPT', 'GPT', 'GPT-4', 'GPT-4o', 'Superalignment', 'Anthropic', 'Y Combinator', 'Safe Superintelligence',
] as const;

/**
 * Words that make a lone surname credible when they stand near it: the story happens at OpenAI, in AI.
 * Matched case-insensitively as whole words; a genitive or plural "s" may follow ("OpenAIs", "LLMs").
 */
export const contextTerms = [
  ...employerTerms,
  // English and German
  'KI', 'AI', 'A.I.', 'AGI', 'LLM', 'künstliche Intelligenz',
  'künstlichen Intelligenz', 'artificial intelligence', 'Alignment', 'DeepMind', 'Sora', 'chief scientist',
  'Chefwissenschaftler', 'superintelligence', 'Superintelligenz', 'Microsoft', 'Sprachmodell', 'language model', 'Chatbot', 'machine learning', 'maschinelles Lernen',
  'maschinellen Lernens', 'deep learning', 'neural network', 'neuronale Netze', 'neuronalen Netzen', 'neuronales Netz',
  'Sprachmodelle', 'Sprachmodellen', 'Copilot', 'Nvidia', 'Worldcoin', 'Helion', 'Jony Ive',
  // Research: papers, venues, methods, and the surnames of the colleagues and co-authors the story names
  'et al.', 'arXiv', 'NeurIPS', 'NIPS', 'ICML', 'ICLR', 'preprint', 'seq2seq', 'sequence to sequence',
  'sequence-to-sequence', 'ImageNet', 'AlexNet', 'Transformer', 'RLHF', 'reinforcement learning', 'Google Brain',
  'co-author', 'coauthor', 'Koautor', 'Koautoren', 'Mitautor', 'Mitautoren', 'Hinton', 'Krizhevsky', 'Vinyals',
  'Zaremba', 'Karpathy', 'Bengio', 'LeCun', 'Goodfellow', 'Schulman', 'Brockman', 'Murati', 'Amodei', 'Radford',
  'Christiano', 'Hassabis', 'Nadella', 'Musk', 'Mikolov', 'Martens', 'Salakhutdinov', 'Srivastava', 'Hochreiter',
  'Schmidhuber', 'LSTM', 'RNN', 'word2vec', 'backpropagation', 'reward modeling', 'reward modelling',
  'scalable oversight', 'Dota', 'ICPC', 'TopCoder', 'Codeforces', 'Loopt', 'Oklo', 'YC',
  // Russian
  'ИИ', 'искусственный интеллект', 'искусственного интеллекта', 'нейросеть', 'нейросети', 'нейросетей',
  // Hebrew
  'בינה מלאכותית',
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
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'for', 'as', 'if', 'when', 'whenever', 'while', 'whereas',
  'although', 'though', 'because', 'since', 'until', 'unless', 'after', 'before', 'once', 'where', 'whether', 'that',
  'which', 'who', 'whom', 'whose', 'what', 'why', 'how', 'than', 'like', 'unlike', 'with', 'without', 'about',
  'against', 'between', 'among', 'during', 'into', 'onto', 'upon', 'over', 'under', 'from', 'by', 'to', 'of', 'on',
  'at', 'in', 'per', 'via', 'versus', 'vs', 'inside', 'behind', 'beyond', 'within', 'despite', 'amid', 'around',
  'also', 'even', 'only', 'just', 'still', 'now', 'then', 'today', 'yesterday', 'tomorrow', 'meanwhile', 'however',
  'moreover', 'instead', 'indeed', 'later', 'earlier', 'here', 'there', 'both', 'either', 'neither', 'not', 'no',
  'yes', 'this', 'these', 'those', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'every', 'each', 'all', 'some',
  'any', 'many', 'most', 'other', 'another', 'such', 'did', 'does', 'do', 'has', 'had', 'have', 'is', 'was', 'were',
  'are', 'says', 'said', 'asked', 'told', 'wrote', 'writes', 'posted', 'replied', 'added', 'according', 'thanks',
  'dear', 'hi', 'hello', 'hey', 'formerly', 'see', 'cf', 'lately', 'recently', 'currently', 'finally', 'eventually',
  'apparently', 'reportedly', 'allegedly', 'initially', 'originally', 'previously', 'ultimately', 'notably', 'perhaps',
  'maybe', 'again', 'already', 'soon', 'first', 'next', 'last', 'meet', 'ask', 'inside', 'ousts', 'ousted', 'fires',
  'fired', 'hires', 'hired', 'names', 'named', 'taps', 'backs', 'joins', 'leaves', 'quits', 'exits', 'returns',
  'reinstates', 'picks', 'appoints', 'promotes', 'replaces', 'slams', 'praises', 'warns', 'defends', 'welcomes',
  'meets', 'sues', 'quotes', 'succeeds', 'loses', 'keeps', 'lets', 'makes', 'asks', 'adds', 'notes', 'explains',
  'can', 'could', 'should', 'would', 'must', 'might', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'july', 'september', 'october', 'november', 'december',
  // German
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'und', 'oder', 'aber',
  'sondern', 'denn', 'doch', 'jedoch', 'als', 'wie', 'wenn', 'falls', 'obwohl', 'weil', 'da', 'dass', 'ob', 'ehe',
  'bevor', 'nachdem', 'während', 'seit', 'seitdem', 'sobald', 'solange', 'bis', 'damit', 'sodass', 'also', 'auch',
  'noch', 'schon', 'nur', 'erst', 'selbst', 'sogar', 'zwar', 'nun', 'jetzt', 'dann', 'heute', 'gestern', 'morgen',
  'später', 'zuvor', 'danach', 'inzwischen', 'mittlerweile', 'bereits', 'immer', 'nie', 'ja', 'nein', 'nicht', 'mit',
  'ohne', 'für', 'gegen', 'von', 'vom', 'bei', 'beim', 'nach', 'zu', 'zum', 'zur', 'über', 'unter', 'vor', 'hinter',
  'neben', 'zwischen', 'durch', 'um', 'an', 'am', 'auf', 'aus', 'im', 'ins', 'laut', 'gegenüber', 'trotz', 'wegen',
  'dank', 'statt', 'außer', 'ab', 'samt', 'wo', 'was', 'wer', 'wen', 'wem', 'warum', 'wieso', 'weshalb', 'wann',
  'dies', 'diese', 'dieser', 'dieses', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'ihr', 'ihre', 'ihrem', 'ihren',
  'ihrer', 'unser', 'unsere', 'ihn', 'ihm', 'man', 'hier', 'dort', 'hat', 'hatte', 'ist', 'war', 'wird', 'wurde',
  'sagte', 'sagt', 'schrieb', 'schreibt', 'erklärte', 'erklärt', 'meinte', 'meint', 'betonte', 'betont', 'ließ',
  'lässt', 'antwortete', 'fragte', 'warnte', 'dankte', 'ehemals', 'früher', 'siehe', 'vgl', 'zuletzt', 'kürzlich',
  'neulich', 'derzeit', 'aktuell', 'offenbar', 'angeblich', 'vermutlich', 'schließlich', 'zunächst', 'dennoch',
  'trotzdem', 'deshalb', 'daher', 'außerdem', 'zudem', 'allerdings', 'immerhin', 'vielleicht', 'eigentlich',
  'tatsächlich', 'plötzlich', 'endlich', 'wieder', 'damals', 'bisher', 'anschließend', 'dabei', 'kann', 'muss',
  'soll', 'darf', 'könnte', 'sollte', 'müsste', 'würde', 'wollte', 'geht', 'kommt', 'bleibt', 'kehrt', 'verlässt',
  'wechselt', 'übernimmt', 'tritt', 'warnt', 'fordert', 'kritisiert', 'lobt', 'verteidigt', 'entschuldigt', 'gibt',
  'holt', 'feuert', 'entlässt', 'spricht', 'antwortet', 'reagiert', 'schweigt', 'gründet', 'investiert', 'montag', 'dienstag', 'mittwoch', 'donnerstag',
  'freitag', 'samstag', 'sonntag', 'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
  // Russian
  'и', 'а', 'но', 'или', 'как', 'когда', 'если', 'что', 'чтобы', 'хотя', 'пока', 'после', 'до', 'по', 'для', 'с',
  'со', 'у', 'о', 'об', 'от', 'при', 'к', 'в', 'во', 'на', 'за', 'из', 'без', 'про', 'также', 'даже', 'уже',
  'теперь', 'сегодня', 'вчера',
] as const;

/**
 * Capitalised words that stand before a lone surname in dates and times without being a first name
 * ("18:30 Uhr Leike", "5:30am PT Sutskever"). Lower case.
 */
export const timeWords = [
  'uhr', 'h', 'am', 'pm', 'a.m.', 'p.m.', 'pt', 'pst', 'pdt', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'utc', 'gmt', 'bst',
  'cet', 'cest', 'mez', 'mesz',
] as const;

/**
 * Endings of nouns, which German capitalises: a word with one of these before a lone surname is a noun, not a
 * first name ("die Absetzung Altmans", "Kündigung Leikes"). Endings that first names share ("-nis" of Dennis,
 * "-ment" of Clement) are left out. Lower case.
 */
export const nounEndings = ['ung', 'heit', 'keit', 'schaft', 'tion', 'tät', 'ismus', 'ness', 'ship'] as const;

/**
 * Phrases that set a person apart from a namesake: after a surname they make it someone else's ("Pachocki ist
 * nicht verwandt", "S. Altman (no relation)"); before our person's full name they name our person only in
 * passing, in a text about someone else ("no relation to Sam Altman"). Lower case.
 */
export const unrelatedPhrases = [
  'no relation', 'not related', 'unrelated', 'nicht verwandt', 'nicht mit ihm verwandt', 'keine verwandtschaft',
] as const;

/**
 * Legal forms of firms. A surname, a capitalised word and one of these make a firm's name ("Altman Kältetechnik
 * GmbH"), and the surname with that word is the firm wherever the text names it again. As written.
 */
export const legalForms = ['GmbH', 'AG', 'KG', 'OHG', 'GbR', 'UG', 'e.K.', 'Inc', 'Ltd', 'LLC', 'LLP', 'Corp', 'PLC', 'plc'] as const;

/**
 * Words that, right after a surname, make it a family's name rather than one person's: "the Altman family",
 * "den Altman-Brüdern". Lower case, matched in any case.
 */
export const familyWords = [
  'family', 'brothers', 'bros', 'sisters', 'siblings', 'clan', 'familie', 'brüder', 'brüdern', 'schwestern', 'geschwister',
] as const;

/**
 * Words for relatives. A namesake introduced by one ("his sister Annie Altman", "Bruder Jack Altman") is
 * our person's family: the text is about our person, and the namesake takes no lone surname beyond its
 * own sentence. Lower case.
 */
export const kinshipWords = [
  'sister', 'brother', 'mother', 'father', 'mom', 'dad', 'son', 'daughter', 'wife', 'husband', 'cousin', 'uncle',
  'aunt', 'niece', 'nephew', 'siblings', 'parents', 'grandmother', 'grandfather', 'schwester', 'bruder', 'mutter',
  'vater', 'sohn', 'tochter', 'ehemann', 'ehefrau', 'cousine', 'onkel', 'tante', 'nichte', 'neffe', 'geschwister',
  'eltern', 'großmutter', 'großvater', 'geschwistern', 'schwestern', 'brüder',
] as const;

/**
 * Words that lead from a word for relatives to the relatives named: "three younger siblings, including Jack
 * Altman", "zwei Geschwister, darunter Annie Altman". Lower case.
 */
export const includingWords = ['including', 'namely', 'such as', 'among them', 'darunter', 'einschließlich', 'nämlich'] as const;

/**
 * Titles of women. Our four people are men, so a lone surname right after one of these, or after a female
 * role noun ending in "-in" ("Kursleiterin Leike", "Zahnärztin Pachocki"), is someone else's. Lower case.
 */
export const femaleTitles = ['frau', 'ms', 'mrs', 'miss', 'madame', 'mme'] as const;

/** Months that are also first names, and so not in `functionWords`: after a day ("17 May") they are dates. */
export const monthsLikeNames = ['April', 'May', 'June', 'August'] as const;

/**
 * Roles and titles, which name no one by themselves: "CEO Altman", "Chefwissenschaftler Pachocki". With an
 * employer from `contextTerms` before them ("OpenAI-Chef Altman", "OpenAI’s chief scientist Pachocki") they
 * say whose surname follows. Lower case; a word also counts when it ends in one of `titleEndings`.
 */
export const roleWords = [
  // English
  'ceo', 'cto', 'cfo', 'coo', 'vp', 'boss', 'chief', 'chair', 'chairman', 'scientist', 'researcher', 'engineer',
  'founder', 'co-founder', 'cofounder', 'director', 'head', 'lead', 'co-lead', 'president', 'executive', 'investor',
  'member', 'colleague', 'successor', 'predecessor', 'spokesperson', 'rival', 'critic', 'billionaire', 'entrepreneur',
  'professor', 'prof', 'mr', 'mrs', 'ms', 'dr', 'sir', 'ex', 'former', 'anti', 'pro', 'guest', 'guests', 'speaker',
  'author', 'pioneer', 'veteran', 'alum', 'alumnus', 'insider',
  // German
  'chef', 'chefin', 'herr', 'herrn', 'frau', 'kollege', 'kollegin', 'gründer', 'gründerin', 'mitgründer',
  'mitbegründer', 'vorstand', 'forscher', 'forscherin', 'wissenschaftler', 'chefwissenschaftler', 'forschungsdirektor',
  'direktor', 'leiter', 'co-leiter', 'ex-chef', 'firmenchef', 'konzernchef', 'unternehmenschef', 'nachfolger',
  'nachfolgerin', 'vorgänger', 'vorgängerin', 'sprecher', 'sprecherin', 'kritiker', 'milliardär', 'unternehmer',
  'investor', 'manager', 'professor', 'ehemalige', 'ehemaliger', 'frühere', 'früherer', 'gast', 'gäste', 'autor',
  'autorin', 'pionier', 'vordenker', 'erfinder', 'urgestein',
  // Russian
  'глава', 'гендиректор', 'директор', 'основатель', 'сооснователь', 'исследователь',
] as const;

/**
 * Words that may stand between a lone surname and its employer in an affiliation: "Altman (ehemals OpenAI)",
 * "Altman, CEO von OpenAI", "Leike, formerly of OpenAI". With `roleWords` and `titleEndings`. Lower case.
 */
export const affiliationWords = [
  'von', 'vom', 'bei', 'beim', 'der', 'des', 'of', 'at', 'from', 'the', 'früher', 'ehemals', 'formerly', 'jetzt', 'now',
] as const;

/** Endings of compound role nouns ("Konzernchef", "KI-Forscherin", "Amtsnachfolger", "co-founder"). */
export const titleEndings = [
  'chef', 'chefin', 'gründer', 'gründerin', 'forscher', 'forscherin', 'wissenschaftler', 'wissenschaftlerin', 'leiter',
  'leiterin', 'direktor', 'direktorin', 'präsident', 'präsidentin', 'nachfolger', 'nachfolgerin', 'sprecher',
  'sprecherin', 'experte', 'expertin', 'pionier', 'erfinder', 'entwickler', 'ingenieur', 'informatiker', 'physiker',
  'mathematiker', 'programmierer', 'berater', 'mitarbeiter', 'vordenker', 'star', 'ikone', 'legende', 'guru',
  'founder', 'scientist', 'researcher', 'officer', 'director', 'president', 'developer', 'engineer', 'programmer',
  'mathematician', 'physicist', 'prodigy', 'wunderkind', 'leader', 'executive', 'staffer', 'employee',
] as const;

/**
 * Words that, right after a lone surname, make it part of another name: a shop, a firm, a street, a prize
 * ("Altman Hardware", "Pachocki’s Bakery", "Pachocki & Sons", "Leike-Straße"). Lower case.
 */
export const nameSuffixes = [
  // English
  'hardware', 'store', 'stores', 'shop', 'street', 'st', 'road', 'avenue', 'lane', 'bridge', 'square', 'park',
  'foundation', 'institute', 'center', 'centre', 'group', 'holdings', 'inc', 'llc', 'ltd', 'corp', 'company',
  'prize', 'award', 'hall', 'building', 'school',
  'gallery', 'theater', 'theatre', 'bakery', 'cafe', 'café', 'restaurant', 'salon', 'garage', 'pharmacy', 'clinic',
  'sons', 'partners', 'plumbing', 'motors', 'law', 'realty',
  // German
  'gmbh', 'ag', 'kg', 'straße', 'strasse', 'str', 'weg', 'platz', 'allee', 'gasse', 'stiftung', 'preis', 'gruppe',
  'haus', 'schule', 'werke', 'verlag', 'bäckerei',
  'apotheke', 'praxis', 'klinik', 'söhne', 'partner', 'co',
] as const;
