/**
 * `npm run make-archive -- --pages N --out DIR [--seed S] [--start YYYY-MM-DD]`
 * Writes a synthetic archive of N page texts laid out again from the seed pages.
 */
import { join } from 'node:path';
import { ROOT } from './lib/build.ts';
import { options } from './lib/cli.ts';
import { makeArchive } from './lib/make-archive.ts';

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
