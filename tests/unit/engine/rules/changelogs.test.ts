import { describe, expect, it } from 'vitest';
import { people } from '../../../../knowledge/people';
import { isChangelog } from '../../../../engine/rules/changelogs';
import { createMatcher } from '../../../../engine/match/matcher';
import { findInDocument } from '../../../../engine/rules/document-mentions';

const matcher = createMatcher(people);

/** The characters a reader would see marked in `text`. */
const marked = (text: string) => findInDocument(matcher, text).map((m) => text.slice(m.start, m.end));

describe('full names in software release notes (round 20)', () => {
  it('marks the people an app shows in an entry that sets a namesake apart', () => {
    const notes =
      'Version 2.4.0 (14 May 2024)\n' +
      '- Fixed: profile pages now spell "Jakub Pachocki" correctly.\n' +
      '- Fixed: no more Robert Altman films under the "Sam Altman" tag.';
    expect(marked(notes)).toEqual(['Jakub Pachocki', 'Sam Altman']);
  });

  it('reads a Markdown changelog with its sections', () => {
    const notes =
      '## [3.1.0] – 2024-05-16\n### Added\n- Follow Ilya Sutskever and Jan Leike from their profile.\n' +
      '### Fixed\n- Stories about the poet Abraham Sutzkever no longer land on the page of Ilya Sutskever.';
    expect(marked(notes)).toEqual(['Ilya Sutskever', 'Jan Leike', 'Ilya Sutskever']);
  });

  it('reads German release notes whose heading is a bare version number', () => {
    const notes =
      '7.2.0 (18.05.2024)\n- Neu: Sam Altman und Jan Leike als Themen zum Folgen.\n' +
      '- Behoben: Artikel über Filme von Robert Altman erscheinen nicht mehr unter „Sam Altman“.';
    expect(marked(notes)).toEqual(['Sam Altman', 'Jan Leike', 'Sam Altman']);
  });

  it('takes a date, a time or a list for no version heading', () => {
    expect(isChangelog('17.05.2024\n- Jan Leike (Beisitzer)')).toBe(false);
    expect(isChangelog('10.30 Uhr: Vortrag\n- Jan Leike')).toBe(false);
    expect(isChangelog('Einkaufsliste\n- 2.5 kg Mehl\n- Eier')).toBe(false);
    expect(isChangelog('What’s new in version 5.12\n• People cards for Sam Altman')).toBe(true);
  });

  it('leaves a namesake in a role of ordinary people’s worlds his in a sports app’s notes', () => {
    const notes =
      'Version 1.2 (March 2024)\n- Fixed: Goaltender Sam Altman’s saves were counted twice.\n' +
      '- New: box scores for the Jack Altman Invitational.';
    expect(marked(notes)).toEqual([]);
  });
});
