/**
 * Families and kin: the words that make a surname a family's name or several bearers, words for relatives and for the
 * writer's own family, a name borne by birth or marriage, a descendant's word, and the pride of one who bears a
 * surname. The words are data; the rules in `engine/rules/` (families, relatives, own surnames) hold the grammar that
 * reads them.
 */

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
  // Round 136: a family's every member, „alle Pachockis kämen aus demselben Dorf“.
  'alle',
  // Round 137: bearers told apart, "Please learn the difference between Altmans".
  'between',
  'zwischen',
  'mehrere',
  'viele',
  // Round 152: after an article, „Folge 31: Die vielen Altmans“.
  'vielen',
  // Round 151: a few of them, „ein paar Altmans haben es verdient, nicht im Rauschen … unterzugehen“, "a few Leikes".
  'ein paar',
  'einige',
  'a few',
  'some',
  // Round 143: a lot of bearers, "Poland has a lot of Pachockis".
  'a lot of',
  'lots of',
  'plenty of',
  // Round 84: a family speaking of itself, „Wir Altmans bleiben, was wir sind“, "we Leikes".
  'wir',
  'we',
  // Round 46: a comparison's count, "more Leikes there than you would think".
  'more',
  'fewer',
  // Round 68: "not related to any Leikes".
  'any',
  // Round 155: asked which of them, „eine Liste, welche Altmans es sonst noch gibt“, "which Leikes".
  'welche',
  'which',
  // Round 108: a family's own, „Unsere Pachockis waren Bergleute und Schneider“, "our Altmans came from Kovno".
  'our',
  'unsere',
  'unseren',
  // Round 107: the bearers a tool or a page holds, "if it could tell its Altmans apart". English only: German's „ihr
  // Altmans“ is a genitive's.
  'its',
  'their',
  'mehr',
  'weniger',
  // Round 130: bearers pointed at or mixed up, "we are not those Pachockis", "people confusing Altmans". English only:
  // German's „diese“ may stand before a genitive.
  'those',
  'these',
  'confusing',
] as const;

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
  // Round 92: a genealogist's lines of descent, "Any Leike lines in Sheboygan?", „Altman-Vorfahren“.
  'lines',
  'ancestors',
  'descendants',
  'vorfahren',
  'nachkommen',
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
 * Round 149: what a writer calls his own parents and grandparents by, as names without "my": their possessive places
 * a bearer in the writer's own world, "Jan Leike from Mum's village choir", „der Leike aus Omas Kirchenchor“. Lower
 * case.
 */
export const ownKinNames = [
  'mum',
  'mom',
  'mummy',
  'mommy',
  'dad',
  'daddy',
  'mama',
  'papa',
  'grandma',
  'grandpa',
  'granny',
  'nana',
  'oma',
  'opa',
  'mutti',
  'vati',
] as const;

/**
 * Round 78: a grandparent's word right before a full name, as a family writes it: „Opa Sam Altman“, "Grandpa Jan
 * Leike", „Urgroßvater Jakub Pachocki“. All four of ours were born in the 1980s or after, and none is a grandparent;
 * `engine/rules/ordinary-person-signs.ts` reads the name as a namesake's. Lower case.
 */
export const grandparentWords = [
  'opa',
  'oma',
  'uropa',
  'uroma',
  'großvater',
  'großmutter',
  'urgroßvater',
  'urgroßmutter',
  'grandpa',
  'grandma',
  'granddad',
  'grandad',
  'grandfather',
  'grandmother',
  'great-grandfather',
  'great-grandmother',
] as const;

/**
 * Round 93: the words of `kinshipWords` for a woman. Right before a full name of ours they name someone else, as our
 * four are men: "now run by his granddaughter, Sam Altman". Lower case.
 */
export const femaleKinshipWords = [
  'sister',
  'mother',
  'mom',
  'daughter',
  'wife',
  'aunt',
  'niece',
  'grandmother',
  'grandma',
  'granddaughter',
  'sister-in-law',
  // Round 115: the other in-laws, „Meine Schwiegermutter heißt Leike“.
  'mother-in-law',
  'daughter-in-law',
  'schwiegermutter',
  'schwiegertochter',
  'schwester',
  'mutter',
  'tochter',
  'ehefrau',
  'cousine',
  'tante',
  'nichte',
  'großmutter',
  'oma',
  'enkelin',
  'schwägerin',
] as const;

/**
 * Words for relatives. A namesake introduced by one ("his sister Annie Altman", "Bruder Jack Altman") is
 * our person's family: the text is about our person, and the namesake takes no lone surname beyond its
 * own sentence. Lower case.
 */
export const kinshipWords = [
  ...femaleKinshipWords,
  'brother',
  'father',
  'dad',
  'son',
  'husband',
  'cousin',
  'uncle',
  'nephew',
  'siblings',
  'brothers',
  'sisters',
  'parents',
  'grandfather',
  'grandpa',
  'bruder',
  'vater',
  'sohn',
  'ehemann',
  'onkel',
  'neffe',
  'geschwister',
  'eltern',
  'großvater',
  'opa',
  'children',
  'grandchildren',
  'grandchild',
  'grandson',
  'kinder',
  'enkel',
  'enkelkinder',
  'geschwistern',
  'schwestern',
  'brüder',
  // Round 70: in-laws, „Mein Schwager heißt Jan Leike“.
  'schwager',
  'brother-in-law',
  // Round 115: „Mein Schwiegervater heißt Altman, mit einem n“.
  'schwiegervater',
  'schwiegersohn',
  'father-in-law',
  'son-in-law',
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
 * Round 157: an uncle's or an aunt's word as a family calls them by it before their name, "Uncle Jakub Pachocki (Dad's
 * brother)", „Tante Margit Leike“. No text about our people calls one of them so. Lower case, without "great-" or
 * „Groß-“.
 */
export const collateralTitles = ['uncle', 'aunt', 'auntie', 'onkel', 'tante'] as const;

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
 * Words of a bearer's pride or kinship in a surname, between the article and the surname he says he bears: "As a proud
 * Altman", "a fellow Pachocki", „eine echte Leike“ (round 53). Lower case.
 */
export const bearerPrideWords = ['proud', 'fellow', 'true', 'real', 'stolze', 'stolzer', 'echte', 'echter'] as const;

/**
 * Words for the bearers of a name that the public knows, after "no" or „kein“: "no famous Leike", „keinen bekannten
 * Altman“ (round 105). Lower case, as written.
 */
export const famedWords = [
  'famous',
  'well-known',
  'known',
  'notable',
  'prominent',
  'berühmten',
  'berühmter',
  'bekannten',
  'bekannter',
  'prominenten',
  'prominenter',
] as const;

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
  // Round 92: where the bearer is, "has a Pachocki somewhere in the family".
  'somewhere',
  'there',
  'here',
  'irgendwo',
  // Round 105: the bearer set beside another, "no famous Leike apart from Jan Leike himself".
  'apart',
  'besides',
  'außer',
  // Round 108: how a bearer is known, "we don't know any Altman personally".
  'personally',
  'persönlich',
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
