/**
 * A name as it is spelt, said and heard: the words of pronunciation and of a name's sound, of a spelling and of a
 * name's grammatical forms, the other families' names close to ours, and the words of hearing, saying and writing
 * before a quoted respelling. The words are data; the rules in `engine/rules/` (misspellings, spellings said, surname
 * forms) hold the grammar that reads them.
 */

/**
 * Words of a search for how a name is said, which people ask of our person's name: a related search "pachocki
 * aussprache" is about him, where "altman z-score" is not. Lower case.
 */
export const pronunciationWords = ['aussprache', 'aussprechen', 'pronunciation', 'pronounce', 'pronounced'] as const;

/**
 * Words of saying a name aloud, before a quoted word in its sentence or right after it: "Sutskever is pronounced
 * "Sutskewer"", „ob man Pachocki „Pachotzki“ ausspricht“, 'whether you say Leike as "Leicke"'. The quoted word
 * spells the sound, no misspelling used as the name (round 20). Lower case.
 */
export const soundWords = [
  ...pronunciationWords,
  'pronounces',
  'pronouncing',
  'ausspricht',
  'ausgesprochen',
  'auszusprechen',
  'spricht',
  'sprich',
  'sprechen',
  'you say',
  'we say',
  'say it',
  'said like',
  'sounds like',
  'rhymes with',
  'sagt man',
  'man sagt',
] as const;

/**
 * Other families' names one or two letters from our people's surnames: never a misspelling of ours, though quoted
 * beside them ("Final ruling: "Pachowski" does not count"). Lower case.
 */
export const otherFamilySpellings = [
  'altmann',
  'altmanns',
  'leiken',
  'pachowski',
  // Round 57: the German family's name as Russian transliterates it, „nicht „Альтманн“ (das wäre Altmann)“.
  'альтманн',
  // Round 139: and the Leiken family's, „Лейкен, declined like any noun“.
  'лейкен',
  // Round 74: the Polish woman's form of his surname and its cases, a woman of that family, never he: „„Pachocka“
  // ist die weibliche Form“.
  'pachocka',
  'pachockiej',
  'pachocką',
] as const;

/**
 * Words for a name's grammatical forms and its sound, which with "of" or "von" before a quoted surname make it the
 * word whose forms are asked for: 'the possessive of "Sutskever"', 'der Genitiv von „Pachocki“'; not the form given
 * itself ('genitive "Leike's"', 'im Genitiv „Leikes Rücktritt“'). Lower case.
 */
export const formNouns = [
  'possessive',
  'genitive',
  'dative',
  'plural',
  'pronunciation',
  'genitiv',
  'dativ',
  'akkusativ',
  'aussprache',
  'dopełniacz',
] as const;

/**
 * Round 82: nouns for a word's forms, before examples of them: 'a pattern would list forms such as "Pachockiemu"',
 * „Formen wie „Pachockim““. The forms a grammar or a pattern lists are words. Lower case.
 */
export const wordFormNouns = [
  'form',
  'forms',
  'formen',
  // Round 140: 'a word like “Pachockiego” is just the regular genitive'.
  'word',
  'wort',
  // Round 156: a declension's, „Polnische Fälle wie „Pachockiego“ fehlen noch im Register“.
  'fälle',
  'case forms',
] as const;

/**
 * Round 80: the other cases a Polish surname is declined in, which a declension told form by form names beside the
 * genitive and the dative: „Pachocki im Nominativ, Pachockiego im Genitiv, Pachockim im Instrumental“. Only there: a
 * Cyrillic form named as the nominative ("Nominativ ist „Суцкевер“") is him as Russian writes him. Lower case.
 */
export const declensionCaseNouns = [
  'nominative',
  'accusative',
  'instrumental',
  'locative',
  'vocative',
  'nominativ',
  'lokativ',
  'vokativ',
] as const;

/**
 * Nouns for a way of writing a name. Right before a quoted surname in a question how a tool finds it, they name
 * a spelling of our person's name, his ("Does it recognise the misspelling "Sutzkever"?"). Lower case.
 */
export const spellingNouns = ['spelling', 'misspelling', 'schreibweise', 'schreibung', 'falschschreibung'] as const;

/**
 * Round 118: verbs by which a text printed a name, before the quoted form it printed: "the wire printed "Sutzkever"",
 * „die Meldung schrieb seinen Namen „Sutzkever““, „In der Meldung stand „Sutzkever““. What a text printed of our person
 * is his name as printed, whatever namesake that spelling belongs to. Lower case.
 */
export const printingVerbs = [
  'misspelled',
  'misspelt',
  'spelled',
  'spelt',
  'printed',
  'prints',
  'print',
  'misprinted',
  'wrote',
  'writes',
  'called',
  'schrieb',
  'schrieben',
  'druckte',
  'druckten',
  'meldete',
  'meldeten',
  'nannte',
  'nannten',
  'stand',
  'standen',
] as const;

/**
 * Round 118: what such a verb printed, between it and the quote: "him", „seinen Namen", "the departing chief scientist".
 * Lower case.
 */
export const printedObjectNouns = [
  'name',
  'surname',
  'namen',
  'nachnamen',
  'scientist',
  'co-founder',
  'cofounder',
  'researcher',
  'mitgründer',
  'forscher',
  'chefwissenschaftler',
] as const;

/**
 * Words of hearing a name before a quoted respelling in its sentence: „Im Radio hört man „Suzkewer““, "I keep hearing
 * "Sutskeever"" (round 27). The quoted word spells a sound someone made, as `soundWords` do: no misspelling used as
 * the name (the marking rules: a sound guessed or heard is not marked). Only for quoted near-spellings, in
 * `engine/rules/misspellings.ts`. Lower case.
 */
export const hearingWords = ['hear', 'hears', 'heard', 'hearing', 'höre', 'hört', 'hören', 'gehört'] as const;

/**
 * Words of someone saying a name, before a quoted respelling where the name as written stands earlier in the sentence:
 * „bei Sutskever sagt sie immer „Sutzkewer““, 'for Pachocki he says "Pachotski"' (round 27): the sound of the written
 * name. Without it, someone calls him so („der Kollege sagt „Sutzkewer““, "the article says …"): a name used, marked.
 * Lower case.
 */
export const sayingWords = ['says', 'say', 'said', 'sagt', 'sagen', 'sage', 'sagte'] as const;

/**
 * Round 139: German's participle of saying, read only right after a quoted respelling: „Ich habe wochenlang
 * „Sutskewer“ gesagt“ is a sound. Not before it, where it ends another clause: „hat Altman nie gesagt, ob Sutskver
 * bleibt“. Lower case.
 */
export const saidParticiples = ['gesagt'] as const;

/**
 * Round 72: pieces of writing that "say" what they read: before a word of saying, the quoted respelling is what the
 * text has, not a sound ('the headline has "Pachocki" but the caption says "Pachoki"', „die Bildunterschrift sagt
 * „Sutzkewer““). Matched as a word's end, so that compounds count („Bildunterschrift“, "alt text"). Lower case.
 */
export const writingNouns = [
  'text',
  'caption',
  'draft',
  'headline',
  'article',
  'page',
  'post',
  'tweet',
  'label',
  'entry',
  'byline',
  'subtitle',
  'subtitles',
  'transcript',
  'document',
  'schrift',
  'artikel',
  'entwurf',
  'schild',
  'beitrag',
  'seite',
  'meldung',
  'zeile',
  'eintrag',
  'untertitel',
  'protokoll',
] as const;
