/**
 * `npm run make-archive -- --pages N --out DIR [--seed S] [--start YYYY-MM-DD]`
 * Writes a synthetic archive of N page texts laid out again from the seed pages.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePage } from '../src/parse/index.ts';
import { synthArchive } from '../src/synth/archive.ts';
import { ROOT } from './lib/build.ts';
import { options } from './lib/cli.ts';

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

if (import.meta.url === `file://${process.argv[1]}`) {
  const usage = `npm run make-archive -- [options]   writes a synthetic archive laid out again from the seed pages

  --pages N              how many page texts (default 100; about 6.5 articles each)
  --out DIR              where they go (default .cache/synthetic)
  --seed S               the same seed gives the same pages (default 1)
  --start YYYY-MM-DD     the first issue's date (default 2015-01-01)`;
  const { values } = options(usage, {
    options: {
      pages: { type: 'string', default: '100' },
      out: { type: 'string', default: join(ROOT, '.cache/synthetic') },
      seed: { type: 'string', default: '1' },
      start: { type: 'string', default: '2015-01-01' },
    },
  });
  const r = await makeArchive(Number(values.pages), values.out, Number(values.seed), values.start);
  console.log(`wrote ${r.pages} pages (~${r.articles} articles) to ${values.out}`);
}
