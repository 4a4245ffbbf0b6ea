import { describe, expect, test } from 'vitest';
import { people } from '../../../knowledge/people';
import { PERSON_IDS } from '../../../model/person';
import { sources } from '../../../knowledge/sources';
import { story } from '../../../knowledge/story';
import type { DatedFact, IsoDate, Localized, Source } from '../../../knowledge/types';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
// The story's window: from the board's vote to Leike's move to Anthropic.
const FIRST = '2023-11-01';
const LAST = '2024-05-31';

const expectLocalized = (text: Localized) => {
  expect(text.de.trim()).not.toBe('');
  expect(text.en.trim()).not.toBe('');
  expect(text.de).not.toBe(text.en);
};
const expectSource = (source: Source) => {
  expect(Object.values(sources)).toContain(source);
  expect(source.title.trim()).not.toBe('');
  expect(source.publisher.trim()).not.toBe('');
  expect(source.date).toMatch(ISO_DATE);
  expect(new URL(source.url).protocol).toBe('https:');
};
const expectDate = (date: IsoDate) => {
  expect(date).toMatch(ISO_DATE);
  expect(date >= FIRST.slice(0, date.length) && date <= LAST.slice(0, date.length)).toBe(true);
};
const expectFact = (fact: DatedFact) => {
  expectDate(fact.date);
  expectLocalized(fact.text);
  expectSource(fact.source);
};

describe('people', () => {
  test('are the four people of the story, each once', () => {
    expect(people.map((p) => p.id)).toEqual(PERSON_IDS);
  });

  test.each(people.map((p) => [p.id, p] as const))(
    '%s has every text in both languages, every fact dated and sourced',
    (_, person) => {
      expectLocalized(person.role);
      expect(person.status.length).toBeGreaterThan(0);
      person.status.forEach(expectFact);
      expectFact(person.context);
      person.changes.forEach(expectFact);
      expect([...person.changes].map((c) => c.date)).toEqual([...person.changes].map((c) => c.date).sort());
    },
  );

  test.each(people.map((p) => [p.id, p] as const))('%s can be found by full name, surname and handle', (_, person) => {
    const [given, surname] = person.name.split(' ');
    expect(person.names.given).toContain(given);
    expect(person.names.surnames).toContain(surname);
    expect(person.names.handles.every((h) => /^@\w+$/.test(h))).toBe(true);
  });

  test('carry the fact sheet’s corrections, not the report’s errors', () => {
    const byId = Object.fromEntries(people.map((p) => [p.id, p]));
    expect(byId.sutskever!.names.surnames).toContain('Sutzkever');
    expect(byId.leike!.role.en).toMatch(/^Co-led .* until May 2024/);
    expect(byId.pachocki!.role.en).toMatch(/Director of Research/);
    expect(byId.pachocki!.status[0]!.date).toBe('2024-05-14');
    expect(byId.leike!.status.map((s) => s.date)).toEqual(['2024-05-28']);
    expect(byId.leike!.status[0]!.text.en).toMatch(/co-led OpenAI’s Superalignment team until May 2024/);
  });
});

describe('story', () => {
  test('cites the report by its headline and tells the story in both languages', () => {
    expect(story.headline).toBe(story.source.title);
    expectLocalized(story.summary);
    story.summarySources.forEach(expectSource);
    for (const correction of story.corrections) {
      expectLocalized(correction.text);
      expect(correction.sources.length).toBeGreaterThan(0);
      correction.sources.forEach(expectSource);
    }
    for (const id of ['Sutskever', 'Altman', 'Leike', 'Pachocki']) {
      expect(story.summary.de).toContain(id);
      expect(story.summary.en).toContain(id);
    }
  });

  test('has a dated, sourced timeline in order, about known people', () => {
    const ids = new Set<string>(people.map((p) => p.id));
    const dates = story.timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    for (const event of story.timeline) {
      expectDate(event.date);
      if (event.until) expectDate(event.until);
      expectLocalized(event.text);
      expectSource(event.source);
      expect(event.people.length).toBeGreaterThan(0);
      expect(event.people.every((id) => ids.has(id))).toBe(true);
    }
    expect(dates).toContain('2023-11-17');
    expect(dates).toContain('2024-05-14');
  });
});
