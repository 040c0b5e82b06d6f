/**
 * Stage 1b: lines that hold several columns side by side → the columns one
 * after another. `pdftotext -layout` keeps a page's columns side by side:
 *
 *   本报讯（记者 张明）3月15 点项目46个，完成投资58.6亿元。电子信 年一季度订单量同比…
 *   日，记者从新区统计局获悉 息、装备制造、新材料三大主导产业合计贡 招聘技术工人200名。
 *
 * and OCR sets the headlines of modules that stand side by side on one line
 * (`简讯            百年古桥完成保护性修缮          全国春季农业生产暨`). Columns
 * are told by where their text starts: a run of two or more spaces separates
 * two columns, and so does a single space where another line of the same band
 * starts a column (a full line of a column runs up to the next with one space).
 * Where text starts is counted in cells as the tool counted them when it
 * padded with spaces — `pdftotext -layout` a cell a character, OCR about two
 * for a Chinese character — and the page tells which: the count that lines
 * its pieces up better. A band is a run of lines without a blank one; its
 * columns are read left to right, each top to bottom, with a blank line
 * between two columns (a column change is a block boundary). Every piece keeps
 * its line number.
 */
import { visibleLength } from './chars.ts';
import type { Line } from './normalize.ts';

interface Piece {
  text: string;
  /** Display cells from the line start (a Chinese character takes two). */
  start: number;
  end: number;
}

/** Two or more spaces: a gap between columns (OCR and `-layout` alike). */
const GAP = /\s{2,}/g;
/** How far a column's text may start from where the band's other lines start it, in display cells. */
const TOLERANCE = 5;
/**
 * A column start seen in this many lines of a band is a column: `pdftotext
 * -layout` sets every piece where it stands on the page, so once is enough;
 * OCR's gaps are rougher.
 */
const SEEN = { 1: 1, 2: 2 } as const;

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/**
 * How a tool counts a character's cells when it pads columns with spaces:
 * `pdftotext -layout` gives every character one cell; OCR and text typed in
 * an editor give a Chinese character or full-width mark two.
 */
type Cells = 1 | 2;

const cellsOf = (ch: string, wide: Cells): number => (wide === 2 && isWide(ch.codePointAt(0) ?? 0) ? 2 : 1);

/** The width of a text in cells. */
function widthOf(s: string, wide: Cells): number {
  let n = 0;
  for (const ch of s) n += cellsOf(ch, wide);
  return n;
}

/** A line's pieces between gaps of two or more spaces. */
function piecesOf(text: string, wide: Cells): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t === '') return;
    const start = widthOf(text.slice(0, from + lead), wide);
    out.push({ text: t, start, end: start + widthOf(t, wide) });
  };
  for (const m of text.matchAll(GAP)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return out;
}

/** Cuts a piece at single spaces where a known column starts inside it. */
function cutAtColumns(p: Piece, starts: number[], wide: Cells): Piece[] {
  const inner = starts.filter((s) => s > p.start + TOLERANCE && s < p.end - 1);
  if (inner.length === 0) return [p];
  const out: Piece[] = [];
  let from = 0;
  let fromCell = p.start;
  let cell = p.start;
  const chars = [...p.text];
  let next = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const target = inner[next];
    if (ch === ' ' && target !== undefined && Math.abs(cell + 1 - target) <= TOLERANCE) {
      out.push({ text: chars.slice(from, i).join(''), start: fromCell, end: cell });
      from = i + 1;
      // The piece after the cut belongs to the column that starts there, whatever its text before it took.
      fromCell = target;
      next++;
    } else if (target !== undefined && cell > target + TOLERANCE) {
      next++;
    }
    cell += cellsOf(ch, wide);
  }
  out.push({ text: chars.slice(from).join(''), start: fromCell, end: cell });
  return out.filter((x) => x.text.trim() !== '');
}

/** Piece starts of a band's lines that hold several pieces, merged within the tolerance. */
function startClusters(rows: Piece[][]): number[][] {
  const all = rows.flatMap((r) => (r.length > 1 ? r.map((p) => p.start) : [])).sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const s of all) {
    const c = clusters.at(-1);
    if (c && s - (c.at(-1) ?? s) <= TOLERANCE) c.push(s);
    else clusters.push([s]);
  }
  return clusters;
}

/** Column starts of a band: piece starts seen in at least SEEN lines. */
const columnStarts = (clusters: number[][], wide: Cells): number[] => clusters.filter((c) => c.length >= SEEN[wide]).map((c) => c[Math.floor(c.length / 2)] as number);

/**
 * How well a way of counting cells lines a band's columns up: pieces that
 * start where another starts too (more is better), then how far apart the
 * starts of one column are (less is better).
 */
