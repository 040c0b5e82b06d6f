/**
 * Stage 3: what each block is, judged from the block alone.
 * Context (what comes before and after) is the segmenter's business.
 */
import { END_BYLINE, isPhotoCredit, parseByline, signsWithoutRole, TEXT_BY } from './byline.ts';
import { BULLET_REPORT, CAPTION_OPENER, CLAUSE_OPENER, KINSOKU, LEAD, leadWrapped, MD_HEADING, OPENS_REPORT, PARAGRAPH_INDENT, SENTENCE_PUNCT, SIDEBAR_LABEL, SUB_DASH, TERMINAL, unspaced, visibleLength } from './chars.ts';
import type { Block, Layout } from './blocks.ts';
import { inFigures } from './numerals.ts';
import { BARE_PAGE_LINE, bareDate, isFurniture, MASTHEAD_LINES, PAGE_HEADER, PAGE_NAME, paperName, WEEKDAY } from './furniture.ts';
import { joinLines } from './text.ts';

export type BlockKind =
  | 'furniture' // page furniture: editor credits, QR promos, picture credits, issue header
  | 'lead' // opens a news report: `本报讯（记者周文涛）…`
  | 'byline' // a feature's byline line: `本报记者 周文涛`, `本报评论员`
  | 'endByline' // a byline after the body: `（记者 孙八）`
  | 'credit' // a photo credit: `本报记者 韩志远 摄`
  | 'heading' // a markdown heading: `#### 聚焦 实体经济 …`
  | 'headline' // short lines with no sentence punctuation: a headline, a subhead, a kicker
  | 'text'; // running text

export interface Classified extends Block {
  index: number;
  kind: BlockKind;
  /**
   * In styles B and C a picture leaves blank lines behind; a short line after them
   * with no sentence end is its caption (`蜂鸟无人机产业园`, `宜游宜购,活力街区`).
   */
  captionCandidate: boolean;
  /**
   * In styles B and C, a line that ends no sentence and holds no full stop may be a
   * headline with commas (`柳城新区:"3521",书写"又快又好"发展新篇章`): it is one
   * when a byline or lead follows.
   */
  headlineCandidate: boolean;
  /**
   * In narrow columns, every line fills the column exactly: running text cut by a
   * column break, when text follows it (`代表团一行还考察` / `了城东一家电子科`), though
   * it has no punctuation — a headline set larger holds fewer characters a line.
   */
  fillsColumn: boolean;
  /**
   * So but its last line, one character short: a line may not open on punctuation, so the
   * character before a comma goes down with it (`的教室、实验室和运动` / `场，并通过…`).
   */
  fillsColumnButLast: boolean;
  /** In narrow columns, the block's first line is a paragraph's (two characters short of the column): text starts here, it does not run on. */
  opensParagraph: boolean;
  /** In narrow columns, the block's first line is longer than the column's: set across columns or in smaller type. */
  widerThanColumn: boolean;
}

/** How many blocks, or lines (MASTHEAD_LINES), from the top a masthead (`江城晚报`) may stand. */
const MASTHEAD_BLOCKS = 3;


/** A byline or credit is one short line (or a few wrapped ones): `本 报 记 / 者 孙 悦 / 摄`. */
const BYLINE_MAX = 32;
/** Headlines run up to a few lines of a narrow column, or one long line in exports. */
const HEADLINE_MAX_LINES = 6;
const HEADLINE_MAX_CHARS = 90;
export const CAPTION_MAX_CHARS = 40;
const IMAGE_GAP = 2;

