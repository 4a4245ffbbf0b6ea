/**
 * The everyday trades, shops and livelihoods of ordinary people who share our surnames: a shop that "a … called" names,
 * what a related search adds to find a shop or a namesake's trade, the business a namesake runs. Our people have none
 * of them; the words are data, and the rules in `engine/rules/` hold the grammar that reads them.
 */

/**
 * English nouns for an everyday shop, where ordinary people work and shop: "a Chicago bakery called Pachocki's" (round
 * 43), "the hardware store of Altman closed early" (round 79, a sentence set in an ordinary world). Lower case.
 */
export const everydayShopNouns = [
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
  'clinic',
  'nursery',
  'pharmacy',
  // Round 73: a firm's name before its works, "the Leike Timber sawmill".
  'sawmill',
] as const;

/**
 * English nouns for a shop or a firm that "a … called" gives a surname as its name: "a diner named Altman's" (round
 * 43). A firm may be our people's too, so only the everyday shops set a sentence in an ordinary world. German writes
 * any noun so („eine Bäckerei namens“). Lower case.
 */
export const shopNouns = [...everydayShopNouns, 'firm', 'company', 'business', 'practice'] as const;

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
  // Round 83: a photographer's and a piano tuner's own sites, „Jakub Pachocki – Fotograf in Görlitz“, "Sam Altman Piano
  // Service".
  'fotograf',
  'fotografin',
  'fotografie',
  'photographer',
  'photography',
  'piano service',
  'piano tuner',
  'klavierstimmer',
  // Round 86: an organ builder's and a furniture maker's own sites, „Orgelbau Jan Leike“, "Sam Altman · Furniture &
  // Repairs".
  'orgelbau',
  'orgelbauer',
  'organ builder',
  'furniture',
  'möbelbau',
  'möbelwerkstatt',
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
  // Round 106: a disambiguation's trade, „Jakub Pachocki (Konditor)“.
  'konditor',
  'konditorin',
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
 * Round 130: the fields of a trade a firm's profile gives in brackets after its owner's name: "Sam Altman (plumbing &
 * heating, Leeds)", „Jan Leike (Sanitär und Heizung)“. Our people work in none. Lower case.
 */
export const tradeFields = [
  'plumbing',
  'heating',
  'roofing',
  'joinery',
  'carpentry',
  'plastering',
  'landscaping',
  'sanitär',
  'heizung',
  'dachdeckerei',
  'schreinerei',
  'tischlerei',
  'malerbetrieb',
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
