/**
 * Words that make a lone surname credible when they stand near it: the story happens at OpenAI, in AI.
 * Matched case-insensitively as whole words; a genitive or plural "s" may follow ("OpenAIs", "LLMs").
 */
export const contextTerms = [
  // English and German
  'OpenAI', 'ChatGPT', 'GPT', 'GPT-4', 'GPT-4o', 'KI', 'AI', 'A.I.', 'AGI', 'LLM', 'künstliche Intelligenz',
  'künstlichen Intelligenz', 'artificial intelligence', 'Superalignment', 'Alignment', 'Anthropic', 'DeepMind', 'Sora',
  'chief scientist', 'Chefwissenschaftler', 'Safe Superintelligence', 'superintelligence', 'Superintelligenz', 'Microsoft',
  'Y Combinator', 'Sprachmodell', 'language model', 'Chatbot', 'machine learning', 'maschinelles Lernen',
  'maschinellen Lernens', 'deep learning', 'neural network', 'neuronale Netze', 'neuronalen Netzen',
  // Russian
  'ИИ', 'искусственный интеллект', 'искусственного интеллекта', 'нейросеть', 'нейросети', 'нейросетей',
  // Hebrew
  'בינה מלאכותית',
] as const;

/**
 * Capitalised words that may stand directly before a lone surname without being another first name
 * ("CEO Altman", "Als Altman", "Wenn Leike", "OpenAI-Chef Altman"). Any other capitalised word there is
 * taken for a first name, and the surname is refused ("Robert Altman"). Lower case; a word also counts
 * when it ends in one of `titleEndings` ("Konzernchef", "KI-Forscher").
 *
 * Closed-class words (articles, pronouns, conjunctions, prepositions, common adverbs and verbs of saying)
 * are here because they start sentences, and a sentence's first word is capitalised. Words that are also
 * first names ("Will", "May", "Mark", "Bill") are left out on purpose: there, refusing is the safe side.
 */
export const titleWords = [
  // English function words
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'for', 'as', 'if', 'when', 'whenever', 'while', 'whereas',
  'although', 'though', 'because', 'since', 'until', 'unless', 'after', 'before', 'once', 'where', 'whether', 'that',
  'which', 'who', 'whom', 'whose', 'what', 'why', 'how', 'than', 'like', 'unlike', 'with', 'without', 'about',
  'against', 'between', 'among', 'during', 'into', 'onto', 'upon', 'over', 'under', 'from', 'by', 'to', 'of', 'on',
  'at', 'in', 'per', 'via', 'versus', 'vs', 'also', 'even', 'only', 'just', 'still', 'now', 'then', 'today',
  'yesterday', 'tomorrow', 'meanwhile', 'however', 'moreover', 'instead', 'indeed', 'later', 'earlier', 'here',
  'there', 'both', 'either', 'neither', 'not', 'no', 'yes', 'this', 'these', 'those', 'his', 'her', 'their', 'our',
  'my', 'your', 'its', 'every', 'each', 'all', 'some', 'any', 'many', 'most', 'other', 'another', 'such', 'did',
  'does', 'do', 'has', 'had', 'have', 'is', 'was', 'were', 'are', 'says', 'said', 'asked', 'told', 'wrote', 'writes',
  'posted', 'replied', 'added', 'according', 'thanks', 'dear', 'hi', 'hello', 'hey',
  // English roles and titles
  'ceo', 'cto', 'cfo', 'coo', 'vp', 'boss', 'chief', 'chair', 'chairman', 'scientist', 'researcher', 'engineer',
  'founder', 'co-founder', 'cofounder', 'director', 'head', 'lead', 'co-lead', 'president', 'executive', 'investor',
  'member', 'colleague', 'successor', 'predecessor', 'spokesperson', 'rival', 'critic', 'billionaire', 'entrepreneur',
  'professor', 'prof', 'mr', 'mrs', 'ms', 'dr', 'sir', 'ex', 'former', 'anti', 'pro',
  // German function words
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
  'lässt', 'antwortete', 'fragte', 'warnte', 'dankte',
  // German roles and titles
  'chef', 'chefin', 'herr', 'herrn', 'frau', 'kollege', 'kollegin', 'gründer', 'gründerin', 'mitgründer',
  'mitbegründer', 'vorstand', 'forscher', 'forscherin', 'wissenschaftler', 'chefwissenschaftler', 'forschungsdirektor',
  'direktor', 'leiter', 'co-leiter', 'ex-chef', 'firmenchef', 'konzernchef', 'unternehmenschef', 'nachfolger',
  'nachfolgerin', 'vorgänger', 'vorgängerin', 'sprecher', 'sprecherin', 'kritiker', 'milliardär', 'unternehmer',
  'investor', 'manager', 'professor', 'ehemalige', 'ehemaliger', 'frühere', 'früherer',
  // Russian function words and titles
  'и', 'а', 'но', 'или', 'как', 'когда', 'если', 'что', 'чтобы', 'хотя', 'пока', 'после', 'до', 'по', 'для', 'с',
  'со', 'у', 'о', 'об', 'от', 'при', 'к', 'в', 'во', 'на', 'за', 'из', 'без', 'про', 'также', 'даже', 'уже',
  'теперь', 'сегодня', 'вчера', 'глава', 'гендиректор', 'директор', 'основатель', 'сооснователь', 'исследователь',
] as const;

/** Endings of compound role nouns ("Konzernchef", "KI-Forscherin", "Amtsnachfolger", "co-founder"). */
export const titleEndings = [
  'chef', 'chefin', 'gründer', 'gründerin', 'forscher', 'forscherin', 'wissenschaftler', 'wissenschaftlerin', 'leiter',
  'leiterin', 'direktor', 'direktorin', 'präsident', 'präsidentin', 'nachfolger', 'nachfolgerin', 'sprecher',
  'sprecherin', 'experte', 'expertin', 'founder', 'scientist', 'researcher', 'officer', 'director', 'president',
] as const;

/**
 * Words that, right after a lone surname, make it part of another name: a shop, a firm, a street or a
 * prize ("Altman Hardware", "Leike-Straße", "Altman-Stiftung"). Lower case.
 */
export const nameSuffixes = [
  // English
  'hardware', 'store', 'stores', 'shop', 'street', 'st', 'road', 'avenue', 'lane', 'bridge', 'square', 'park',
  'foundation', 'institute', 'center', 'centre', 'group', 'holdings', 'inc', 'llc', 'ltd', 'corp', 'company',
  'brothers', 'bros', 'family', 'prize', 'award', 'hall', 'building', 'school', 'gallery', 'theater', 'theatre',
  // German
  'gmbh', 'ag', 'kg', 'straße', 'strasse', 'str', 'weg', 'platz', 'allee', 'gasse', 'stiftung', 'preis', 'gruppe',
  'haus', 'schule', 'werke', 'verlag',
] as const;
