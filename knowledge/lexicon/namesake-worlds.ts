/**
 * The worlds of our people's best-known namesakes: the works and styles of a director or a poet, the words of their
 * fields, the deeds a text may deny of ours, and the callings an apposition or an indefinite noun gives a bearer. Data
 * only: the rules in `engine/rules/` hold the grammar that reads them (appositions, namesake works and comparisons),
 * and a namesake's new calling is added here.
 */

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
 * Words of Robert Altman's world, the director's: his films and his craft. A lone "Altman" in a sentence with one of
 * these and no word of `contextTerms` is his ("Für mich ist Altman immer noch der Regisseur von MASH", "In which film
 * by Altman…"). Matched like `contextTerms`.
 */
export const cinemaWorldTerms = [
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
  // Round 92: a cinema's season of his films, „die Altman-Retrospektive im Filmhaus“.
  'Retrospektive',
  'retrospective',
  // Robert Altman's best-known works, which a sentence names without a word for film: "Altman's years in TV before
  // MASH" (round 17).
  'MASH',
  'M*A*S*H',
  'Gosford Park',
  'Short Cuts',
  // Round 26: his "Nashville", the film a fan names him by ("the only altman i acknowledge directed nashville").
  'Nashville',
  // Round 106: more of his films, and their hero, as a film board's thread names them: "Altman's Marlowe is the best
  // Marlowe" (in "The Long Goodbye").
  'The Long Goodbye',
  'Marlowe',
  'McCabe',
  'Prairie Home Companion',
] as const;

/** Words of Abraham Sutzkever's world, the Yiddish poet's, read as `cinemaWorldTerms` are. */
export const poetryWorldTerms = [
  'poet',
  'poem',
  'poetry',
  'Dichter',
  'Gedicht',
  'Gedichte',
  'Lyrik',
  'Lyriker',
  'Yiddish',
  // Round 58: the music a family of Sutzkevers plays, „sutzkever klezmer“.
  'klezmer',
  'jiddisch',
  'jiddischen',
  'jiddische',
  'ghetto',
] as const;

/**
 * Round 151: sports a local club is named for, before its noun: "Jan Leike of the Ferndale Otters table tennis club"
 * is its member, whatever the club is called. Lower case.
 */
export const clubSports = [
  'table tennis',
  'tennis',
  'chess',
  'hockey',
  'football',
  'soccer',
  'rugby',
  'cricket',
  'bowling',
  'badminton',
  'rowing',
  'cycling',
  'running',
  'swimming',
  'golf',
  'volleyball',
  'basketball',
  'handball',
] as const;

/**
 * Words of club sport, the world of the ordinary people who bear any of our surnames: a league's, a chess club's
 * results. Read for every one of ours, as `cinemaWorldTerms` are for Altman.
 */
export const clubWorldTerms = [
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
 * Round 92: each of ours, by id, with the world of his surname's best-known namesake, which the matcher reads for his
 * lone surname alone, beside `clubWorldTerms`: "Sutskever's absence becomes the film's real subject" is ours. Kept
 * here, not with the name forms (`names.ts`), which every page that names someone loads.
 */
export const namesakeWorldsByPerson: Readonly<Record<string, readonly string[]>> = {
  altman: cinemaWorldTerms,
  sutskever: poetryWorldTerms,
};

/**
 * Words of the worlds our people's best-known namesakes live in, all together: where a rule reads any namesake's
 * world, a work's apposition or a search's words.
 */
export const namesakeWorldTerms = [...cinemaWorldTerms, ...poetryWorldTerms, ...clubWorldTerms] as const;

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
  // Round 110: everyday callings, "Leike the teacher is staying", „Pachocki, der Bäcker“.
  'teacher',
  'schoolteacher',
  'lehrer',
  'lehrerin',
  'baker',
  'bäcker',
  // Round 171: a shop's, "Altman the shopkeeper will keep checking the mail".
  'shopkeeper',
  'shop owner',
  'ladenbesitzer',
  'ladeninhaber',
  // Round 113: sports', „Jan Leike, den Tischtennisspieler“.
  'tischtennisspieler',
  'tennisspieler',
  'handballer',
  'table tennis player',
  // Round 143: hyphenated as English often writes it, "Jan Leike, the table-tennis player from Bavaria".
  'table-tennis player',
  'tennis player',
  // Round 173: an office's, "a reader of ours called Sam Altman, an accountant in Leeds".
  'accountant',
  'buchhalter',
  'buchhalterin',
  'steuerberater',
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
  // Round 88: the calling alone, "Leike the researcher" beside a namesake who teaches ethics. Not German's „der
  // Forscher“: a namesake says it of ours in his interview („Der andere Leike, der Forscher“), and the title it
  // gives would carry the namesake's own lone surname over to ours.
  'researcher',
  // Round 127: or "Pachocki the scientist" beside "Pachocki the baker".
  'scientist',
  // Round 148: or his office alone, "Altman the director has nothing to do with Altman the CEO".
  'ceo',
  'chief executive',
] as const;

/**
 * Callings of namesakes in other walks of life, named by an indefinite noun before their surname: "a Dutch footballer
 * called Leike", „einen Politiker namens Pachocki“ (round 21). No calling of our people's world: "a researcher named
 * Leike" may be ours.
 */
export const namesakeCallings = [
  'politician',
  'politiker',
  // Round 145: a member of a parliament, a politician by his seat, „einer Bremer Landtagsabgeordneten namens Leike“.
  'abgeordneter',
  'abgeordnete',
  'footballer',
  'fußballer',
  'fussballer',
  'player',
  'spieler',
  'athlete',
  'sportler',
  // Round 110: a track-and-field athlete, and German's dative of each, „zum Gütersloher Leichtathleten Jan Leike“.
  'leichtathlet',
  'leichtathleten',
  'sportlern',
  'spielern',
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
 * Round 78: an ensemble named for its leader, after the full name: „das Jan Leike Quartett“, "the Sam Altman Trio".
 * A band is no person, and none of ours leads one. As written: capitalised, so that a verb ("Leike and Altman band
 * together") is none.
 */
export const ensembleNouns = [
  'Quartett',
  'Quintett',
  'Sextett',
  'Trio',
  'Band',
  'Bigband',
  'Ensemble',
  'Orchester',
  'Combo',
  'Chor',
  'Quartet',
  'Quintet',
  'Sextet',
  'Orchestra',
  'Choir',
] as const;

/**
 * Round 139: what an encyclopedia's hatnote puts in brackets after a name it sends the reader on to, besides a
 * calling or a shop: "For the bakery, see Pachocki (bakery)", "Altman (disambiguation)". Lower case.
 */
export const hatnoteQualifiers = [
  'film',
  'band',
  'disambiguation',
  'begriffsklärung',
  'surname',
  'familienname',
] as const;
