import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../i18n/ui-text';
import type { IsoDate } from '../../../knowledge/types';

describe('formatDate', () => {
  it('writes the long form as de-DE and en-GB do', () => {
    expect(formatDate('2023-11-20', 'en')).toBe('20 November 2023');
    expect(formatDate('2023-11-20', 'de')).toBe('20. November 2023');
  });

  it.each([
    ['en', 'en-GB'],
    ['de', 'de-DE'],
  ] as const)('abbreviates every month as %s is written by Intl (%s)', (lang, locale) => {
    const intl = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    for (let month = 1; month <= 12; month++) {
      const date = `2023-${String(month).padStart(2, '0')}-20` as IsoDate;
      expect(formatDate(date, lang, 'short')).toBe(intl.format(Date.UTC(2023, month - 1, 20)));
    }
  });

  it('abbreviates a month-only date, and leaves a year alone', () => {
    expect(formatDate('2023-11', 'en', 'short')).toBe('Nov 2023');
    expect(formatDate('2023-11', 'de', 'short')).toBe('Nov. 2023');
    expect(formatDate('2021', 'de', 'short')).toBe('2021');
  });
});
