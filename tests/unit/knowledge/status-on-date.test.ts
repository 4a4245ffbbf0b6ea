import { describe, expect, test } from 'vitest';
import { formatDate } from '../../../i18n/ui-text';
import { firstDay, lastDay, parseDay } from '../../../knowledge/iso-date';
import {
  changesSince,
  record,
  STATUS_CUTOFF,
  statusOn,
  type StatusLine,
  type StatusOnDate,
} from '../../../knowledge/status-on-date';

/** The lines of a status the test expects to be a plain status on the day. */
function linesOf(result: StatusOnDate): readonly StatusLine[] {
  expect(result.kind).toBe('status');
  return result.kind === 'status' ? result.lines : [];
}
const line = (lines: readonly StatusLine[], standing: StatusLine['standing']) => {
  const found = lines.find((l) => l.standing === standing);
  expect(found, standing).toBeDefined();
  return found!;
};
const claimsOf = (events: ReturnType<typeof changesSince>) => events.map((event) => event.claim);

describe('statusOn: Sam Altman', () => {
  test('on 20 Nov 2023: removed as CEO on 17 Nov, no return agreed yet, off the board', () => {
    const lines = linesOf(statusOn('altman', '2023-11-20', 'en'));
    const job = line(lines, 'job');
    expect(job).toMatchObject({ holds: false, since: '2023-11-17' });
    expect(job.text).toMatch(/Removed as CEO by the board; no return agreed yet/);
    expect(line(lines, 'board')).toMatchObject({ holds: false, since: '2023-11-17' });
    expect(job.source.url).toBe('https://openai.com/index/openai-announces-leadership-transition/');
  });

  test('on 25 Nov 2023: return agreed in principle on 22 Nov (the evening of the 21st in the US), not formally back', () => {
    const job = line(linesOf(statusOn('altman', '2023-11-25', 'en')), 'job');
    expect(job).toMatchObject({ holds: false, since: '2023-11-22', claim: 'return-agreed' });
    expect(job.text).toMatch(/agreed in principle.*not formally back yet/);
  });

  test('on 8 Mar 2024: CEO again since 29 Nov 2023, back on the board that day', () => {
    const lines = linesOf(statusOn('altman', '2024-03-08', 'en'));
    expect(line(lines, 'job')).toMatchObject({ holds: true, since: '2023-11-29' });
    expect(line(lines, 'board')).toMatchObject({ holds: true, since: '2024-03-08' });
    // The day before, the board seat was still to come.
    expect(line(linesOf(statusOn('altman', '2024-03-07', 'en')), 'board')).toMatchObject({
      holds: false,
      since: '2023-11-17',
    });
  });

  test('speaks German', () => {
    const job = line(linesOf(statusOn('altman', '2023-11-20', 'de')), 'job');
    expect(job.text).toBe('Vom Board als CEO abgesetzt; eine Rückkehr ist noch nicht vereinbart.');
  });
});

describe('statusOn: Ilya Sutskever', () => {
  test('on 1 Jun 2023: chief scientist and board member, not yet on the Superalignment team (5 Jul 2023)', () => {
    const lines = linesOf(statusOn('sutskever', '2023-06-01', 'en'));
    expect(lines.map((l) => l.standing)).toEqual(['job', 'board']);
    expect(line(lines, 'job')).toMatchObject({ holds: true });
    expect(line(lines, 'job').text).toMatch(/chief scientist/);
    expect(line(lines, 'board')).toMatchObject({ holds: true, since: '2017', text: 'Member of OpenAI’s board.' });
  });

  test('on 20 Nov 2023: still on the board, whose vote against Altman he now regrets', () => {
    const lines = linesOf(statusOn('sutskever', '2023-11-20', 'en'));
    expect(line(lines, 'board')).toMatchObject({ holds: true, since: '2023-11-20', claim: 'sutskever-regrets' });
    expect(line(lines, 'board').text).toMatch(/voted for Altman’s removal, then said he deeply regretted/);
    expect(line(lines, 'team')).toMatchObject({ holds: true, since: '2023-07-05' });
  });

  test('on 15 Jan 2024: off the board since 29 Nov 2023, chief scientist with his role open', () => {
    const lines = linesOf(statusOn('sutskever', '2024-01-15', 'en'));
    expect(line(lines, 'board')).toMatchObject({ holds: false, since: '2023-11-29' });
    expect(line(lines, 'job')).toMatchObject({ holds: true, since: '2023-11-29', claim: 'sutskever-role-open' });
    expect(line(lines, 'job').text).toMatch(/^Chief scientist, but with his role open/);
    expect(line(lines, 'team')).toMatchObject({ holds: true });
  });
});