/** A line that stops on an opening mark is cut mid-phrase: `会议通报了滨河区 《关于`. */
const OPENS_PHRASE = /[《“‘（(「『【]$/;
/** Where a piece came from, closing it on a line of its own: `（来源：人民日报）`, `（据新华社）`, `来源：央视新闻`. Its text. */
const SOURCE_LINE = /^\s*[（(]?\s*(?:来源|稿件来源|信息来源|据|摘自|转自|原载|本文来源)\s*[：:]?\s*[^\s（()）。，]{2,24}\s*[）)]?\s*$/;
/** A turn of an interview, a question however short: `记者：今年有哪些重点？`, `问：…`, `主持人：…`. */
const INTERVIEW_TURN = /^\s*(?:本报记者|记者|问|答|主持人|[QA])\s*[：:]/;

/**
 * In exports a subhead may hold a comma (`产业新城,打造柳城新名片`); it is still a
 * short line that ends without a sentence mark, unlike every paragraph there.
 */
const EXPORT_SUBHEAD_MAX = 30;
const COMMA_ONLY = /^[^。；;]*$/;

/**
 * In narrow columns a headline may hold a comma too (`柳城新区：“3521”，书写…`); a
 * line of running text cut by a column break fills the column, a headline line
 * does not (it is set wider or narrower).
 */
const COLUMN_SLACK = 2;
/**
 * A headline with a comma is short and has one (`柳城新区：“3521”，书写…`); a line of a
 * module set at another width than the page's most common one has more.
 */
const COMMA_HEADLINE_MAX = 32;
const SPANS_COLUMNS = 1.5;

export interface PageShape {
  layout: Layout;
  /** The most common line length of a wrapped page: its column width. */
  columnWidth: number;
}

const MIN_COLUMN_LINES = 3;
/** A wide column's measure (pages set in two or three columns: 30–40 characters a line). */
const WIDE_COLUMN = 30;

/** The column width of a wrapped page: its most common line length among longer lines, seen at least three times. */
export function columnWidth(lines: Array<{ text: string }>): number {
  const counts = new Map<number, number>();
  const spaced = new Map<number, number>();
  for (const l of lines) {
    const n = visibleLength(l.text);
    if (n < 6) continue;
    // A line with a space inside may be columns run together (`…开展义诊，为 居民免费测量…`): it counts only
    // at a length lines without one have too (OCR's stray spaces: `…改造， 已开工改造小区…`).
    const into = /\S \S/.test(l.text.trim()) ? spaced : counts;
    into.set(n, (into.get(n) ?? 0) + 1);
  }
  for (const [n, c] of spaced) if (counts.has(n)) counts.set(n, (counts.get(n) ?? 0) + c);
  // The measure that sets the most text, not the most lines: a page of wide columns may hold more lines of
  // narrow captions (six characters a line) than of its text.
  // A length seen once or twice is no column's (a short page has no width to measure), but the page's
  // longest lines seen twice, as wide as a wide column's, are: short paragraphs in wide columns set few lines full.
  const longest = Math.max(0, ...[...counts].filter(([, c]) => c >= 2).map(([n]) => n));
  const counted = (n: number, c: number) => c >= MIN_COLUMN_LINES || (c >= 2 && n === longest && n >= WIDE_COLUMN);
  let best = 0;
  let bestCount = 0;
  for (const [n, c] of counts) if (counted(n, c) && (c * n > bestCount * best || (c * n === bestCount * best && n > best))) [best, bestCount] = [n, c];
  // Most lines far wider than that: the measure came from a caption's lines, and the text's lines are few and
  // each of its own length (short paragraphs in wide columns); the widest of them is the column's.
  let measured = 0;
  let wider = 0;
  let widest = 0;
  // (Lines with OCR's stray spaces count here too: such a page's text lines are the spaced ones.)
  for (const [n, c] of [...counts, ...[...spaced].filter(([n]) => !counts.has(n))]) {
    measured += c;
    if (n > best * WIDE_CAPTION) wider += c;
    widest = Math.max(widest, n);
  }
  if (bestCount > 0 && wider * 2 > measured && widest >= WIDE_COLUMN) return widest;
  return bestCount > 0 ? best : 0;
}

const OPENERS = /[《“（(「【]/;
/**
 * A bracket or quote opened and not closed: the text runs on (`会议宣读了新区 《关于`).
 * (A parenthesis closed in the other width, as OCR reads it, `党工委（扩大)会议`, is closed; so is one
 * whose opening OCR read as a title's mark, `工信局 《金融局)`.)
 */
function unclosed(s: string): boolean {
  if (!OPENERS.test(s)) return false;
  s = s.replace(/\(/g, '（').replace(/\)/g, '）').replace(/[《〈](?=[^《》〈〉（）]{1,12}）)/g, '（');
  for (const [open, close] of ['《》', '“”', '（）', '「」', '【】']) {
    let depth = 0;
    for (const ch of s) {
      if (ch === open) depth++;
      else if (ch === close && depth > 0) depth--;
    }
    if (depth > 0 && open !== close) return true;
  }
  return false;
}

/** Han characters only, a few, then an ASCII `;` OCR read off the type's edge (no line of text stands alone on one; a colon may end a line that opens a list). */
const LARGE_TYPE_TAIL = /^\s*[\u3400-\u9fff]{4,12};\s*$/;
function isHeadlineLike(block: Block, shape: PageShape): boolean {
  if (block.lines.length > HEADLINE_MAX_LINES) return false;
  // A line of large type OCR ended on a stray mark (`乡村夜市点亮;`): a headline's, the mark no sentence's.
  if (block.lines.length === 1 && LARGE_TYPE_TAIL.test(block.lines[0]?.text ?? '')) return true;
  // A deck opens on its dash (`——重点项目建设提速 企业用工需;` / `旺盛`, OCR's stray mark off large type in it): no
  // sentence of a column's text does, with no comma or full stop in it.
  const deck = block.lines.map((l) => l.text).join('');
  if (block.lines.length <= 2 && SUB_DASH.test(deck) && !/[，。,]/.test(deck) && !TERMINAL.test(deck.trim())) return true;
  // A line far wider than the column, with no sentence in it, is set across columns: its block is no column's text,
  // and a comma line in it may be as long as a column line (`柳城新区：“3521”，书写…` in a 28-character column).
  const spans = shape.layout === 'wrapped' && block.lines.some((l) => visibleLength(l.text) > shape.columnWidth * SPANS_COLUMNS && !SENTENCE_PUNCT.test(l.text));
  if (OPENS_PHRASE.test(block.lines.at(-1)?.text ?? '')) return false;
  if (CAPTION_OPENER.test(block.lines[0]?.text ?? '') || INTERVIEW_TURN.test(block.lines[0]?.text ?? '')) return false;
  // A paragraph's first line, its indent lost (OCR), over a full line of the column: `一场春雨过后，全镇上下` / `抢抓农时…`.
  const indentedOver = (text: string) =>
    block.lines.length === 2 && text === block.lines[0]?.text && visibleLength(text) === shape.columnWidth - PARAGRAPH_INDENT && Math.abs(printWidth(block.lines[1]?.text ?? '') - shape.columnWidth) <= 1;
  for (const { text } of block.lines) {
    const t = text.replace(MD_HEADING, '');
    const n = visibleLength(t);
    if (n > HEADLINE_MAX_CHARS) return false;
    if (!SENTENCE_PUNCT.test(t)) continue;
    const commaHeadline =
      COMMA_ONLY.test(t) &&
      !CLAUSE_OPENER.test(t) &&
      // (Nor, a paragraph a line, a report's opening a column break cut short: `日前，临溪镇新建` / `的三所乡村学校…`.)
      !(shape.layout === 'paragraph' && OPENS_REPORT.test(t)) &&
      // (Nor on a number its unit is on the next line: `确定重点项目136个，总投资742` / `亿元；…`.)
      !/[，,、：:\d]$/.test(t.trim()) &&
      !TERMINAL.test(t) &&
      (shape.layout === 'paragraph'
        ? n <= EXPORT_SUBHEAD_MAX
        : (spans || (Math.abs(n - shape.columnWidth) >= COLUMN_SLACK && !indentedOver(text))) && block.lines.length <= (spans ? 3 : 2) && n <= COMMA_HEADLINE_MAX && (t.match(/[，,]/g) ?? []).length <= 1);
    if (!commaHeadline) return false;
  }
  const all = block.lines.map((l) => l.text).join('');
  return /[\u3400-\u9fff]/.test(all) && !unclosed(all);
}

/**
 * In narrow columns, a caption without credit is one sentence set wider than the
 * columns: under a picture spanning them, or in smaller type under a picture in
 * one (`…湿地公园里，成群的白鹭在水` / `面上觅食嬉戏。`, seventeen characters a line
 * where the column holds fourteen).
 */
const WIDE_CAPTION = 1.2;
const WIDE_CAPTION_MAX = 80;
/** How wide a line is in print, in characters of the text: Latin letters, digits and curly quotes are set half as wide (`“AI+制造”`). */
function printWidth(s: string): number {
  let n = 0;
  for (const ch of s) n += ch === ' ' ? 0 : ch <= '\u00ff' || '“”‘’'.includes(ch) ? 0.5 : 1;
  return n;
}
/** A caption set in smaller type holds at least two characters a line more than the column's text. */
const SMALL_TYPE = 2;
function wideCaption(block: Block, kind: BlockKind, shape: PageShape): boolean {
  if (shape.layout !== 'wrapped' || shape.columnWidth === 0 || kind !== 'text' || block.lines.length > 2) return false;
  const first = printWidth(block.lines[0]?.text.trim() ?? '');
  const text = joinLines(block.lines.map((l) => l.text));
  const n = visibleLength(text);
  const oneSentence = block.lines.length === 1 || (text.match(/[。！？!?；;]/g) ?? []).length === 1;
  const wide = block.lines.length === 1 ? first > shape.columnWidth * WIDE_CAPTION : first >= shape.columnWidth + SMALL_TYPE;
  return wide && n <= WIDE_CAPTION_MAX && oneSentence && TERMINAL.test(text) && !LEAD.test(text) && !/\S \S/.test(text) && !SPEAKS.test(text) && !/[？?]$/.test(text);
}
/** A turn of an interview (`记者：…？`, `负责人：我们推行…`), or a question: no caption says what a picture shows so. */
const SPEAKS = /^\s*(?![左右上下]?图)[\u3400-\u9fff]{1,6}[：:]/;

/**
 * In narrow columns, a caption without credit under a picture: a sentence of a
 * line or two after the blank lines the picture left (`pdftotext -layout` keeps
 * them; running text never has more than one blank line before it).
 */
export const PICTURE_GAP = 3;
function gapCaption(block: Block, kind: BlockKind, shape: PageShape): boolean {
  if (shape.layout !== 'wrapped' || kind !== 'text' || block.blanksBefore < PICTURE_GAP || block.lines.length > 2) return false;
  const text = joinLines(block.lines.map((l) => l.text));
  return visibleLength(text) <= CAPTION_MAX_CHARS && TERMINAL.test(text) && !LEAD.test(text) && (text.match(/[。！？]/g) ?? []).length === 1;
}

const wireLeadWrapped = (block: Block): boolean => {
  const [a, b] = block.lines;
  return a !== undefined && b !== undefined && leadWrapped(a.text, b.text);
};

export function classifyBlock(block: Block, index: number, shape: PageShape): Classified {
  const { layout } = shape;
  const first = block.lines[0]?.text ?? '';
  const joined = joinLines(block.lines.map((l) => l.text));
  const short = visibleLength(joined) <= BYLINE_MAX;
  let kind: BlockKind;
  // At the top a paper's name, a date or a weekday alone (the columns below may cut `2023年7月26日` / `星期三`), or a
  // 版次 in figures with its name (`15 要闻`), is the masthead's.
  const top = index < MASTHEAD_BLOCKS || (block.lines[0]?.no ?? Infinity) <= MASTHEAD_LINES;
  // `文 | 张三` before furniture: its bar is no OCR noise (`图 | 韩志远` is a credit, read below).
  const alone = block.lines.length === 1 && joined.length <= 40;
  const source = alone && SOURCE_LINE.test(joined) && /[（(]|来源/.test(joined);
  if (alone && SIDEBAR_LABEL.test(joined.trim())) kind = 'headline';
  else if (source) kind = 'text';
  else if (short && TEXT_BY.test(first) && !isPhotoCredit(joined) && parseByline(joined) !== null) kind = 'byline';
  else if (isFurniture(joined) || (top && (paperName(joined) !== null || bareDate(joined) !== null || WEEKDAY.test(joined) || BARE_PAGE_LINE.test(joined)))) kind = 'furniture';
  else if (LEAD.test(first) || LEAD.test(unspaced(first)) || wireLeadWrapped(block) || BULLET_REPORT.test(first)) kind = 'lead';
  else if (MD_HEADING.test(first) && block.lines.length === 1) kind = 'heading';
  else if (short && isPhotoCredit(joined)) kind = 'credit';
  else if (short && (parseByline(joined) !== null || signsWithoutRole(joined))) kind = 'byline';
  else if (short && END_BYLINE.test(joined)) kind = 'endByline';
  else if (isHeadlineLike(block, shape)) kind = 'headline';
  else kind = 'text';
  const captionCandidate = wideCaption(block, kind, shape) || gapCaption(block, kind, shape) || (layout === 'paragraph' &&
    (kind === 'headline' || kind === 'text') &&
    block.blanksBefore >= IMAGE_GAP &&
    block.lines.length === 1 &&
    visibleLength(joined) <= CAPTION_MAX_CHARS &&
    !TERMINAL.test(joined));
  const headlineCandidate =
    kind === 'text' &&
    !source &&
    block.lines.length === 1 &&
    visibleLength(joined) <= HEADLINE_MAX_CHARS * 1.5 &&
    // A headline may end on an exclamation or a question (`你好，新时代！`), never a full stop.
    !/[。！？；;!?]/.test(joined.trim().replace(/[！？!?]+["”’」』]?$/, '')) &&
    !/[。；;]/.test(joined) &&
    !/[，,、：:]$/.test(joined);
  // A paragraph's first line is indented two characters: `会议宣读了《关于表彰全市` / `优秀志愿服务组织的通报》的决定`.
  const fills = (l: { text: string }, i: number) => {
    const n = visibleLength(l.text);
    return n === shape.columnWidth || (i === 0 && block.lines.length > 1 && n === shape.columnWidth - PARAGRAPH_INDENT) || (n === shape.columnWidth - 1 && KINSOKU.test(block.lines[i + 1]?.text ?? ''));
  };
  const fillsColumn = layout === 'wrapped' && block.lines.every(fills);
  const fillsColumnButLast =
    layout === 'wrapped' && block.lines.length > 1 && block.lines.slice(0, -1).every(fills) && visibleLength(block.lines.at(-1)?.text ?? '') === shape.columnWidth - 1;
  const opensParagraph = layout === 'wrapped' && block.lines.length > 1 && shape.columnWidth > 0 && visibleLength(first) === shape.columnWidth - PARAGRAPH_INDENT;
  // Spelled out, not spread: one object shape for every block (spreading cost a sixth of a parse).
  const widerThanColumn = layout === 'wrapped' && shape.columnWidth > 0 && visibleLength(first) > shape.columnWidth;
  return { lines: block.lines, blanksBefore: block.blanksBefore, index, kind, captionCandidate, headlineCandidate, fillsColumn, fillsColumnButLast, opensParagraph, widerThanColumn };
}

/**
 * The page's name that OCR set apart from its 版次 (`第5版` / `经济   责任编辑：罗兰`):
 * in the masthead (every block before it furniture), after a 版次 with no name
 * or beside furniture on its own line, a word of a few characters is furniture,
 * not a headline.
 * @example pageNameBlocks(blocks for `第5版` / `经济` / `责任编辑：罗兰`) // `经济` furniture
 */
export function pageNameBlocks(blocks: Classified[]): Classified[] {
  const out = [...blocks];
  // A date alone beside the masthead's furniture (`简讯` / `图书馆延长开放时间` / `2008.01.01` / `A7 综合`) is its issue date.
  out.forEach((b, i) => {
    if (b.kind !== 'furniture' && (out[i - 1]?.kind === 'furniture' || out[i + 1]?.kind === 'furniture') && bareDate(joinLines(b.lines.map((l) => l.text))) !== null) out[i] = { ...b, kind: 'furniture' };
  });
  for (let i = 1; i < out.length; i++) {
    const b = out[i] as Classified;
    if (b.kind === 'furniture') continue;
    const text = joinLines(b.lines.map((l) => l.text)).trim();
    if (b.kind !== 'headline' || !PAGE_NAME.test(text)) break;
    const before = out[i - 1] as Classified;
    const next = out[i + 1];
    const bare = PAGE_HEADER.exec(inFigures(joinLines(before.lines.map((l) => l.text)).trim()));
    const beside = next?.kind === 'furniture' && next.lines[0]?.no === b.lines[0]?.no;
    if ((bare && !bare[3]) || beside) out[i] = { ...b, kind: 'furniture' };
    break;
  }
  return out;
}
