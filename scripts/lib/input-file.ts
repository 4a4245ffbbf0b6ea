import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';

export type InputFile =
  | { readonly ok: true; readonly kind: 'html' | 'text'; readonly text: string }
  | { readonly ok: false; readonly error: string };

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes as text, or why they are not text worth scanning. */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.includes(0)) return { error: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { error: 'not UTF-8 text' };
  }
  return /\S/.test(text) ? { text } : { error: 'empty file' };
}

/** HTML by its extension, or by how it starts: a doctype or an `<html>` tag. */
export function isHtml(path: string, text: string): boolean {
  return HTML_EXTENSIONS.has(extname(path).toLowerCase()) || HTML_START.test(text);
}

const FS_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'no such file',
  ELOOP: 'too many symbolic links',
};

/** Reads one file for scanning; never throws, so that one bad file cannot stop the others. */
export function readInputFile(path: string): InputFile {
  try {
    if (statSync(path).isDirectory()) return { ok: false, error: 'is a directory' };
    const decoded = decodeText(readFileSync(path));
    if ('error' in decoded) return { ok: false, error: decoded.error };
    return { ok: true, kind: isHtml(path, decoded.text) ? 'html' : 'text', text: decoded.text };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { ok: false, error: FS_ERRORS[code] ?? (error as Error).message };
  }
}
