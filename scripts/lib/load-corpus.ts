import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLabelledText, type LabelledText } from './labelled-text';

export interface CorpusDocument extends LabelledText {
  /** Path inside the corpus folder, such as `de/001-sutskever-verlaesst-openai.txt`. */
  readonly file: string;
  readonly lang: string;
}

const FILE_NAME = /^(\d{3})-[a-z0-9-]+\.txt$/;

/**
 * Every document of the labelled corpus: one folder per language, files numbered 001, 002, … without
 * gaps. A misnamed file or a gap throws, because a document the eval silently skips would inflate it.
 */
export function loadCorpus(dir: string, personIds: ReadonlySet<string>): CorpusDocument[] {
  const documents: CorpusDocument[] = [];
  const langs = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  for (const lang of langs) {
    const names = readdirSync(join(dir, lang)).sort();
    names.forEach((name, i) => {
      const number = FILE_NAME.exec(name)?.[1];
      if (!number) throw new Error(`${lang}/${name}: not a corpus file name (NNN-slug.txt)`);
      if (Number(number) !== i + 1) throw new Error(`${lang}/${name}: expected number ${String(i + 1).padStart(3, '0')}`);
      const file = `${lang}/${name}`;
      try {
        documents.push({ file, lang, ...parseLabelledText(readFileSync(join(dir, file), 'utf8'), personIds) });
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
      }
    });
  }
  return documents;
}
