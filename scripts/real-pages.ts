/**
 * `npm run real-pages -- [--pages N] [--seed S] [--out DIR]`: prints test pages
 * (`test/helpers/printed.ts`) to PDF in Chromium, extracts each with
 * pdftotext, pdftotext -layout and tesseract, parses what they give, and prints
 * the parser's scores per tool against the truth (fuzzy: OCR text is never
 * exact). `--out` keeps every page's HTML, extracted texts, truth and parse.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { options } from './lib/cli.ts';
import { checkExtractionTools, extractPage, Printer, TOOLS } from './lib/extract.ts';
import { checkLossless, parsePage } from '../src/parse/index.ts';
import { printedPages } from '../test/helpers/printed.ts';
import { scorePage, summarize, type PageScore } from '../test/helpers/score.ts';

const USAGE = 'npm run real-pages -- [--pages N] [--seed S] [--out DIR] [--misses]';
const { values } = options(USAGE, {
  options: { pages: { type: 'string', default: '12' }, seed: { type: 'string', default: '1' }, out: { type: 'string' }, misses: { type: 'boolean', default: false } },
});
await checkExtractionTools();
const pages = printedPages(Number(values.pages), Number(values.seed));
const printer = new Printer();
const scores = Object.fromEntries(TOOLS.map((t) => [t, [] as PageScore[]]));
const lost: string[] = [];
try {
  for (const p of pages) {
    const texts = await extractPage(p.html, printer, '.cache/real-pages');
    const dir = values.out ? join(values.out, p.name) : null;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'page.html'), p.html);
      writeFileSync(join(dir, 'truth.json'), JSON.stringify(p.truth, null, 1));
    }
    for (const tool of TOOLS) {
      const text = texts[tool];
      const parsed = parsePage(text, { file: `${p.name}.${tool}.txt` });
      const s = scorePage(p.truth, parsed, 'fuzzy');
      scores[tool]?.push(s);
      const loss = checkLossless(text, parsed).total;
      if (loss > 0) lost.push(`${p.name} ${tool}: ${loss} characters lost`);
      if (values.misses && s.misses.length) console.log(`${p.name} ${tool}:\n  ${s.misses.join('\n  ')}`);
      if (dir) {
        writeFileSync(join(dir, `${tool}.txt`), text);
        writeFileSync(join(dir, `${tool}.parsed.json`), JSON.stringify(parsed, null, 1));
      }
    }
  }
} finally {
  await printer.close();
}
console.log(`${pages.length} printed pages, ${pages.reduce((n, p) => n + p.truth.articles.length, 0)} articles`);
console.log('tool               segment_f1 precision recall body≈ headline date byline kind');
for (const tool of TOOLS) {
  const s = summarize(scores[tool] ?? []);
  console.log(`${tool.padEnd(18)} ${[s.segment_f1, s.precision, s.recall, s.body_exact, s.headline, s.date, s.byline, s.kind].map((x) => String(x).padStart(6)).join('  ')}`);
}
console.log(lost.length ? `text lost:\n  ${lost.join('\n  ')}` : 'no text lost on any page');
