// The last of the Latin letters' blocks (Latin Extended-B).
const LAST_LATIN = 0x24f;

/** Whether `name` is written in a script other than Latin ("Суцкевер", "סוצקבר"): it starts past the Latin blocks. */
export const isOtherScript = (name: string) => name.charCodeAt(0) > LAST_LATIN;

// Russian's letters in the plain Latin a family's own spelling uses: „Лейкен“ is "Leiken".
const LATIN_OF_CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ы: 'y',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** `word`, in lower-case Cyrillic, in Latin letters; a letter with none is dropped (the hard and soft signs). */
export const latinOfCyrillic = (word: string) => [...word].map((letter) => LATIN_OF_CYRILLIC[letter] ?? '').join('');
