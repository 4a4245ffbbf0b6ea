import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
let dir: string;

const scan = (...args: string[]) => {
  const run = spawnSync('npx', ['tsx', 'scripts/scan.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scan-cli-'));
  writeFileSync(join(dir, 'notes.txt'), 'OpenAI-Chef Sam Altman dankte.\n\nRobert Altman drehte Filme.\n');
  writeFileSync(join(dir, 'page.html'), '<p>Ilya <b>Sutskever</b> geht.</p><script>var x = "Jan Leike";</script>');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'image.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
  mkdirSync(join(dir, 'folder'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run scan', { timeout: 30_000 }, () => {
  it('prints the mentions of text and HTML files and exits 0', () => {
    const { code, stdout, stderr } = scan(join(dir, 'notes.txt'), join(dir, 'page.html'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`${join(dir, 'notes.txt')}: 1 mention\n  1:13  altman  "Sam Altman"  `);
    expect(stdout).toContain(
      `${join(dir, 'page.html')}: 1 mention\n  block 0, offset 0  sutskever  "Ilya Sutskever"  `,
    );
  });

  it('stops quietly when the reader of its output closes early, as `head` does', () => {
    writeFileSync(join(dir, 'many.txt'), 'Ilya Sutskever and Jan Leike left OpenAI.\n'.repeat(3000));
    const run = spawnSync('bash', ['-c', `npx tsx scripts/scan.ts --json ${join(dir, 'many.txt')} | head -n 1`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stdout.split('\n')).toHaveLength(2);
    expect(run.stderr).toBe('');
  });

  it('prints one JSON object per mention with --json', () => {
    const { code, stdout } = scan('--json', join(dir, 'page.html'));
    expect(code).toBe(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([expect.objectContaining({ person: 'sutskever', text: 'Ilya Sutskever', block: 0, offset: 0 })]);
  });

  it('reports each bad file in one line, goes on with the others and exits 1', () => {
    const bad = ['missing.txt', 'folder', 'image.png', 'empty.txt'].map((name) => join(dir, name));
    const { code, stdout, stderr } = scan(...bad, join(dir, 'notes.txt'));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `scan: ${bad[0]}: no such file`,
      `scan: ${bad[1]}: is a directory`,
      `scan: ${bad[2]}: binary file (contains NUL bytes)`,
      `scan: ${bad[3]}: empty file`,
    ]);
    expect(stdout).toContain('1 mention');
  });

  it('explains its usage and exits 2 without files or with an unknown option', () => {
    expect(scan()).toMatchObject({ code: 2, stderr: expect.stringContaining('usage:') });
    expect(scan('--xml', 'a.txt')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option --xml') });
  });
});
