/**
 * The worlds of ordinary people who share our surnames: the communities a name is placed in, a school's forms, the
 * people of a writer's own life, and the words of a club's, a league's, a parish's or a family's news and of family
 * history. A text of these worlds with no AI word names someone else; the words are data, and the rules in
 * `engine/rules/` (ordinary news, ordinary-person signs) hold the grammar that reads them.
 */

/**
 * Round 73: words before a school form's number in brackets after a pupil's name ("Jan Leike (Year 8)", „(Klasse
 * 9b)“). Lower case.
 */
export const schoolFormWords = ['year', 'grade', 'form', 'klasse', 'jahrgangsstufe'] as const;

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
  // Round 116: a town's council, where a namesake sits, „der Jan Leike, der bei uns im Stadtrat sitzt“.
  'stadtrat',
  'gemeinderat',
  'ortsrat',
  'council',
  // Round 123: a sports club's team, „Jan Leike aus der 3. Herren“.
  'mannschaft',
  'herren',
  'damen',
] as const;

/**
 * Round 102: the ends of German compounds for a local shop, a workshop or a club, after „vom“ or „aus dem“: „Herr Altman
 * vom Fahrradladen an der Ecke“, „der Leike aus dem Kirchenchor“. German joins the place's kind to the noun, so the
 * end is what is read. Lower case.
 */
export const localPlaceEndings = [
  // Round 129: an office's own department, where a colleague sits, „unser Jan Leike aus der Buchhaltung“.
  'buchhaltung',
  'poststelle',
  'laden',
  'geschäft',
  'bäckerei',
  'werkstatt',
  'kiosk',
  'chor',
  'verein',
  // Round 126: a town's council, „der Leike aus dem Freiburger Gemeinderat“.
  'gemeinderat',
  'stadtrat',
  'ortsrat',
  // Round 137: local politics itself, „nicht mit dem Leike aus der Lokalpolitik verwechseln“.
  'lokalpolitik',
  'kommunalpolitik',
  // Round 176: a town's quarter, „Ob Altman in San Francisco oder Altman in der Südstadt“.
  'stadt',
] as const;

/**
 * Round 138: how the names of sciences none of ours works in end, after German's „aus der“: a colleague placed by his
 * subject, „der Altman aus der Biochemie“ (`engine/rules/ordinary-person-signs.ts`). Lower case.
 */
export const otherDisciplineEndings = [
  'chemie',
  'physik',
  'biologie',
  'medizin',
  'geologie',
  'soziologie',
  'psychologie',
  'germanistik',
  'theologie',
  'pharmazie',
  'botanik',
] as const;

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
  // Round 113: a club's league, its reports and its kit, „Klassenerhalt in der Kreisliga … Spielberichte … Trikots“.
  'Kreisliga',
  'Klassenerhalt',
  'Spielbericht',
  'Spielberichte',
  'Trikot',
  'Vereinsforum',
  // Round 90: a table-tennis club's, „Kreismeisterschaften … Vereinskameraden … Matchball … Sporthalle“; German's
  // plurals in -en, which the plural "s" does not make.
  'Vereinsmeisterschaften',
  'Kreismeisterschaft',
  'Kreismeisterschaften',
  'Vizemeister',
  'Vereinskamerad',
  'Vereinskameraden',
  'Matchball',
  'Sporthalle',
  'Tischtennis',
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
  // Round 127: a table-tennis club's match report, „Auswärtsspiel … Platz drei der Bezirksklasse“.
  'Bezirksklasse',
  'Kreisklasse',
  'Auswärtsspiel',
  'Heimspiel',
  // Round 130: a tournament's rounds and its officials, „Endstand nach der Vorrunde … Bemerkungen der Turnierleitung“.
  'Vorrunde',
  'Endrunde',
  'Turnierleitung',
  'away game',
  'home game',
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
  // Round 108: a bicycle shop's, „Seit 31 Jahren repariert Samuel Altman … Fahrräder … im Laden „Zweirad Altman““.
  'Fahrräder',
  'Fahrradladen',
  'Fahrradwerkstatt',
  'Zweirad',
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
 * Units of an ordinary workplace in which a bearer works, after an indefinite name and "in the": "a J. Leike in the
 * chemistry department" (round 113; `engine/rules/indefinitely-named.ts`). None is our people's. Lower case.
 */
export const workplaceUnits = ['department', 'faculty', 'abteilung', 'fakultät'] as const;

/**
 * An academic unit named for its field, "Institut für Agrarökonomie", "Department of Dairy Science" (round 136): a
 * bearer from one whose field is none of ours (`ourFieldStems`) is someone else. Lower case.
 */
export const fieldUnits = [
  'institut',
  'lehrstuhl',
  'fakultät',
  'department',
  'institute',
  'school',
  'faculty',
] as const;
