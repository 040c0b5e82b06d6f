/**
 * `npm run --silent parse -- FILE`: prints the page model of one page as JSON,
 * with what the file name or a sidecar says of the page (`read-page.ts`).
 */
import { options } from './lib/cli.ts';
import { PageReadError, readPage } from './lib/read-page.ts';
import { parsePage } from '../src/parse/index.ts';

const USAGE = `npm run --silent parse -- FILE   prints what the parser reads in one page text, as JSON`;
const { positionals } = options(USAGE, { options: {}, allowPositionals: true });
const [file, ...more] = positionals;
if (!file || more.length) {
  console.error(USAGE);
  process.exit(2);
}
try {
  const page = await readPage(file);
  process.stdout.write(JSON.stringify(parsePage(page.text, { file: page.name, meta: page.meta }), null, 2) + '\n');
} catch (err) {
  if (!(err instanceof PageReadError)) throw err;
  console.error(`parse failed: ${err.message}`);
  process.exitCode = 1;
}
