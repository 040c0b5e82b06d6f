/**
 * Lays stories out as a printed newspaper page in HTML, for tests that run the
 * page through the tools real archives are fed by: Chromium prints it to PDF,
 * then `pdftotext` (reading order or `-layout`) or OCR (`pdftoppm` +
 * `tesseract`) extract it (`scripts/lib/extract.ts`). The truth is known
 * because the stories are: `printPage` returns it beside the HTML, in the gold
 * pages' form (`shared/gold/README.md`).
 *
 * What the page has, as printed papers do: a masthead line (paper, date and
 * weekday, 版次 and 版名, 责任编辑), 3–6 columns, modules whose headline spans
 * their columns (a kicker above it, a deck below it), bodies flowing down the
 * module's columns, pictures with captions (a credit on the caption's line, on
 * a line of its own, or none), a column of 简讯, and a footer of credits.
 */
import { int, pick, shuffle } from './random.ts';

/** One printed piece, as a person wrote it. */
export interface Story {
  kind: 'news' | 'feature' | 'photo';
  kicker?: string;
  main?: string;
  /** Printed below the main headline: `——重点项目建设提速`. */
  deck?: string;
  /** A line above the body: `本报记者 钱七 文/图`, `本报评论员`. Not body text. */
  bylineLine?: string;
  /** A line after the body: `（记者 孙八）`. Not body text. */
  endByline?: string;
  /** Paragraphs in reading order; a subhead is a feature's section title. */
  paragraphs: Array<{ text: string; subhead?: boolean }>;
  /** A photo's credit: `记者 孙丽 摄`; printed after the caption, on its line or the next. */
  credit?: string;
  reporters: string[];
  correspondents: string[];
  photographers: string[];
  date: string | null;
  dateEnd?: string;
  /** A short item of a 简讯 column. */
  brief?: boolean;
}

export interface PrintOptions {
  random: () => number;
  paper: string;
  /** `YYYY-MM-DD`, printed in the masthead. */
  issueDate: string;
  pageNumber: number;
  pageName: string;
  editor: string;
  /** Columns of the page grid, 3–6. */
  columns: number;
  /** Gutter between columns, in millimetres. */
  gutter: number;
  /**
   * How the masthead is set, as papers differ: 0 `第3版 要闻` · `责任编辑：X`; 1
   * `A03版 要闻` · `责编 X`; 2 the paper's English name, `2031.07.04` with no
   * weekday, `A3 要闻`, `本版编辑 X`; 3 `第3版（要闻）`, `编辑：X 美编：Y`; 4 the
   * 版次 in figures alone, `03　要闻`, `责编：X`.
   */
  masthead?: number;
  /** The paper's English name, for masthead 2: `LINHAI DAILY`. */
  english?: string;
}

/** A page's truth in the gold pages' form, plus what its masthead says. */
export interface PrintedTruth {
  seed: string;
  year: number;
  issue_date: string;
  paper: string;
  page_number: number;
  page_name: string;
  furniture: string[];
  articles: Array<{
    kind: Story['kind'];
    headline: string[];
    headline_compact: string | null;
    reporters: string[];
    correspondents: string[];
    photographers: string[];
    date: string | null;
    date_end?: string;
    body_compact: string;
  }>;
}

const WEEKDAY = ['日', '一', '二', '三', '四', '五', '六'];
/** An A3 page, 10 mm margins. */
const PAGE_W = 297;
const PAGE_H = 420;
const MARGIN = 10;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const compact = (s: string) => s.replace(/\s+/g, '');

