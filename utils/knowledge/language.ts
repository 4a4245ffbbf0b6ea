/**
 * Words that make a lone surname credible when they stand near it: the story happens at OpenAI, in AI.
 * Matched case-insensitively as whole words.
 */
export const contextTerms = [
  'OpenAI', 'ChatGPT', 'GPT', 'GPT-4', 'GPT-4o', 'KI', 'AI', 'A.I.', 'künstliche Intelligenz', 'künstlichen Intelligenz',
  'artificial intelligence', 'Superalignment', 'Alignment', 'Anthropic', 'DeepMind', 'Sora', 'chief scientist',
  'Chefwissenschaftler', 'Safe Superintelligence', 'superintelligence', 'Superintelligenz', 'Microsoft', 'Y Combinator',
  'Sprachmodell', 'language model', 'Chatbot',
] as const;

/**
 * Capitalised words that may stand directly before a lone surname without being another first name
 * ("CEO Altman", "Als Altman", "OpenAI-Chef Altman"). Any other capitalised word there is taken for a
 * first name, and the surname is refused ("Robert Altman"). Lower case; a word also counts when it ends
 * in one of `titleEndings` ("Konzernchef", "KI-Forscher").
 */
export const titleWords = [
  // English
  'ceo', 'cto', 'boss', 'chief', 'scientist', 'researcher', 'founder', 'co-founder', 'cofounder', 'director', 'head', 'lead',
  'mr', 'mr.', 'dr', 'dr.', 'said', 'says', 'when', 'after', 'before', 'while', 'but', 'and', 'as', 'if', 'then', 'why', 'how',
  'that', 'the', 'with', 'without', 'for', 'from', 'by', 'to', 'of', 'on', 'at', 'in', 'both', 'even', 'also', 'meanwhile',
  'according', 'colleague', 'openai', 'president', 'executive', 'investor', 'member', 'ex',
  // German
  'chef', 'herr', 'als', 'auch', 'doch', 'dass', 'denn', 'weil', 'wie', 'wo', 'ob', 'und', 'aber', 'oder', 'sondern', 'nachdem',
  'bevor', 'während', 'laut', 'mit', 'ohne', 'für', 'gegen', 'von', 'vom', 'bei', 'nach', 'seit', 'zu', 'zum', 'zur', 'über',
  'dem', 'den', 'der', 'die', 'das', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'ihn', 'dann', 'so', 'nun', 'jetzt',
  'heute', 'gestern', 'selbst', 'sogar', 'kollege', 'kollegin', 'gründer', 'mitgründer', 'mitbegründer', 'vorstand',
  'forscher', 'wissenschaftler', 'chefwissenschaftler', 'forschungsdirektor', 'direktor', 'leiter', 'co-leiter', 'ex-chef',
  'firmenchef', 'konzernchef', 'unternehmenschef', 'sagte', 'sagt', 'schrieb', 'schreibt', 'erklärte', 'meinte', 'ließ',
] as const;

export const titleEndings = ['chef', 'gründer', 'forscher', 'wissenschaftler', 'leiter', 'direktor', 'founder', 'scientist', 'researcher'] as const;
