import { describe, expect, it } from 'vitest';
import { isOtherScript } from '../../../../engine/text/scripts';

describe('a name in another script than Latin (round 26)', () => {
  it('tells Cyrillic and Hebrew forms from Latin ones, accented Latin letters included', () => {
    expect(['Суцкевер', 'סוצקבר', 'Sutskever', 'Łukasz', 'Ænes', ''].map(isOtherScript)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
