/**
 * Reading one page file: bytes → text (UTF-8 with or without BOM, UTF-16, GBK /
 * GB18030), refusing binary files, plus what the user states about the page in
 * a sidecar (`NAME.meta.json`) or in the file name (`2020-01-18_05_示范区.txt`).
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { PageMeta } from '../../src/model.ts';

export interface PageFile {
  /** The file name, as articles cite it. */
  name: string;
  path: string;
  text: string;
  encoding: string;
  meta: PageMeta;
  bytes: number;
  /** Bytes that were not text in the encoding read, each replaced by U+FFFD. */
  replaced: number;
}

export class PageReadError extends Error {
  constructor(
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${message}`, options);
    this.name = 'PageReadError';
  }
}

/** A UTF-8 page may have this many bad bytes, or this share of its characters, and still be read as UTF-8. */
const FEW_BAD_BYTES = 8;
const BAD_BYTE_SHARE = 0.001;

/** Share of control characters above which a file is taken for binary. */
const BINARY_CONTROL_SHARE = 0.02;

function looksUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 === 0 ? evenZero++ : oddZero++);
  // Chinese text in UTF-16 has few zero bytes, but ASCII digits and punctuation give zeros on one side only.
  if (oddZero > n / 20 && evenZero < oddZero / 10) return 'utf-16le';
  if (evenZero > n / 20 && oddZero < evenZero / 10) return 'utf-16be';
  return null;
}

/**
 * Decodes page bytes, or throws a PageReadError saying why not.
 * @returns the text and the encoding it was read as
 */
export function decodePage(bytes: Uint8Array, file: string): { text: string; encoding: string; replaced?: number } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8 (BOM)' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = looksUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  let text: string;
  let encoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // A UTF-8 page with a few bad bytes (a damaged copy) is UTF-8 still: read, the bad bytes replaced, and said.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const replaced = lenient.match(/\uFFFD/g)?.length ?? 0;
    if (replaced <= Math.max(FEW_BAD_BYTES, lenient.length * BAD_BYTE_SHARE) && /[\u3400-\u9fff]/.test(lenient)) {
      return { text: lenient, encoding: 'utf-8', replaced };
    }
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      encoding = 'gb18030';
    } catch (cause) {
      throw new PageReadError(file, 'not text: neither UTF-8 nor GB18030/GBK (binary file?)', { cause });
    }
  }
  // Control characters other than tab, line feed, form feed, carriage return.
  const control = text.match(/[\x00-\x08\x0B\x0E-\x1F]/g)?.length ?? 0;
  if (text.length > 0 && control / text.length > BINARY_CONTROL_SHARE) {
    throw new PageReadError(file, `not text: ${control} control characters (binary file?)`);
  }
  return { text, encoding };
}

/** `2020-01-18_05_示范区.txt` → issue date, page number, page name. */
const NAME_CONVENTION = /^(\d{4}-\d{2}-\d{2})(?:_(\d{1,3}))?(?:_([^.]+))?\.txt$/i;

export function metaFromName(name: string): PageMeta {
  const m = NAME_CONVENTION.exec(name);
  if (!m) return {};
  const meta: PageMeta = { issueDate: m[1] ?? '' };
  if (m[2]) meta.pageNumber = Number(m[2]);
  if (m[3]) meta.pageName = m[3];
  const checked = PageMeta.safeParse(meta);
  if (!checked.success) throw new PageReadError(name, `the file name gives ${oneLine(checked.error, meta)} (rename it YYYY-MM-DD[_NN][_版名].txt)`);
  return checked.data;
}

/**
 * A validation error as one line: `issueDate "2020-13-45": no such day in the calendar`;
 * an unknown field is named with the fields there are.
 */
export function oneLine(error: z.ZodError, data?: unknown, fields: string[] = Object.keys(PageMeta.shape)): string {
  return error.issues
    .map((i) => {
      if (i.code === 'unrecognized_keys') return `${i.keys.join(', ')}: no such field (the fields: ${fields.join(', ')})`;
      const field = i.path.join('.');
      const value = i.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined), data);
      return `${field || 'the file'}${value !== undefined ? ` ${JSON.stringify(value)}` : ''}: ${i.message}`;
    })
    .join('; ');
}

async function readSidecar(path: string): Promise<PageMeta> {
  const sidecar = path.replace(/\.txt$/i, '') + '.meta.json';
  let raw: string;
  try {
    raw = await readFile(sidecar, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new PageReadError(basename(sidecar), 'cannot read sidecar', { cause: err });
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (cause) {
    throw new PageReadError(basename(sidecar), `not JSON: ${(cause as Error).message}`, { cause });
  }
  const checked = PageMeta.strict().safeParse(data);
  if (!checked.success) throw new PageReadError(basename(sidecar), `invalid page metadata: ${oneLine(checked.error, data)}`);
  return checked.data;
}

/**
 * @param hasSidecar whether `NAME.meta.json` exists, when the caller has listed the folder (else: tried)
 */
export async function readPage(path: string, hasSidecar?: boolean): Promise<PageFile> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path); // a page is small: read at once, faster than through fs/promises
  } catch (cause) {
    throw new PageReadError(basename(path), `cannot read: ${(cause as Error).message}`, { cause });
  }
  const name = basename(path);
  const { text, encoding, replaced = 0 } = decodePage(bytes, name);
  const meta = { ...metaFromName(name), ...(hasSidecar === false ? {} : await readSidecar(join(dirname(path), name))) };
  return { name, path, text, encoding, meta, bytes: bytes.length, replaced };
}
