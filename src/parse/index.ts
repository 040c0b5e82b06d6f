/**
 * parsePage: one page's text → the page model. A pipeline of pure stages:
 *
 *   normalize → blocks → classify → segment → assemble
 *
 * with dates, headlines, bylines and furniture as helpers of those stages. No
 * I/O here: the build and the CLI read files and hand their text in.
 */
import type { Article, Page, PageMeta, Printed } from '../model.ts';
import { detectLayout, joinNoteLabels, paragraphBlocks, peelHeadlines, toBlocks } from './blocks.ts';
import { classifyBlock, columnWidth, pageNameBlocks } from './classify.ts';
import { fullDates, pageYear, parseIso, type PageTime, type YMD, formatDate, isValidDate } from './dates.ts';
import { inFigures } from './numerals.ts';
import { BARE_PAGE_LINE, bareDate, ISSUE_HEADER, PAGE_HEADER, PAGE_NAME, pageNameOf, paperName, readMasthead } from './furniture.ts';
import { normalize, pageBreaks } from './normalize.ts';
import { mergedLines, readColumns } from './columns.ts';
import { segment } from './segment.ts';
import { assembleArticle, type AssembleContext } from './assemble.ts';
import { joinLines } from './text.ts';
import { LEAD } from './chars.ts';
import { readTraditional } from './traditional.ts';

export interface ParseOptions {
  /** The seed file name, carried into every article's source reference. */
  file: string;
  /** What the user stated about the page (sidecar or file name). */
  meta?: PageMeta;
  /** Give each article the reasons for its boundaries (`why`), for `parse --explain`. */
  explain?: boolean;
}

