import { describe, expect, test } from 'vitest';
import claimsFile from '../../fixtures/claims.json';
import { eventsBeforeStory } from '../../../knowledge/before-story';
import { people } from '../../../knowledge/people';
import { record } from '../../../knowledge/status-on-date';
import { story } from '../../../knowledge/story';
import type { IsoDate, Localized, Source } from '../../../knowledge/types';

/**
 * The knowledge checked against `tests/fixtures/claims.json`, the reference written from shared/facts.md:
 * every fact shown (or shown for a page's date: the status lines the events set) names a claim there and
 * agrees with it, every source shown is one of the sheet's, exactly, and nothing the product states as
 * status lies after May 2024.
 */

interface Claim {
  id: string;
  date: IsoDate;
  until?: IsoDate;
  people: string[];
  sources: string[];
  says: Localized;
  in?: 'corrections';
}
const reference = claimsFile as unknown as {
  statusCutoff: string;
  publishers: Record<string, string>;
  sources: Record<string, Source>;
  claims: Claim[];
  reportQuotes: string[];
};
const claims = new Map(reference.claims.map((claim) => [claim.id, claim]));
const sourceIdByUrl = new Map(Object.entries(reference.sources).map(([id, source]) => [source.url, id]));

/** A statement the extension shows: its date, whom it is about, its text and its source. */
interface Shown {
  where: string;
  claim: string | undefined;
  date: IsoDate;
  until?: IsoDate;
  people: readonly string[];
  text: Localized;
  source: Source;
}

function shownFacts(): Shown[] {
  const facts: Shown[] = [];
  for (const person of people) {
    const own = [
      ...person.status.map((fact, i) => [`${person.id}.status[${i}]`, fact] as const),
      [`${person.id}.context`, person.context] as const,
      ...person.changes.map((fact, i) => [`${person.id}.changes[${i}]`, fact] as const),
    ];
    for (const [where, fact] of own) facts.push({ where, ...fact, people: [person.id] });
  }
  story.timeline.forEach((event, i) => facts.push({ where: `timeline[${i}]`, ...event }));
  eventsBeforeStory.forEach((event, i) => facts.push({ where: `before[${i}]`, ...event }));
  // What each event sets in a person's status: the lines a card shows for a page's date.
  for (const event of record) {
    (event.effects ?? []).forEach((effect, i) =>
      facts.push({
        where: `${event.claim}.effects[${i}]`,
        claim: effect.claim ?? event.claim,
        date: event.date,
        people: [effect.person],
        text: effect.text,
        source: effect.source ?? event.source,
      }),
    );
  }
  return facts;
}

function shownSources(): [string, Source][] {
  return [
    ['story.source', story.source],
    ...story.summarySources.map((source, i) => [`summary.sources[${i}]`, source] as [string, Source]),
    ...story.corrections.flatMap((c, i) =>
      c.sources.map((source, j) => [`corrections[${i}].sources[${j}]`, source] as [string, Source]),
    ),
    ...shownFacts().map((fact) => [fact.where, fact.source] as [string, Source]),
  ];
}

const sourceId = (source: Source) => sourceIdByUrl.get(source.url);
const matches = (pattern: string, text: string) => new RegExp(pattern, 'i').test(text);
/** `„…“` quotes with what follows each, up to a closing bracket. */
const lowQuotes = (text: string) =>
  [...text.matchAll(/„([^“]+)“([^„]*)/g)].map((m) => ({ quoted: m[1]!, after: m[2]! }));

