/**
 * `npm run real-pages -- [--pages N] [--seed S] [--out DIR]`: prints test pages
 * (`test/helpers/printed.ts`) to PDF in Chromium, extracts each with
 * pdftotext, pdftotext -layout and tesseract, parses what they give, and prints
 * the parser's scores per tool against the truth (fuzzy: OCR text is never
 * exact). `--out` keeps every page's HTML, extracted texts, truth and parse.
 * `--from DIR` (repeatable) scores the texts an earlier `--out` kept, without
 * printing or extracting again: the way to see what a parser change does.
 * `--tool T` keeps one tool's lines and misses. `--traditional` prints the pages in
 * traditional characters (and OCR reads them with chi_tra).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { options } from './lib/cli.ts';
import { checkExtractionTools, extractPage, Printer, TOOLS, type Script, type Tool } from './lib/extract.ts';
import { checkLossless, parsePage } from '../src/parse/index.ts';
import { inTraditional, printedPages } from '../test/helpers/printed.ts';
import { canon, scorePage, summarize, type GoldArticle, type GoldPage, type PageScore } from '../test/helpers/score.ts';

const USAGE = 'npm run real-pages -- [--pages N] [--seed S] [--traditional] [--out DIR] [--from DIR]... [--tool T] [--misses]';
const { values } = options(USAGE, {
  options: {
    pages: { type: 'string', default: '12' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    from: { type: 'string', multiple: true },
    tool: { type: 'string' },
    misses: { type: 'boolean', default: false },
    traditional: { type: 'boolean', default: false },
  },
});
const tools = TOOLS.filter((t) => !values.tool || t === values.tool);
const scores = Object.fromEntries(tools.map((t) => [t, [] as PageScore[]]));
const lost: string[] = [];
const absent = Object.fromEntries(tools.map((t) => [t, 0]));
/** Pages whose masthead was read whole: issue date, paper, 版次 and 版名. */
const mastheads = Object.fromEntries(tools.map((t) => [t, 0]));
let articles = 0;

/**
 * Whether the tool's text holds at most half of an article's body (by its runs of
 * three characters): text the tool never gave (OCR skips a caption beside a picture)
 * is no parser's miss, so the output says how many such articles there were.
 */
function absentFrom(text: string, article: GoldArticle): boolean {
  const body = [...article.body_compact];
  if (body.length < 3) return false;
  const have = canon(text);
  let found = 0;
  for (let i = 0; i + 2 < body.length; i++) if (have.includes(body.slice(i, i + 3).join(''))) found++;
  return found < (body.length - 2) / 2;
}

/** Parses and scores one page's texts; keeps them under `dir` when given. */
function score(name: string, truth: GoldPage, texts: Record<Tool, string>, dir: string | null): void {
  articles += truth.articles.length;
  for (const tool of tools) {
    const text = texts[tool];
    const parsed = parsePage(text, { file: `${name}.${tool}.txt` });
    const s = scorePage(truth, parsed, 'fuzzy');
    scores[tool]?.push(s);
    absent[tool]! += truth.articles.filter((a) => absentFrom(text, a)).length;
    const t = truth as GoldPage & { paper?: string; page_number?: number; page_name?: string };
    const read = parsed.printed;
    if (parsed.issueDate === truth.issue_date && read.paper === t.paper && read.pageNumber === t.page_number && read.pageName === t.page_name) mastheads[tool]! += 1;
    else if (values.misses) console.log(`${name} ${tool}: masthead ${JSON.stringify({ issueDate: parsed.issueDate, ...read })}`);
    const loss = checkLossless(text, parsed).total;
    if (loss > 0) lost.push(`${name} ${tool}: ${loss} characters lost`);
    if (values.misses && s.misses.length) console.log(`${name} ${tool}:\n  ${s.misses.join('\n  ')}`);
    if (dir) {
      writeFileSync(join(dir, `${tool}.txt`), text);
      writeFileSync(join(dir, `${tool}.parsed.json`), JSON.stringify(parsed, null, 1));
    }
  }
}

if (values.from) {
  for (const from of values.from) {
    for (const name of readdirSync(from).sort()) {
      const dir = join(from, name);
      if (!existsSync(join(dir, 'truth.json'))) continue;
      const texts = Object.fromEntries(TOOLS.map((t) => [t, readFileSync(join(dir, `${t}.txt`), 'utf8')])) as Record<Tool, string>;
      score(`${from}/${name}`, JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as GoldPage, texts, null);
    }
  }
} else {
  const script: Script = values.traditional ? 'traditional' : 'simplified';
  await checkExtractionTools(script);
  const printer = new Printer();
  try {
    for (const printed of printedPages(Number(values.pages), Number(values.seed))) {
      const p = values.traditional ? inTraditional(printed) : printed;
      const texts = await extractPage(p.html, printer, '.cache/real-pages', script);
      const dir = values.out ? join(values.out, p.name) : null;
      if (dir) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'page.html'), p.html);
        writeFileSync(join(dir, 'truth.json'), JSON.stringify(p.truth, null, 1));
      }
      score(p.name, p.truth, texts, dir);
    }
  } finally {
    await printer.close();
  }
}
console.log(`${scores[tools[0] ?? '']?.length ?? 0} printed pages, ${articles} articles`);
console.log('tool               segment_f1 precision recall body≈ headline date byline kind');
for (const tool of tools) {
  const s = summarize(scores[tool] ?? []);
  console.log(`${tool.padEnd(18)} ${[s.segment_f1, s.precision, s.recall, s.body_exact, s.headline, s.date, s.byline, s.kind].map((x) => String(x).padStart(6)).join('  ')}`);
}
console.log('doubts: of the articles given out wrong, how many say they are doubtful; of those doubtful, how many are wrong');
for (const tool of tools) {
  const s = summarize(scores[tool] ?? []);
  console.log(`${tool.padEnd(18)} ${String(s.wrong_doubted).padStart(6)} % of wrong doubted  ${String(s.doubted_wrong).padStart(6)} % of doubted wrong`);
}
console.log(`mastheads read whole (issue date, paper, 版次, 版名): ${tools.map((t) => `${t} ${mastheads[t]}/${scores[t]?.length ?? 0}`).join(', ')}`);
const gone = tools.filter((t) => absent[t]).map((t) => `${t} ${absent[t]}`);
if (gone.length) console.log(`articles whose text the tool never gave (at most half their body): ${gone.join(', ')}`);
console.log(lost.length ? `text lost:\n  ${lost.join('\n  ')}` : 'no text lost on any page');
