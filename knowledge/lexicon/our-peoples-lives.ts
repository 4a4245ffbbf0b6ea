/**
 * Our people's lives in numbers: the ages and birth years a page may give them. An age or a birth year outside these
 * beside a full name is someone else's; the numbers are data, kept with the words, and the rules in `engine/rules/`
 * (ordinary-person signs, author lists) hold the reading of them.
 */

/**
 * The ages and birth years our people can be given (round 23): all four were born in the 1980s or after (Sam Altman,
 * the eldest, in 1985), and the pages read are of the 2010s and 2020s; minors they are not. An age or a birth year
 * outside these, given right with a full name ("Jan Leike, 84, of Milwaukee passed away", "Sam Altman (1931–2019)"),
 * is someone else's, whatever the text says of AI.
 */
export const ourPeoplesLives = { youngestAge: 18, oldestAge: 45, bornNotBefore: 1980, bornNotAfter: 1995 } as const;

/**
 * Round 116: older than anyone has lived (122 years, Jeanne Calment, Guinness World Records): a number in brackets
 * past it after a name is a count, a tag archive's "Sam Altman (212)", not an age.
 */
export const oldestHumanAge = 122;

/**
 * Round 73: the birth years of ours that a source gives: Ilya Sutskever's, 1986 (the fact sheet, source G), and Sam
 * Altman's, 1985 (22 April 1985, Encyclopaedia Britannica's biography, britannica.com/biography/Sam-Altman, a reference
 * work: the fact sheet has no primary source for it); none of ours gives Jan Leike's or Jakub Pachocki's. With the years the pages read are of,
 * `pagesFrom` to `pagesTo`, they give the ages a report may give him after his full name, his own ("Sam Altman, 39,
 * answered with his mother"): born in `born`, he is `pagesFrom - born - 1` to `pagesTo - born` years old then.
 */
export const ourPeoplesBirthYears = {
  born: { sutskever: 1986, altman: 1985 } as Readonly<Record<string, number>>,
  pagesFrom: 2015,
  pagesTo: 2026,
} as const;

/**
 * Round 144: a minor's age in words, as a report writes it before a name: "eleven-year-old Jakub Pachocki", „der
 * zwölfjährige Jan Leike“. The ages below `ourPeoplesLives.youngestAge`, English and German; lower case.
 */
export const minorAgeWords: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  ein: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
};