function alignment(clusters: number[][]): number {
  let aligned = 0;
  let spread = 0;
  for (const c of clusters) {
    if (c.length < 2) continue;
    aligned += c.length;
    spread += (c.at(-1) as number) - (c[0] as number);
  }
  return aligned * 1000 - spread;
}

interface Band {
  lines: Line[];
  rows: Piece[][];
  clusters: number[][];
}

const bandOf = (lines: Line[], wide: Cells): Band => {
  const rows = lines.map((l) => piecesOf(l.text, wide));
  return { lines, rows, clusters: startClusters(rows) };
};

function readBand({ lines: band, rows, clusters }: Band, wide: Cells): Line[] {
  if (rows.every((r) => r.length <= 1)) return band;
  const starts = columnStarts(clusters, wide);
  const columns: Array<{ start: number; lines: Line[] }> = [];
  band.forEach((line, i) => {
    for (const p of (rows[i] ?? []).flatMap((x) => cutAtColumns(x, starts, wide))) {
      let col = columns.find((c) => Math.abs(c.start - p.start) <= TOLERANCE);
      if (!col) {
        // A line indented inside a column (a paragraph's first line) belongs to it.
        col = columns.filter((c) => c.start <= p.start && p.start - c.start <= TOLERANCE * 2).at(-1);
      }
      if (!col) {
        col = { start: p.start, lines: [] };
        columns.push(col);
      }
      col.lines.push({ no: line.no, text: p.text });
    }
  });
  columns.sort((a, b) => a.start - b.start);
  const out: Line[] = [];
  columns.forEach((c, k) => {
    if (k > 0) out.push({ no: c.lines[0]?.no ?? 0, text: '' });
    out.push(...c.lines);
  });
  return out;
}

/**
 * Reads side-by-side columns one after another, and says which lines held
 * several. A page with no line holding two columns comes back as it was.
 * @example readColumns([{no:1,text:'春耕备耕     老街巷里'},{no:2,text:'正当时       的新生活'}])
 *   // lines: 春耕备耕 / 正当时 / (blank) / 老街巷里 / 的新生活; sideBySide: [1, 2]
 */
export function readColumns(lines: Line[]): { lines: Line[]; sideBySide: number[] } {
  if (!lines.some((l) => l.text.includes('  ') && /\S\s{2,}\S/.test(l.text))) return { lines, sideBySide: [] };
  // Bands: runs of lines without a blank one.
  const runs: Line[][] = [[]];
  for (const l of lines) {
    if (l.text.trim() === '') runs.push([l], []);
    else runs.at(-1)?.push(l);
  }
  // The page's cells counted both ways: the way that lines its columns up better is its tool's.
  let best: { wide: Cells; bands: Band[]; score: number } | null = null;
  for (const wide of [1, 2] as const) {
    const bands = runs.map((r) => bandOf(r, wide));
    const score = bands.reduce((n, b) => n + alignment(b.clusters), 0);
    if (!best || score > best.score) best = { wide, bands, score };
  }
  const { wide, bands } = best as NonNullable<typeof best>;
  const out: Line[] = [];
  const sideBySide: number[] = [];
  for (const band of bands) {
    if (band.lines.length === 1 && band.lines[0]?.text.trim() === '') {
      out.push(...band.lines);
      continue;
    }
    const read = readBand(band, wide);
    if (read !== band.lines) sideBySide.push(...band.lines.filter((l) => /\S\s{2,}\S/.test(l.text)).map((l) => l.no));
    out.push(...read);
  }
  return { lines: out, sideBySide };
}

/** A column's worth of text: a piece of a merged line at least this share of the column width. */
const PIECE_SHARE = 0.6;

/**
 * Lines where the extraction ran two or more columns together with single
 * spaces, as pdftotext's reading order does when columns stand close
 * (`近日，位于东江区的一座百年 面、栏板和桥墩进行了加固和修 春耕备耕现场会召开`).
 * The text cannot tell which piece continues which column, so these lines are
 * reported, not guessed: a line of a narrow-column page far longer than the
 * columns, cut by single spaces into pieces of a column's length.
 */
export function mergedLines(lines: Line[], columnWidth: number): number[] {
  if (columnWidth < 6) return [];
  const out: number[] = [];
  for (const l of lines) {
    if (!l.text.includes(' ') || l.text.length < columnWidth * 1.5) continue;
    if (/\S\s{2,}\S/.test(l.text)) continue; // set side by side, read by position
    if (visibleLength(l.text) < columnWidth * 1.5) continue;
    const pieces = l.text.trim().split(/ +/).filter((p) => /[\u3400-\u9fff]/.test(p) && [...p].length >= columnWidth * PIECE_SHARE);
    if (pieces.length >= 2) out.push(l.no);
  }
  return out;
}
