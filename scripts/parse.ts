/**
 * `npm run --silent parse -- FILE [--issue-date YYYY-MM-DD]`: prints the page model of one page as JSON.
 */
import { readPage } from './lib/read-page.ts';
import { parsePage } from '../src/parse/index.ts';

const [file] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run --silent parse -- FILE');
  process.exit(2);
}
const page = await readPage(file);
const parsed = parsePage(page.text, { file: page.name, meta: page.meta });
process.stdout.write(JSON.stringify(parsed, null, 2) + '\n');