describe('every source shown', () => {
  test.each(shownSources())(
    '%s is one of the sheet’s, with title, publisher, date and an https link on the publisher’s site',
    (_, source) => {
      const id = sourceId(source);
      expect(id, source.url).toBeDefined();
      expect(source).toEqual(reference.sources[id!]);
      const url = new URL(source.url);
      expect(url.protocol).toBe('https:');
      const domain = reference.publishers[source.publisher];
      expect(domain, source.publisher).toBeDefined();
      expect(url.hostname === domain || url.hostname.endsWith(`.${domain}`), url.hostname).toBe(true);
      expect(source.title.trim()).not.toBe('');
      expect(source.date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    },
  );
});

describe('every fact shown', () => {
  test.each(shownFacts().map((fact) => [fact.where, fact] as const))(
    '%s maps to a claim of the fact sheet and agrees with it',
    (_, fact) => {
      const claim = claims.get(fact.claim ?? '');
      expect(claim, `claim ${fact.claim}`).toBeDefined();
      expect(fact.date).toBe(claim!.date);
      expect(fact.until).toBe(claim!.until);
      for (const id of fact.people) expect(claim!.people).toContain(id);
      expect(claim!.sources).toContain(sourceId(fact.source));
      for (const lang of ['de', 'en'] as const)
        expect(matches(claim!.says[lang], fact.text[lang]), `${lang}: ${fact.text[lang]}`).toBe(true);
    },
  );

  test('covers every claim of the sheet', () => {
    const shown = new Set(shownFacts().map((fact) => fact.claim));
    const corrected = story.corrections.map((c) => c.sources.map(sourceId));
    for (const claim of reference.claims) {
      if (claim.in === 'corrections') {
        expect(
          corrected.some((ids) => claim.sources.some((id) => ids.includes(id))),
          claim.id,
        ).toBe(true);
      } else {
        expect(shown.has(claim.id), claim.id).toBe(true);
      }
    }
  });

  test('states nothing dated after May 2024', () => {
    for (const fact of shownFacts()) {
      expect(fact.date <= reference.statusCutoff, fact.where).toBe(true);
      if (fact.until) expect(fact.until <= reference.statusCutoff, fact.where).toBe(true);
    }
  });
});

describe('roles', () => {
  const byId = Object.fromEntries(people.map((p) => [p.id, p]));

  test('are in the past tense where they are past', () => {
    expect(byId.leike!.role.en).toMatch(/^Co-led OpenAI’s Superalignment team until May 2024/);
    expect(byId.leike!.role.de).toMatch(/bis Mai 2024/);
    expect(byId.leike!.role.en).toMatch(/Anthropic since 28 May 2024/);
    expect(byId.sutskever!.role.en).toMatch(/until May 2024/);
  });
});

describe('the corrections of the report', () => {
  test.each(story.corrections.map((c) => [c.quote, c] as const))(
    'quote the report exactly: „%s“',
    (quote, correction) => {
      expect(reference.reportQuotes).toContain(quote);
      expect(correction.text.de).toContain(`„${quote}“`);
      expect(correction.text.en).toContain(`„${quote}“`);
      // A German phrase in an English sentence comes with its translation beside it.
      if (quote.includes(' ')) expect(correction.text.en).toContain(`„${quote}“ (“`);
      expect(correction.sources.length).toBeGreaterThan(0);
    },
  );

  test('include Sora’s real date and the word the report gets wrong for the board', () => {
    const en = story.corrections.map((c) => c.text.en).join('\n');
    expect(en).toContain('15 February 2024');
    expect(story.corrections.map((c) => c.quote)).toContain('ehemaliges Vorstandsmitglied');
  });
});

describe('the German texts', () => {
  const german = (): [string, string][] => [
    ['summary', story.summary.de],
    ...story.corrections.map((c, i) => [`corrections[${i}]`, c.text.de] as [string, string]),
    ...shownFacts().map((fact) => [fact.where, fact.text.de] as [string, string]),
    ...people.map((p) => [`${p.id}.role`, p.role.de] as [string, string]),
  ];

  test.each(german())('%s reads as a native speaker writes', (_, text) => {
    const outsideQuotes = text.replace(/„[^“]*“/g, '');
    expect(outsideQuotes).not.toMatch(/Vorstand/);
    expect(text).not.toMatch(/sehr persönlich/);
    expect(text).not.toMatch(/wieder da\b/);
    expect(text.match(/mit ihm/gi)?.length ?? 0).toBeLessThan(2);
  });

  test.each(german())('%s marks a translated quote and gives the original beside it', (_, text) => {
    const quotes = lowQuotes(text);
    quotes.forEach(({ quoted, after }, i) => {
      const isReport = reference.reportQuotes.includes(quoted);
      const isOriginal = i > 0 && quotes[i - 1]!.after.endsWith('im Original: ');
      const translated = after.startsWith(' (im Original: ');
      expect(isReport || isOriginal || translated, `„${quoted}“ in ${text}`).toBe(true);
    });
  });
});

describe('the English summary', () => {
  test('says where he served, in good grammar', () => {
    expect(story.summary.en).toContain('the company he had co-founded in 2015 and where he served as chief scientist');
  });
});

describe('times', () => {
  const factsOf = (claim: string) => shownFacts().filter((fact) => fact.claim === claim);

  test('Sutskever’s post: 14 May in the US, already 15 May in Europe, wherever a card states it', () => {
    // The lines that cite his post; the line about his team cites TechCrunch and states no time.
    const stated = factsOf('sutskever-leaves').filter(
      (fact) => fact.where.startsWith('sutskever.status') && fact.source.url.includes('x.com'),
    );
    expect(stated.length).toBeGreaterThan(0);
    for (const fact of stated) {
      expect(fact.text.en).toMatch(/15 May in Europe/);
      expect(fact.text.de).toMatch(/in Europa (ist |war )?(bereits|schon) der 15\. Mai/);
    }
    expect(story.summary.en).toMatch(/14 May 2024[^.]*15 May in Europe/);
    expect(story.summary.de).toMatch(/14\. Mai 2024[^.]*in Europa (bereits|schon) (am|der) 15\. Mai/);
  });

  test('Leike’s “I resigned”: 15 May UTC, the evening of 14 May in the US', () => {
    const stated = factsOf('leike-resigns');
    expect(stated.length).toBeGreaterThan(0);
    for (const fact of stated) {
      expect(fact.date).toBe('2024-05-15');
      expect(fact.text.en).toMatch(/evening of 14 May in the US/);
      expect(fact.text.de).toMatch(/in den USA (noch )?am Abend des 14\. Mai/);
    }
  });
});
