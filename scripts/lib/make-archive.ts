/** A synthetic archive written to a folder: the seed pages laid out again (`src/synth`), for benchmarks and tests at any size. */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePage } from '../../src/parse/index.ts';
import { synthArchive } from '../../src/synth/archive.ts';
import { ROOT } from './build.ts';

export async function makeArchive(pages: number, out: string, seed = 1, start = '2015-01-01'): Promise<{ pages: number; articles: number }> {
  const seeds = join(ROOT, 'seeds');
  const names = (await readdir(seeds)).filter((n) => n.endsWith('.txt')).sort();
  const sources = await Promise.all(names.map(async (n) => parsePage(await readFile(join(seeds, n), 'utf8'), { file: n })));
  await mkdir(out, { recursive: true });
  let articles = 0;
  let written = 0;
  for (const p of synthArchive(sources, { pages, seed, start })) {
    await writeFile(join(out, p.name), p.text);
    articles += p.articles;
    written++;
  }
  return { pages: written, articles };
}
