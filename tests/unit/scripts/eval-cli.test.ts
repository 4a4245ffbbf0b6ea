import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
let dir: string;
let small: string;

const evaluate = (...args: string[]) => {
  const run = spawnSync('npx', ['tsx', 'scripts/eval.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eval-cli-'));
  // A held-out folder whose texts have moved on: its README stays, and empty language folders may too.
  writeFileSync(join(dir, 'README.md'), '# Held-out set\n');
  mkdirSync(join(dir, 'de'));
  small = mkdtempSync(join(tmpdir(), 'eval-cli-'));
  mkdirSync(join(small, 'en'));
  writeFileSync(join(small, 'en', '001-a.txt'), '[[leike|Jan Leike]] left OpenAI.\n');
});

afterAll(() => {
  for (const folder of [dir, small]) rmSync(folder, { recursive: true, force: true });
});

describe('npm run eval', { timeout: 30_000 }, () => {
  it('measures a corpus folder given with --corpus', () => {
    const { code, stdout } = evaluate('--check', '--corpus', small);
    expect(code).toBe(0);
    expect(stdout).toContain('== Texts: 1 documents');
  });

  it('fails with a clear message, and measures nothing, when the folder holds no labelled text or page', () => {
    const { code, stdout, stderr } = evaluate('--check', '--corpus', dir);
    expect(code).toBe(1);
    expect(stdout).not.toContain('==');
    expect(stderr).toContain(`eval: ${dir} holds no labelled texts or pages`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('fails with a clear message when the folder does not exist', () => {
    const { code, stderr } = evaluate('--corpus', join(dir, 'missing'));
    expect(code).toBe(1);
    expect(stderr).toContain(`eval: ${join(dir, 'missing')} is not a folder`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('measures with the learned signal’s calls when given two thresholds, and refuses anything else', () => {
    const { code, stdout } = evaluate('--check', '--corpus', small, '--learned', '0.02,0.98');
    expect(code).toBe(0);
    expect(stdout).toContain('Learned signal on lone surnames: drop below 0.02, add above 0.98');
    for (const bad of ['0.5', '0.9,0.1', 'a,b', '0.1,0.9,1', '-1,0.5']) {
      const refused = evaluate('--corpus', small, `--learned=${bad}`);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('eval: --learned needs two thresholds');
    }
  });
});
