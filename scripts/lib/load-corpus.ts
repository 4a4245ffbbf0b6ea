import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseLabelledText, type LabelledText } from './labelled-text';
import { parseLabelledPage } from './labelled-page';

export interface CorpusDocument {
  /** Path inside the corpus folder, such as `de/001-sutskever-verlaesst-openai.txt` or `html/en/001-blog.html`. */
  readonly file: string;
  readonly lang: string;
  /**
   * The document as the matcher reads it, block by block, with the labels of each: a text file is one
   * block; a page has one per paragraph, list item, table cell or line of its own.
   */
  readonly blocks: readonly LabelledText[];
}

/** The folder of labelled pages inside a corpus folder; each other folder holds the texts of one language. */
export const PAGES_DIR = 'html';

const FILE_NAME = /^(\d{3,})-[a-z0-9-]+\.(txt|html)$/;
// The number before the slug: "1000-x" comes after "999-x", which a sort by name would not give.
const numberOf = (name: string) => Number(/^\d+/.exec(name)?.[0] ?? NaN);

interface CorpusFile {
  readonly file: string;
  readonly lang: string;
  readonly path: string;
}

/**
 * The files of one language folder per language under `dir`, numbered 001, 002, … 999, 1000, … without gaps. A misnamed
 * file or a gap throws, because a document the eval silently skips would inflate it.
 */
function numberedFiles(dir: string, extension: 'txt' | 'html', prefix: string): CorpusFile[] {
  const found: CorpusFile[] = [];
  const langs = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== PAGES_DIR)
    .map((e) => e.name)
    .sort();
  for (const lang of langs) {
    readdirSync(join(dir, lang))
      .sort((a, b) => numberOf(a) - numberOf(b) || a.localeCompare(b))
      .forEach((name, i) => {
        const file = `${prefix}${lang}/${name}`;
        const match = FILE_NAME.exec(name);
        if (!match || match[2] !== extension)
          throw new Error(`${file}: not a corpus file name (NNN-slug.${extension})`);
        const expected = String(i + 1).padStart(3, '0');
        if (match[1] !== expected) throw new Error(`${file}: expected number ${expected}`);
        found.push({ file, lang, path: join(dir, lang, name) });
      });
  }
  return found;
}

/** `error` with the file it is about in its message. */
const inFile = (file: string, error: unknown) => new Error(`${file}: ${(error as Error).message}`, { cause: error });

/** Every text of the labelled corpus in `dir`: one folder per language, each text one block. */
export function loadCorpus(dir: string, personIds: ReadonlySet<string>): CorpusDocument[] {
  return numberedFiles(dir, 'txt', '').map(({ file, lang, path }) => {
    try {
      return { file, lang, blocks: [parseLabelledText(readFileSync(path, 'utf8'), personIds)] };
    } catch (error) {
      throw inFile(file, error);
    }
  });
}

/** Every labelled page of the corpus in `dir` (`html/<lang>/NNN-slug.html`), read into blocks as the content script reads a page. */
export async function loadPages(dir: string, personIds: ReadonlySet<string>): Promise<CorpusDocument[]> {
  const pagesDir = join(dir, PAGES_DIR);
  if (!existsSync(pagesDir)) return [];
  const documents: CorpusDocument[] = [];
  for (const { file, lang, path } of numberedFiles(pagesDir, 'html', `${PAGES_DIR}/`)) {
    try {
      documents.push({ file, lang, blocks: await parseLabelledPage(readFileSync(path, 'utf8'), personIds) });
    } catch (error) {
      throw inFile(file, error);
    }
  }
  return documents;
}

/** The texts and the pages of a corpus folder, as the eval measures them. */
export interface LabelledFolder {
  readonly texts: CorpusDocument[];
  readonly pages: CorpusDocument[];
}

/**
 * The texts and pages of the corpus in `dir`. A missing folder, or one with nothing to measure (a held-out
 * folder whose texts have moved on keeps only its README), throws: an eval of nothing would pass any target.
 */
export async function loadLabelledFolder(dir: string, personIds: ReadonlySet<string>): Promise<LabelledFolder> {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${dir} is not a folder`);
  const folder = { texts: loadCorpus(dir, personIds), pages: await loadPages(dir, personIds) };
  if (!folder.texts.length && !folder.pages.length)
    throw new Error(
      `${dir} holds no labelled texts or pages (<lang>/NNN-slug.txt or ${PAGES_DIR}/<lang>/NNN-slug.html)`,
    );
  return folder;
}