/** The masthead's paper, 版次 and 版名 among the page's furniture (`临海日报`, `第3版 要闻`). */
function printedOf(furniture: string[][]): Printed {
  const out: Printed = {};
  let bare = false;
  for (const lines of furniture) {
    const t = inFigures(joinLines(lines).trim());
    const page = PAGE_HEADER.exec(t);
    // A name set apart from its 版次 (`第5版` / `经济`): next to it.
    if (bare && !page && PAGE_NAME.test(t)) out.pageName = t;
    bare = page !== null && !page[3] && out.pageName === undefined;
    if (page && out.pageNumber === undefined) {
      const n = Number(page[1] ?? page[2]);
      if (n > 0) out.pageNumber = n;
      if (page[3]) out.pageName = page[3].replace(/^[:：”“"]+/, '');
    }
    // In figures with its name (`15 要闻`), at the top.
    const bareNo = page ? null : BARE_PAGE_LINE.exec(t);
    if (bareNo && out.pageNumber === undefined) {
      out.pageNumber = Number(bareNo[1]);
      out.pageName ??= bareNo[2];
    }
    // On a line of its own, not with a character OCR read from a rule above it (`在` / `青州都市报`).
    const paper = (lines.length > 1 ? lines.map(paperName).find((p) => p !== null) : null) ?? paperName(t);
    if (paper && out.paper === undefined) out.paper = paper;
    // A masthead on one line (`楚天都市报 2023年5月8日 星期一 A05版 要闻 责任编辑 张三`).
    const m = page || bareNo || paper ? null : readMasthead(t);
    if (m?.pageNumber !== undefined && m.pageNumber > 0) out.pageNumber ??= m.pageNumber;
    if (m?.pageName !== undefined) out.pageName ??= m.pageName;
    if (m?.paper !== undefined) out.paper ??= m.paper;
  }
  // In brackets, as printed or as OCR reads them: `第5版（要闻）`, `第8版 〈社会)`; after a dot: `第2版·要闻`.
  if (out.pageName) out.pageName = pageNameOf(out.pageName);
  return out;
}

function issueHeader(text: string): YMD | null {
  text = inFigures(text);
  const m = ISSUE_HEADER.exec(text);
  const d = m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : (readMasthead(text)?.date ?? bareDate(text));
  return d && isValidDate(d) ? d : null;
}

/** More articles than a printed page holds: the file is something else (`npm run build` says so). */
const MANY_ARTICLES = 80;

/** Adds a doubt to every article holding one of `nos`. */
function flagLines(articles: Article[], nos: number[], doubt: string): void {
  if (nos.length === 0) return;
  for (const a of articles) {
    if (!nos.some((n) => a.source.spans.some(([from, to]) => n >= from && n <= to))) continue;
    a.doubts = [...(a.doubts ?? []), doubt];
  }
}

/**
 * Parses one page.
 * @example parsePage(' 本报讯（记者张三） 1 月\n16日，…', { file: 'p1.txt' }).articles[0].date
 */
export function parsePage(text: string, options: ParseOptions): Page {
  const traditional = readTraditional(text);
  return traditional ? givenBack(readPage(traditional.text, options), traditional.restore) : readPage(text, options);
}

/** The page read from traditional characters, its text given back as printed (what the parser wrote stays). */
function givenBack(page: Page, restore: (s: string) => string): Page {
  for (const a of page.articles) {
    const h = a.headline;
    if (h) a.headline = { ...(h.kicker && { kicker: restore(h.kicker) }), main: restore(h.main), ...(h.sub && { sub: restore(h.sub) }) };
    const b = a.byline;
    a.byline = { reporters: b.reporters.map(restore), correspondents: b.correspondents.map(restore), photographers: b.photographers.map(restore), text: restore(b.text) };
    a.body = a.body.map((x) => ({ ...x, text: restore(x.text) }));
    if (a.groupTitle) a.groupTitle = restore(a.groupTitle);
    if (a.why) a.why = a.why.map(restore);
  }
  const { paper, pageName } = page.printed;
  if (paper) page.printed.paper = restore(paper);
  if (pageName) page.printed.pageName = restore(pageName);
  for (const x of [...page.furniture, ...page.dropped]) x.text = restore(x.text);
  for (const w of page.warnings) w.message = restore(w.message);
  return page;
}

function readPage(text: string, options: ParseOptions): Page {
  const printed = normalize(text);
  const { lines, sideBySide } = readColumns(printed);
  const layout = detectLayout(lines);
  const shape = { layout, columnWidth: layout === 'wrapped' ? columnWidth(lines) : 0 };
  // Columns the extraction ran together, or set side by side: the text there may be out of order.
  const merged = layout === 'wrapped' ? mergedLines(printed, shape.columnWidth) : [];
  // (A page of columns set side by side or run together, on more than a line, has lines of any length.)
  const cut = layout === 'wrapped' ? peelHeadlines(toBlocks(lines), shape.columnWidth, sideBySide.length === 0 && merged.length < 2) : paragraphBlocks(toBlocks(lines));
  const blocks = pageNameBlocks(joinNoteLabels(cut).map((b, i) => classifyBlock(b, i, shape)));
  const seg = segment(blocks, layout);
  const warnings: Page['warnings'] = [];

  // When the page stands in time: a stated or printed issue date, else full dates in leads, else its years.
  let issueDate: YMD | null = null;
  let issueDateSource: Page['issueDateSource'] = null;
  if (options.meta?.issueDate) {
    issueDate = parseIso(options.meta.issueDate);
    issueDateSource = 'metadata';
  } else {
    for (const f of seg.furniture) {
      const d = issueHeader(joinLines(f.lines.map((l) => l.text)));
      if (d) {
        issueDate = d;
        issueDateSource = 'header';
        break;
      }
    }
  }
  let time: PageTime;
  if (issueDate) {
    time = { ref: issueDate, year: issueDate.y };
  } else {
    const leadDates = seg.articles
      .filter((a) => a.anchor && LEAD.test(a.anchor.lines[0]?.text ?? ''))
      .flatMap((a) => fullDates(joinLines([a.anchor, ...a.body.slice(0, 2)].flatMap((b) => (b ? b.lines.map((l) => l.text) : [])).slice(0, 12)).replace(/\s+/g, '')));
    leadDates.sort((a, b) => formatDate(a).localeCompare(formatDate(b)));
    const ref = leadDates.at(-1) ?? null;
    time = { ref, year: ref?.y ?? pageYear(lines.map((l) => l.text).join('\n')) };
  }

  const blank = new Set(printed.filter((l) => l.text.trim() === '').map((l) => l.no));
  const ctx: AssembleContext = {
    file: options.file,
    layout,
    time,
    issueDate,
    issueDateKnown: issueDate !== null,
    seen: new Set(),
    dropped: [],
    warnings,
    blank: (no) => blank.has(no),
  };

  const articles: Article[] = [];
  const ids = new Map<string, number>();
  const { before, after } = seg.orientation.votes;
  const reading = `the page prints headlines ${seg.orientation.value} their body (${layout === 'paragraph' ? 'a paragraph a line' : `narrow columns; headlines sharing words with the text before them: ${after}, after them: ${before}`})`;
  for (const raw of seg.articles) {
    const a = assembleArticle(raw, ctx);
    if (!a) continue;
    if (options.explain) a.why = raw.headline.length > 0 ? [reading, ...raw.why] : raw.why;
    const n = ids.get(a.id) ?? 0;
    ids.set(a.id, n + 1);
    if (n > 0) a.id = `${a.id}${n + 1}`;
    articles.push(a);
  }

  for (const s of seg.stranded) {
    const line = s.lines[0]?.no ?? 0;
    ctx.dropped.push({ text: s.lines.map((l) => l.text.trim()).join(' '), line, reason: '标题之后没有正文（正文在提取中丢失）' });
    warnings.push({ message: 'headline with no body: its article was lost in extraction', line });
  }

  if (!issueDate) {
    const dates = articles.map((a) => a.date).filter((d): d is string => d !== null).sort();
    const last = dates.at(-1);
    if (last) {
      issueDate = parseIso(last);
      issueDateSource = 'inferred';
    }
  }
  if (lines.every((l) => l.text.trim() === '')) warnings.push({ message: 'empty page', line: 0 });
  if (articles.length > MANY_ARTICLES) {
    warnings.push({ message: `${articles.length} articles on one page (a printed page holds a few dozen at most): is this one page? (repeated text, or several pages in one file)`, line: 0 });
  }

  const sheets = pageBreaks(text);
  if (sheets.length > 0) {
    warnings.push({
      message: `the text holds ${sheets.length + 1} PDF pages (a page ends at line ${sheets.join(', ')}): an article cut there is read in two, out of order; give each printed page its own file`,
      line: sheets[0] ?? 0,
    });
  }

  flagLines(articles, merged, 'merged columns');
  flagLines(articles, sideBySide, 'columns read by position');
  if (merged.length > 0) {
    warnings.push({
      message: `columns run together by the extraction on ${merged.length} lines (${merged.slice(0, 3).join(', ')}${merged.length > 3 ? ', …' : ''}): the text there is out of order; extract the page again with pdftotext -layout (which keeps columns apart) or OCR, or check its articles`,
      line: merged[0] ?? 0,
    });
  }

  const furnitureLines = seg.furniture.map((f) => f.lines.map((l) => l.text));
  return {
    source: options.file,
    printed: printedOf(furnitureLines),
    issueDate: issueDate ? formatDate(issueDate) : null,
    issueDateSource,
    year: issueDate?.y ?? time.year,
    layout,
    articles,
    furniture: seg.furniture
      .sort((a, b) => a.index - b.index)
      .map((f) => ({ text: f.lines.map((l) => l.text.trim()).join(f.lines.some((l) => /[:：]/.test(l.text)) ? ' ' : ''), line: f.lines[0]?.no ?? 0 })),
    dropped: ctx.dropped.sort((a, b) => a.line - b.line),
    warnings: warnings.sort((a, b) => a.line - b.line),
  };
}

export { checkLossless } from './lossless.ts';