describe('statusOn: Jan Leike and Jakub Pachocki', () => {
  test('Leike on 16 May 2024: has left OpenAI, not yet at Anthropic', () => {
    const lines = linesOf(statusOn('leike', '2024-05-16', 'en'));
    expect(lines).toHaveLength(1);
    expect(line(lines, 'job')).toMatchObject({ holds: false, since: '2024-05-15' });
    expect(line(lines, 'job').text).toMatch(/^Left OpenAI: resigned .*no new post announced yet\.$/);
    expect(line(lines, 'job').text).not.toMatch(/Anthropic/);
    expect(line(linesOf(statusOn('leike', '2024-05-28', 'en')), 'job')).toMatchObject({
      holds: true,
      since: '2024-05-28',
    });
  });

  test('Pachocki on 17 Nov 2023 at OpenAI, on 18 Nov reported to have quit in protest, on 1 Dec back', () => {
    expect(line(linesOf(statusOn('pachocki', '2023-11-17', 'en')), 'job')).toMatchObject({
      holds: true,
      since: '2017',
    });
    const quit = line(linesOf(statusOn('pachocki', '2023-11-18', 'en')), 'job');
    expect(quit).toMatchObject({ holds: false, since: '2023-11-18' });
    expect(quit.text).toMatch(/quit OpenAI in protest/);
    const back = line(linesOf(statusOn('pachocki', '2023-12-01', 'en')), 'job');
    expect(back).toMatchObject({ holds: true, since: '2023-11-30' });
    expect(back.text).toMatch(/back at OpenAI/);
  });
});

describe('statusOn: dates the knowledge does not cover', () => {
  test('before the record starts: nothing known yet, and from when', () => {
    expect(statusOn('altman', '2015-01-01', 'en')).toEqual({ kind: 'before-record', firstRecord: '2015-12-11' });
    expect(statusOn('leike', '2020-06-01', 'de')).toEqual({ kind: 'before-record', firstRecord: '2021' });
    // A year counts from its first day.
    expect(linesOf(statusOn('leike', '2021-01-01', 'en'))).toHaveLength(1);
  });

  test('after May 2024: the status of 31 May 2024, marked so that the card can say it stops there', () => {
    const later = statusOn('sutskever', '2024-06-20', 'en');
    expect(later.kind).toBe('after-cutoff');
    if (later.kind !== 'after-cutoff') return;
    expect(later.cutoff).toBe(STATUS_CUTOFF);
    expect(later.lines).toEqual(linesOf(statusOn('sutskever', STATUS_CUTOFF, 'en')));
    expect(later.lines.every((l) => l.since <= STATUS_CUTOFF)).toBe(true);
    expect(later.lines.map((l) => l.text).join(' ')).not.toMatch(/Safe Superintelligence|SSI/);
  });

  test.each([
    ['musk', '2024-01-01', 'person'],
    ['sutskever', '2023-02-30', 'date'],
    ['sutskever', 'yesterday', 'date'],
    ['sutskever', '2023-11', 'date'],
    ['toString', '2024-01-01', 'person'],
  ] as const)('%s on %s: a clear refusal (%s)', (person, date, reason) => {
    expect(statusOn(person, date, 'en')).toEqual({ kind: 'invalid', reason });
    expect(changesSince(person, date)).toEqual([]);
  });

  test('no line of any status is dated after 31 May 2024, whatever the day', () => {
    for (const person of ['sutskever', 'altman', 'leike', 'pachocki']) {
      for (const day of ['2023-11-20', '2024-05-31', '2024-06-01', '2031-01-01']) {
        const result = statusOn(person, day, 'en');
        const lines = 'lines' in result ? result.lines : [];
        expect(
          lines.every((l) => l.since <= STATUS_CUTOFF),
          `${person} ${day}`,
        ).toBe(true);
      }
    }
  });
});

describe('changesSince', () => {
  test('Altman since 20 Nov 2023: the return agreed, the formal return, the board seat; not that day’s letter', () => {
    expect(claimsOf(changesSince('altman', '2023-11-20'))).toEqual([
      'return-agreed',
      'altman-back',
      'altman-rejoins-board',
    ]);
  });

  test('Sutskever since 15 Jan 2024: the months in limbo still running, his departure, his successor, the team dissolved', () => {
    expect(claimsOf(changesSince('sutskever', '2024-01-15'))).toEqual([
      'sutskever-limbo',
      'sutskever-leaves',
      'pachocki-chief-scientist',
      'superalignment-dissolved',
    ]);
  });

  test('Leike since 1 Jun 2023: from the team’s founding to Anthropic', () => {
    expect(claimsOf(changesSince('leike', '2023-06-01'))).toEqual([
      'superalignment-formed',
      'leike-resigns',
      'leike-reasons',
      'superalignment-dissolved',
      'leike-anthropic',
    ]);
  });

  test('nothing after May 2024', () => {
    expect(changesSince('leike', '2024-05-31')).toEqual([]);
    expect(changesSince('altman', '2025-01-01')).toEqual([]);
  });
});

describe('the record the status comes from', () => {
  test('is in order, and each effect concerns a person its event names', () => {
    const starts = record.map((event) => firstDay(event.date));
    expect(starts).toEqual([...starts].sort());
    for (const event of record) {
      for (const effect of event.effects ?? []) expect(event.people, event.claim).toContain(effect.person);
    }
  });
});

describe('ISO dates', () => {
  test.each([
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', undefined],
    ['2024-13-01', undefined],
    ['2024-5-1', undefined],
    [' 2024-05-01', undefined],
  ])('parseDay(%j) is %j', (text, day) => {
    expect(parseDay(text)).toBe(day);
  });

  test('a month or a year stands for its first and last day', () => {
    expect([firstDay('2019'), lastDay('2019')]).toEqual(['2019-01-01', '2019-12-31']);
    expect([firstDay('2024-02'), lastDay('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect([firstDay('2024-05-14'), lastDay('2024-05-14')]).toEqual(['2024-05-14', '2024-05-14']);
  });

  test('a year alone is written as the year', () => {
    expect(formatDate('2019', 'de')).toBe('2019');
    expect(formatDate('2019', 'en')).toBe('2019');
  });
});
