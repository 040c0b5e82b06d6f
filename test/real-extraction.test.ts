/**
 * The parser on text real tools produce: printed test pages (other papers,
 * years, 3–6 columns, gutters of 4–8 mm) are printed to PDF by Chromium and
 * extracted by pdftotext, pdftotext -layout and tesseract (Debian packages
 * chromium, poppler-utils, tesseract-ocr, tesseract-ocr-chi-sim and -chi-tra;
 * `.ci/run` installs them). OCR text is never exact, so the scoring is fuzzy.
 *
 * The issue's goals (segmentation F1 ≥ 95, headline ≥ 90, byline, date and
 * kind ≥ 95 for each tool) are NOT reached: `npm run real-pages` prints the
 * table. The floors here hold what is reached on these pages, so that a change
 * that makes the parser worse on real extraction fails.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Converter } from 'opencc-js/t2cn';
import { checkExtractionTools, extractPage, Printer, TOOLS, type Tool } from '../scripts/lib/extract.ts';
import { checkLossless, parsePage } from '../src/parse/index.ts';
import { inTraditional, printedPages, type PrintedPage } from './helpers/printed.ts';
import { scorePage, summarize, type PageScore } from './helpers/score.ts';

const PAGES = Number(process.env.REAL_PAGES ?? 3);
/**
 * What the parser reaches on the first three printed pages of seed 1, a few points below. The pages change
 * when the stories do: on 2026-12-07 (stop 31: mastheads set four ways, three more stories) they measured
 * 46.2, 96.6, 75.9 (the pages before: 66.7, 100, 94.3); on 2026-12-07 (stop 32: four more stories, source
 * credits, ▲, 【】, a signed essay) 57.1, 93.3, 88.9, where the parser of stop 31 measures 63.4, 90.9, 73.2
 * (on stop 31's pages both measure 46.2, 96.6, 75.9). pdftotext's loss against stop 31 is its columns
 * interleaved line by line (the parser warns of them). On 2026-12-07 (stop 38: mastheads set five ways,
 * the fifth `03　要闻`) the pages measure 57.1, 93.3, 87.0, with the parser of stop 37 and of stop 38 alike.
 * On 2026-12-07 (stop 39: three more stories, ten more names) 84.8, 97.1, 91.4 with the parsers of stop 38
 * and 39 alike; stop 38's read page 3's masthead date (`2014.01.01`, set by pdftotext among a column's
 * lines) as text, and the traditional page (seed 30, now a feature of seven sections) as eight reports.
 */
const FLOOR: Record<Tool, number> = { pdftotext: 80, 'pdftotext-layout': 94, tesseract: 88 };

describe('pages printed by Chromium and extracted by real tools', () => {
  const pages = printedPages(PAGES, 1);
  const printer = new Printer();
  const texts: Array<Record<Tool, string>> = [];
  before(async () => {
    await checkExtractionTools();
    for (const p of pages) texts.push(await extractPage(p.html, printer, '.cache/real-pages'));
  });
  after(() => printer.close());

  it('loses no character of any page, whatever the tool', () => {
    pages.forEach((p, i) => {
      for (const tool of TOOLS) {
        const text = texts[i]?.[tool] ?? '';
        assert.equal(checkLossless(text, parsePage(text, { file: `${p.name}.${tool}.txt` })).total, 0, `${p.name} ${tool}`);
      }
    });
  });

  for (const tool of TOOLS) {
    it(`${tool}: finds the articles (segmentation F1 at or above its floor), and reads the masthead and footer as metadata, never as text`, () => {
      const scores: PageScore[] = [];
      pages.forEach((p, i) => {
        const parsed = parsePage(texts[i]?.[tool] ?? '', { file: `${p.name}.${tool}.txt` });
        scores.push(scorePage(p.truth, parsed, 'fuzzy'));
        assert.equal(parsed.printed.paper, p.truth.paper, `${p.name}: the paper's name`);
        assert.equal(parsed.issueDate, p.truth.issue_date, `${p.name}: the issue date`);
      });
      const s = summarize(scores);
      console.log(`${tool}: ${JSON.stringify(s)}`);
      assert.ok(s.segment_f1 >= FLOOR[tool], `${tool}: segment F1 ${s.segment_f1} < ${FLOOR[tool]}\n${scores.flatMap((x) => x.misses).join('\n')}`);
      assert.equal(s.furniture_leaks, 0, `${tool}: page furniture (masthead, credits) read as article text`);
    });
  }
});

describe('a page printed in traditional characters, extracted by real tools', () => {
  // What a Hong Kong paper prints (本報訊, 記者, 責任編輯), read by pdftotext -layout and by OCR in chi_tra.
  const page = inTraditional(printedPages(1, 30)[0] as PrintedPage);
  const toSimplified = Converter({ from: 'hk', to: 'cn' }) as (s: string) => string;
  const printer = new Printer();
  let texts: Record<Tool, string>;
  before(async () => {
    await checkExtractionTools('traditional');
    texts = await extractPage(page.html, printer, '.cache/real-pages', 'traditional');
  });
  after(() => printer.close());

  for (const tool of ['pdftotext-layout', 'tesseract'] as const) {
    it(`${tool}: reads it as well as the same text in simplified characters, its text as printed`, () => {
      const text = texts[tool];
      const parsed = parsePage(text, { file: `${page.name}.${tool}.txt` });
      assert.equal(checkLossless(text, parsed).total, 0, 'no text lost');
      assert.equal(parsed.printed.paper, page.truth.paper, "the paper's name, as printed");
      assert.equal(parsed.issueDate, page.truth.issue_date);
      const simplified = parsePage(toSimplified(text), { file: `${page.name}.${tool}.txt` });
      const truth = JSON.parse(toSimplified(JSON.stringify(page.truth))) as PrintedPage['truth'];
      const [t, s] = [summarize([scorePage(page.truth, parsed, 'fuzzy')]), summarize([scorePage(truth, simplified, 'fuzzy')])];
      console.log(`${tool} traditional: ${JSON.stringify(t)}`);
      for (const key of ['segment_f1', 'headline', 'date', 'byline', 'kind'] as const) assert.equal(t[key], s[key], `${key}: ${t[key]} in traditional, ${s[key]} in simplified`);
      assert.ok(t.segment_f1 > 0 && t.byline > 0, 'articles found, bylines read');
    });
  }
});
