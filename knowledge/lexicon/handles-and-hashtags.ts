/**
 * The words around a handle written without its "@" and around a hashtag: the English and German prose that makes
 * "sama" our person's handle, the Polish that makes it a word, prefixes and fan accounts, a hashtag's cheers and its
 * metrics. The words are data; the rules in `engine/rules/` (bare handles, glued names, names as words) hold the
 * grammar that reads them.
 */

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
  // Round 88: „firma sama nic nie mówi“, "the company itself (firma sama)".
  'nic',
  'firma',
  // Round 91: "ona sama nie wie" (she herself doesn't know).
  'ona',
  // Round 100: "Ja sama bym tak chciała" (I would like that myself).
  'bym',
  'tak',
  // Round 113: "sama prawda" (the plain truth).
  'prawda',
  // Round 175: a newsroom's own admission, „Redakcja sama przyznaje“, „redakcja sama to poprawi“, and surprise, „sama
  // zaskoczona“.
  'redakcja',
  'przyznaje',
  'poprawi',
  'zaskoczona',
  'zaskoczony',
] as const;

/**
 * Round 96: Indonesian and Malay words that "sama" goes with, read as `polishPlainWords` are: "bekerja sama" and
 * "kerja sama" (to work together), "sama saja" (all the same). Lower case.
 */
export const malayPlainWords = ['bekerja', 'kerja', 'saja'] as const;

/**
 * Round 90: the names of languages in which "sama" is a word, as a sentence names them right after it („„sama“ im
 * Polnischen“, '"sama" in Indonesian'): Polish ("alone"), Indonesian and Malay ("together"), Japanese (an honorific).
 */
export const samaLanguageNames = [
  'Polnisch',
  'Polnischen',
  'Polish',
  'Indonesisch',
  'Indonesischen',
  'Indonesian',
  'Malaiisch',
  'Malaiischen',
  'Malay',
  'Japanisch',
  'Japanischen',
  'Japanese',
] as const;

/**
 * English prefixes that a hyphen joins to a name: "the anti-sama", "pro-sama energy" (round 24). Lower case.
 */
export const englishPrefixes = ['anti', 'pro', 'ex', 'non', 'post', 'pre', 'un'] as const;

/**
 * Words right after a handle without its "@" that make it another account's display name: "sama fan account
 * @sama_fan". Round 107: or a longer handle spelt out aloud, "my handle is at sama underscore fan". Lower case.
 */
export const otherAccountWords = ['fan', 'fans', 'parody', 'stan', 'bot', 'underscore', 'unterstrich'] as const;

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
