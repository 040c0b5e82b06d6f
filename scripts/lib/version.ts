/**
 * Versions of the code a cache depends on: a short hash of files' paths and
 * contents, so that a cached parse, page or search bundle made by other code is
 * not reused.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The files below `dirs` (relative to `root`) whose names match, sorted; `recursive` descends. */
export async function filesIn(root: string, dirs: string[], match: RegExp, recursive = false): Promise<string[]> {
  const out: string[] = [];
  for (const dir of dirs) {
    const names = (await readdir(join(root, dir), { recursive })).filter((n) => match.test(n)).sort();
    out.push(...names.map((n) => join(dir, n)));
  }
  return out;
}

/** @example await versionOf(ROOT, ['src/search/record.ts']) // 'a3f0…' (16 hex digits) */
export async function versionOf(root: string, files: string[]): Promise<string> {
  const h = createHash('sha256');
  for (const f of files) h.update(f).update(await readFile(join(root, f)));
  return h.digest('hex').slice(0, 16);
}
