import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, release, totalmem, type } from 'node:os';

/** What the figures were measured on, in one line each. */
export function describeMachine(chromiumVersion: string): string[] {
  const cpu = cpus();
  const markJs = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('mark.js/package.json'), 'utf8')) as {
    version: string;
  };
  return [
    `Chromium ${chromiumVersion}, headless, through playwright-core; mark.js ${markJs.version}`,
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${type()} ${release()}, Node ${process.version}`,
  ];
}
