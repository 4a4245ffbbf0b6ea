import type { Lang } from '../types';

/**
 * The months as each language writes them, January first: the card and the popup print dates with them, and the rules
 * read one after "from" or „aus“ as a time, not a home town ("Ilya Sutskever from July 2023"; round 165).
 */
export const monthNames: Readonly<Record<Lang, readonly string[]>> = {
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
