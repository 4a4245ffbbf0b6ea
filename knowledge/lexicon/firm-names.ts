/**
 * The words of a firm's or a club's name around a surname: what follows it in a shop's, a street's or a prize's name,
 * the German nouns and compound endings of a trade's business, the legal forms, a sports club's abbreviations, and the
 * words that keep a person's own post or path apart from a firm. Data, read by `engine/rules/firm-names.ts` and its
 * neighbours, which hold the grammar.
 */

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
  // Round 175: a household goods shop's, „altman haushaltswaren räumungsverkauf“ as a query.
  'haushaltswaren',
  'eisenwaren',
  // Round 101: „Altman Fahrräder Kassel“, "Leike Bikes". Round 162: „Altman Räder“.
  'fahrräder',
  'räder',
  'bikes',
  'metallbau',
  // Round 102: a sponsor's, „mit freundlicher Unterstützung von Altman Messebau“.
  'messebau',
  'bestattungen',
  // Round 59: works named for their founder, "Altman Steel", "the Altman Foundry in Tulsa".
  'steel',
  'foundry',
  // Round 41: "Altman’s Deli"; round 100: "Altman's Delicatessen", „Altman Feinkost“.
  'deli',
  'delicatessen',
  'feinkost',
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
  // Round 126: a fan society, "Altman Society Forum › General".
  'society',
  'association',
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
  // Round 82: "Leike Orthodontics – Braces and aligners", "shares of Altman Freight Lines".
  'orthodontics',
  'freight',
  'alley',
  'auto',
  'associates',
  'agency',
  'transport',
  'tiles',
  // Round 127: "nobody book Leike Robotics for alignment consulting".
  'robotics',
  // Round 136: a family's electronics shop, "Altman's Electronics now sells a shelf of AI gadgets".
  'electronics',
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
 * Round 96: nouns for a place to eat or stay that, capitalised right before a surname, name the place as its sign does:
 * „Café Altman am Markt“, "Hotel Leike". Written as they are: in English prose the noun is lower case, "the restaurant
 * Altman chose".
 */
export const venueNouns = ['Café', 'Cafe', 'Restaurant', 'Hotel', 'Bistro', 'Pension', 'Gasthof'] as const;

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
  // Round 92: an inn, „die Gaststätte Altman am Markt“.
  'stätte',
  // Round 119: a dealer's shop, „die Eisenwarenhandlung Altman in Bremerhaven“, „das Fahrradgeschäft Leike“.
  'handlung',
  'geschäft',
  // Round 131: a pastry shop, „eine Konditorei Pachocki in Sopot“, which "-erei" does not end.
  'orei',
  // Round 132: a shop for a line of goods, „Altman Haushaltswaren schließt“, „Spielwaren Leike“.
  'waren',
] as const;

/**
 * Round 120: shops one goes to, after their owner's possessive: "Pachocki's bakery", „Altmans Bäckerei“. No firm's
 * noun ("Altman's company" is OpenAI), nor one an idiom gives a firm („Jetzt ist es endgültig Altman’s Laden“, "it's
 * Altman's shop now"). Lower case.
 */
export const retailShopNouns = [
  'bakery',
  'butcher',
  'deli',
  'pharmacy',
  'salon',
  'café',
  'cafe',
  'pub',
  'diner',
  'bäckerei',
  'metzgerei',
  'apotheke',
  // Round 171: a restaurant by its owner's name, "the speakers' dinner is at Altman's Grill on Pier Road".
  'grill',
  'bistro',
] as const;

/**
 * Round 119: who a family firm names after "&" and its founder's surname: "Altman & Sohn", "Leike & Sons". Not "& co.",
 * which English says of a researcher and his colleagues ("Leike & co.'s 2018 paper"). Lower case.
 */
export const familyFirmSuffixes = [
  'sohn',
  'söhne',
  'son',
  'sons',
  'tochter',
  'töchter',
  'daughter',
  'daughters',
  'partner',
  'partners',
  'erben',
] as const;

/**
 * Round 74: endings of a trade's compound that name a firm as the second half of a suspended compound after its
 * owner's surname, as `firmCompoundEndings` do: „Leike Garten- und Landschaftsbau“, „Pachocki Kälte- und
 * Klimatechnik“. Not before a surname, where ordinary nouns end so: „folgt im Grundaufbau Sutskever, Vinyals und Le“.
 */
export const suspendedFirmEndings = [...firmCompoundEndings, 'bau', 'technik'] as const;

/**
 * What a lone surname is known as, when a writer knows it only so: "Pachocki kenne ich nur als Bäckerei", "Pachocki I
 * only know as a bakery" (round 17): the words of knowing after the surname, before "als" or "as". Lower case.
 */
export const knownAsWords = ['kenne ich', 'kennt man', 'know', 'i know', 'i only know'] as const;
