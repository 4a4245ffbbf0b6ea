/**
 * A surname used as a word rather than a person: the word or title a noun calls it, a name given in christening, a word
 * glossed by its sense or said to be used for others, things and machines named after someone, a name said after a
 * naming verb, and whom a surname stands for. The words are data; `engine/rules/names-as-words.ts` and its neighbours
 * hold the grammar that reads them.
 */

/**
 * Round 49: the noun that calls the surname after it a word, after its definite article: "the word Leike", „das Wort
 * Pachocki“. Singular only, as the pattern always read it. One word each. Lower case.
 */
export const wordNouns = ['word', 'wort'] as const;

/**
 * Round 145: the same noun in the plural, after its article and before a quoted list of words: „die Wörter „Sutskever“,
 * „Sutzkever“ und „Leike““. Lower case.
 */
export const wordPluralNouns = ['words', 'wörter'] as const;

/**
 * Round 80: languages whose word a quoted name is said to be, "that's just Polish for "herself"", „ist Jiddisch für“.
 * One word each. Lower case.
 */
export const languageNames = [
  'polish',
  'german',
  'yiddish',
  'hebrew',
  'russian',
  'english',
  'latin',
  'ukrainian',
  'polnisch',
  'deutsch',
  'jiddisch',
  'hebräisch',
  'russisch',
  'englisch',
  'ukrainisch',
] as const;

/**
 * Round 71: a title's noun, after its definite article, that sets the name ending its phrase in apposition: "articles
 * associated with the title Altman.", „unter dem Titel Leike.“. Singular only, as the pattern always read it. One word each. Lower case.
 */
export const titleNouns = ['title', 'titel'] as const;

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
 * Round 70: words by which a writer says whom a surname stands for, between it and a first name: '"Altman" there is
 * Sam', „Leike“ ist hier Jan, "Pachocki means Jakub". Lower case; and the words of place that may stand before or after
 * them ("there", „hier“).
 */
export const standsForWords = ['is', 'means', 'ist', 'meint', 'heißt'] as const;
export const standsForPlaceWords = ['here', 'there', 'hier', 'da', 'dort'] as const;
