/**
 * `npm run --silent parse -- FILE [--explain]`: prints the page model of one
 * page as JSON, with what the file name or a sidecar says of the page
 * (`read-page.ts`); with `--explain`, why each article starts and ends where it
 * does, and what the parser is unsure of, as text an editor reads.
 */
import type { Page } from '../src/model.ts';
import { options } from './lib/cli.ts';
import { PageReadError, readPage } from './lib/read-page.ts';
import { parsePage } from '../src/parse/index.ts';

const USAGE = `npm run --silent parse -- FILE [--explain]
  prints what the parser reads in one page text, as JSON;
  --explain  says instead why each article starts and ends where it does, and what is doubtful`;
const { positionals, values } = options(USAGE, { options: { explain: { type: 'boolean', default: false } }, allowPositionals: true });
const [file, ...more] = positionals;
if (!file || more.length) {
  console.error(USAGE);
  process.exit(2);
}

/** The page as an editor reads it: each article's lines, kind and title, why it is there, and its doubts. */
function explain(page: Page): string {
  const out: string[] = [];
  const printed = Object.entries(page.printed).map(([k, v]) => `${k} ${v}`).join(', ');
  out.push(`${page.source}: ${page.articles.length} articles, issue date ${page.issueDate ?? 'unknown'}${page.issueDateSource ? ` (${page.issueDateSource})` : ''}${printed ? `; printed: ${printed}` : ''}`);
  for (const a of page.articles) {
    const title = a.headline ? a.headline.main.replace(/\n/g, ' ') : `(no headline) ${(a.body[0]?.text ?? '').slice(0, 20)}…`;
    out.push('', `lines ${a.source.spans.map(([f, t]) => (f === t ? `${f}` : `${f}–${t}`)).join(', ')}  ${a.kind}  ${title}`);
    for (const w of a.why ?? []) out.push(`  because ${w}`);
    if (a.doubts) out.push(`  doubtful: ${a.doubts.join('; ')}`);
  }
  if (page.warnings.length) out.push('', ...page.warnings.map((w) => `warning: line ${w.line}: ${w.message}`));
  if (page.furniture.length) out.push('', `furniture (in no article): ${page.furniture.map((f) => `${f.line}: ${f.text}`).join(' | ')}`);
  return out.join('\n');
}

try {
  const page = await readPage(file);
  const parsed = parsePage(page.text, { file: page.name, meta: page.meta, explain: values.explain });
  process.stdout.write(values.explain ? explain(parsed) + '\n' : JSON.stringify(parsed, null, 2) + '\n');
} catch (err) {
  if (!(err instanceof PageReadError)) throw err;
  console.error(`parse failed: ${err.message}`);
  process.exitCode = 1;
}