/** `2031-07-04` → `2031年7月4日 星期五`. */
function printedDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日 星期${WEEKDAY[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`;
}

/** The masthead's date, 版次 with 版名, and editors' line, in the options' style. */
function mastheadOf(o: PrintOptions): [string, string, string] {
  const [y, m, d] = o.issueDate.split('-');
  const n = o.pageNumber;
  switch (o.masthead ?? 0) {
    case 1:
      return [printedDate(o.issueDate), `A${String(n).padStart(2, '0')}版 ${o.pageName}`, `责编 ${o.editor}`];
    case 2:
      return [`${y}.${m}.${d}`, `A${n} ${o.pageName}`, `本版编辑 ${o.editor}`];
    case 3:
      return [printedDate(o.issueDate), `第${n}版（${o.pageName}）`, `编辑：${o.editor}　美编：${pick(o.random, ['谢文', '邓宁', '冯雪'])}`];
    case 4:
      return [printedDate(o.issueDate), `${String(n).padStart(2, '0')}　${o.pageName}`, `责编：${o.editor}`];
    default:
      return [printedDate(o.issueDate), `第${n}版　${o.pageName}`, `责任编辑：${o.editor}`];
  }
}

function truthOf(s: Story): PrintedTruth['articles'][number] {
  const headline = [s.kicker, s.main, s.deck].filter((x): x is string => Boolean(x));
  const out: PrintedTruth['articles'][number] = {
    kind: s.kind,
    headline,
    headline_compact: headline.length ? compact(headline.join('')) : null,
    reporters: s.reporters,
    correspondents: s.correspondents,
    photographers: s.photographers,
    date: s.date,
    body_compact: compact(s.paragraphs.map((p) => p.text).join('')),
  };
  if (s.dateEnd) out.date_end = s.dateEnd;
  return out;
}

function moduleHtml(s: Story, span: number, o: PrintOptions): string {
  const r = o.random;
  const parts: string[] = [];
  if (s.kind === 'photo') {
    const cap = esc(s.paragraphs.map((p) => p.text).join(''));
    const credit = s.credit ? esc(s.credit) : '';
    parts.push(`<div class="ph" style="height:${int(r, 30, 55)}mm"></div>`);
    if (!credit) parts.push(`<p class="cap">${cap}</p>`);
    else if (r() < 0.5) parts.push(`<p class="cap">${cap}　${credit}</p>`);
    else parts.push(`<p class="cap">${cap}</p><p class="cap credit">${credit}</p>`);
    return parts.join('');
  }
  const size = s.brief ? 11.5 : span === 1 ? 15 : span === 2 ? 19 : 24;
  if (s.kicker) parts.push(`<p class="kicker">${esc(s.kicker)}</p>`);
  if (s.main) parts.push(`<h2 style="font-size:${size}pt">${esc(s.main)}</h2>`);
  if (s.deck) parts.push(`<p class="deck">${esc(s.deck)}</p>`);
  if (s.bylineLine) parts.push(`<p class="byline">${esc(s.bylineLine)}</p>`);
  const body = s.paragraphs.map((p) => (p.subhead ? `<h3>${esc(p.text)}</h3>` : `<p>${esc(p.text)}</p>`));
  if (s.endByline) body.push(`<p class="end">${esc(s.endByline)}</p>`);
  parts.push(`<div class="body" style="column-count:${span};column-gap:${o.gutter}mm">${body.join('')}</div>`);
  return parts.join('');
}

/** Characters a story takes on the page, for filling it: text plus a headline's room. */
const weight = (s: Story) => s.paragraphs.reduce((n, p) => n + p.text.length, 0) + (s.main ? 60 : 0) + (s.kind === 'photo' ? 250 : 0);
/** What an A3 page holds at the body size, in characters, with room for headlines and pictures. */
const PAGE_CAPACITY = 4300;

/**
 * Lays out `stories` (as many as fit; the rest are returned) on one page.
 * Photos follow the story before them into its module's row.
 */
export function printPage(stories: Story[], o: PrintOptions): { html: string; truth: PrintedTruth; rest: Story[] } {
  const r = o.random;
  const colW = (PAGE_W - 2 * MARGIN - (o.columns - 1) * o.gutter) / o.columns;
  const widthOf = (span: number) => span * colW + (span - 1) * o.gutter;

  // Fill the page: stories in order until the page is full.
  const placed: Story[] = [];
  let used = 0;
  let k = 0;
  for (; k < stories.length; k++) {
    const s = stories[k] as Story;
    if (placed.length > 0 && used + weight(s) > PAGE_CAPACITY) break;
    placed.push(s);
    used += weight(s);
  }
  const rest = stories.slice(k);

  // Rows of modules: each row's spans add up to the page's columns.
  const briefs = placed.filter((s) => s.brief);
  const modules: Array<{ stories: Story[]; span: number }> = [];
  for (const s of placed) {
    if (s.brief) continue;
    const last = modules.at(-1);
    if (s.kind === 'photo' && last) last.stories.push(s);
    else modules.push({ stories: [s], span: 0 });
  }
  const rows: Array<Array<{ stories: Story[]; span: number; briefs?: boolean }>> = [];
  let row: Array<{ stories: Story[]; span: number; briefs?: boolean }> = [];
  let left = o.columns;
  const flushRow = () => {
    if (row.length === 0) return;
    // The last module of a row takes what is left of it.
    const lastMod = row.at(-1);
    if (lastMod) lastMod.span += left;
    rows.push(row);
    row = [];
    left = o.columns;
  };
  if (briefs.length > 0) {
    row.push({ stories: briefs, span: 1, briefs: true });
    left -= 1;
  }
  for (const m of modules) {
    const len = m.stories.reduce((n, s) => n + weight(s), 0);
    const want = Math.max(1, Math.min(o.columns, Math.round(len / 500) + int(r, 0, 1)));
    if (left === 0) flushRow();
    m.span = Math.min(want, left);
    row.push(m);
    left -= m.span;
  }
  flushRow();

  const html: string[] = [];
  for (const rw of rows) {
    html.push('<div class="row">');
    for (const m of rw) {
      html.push(`<div class="mod" style="width:${widthOf(m.span).toFixed(1)}mm">`);
      if (m.briefs) {
        html.push('<p class="banner">简讯</p>');
        for (const s of m.stories) html.push(moduleHtml(s, 1, o));
      } else for (const s of m.stories) html.push(moduleHtml(s, m.span, o));
      html.push('</div>');
    }
    html.push('</div>');
  }

  const [date, edition, editorLine] = mastheadOf(o);
  const footer = pick(r, [`美编：${pick(r, ['谢文', '邓宁', '冯雪'])}　校对：${pick(r, ['许可', '蒋南', '沈悦'])}`, `本版图片来源：${o.paper}资料`]);
  const page = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(o.paper)}</title><style>
@page { size: ${PAGE_W}mm ${PAGE_H}mm; margin: ${MARGIN}mm; }
body { margin: 0; font-family: 'Noto Serif CJK SC', serif; font-size: 9.5pt; line-height: 1.5; }
.mast { display: flex; justify-content: space-between; border-bottom: 2px solid #000; padding-bottom: 2mm; margin-bottom: 4mm; font-family: 'Noto Sans CJK SC', sans-serif; }
.mast .paper { font-size: 20pt; font-weight: bold; }
.mast span { align-self: flex-end; }
.row { display: flex; gap: ${o.gutter}mm; align-items: flex-start; border-bottom: 1px solid #000; padding-bottom: 3mm; margin-bottom: 4mm; }
.mod { flex: none; }
h2 { font-family: 'Noto Sans CJK SC', sans-serif; margin: 1mm 0 2mm; line-height: 1.25; }
h3 { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 10.5pt; margin: 2mm 0 1mm; text-align: center; break-after: avoid; }
.kicker, .deck { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 11pt; margin: 0; }
.byline { font-family: 'Noto Sans CJK SC', sans-serif; margin: 1mm 0 2mm; }
.banner { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 14pt; font-weight: bold; border-bottom: 1px solid #000; margin: 0 0 2mm; }
.body { text-align: justify; margin-bottom: 3mm; }
.body p { text-indent: 2em; margin: 0; }
.body p.end { text-align: right; text-indent: 0; }
.ph { background: #bbb; margin: 2mm 0 1mm; }
.cap { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 8.5pt; margin: 0 0 3mm; }
.foot { font-size: 8.5pt; border-top: 1px solid #000; padding-top: 1mm; }
</style></head><body>
<div class="mast"><span class="paper">${esc(o.paper)}${o.masthead === 2 && o.english ? ` <small>${esc(o.english)}</small>` : ''}</span><span>${date}</span><span>${esc(edition)}</span><span>${esc(editorLine)}</span></div>
${html.join('\n')}
<div class="foot">${esc(footer)}</div>
</body></html>
`;
  const truth: PrintedTruth = {
    seed: '',
    year: Number(o.issueDate.slice(0, 4)),
    issue_date: o.issueDate,
    paper: o.paper,
    page_number: o.pageNumber,
    page_name: o.pageName,
    furniture: [o.paper, ...(o.masthead === 2 && o.english ? [o.english] : []), date, edition, editorLine, footer].map(compact),
    articles: placed.map(truthOf),
  };
  return { html: page, truth, rest };
}

/** Stories in a page's order: shuffled, each photo kept after the story before it. */
export function shuffleStories(stories: Story[], random: () => number): Story[] {
  const groups: Story[][] = [];
  for (const s of stories) {
    if (s.kind === 'photo' && groups.length > 0) groups.at(-1)?.push(s);
    else groups.push([s]);
  }
  return shuffle(random, groups).flat();
}
