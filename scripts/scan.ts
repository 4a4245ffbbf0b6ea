/**
 * `npm run scan -- [--json] FILE...`: the mentions in HTML or plain-text files, found by the content
 * script's own pipeline. Exits 1 if any file could not be read, 2 on a usage error.
 */
import { people } from '../knowledge/people';
import { createMatcher } from '../engine/match/matcher';
import { readInputFile } from './lib/input-file';
import { scanHtml, scanPlainText } from './lib/scan-document';
import { formatHits, formatHitsJson } from './lib/scan-output';

const USAGE = `usage: npm run scan -- [--json] FILE...
  Prints each mention with its person, text, position and context. Positions are line:column (from 1)
  in text files and block, offset (from 0) in HTML files (.html, .htm, .xhtml, or starting with <html).
  --json  one JSON object per mention and line`;

async function main(args: readonly string[]): Promise<number> {
  const separator = args.indexOf('--');
  const options = separator === -1 ? args.filter((a) => a.startsWith('-')) : args.slice(0, separator);
  const files = separator === -1 ? args.filter((a) => !a.startsWith('-')) : args.slice(separator + 1);
  if (options.includes('--help') || options.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = options.find((o) => o !== '--json');
  if (unknown || !files.length) {
    console.error(unknown ? `scan: unknown option ${unknown}\n${USAGE}` : USAGE);
    return 2;
  }
  const json = options.includes('--json');
  const matcher = createMatcher(people);
  let failed = false;
  for (const file of files) {
    const input = readInputFile(file);
    if (!input.ok) {
      console.error(`scan: ${file}: ${input.error}`);
      failed = true;
      continue;
    }
    try {
      const hits = input.kind === 'html' ? await scanHtml(matcher, input.text) : scanPlainText(matcher, input.text);
      if (!json) console.log(formatHits(file, hits));
      else for (const line of formatHitsJson(file, hits)) console.log(line);
    } catch (error) {
      console.error(`scan: ${file}: ${(error as Error).message}`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

// A reader that stops early (`npm run scan -- … | head`) closes the pipe: what it did not read is not wanted, so the
// scan stops without a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
