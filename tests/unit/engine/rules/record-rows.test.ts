import { describe, expect, it } from 'vitest';
import { isOnRecordRow } from '../../../../engine/rules/record-rows';

const at = (text: string, word: string) => isOnRecordRow(text, text.indexOf(word));

describe('data rows (round 44)', () => {
  it('knows a row of a CSV, a TSV or a pipe table by its separators', () => {
    expect(at('2024-05-20;Tagesblick;"Was Altman jetzt";kritisch', 'Altman')).toBe(true);
    expect(at('2024-05-21,Garden Monthly,"Altman Nurseries opens",,neutral', 'Altman')).toBe(true);
    expect(at('2024-05-21\tGarden\tAltman', 'Altman')).toBe(true);
    expect(at('| 2024 | Kurier | Altman | kritisch |', 'Altman')).toBe(true);
  });

  it('reads only the line the name stands on, and takes prose with commas for no row', () => {
    expect(at('a;b;c;d\nAltman said so, and then, later, again, he did.', 'Altman')).toBe(false);
    expect(at('Altman; Leike; Sutskever', 'Altman')).toBe(false);
  });
});
