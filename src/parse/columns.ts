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
import { ENDS_CREDIT, HAN, LEAD, LEAD_ROLE, leadReads, OPENS_REPORT, PARAGRAPH_INDENT, TERMINAL, visibleLength } from './chars.ts';
import { PICTURE_GAP } from './classify.ts';
import { isOcrNoise, ISSUE_HEADER, MASTHEAD_LINES, readMasthead } from './furniture.ts';
import { bigrams, share } from './pairs.ts';
import { carryOn } from './carry.ts';
import type { Line } from './normalize.ts';

interface Piece {
  text: string;
  /** Cells from the line start (`Cells`: a Chinese character takes one or two). */
  start: number;
  end: number;
  /** A headline's line cut from the line beside it (`cutAligned`). */
  head?: boolean;
}

/** Two or more spaces: a gap between columns (OCR and `-layout` alike). */
const GAP = /\s{2,}/g;
/**
 * A rule between two columns, which OCR reads as a mark or two between single spaces
 * (`…学校投 。 新大走择导`, `…最鲜明的 。。 新春走基层`): the marks are no text of either column.
 */
const RULE = /(?<=\S) ([。|]{1,2}) (?=\S)/g;
const HAS_RULE = new RegExp(RULE.source);
/** How far a column's text may start from where the band's other lines start it, in display cells. */
const TOLERANCE = 5;
/** Piece starts this close belong to one column (an indent, the drift of cells); columns stand a column's width apart. */
const LINK = 5;
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

const OPENS = new Set([...'（(〈【〔']);
const CLOSES = new Set([...'）)〉】〕']);
/** A byline's length in brackets: `（融媒体记者 潘峰 通讯员 韩冰）`. */
const BRACKETED_MAX = 16;
/**
 * Is the space at `i` inside brackets that open and close near it (`（融媒体记者 潘峰）`)? No column
 * starts there: a cut would leave a bracket open on one side and closed on the other.
 */
function inBrackets(chars: string[], i: number): boolean {
  let opened = false;
  for (let k = i - 1; k >= Math.max(0, i - BRACKETED_MAX); k--) {
    const ch = chars[k] as string;
    if (CLOSES.has(ch)) return false;
    if (OPENS.has(ch)) {
      opened = true;
      break;
    }
  }
  if (!opened) return false;
  for (let k = i + 1; k < Math.min(chars.length, i + BRACKETED_MAX); k++) {
    const ch = chars[k] as string;
    if (OPENS.has(ch)) return false;
    if (CLOSES.has(ch)) return true;
  }
  return false;
}

/** A role word a byline's name follows. */
const ROLE_BEFORE = /(?:记者|通讯员|评论员)$/;
/** A credit's last word, alone after its names. */
const CREDIT_LAST = /^摄影?[）)]?(?: |$)/;
/**
 * Whether a column may start after the single space at `i`: not inside brackets that close near it
 * (`（融媒体记者 潘峰）`), nor right after a signature's ornament (`□ 潘峰`), nor inside a byline or a
 * credit: after a role word, its name after it, or before the credit's last word (`本报通讯员 林峰`,
 * `…现场。 本报记者 唐晓东 摄`). A signature after a role word (`（记者 □ 钟声`) is another column's.
 */
function mayStartColumn(chars: string[], i: number): boolean {
  if (inBrackets(chars, i) || ORNAMENTS.has(chars[i - 1] as string)) return false;
  if (ROLE_BEFORE.test(chars.slice(Math.max(0, i - 3), i).join('')) && !ORNAMENTS.has(chars[i + 1] as string)) return false;
  return !CREDIT_LAST.test(chars.slice(i + 1, i + 4).join(''));
}

const HAN_CHAR = new RegExp(`[${HAN}]`);
/**
 * Where OCR ran two columns' lines together with no space, the rule between them read as a closing
 * quote (`…“三散”治理”初的“差”…`: the line before it has no quote open), or the next line opening
 * on a quote (`…防治工作“好”转变…`): the column may start after the mark, or before it. Null elsewhere.
 */
function ruleMarkAt(chars: string[], i: number): 'after' | 'before' | null {
  const ch = chars[i];
  if ((ch !== '”' && ch !== '“') || !HAN_CHAR.test(chars[i - 1] ?? '') || !HAN_CHAR.test(chars[i + 1] ?? '')) return null;
  if (ch === '“') return 'before';
  let open = 0;
  for (let k = i - 1; k >= 0 && chars[k] !== ' '; k--) open += chars[k] === '“' ? 1 : chars[k] === '”' ? -1 : 0;
  return open > 0 ? null : 'after';
}

/**
 * Cuts a piece at single spaces where a known column starts inside it. A
 * column's lines start a few cells apart (indents, the drift of wide
 * characters): a space anywhere from its leftmost start to its usual one cuts.
 */
function cutAtColumns(p: Piece, columns: Column[], wide: Cells): Piece[] {
  // (A column may start a cell or two before the line's end, where a signature run into it stands: `…（记者 杜鹃 许 □ 卢婷`.)
  const signature = SIGNED_AFTER_SPACE.exec(p.text);
  const signedAt = signature ? p.start + widthOf(p.text.slice(0, signature.index + 1), wide) : -1;
  const inner = columns.filter((c) => c.at > p.start + TOLERANCE && (c.from < p.end - 1 || (signedAt > 0 && signedAt >= c.from - TOLERANCE && signedAt <= c.at + TOLERANCE)));
  if (inner.length === 0) return [p];
  const chars = [...p.text];
  // The cell after each single space where a column may start (the line before it ends at `i`, the
  // next starts at `next`); on OCR's lines, also at a quote mark run into the text where no space is.
  const spaces: Array<{ i: number; next: number; cell: number; mark: boolean }> = [];
  let cell = p.start;
  chars.forEach((ch, i) => {
    const at = cell;
    cell += cellsOf(ch, wide);
    if (ch === ' ' && mayStartColumn(chars, i)) spaces.push({ i, next: i + 1, cell, mark: false });
    else if (wide === 2) {
      const mark = ruleMarkAt(chars, i);
      if (mark === 'after') spaces.push({ i: i + 1, next: i + 1, cell, mark: true });
      if (mark === 'before') spaces.push({ i, next: i, cell: at, mark: true });
    }
  });
  // For each column, of the spaces where it may start, the one nearest where it usually does (a mark only where no space is).
  const cuts: Array<{ i: number; next: number; at: number }> = [];
  for (const c of inner) {
    const after = cuts.at(-1)?.i ?? -1;
    const near = spaces
      .filter((s) => s.i > after && s.cell >= c.from - TOLERANCE && s.cell <= c.at + TOLERANCE)
      .sort((x, y) => Number(x.mark) - Number(y.mark) || Math.abs(x.cell - c.at) - Math.abs(y.cell - c.at))[0];
    if (near) cuts.push({ i: near.i, next: near.next, at: c.at });
  }
  const out: Piece[] = [];
  let from = 0;
  let fromCell = p.start;
  for (const c of cuts) {
    out.push({ text: chars.slice(from, c.i).join(''), start: fromCell, end: fromCell + widthOf(chars.slice(from, c.i).join(''), wide) });
    from = c.next;
    // The piece after the cut belongs to the column that starts there, whatever its text before it took.
    fromCell = c.at;
  }
  out.push({ text: chars.slice(from).join(''), start: fromCell, end: cell });
  return out.filter((x) => x.text.trim() !== '');
}

/** The fewest columns worth reading by order, and the fewest rows that must show them all. */
const ORDER_COLUMNS = 3;
const ORDER_ROWS = 2;
/**
 * The columns of an OCR band whose rows place them inconsistently: OCR sets each line's text where it
 * reckons it stands, a few cells off from the line above (`日前，…三所乡` at cell 49 under `学校投入使用`
 * at 58), so starts alone make two columns of one. Where rows of the band hold the same number of pieces
 * (three or more, the most common count), the band has that many columns, the j-th piece of each such
 * row in the j-th, standing at the middle of their starts.
 */
function columnsInOrder(rows: Piece[][]): Column[] | null {
  const counts = new Map<number, number>();
  for (const r of rows) if (r.length >= ORDER_COLUMNS) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let k = 0;
  for (const [n, seen] of counts) if (seen >= ORDER_ROWS && seen > (counts.get(k) ?? 0)) k = n;
  if (k === 0) return null;
  const full = rows.filter((r) => r.length === k);
  const at = [...Array(k).keys()].map((j) => {
    const xs = full.map((r) => (r[j] as Piece).start).sort((x, y) => x - y);
    return xs[xs.length >> 1] as number;
  });
  // Columns stand further apart than the drift: else the rows are no columns' lines, or a row's j-th piece
  // is no j-th column's (a picture's debris before it).
  const gap = Math.min(...at.slice(1).map((x, j) => x - (at[j] as number)));
  const from = at.map((_, j) => Math.min(...full.map((r) => (r[j] as Piece).start)));
  const to = at.map((_, j) => Math.max(...full.map((r) => (r[j] as Piece).start)));
  if (gap <= LINK * 2 || at.some((_, j) => (to[j] as number) - (from[j] as number) > gap / 2)) return null;
  return at.map((x, j) => ({ from: from[j] as number, at: x }));
}

/**
 * A row of headlines OCR read across the columns with a space between them, a rule beside each read as
 * `”` (`让实干成为最鲜明的 ”临溪镇新建三所乡村 ”冬季供暖设施检修完`): set large, they stand left of the
 * columns' cells, so no column's start cuts them. A row's last piece that holds as many single spaces as
 * there are columns right of its start, every part headline text, is one headline's line a column: cut
 * at each space (with one column right of it, only at a rule's `”`: a headline may hold a space).
 */
function tightHeadlines(row: Piece[], below: Piece[], starts: Column[], rules: string[]): Piece[] | null {
  const p = row.at(-1);
  if (!p || !p.text.includes(' ')) return null;
  const right = starts.filter((c) => c.at > p.start + TOLERANCE);
  const parts = p.text.split(' ');
  if (right.length === 0 || parts.length !== right.length + 1) return null;
  if (right.length === 1 && !parts[1]?.startsWith('”') && !endsUnder(parts, p.start, right[0] as Column, below)) return null;
  if (!parts.every((x) => [...x.replace(/^”/, '')].length >= 2 && headText(x) && !/[“]/.test(x))) return null;
  // (Two rules or more read as `”` come out of the headlines, given before the band as its rules are.)
  const ruled = parts.filter((x) => x.startsWith('”')).length >= 2;
  return [
    ...row.slice(0, -1),
    ...parts.map((part, k) => {
      const text = ruled && k > 0 && part.startsWith('”') ? (rules.push('”'), part.slice(1)) : part;
      const start = k === 0 ? p.start : (right[k - 1] as Column).at;
      return { text, start, end: start + widthOf(text, 2) };
    }),
  ];
}

/**
 * Two headlines' first lines, not one headline's: each goes on in the row below, in its own column,
 * on a line shorter than it (`临溪镇党政代表团赴…开展专 多地加快推进老旧小` over `题招商` and `区改造`). A
 * headline of one line across the two columns has the columns' text under it, lines as long as it.
 */
function endsUnder(parts: string[], start: number, right: Column, below: Piece[]): boolean {
  const under = (at: number) => below.find((q) => Math.abs(q.start - at) <= TOLERANCE);
  return parts.every((part, k) => {
    const q = under(k === 0 ? start : right.at);
    return q !== undefined && headText(q.text) && [...q.text].length < [...part].length;
  });
}

/** Where a band's columns are not known by order: the row below's last piece is the one column right of the row's last. */
function twoHeadlines(row: Piece[], below: Piece[]): Piece[] | null {
  const p = row.at(-1);
  const right = below.filter((q) => p !== undefined && q.start > p.start + TOLERANCE);
  return right.length === 1 ? tightHeadlines(row, below, right.map((q) => ({ from: q.start, at: q.start })), []) : null;
}

/** A rule OCR read as `”` (or `“”`, spaced) after a space, before the next column's first character. */
const RULE_QUOTE = / (?:(”)|(“”) ?)(?=[\u3400-\u9fff])/g;

/**
 * A rule OCR read as `”` between two columns' lines (`百年古桥完成保护性 ”中央省级媒体组团到`), where a
 * line above or below starts a piece in the cell the rule stands in: cut there, the mark given before the
 * band as its other rules are. Null where the row has none.
 */
function cutAtRules(row: Piece[], rows: Piece[][], i: number, rules: string[]): Piece[] | null {
  if (!row.some((p) => p.text.includes(' ”') || p.text.includes(' “”'))) return null;
  const starts = [rows[i - 1], rows[i + 1]].flatMap((r) => (r ?? []).map((p) => p.start));
  let cut = false;
  const out = row.flatMap((p) => {
    const parts: Piece[] = [];
    let from = 0;
    for (const m of p.text.matchAll(RULE_QUOTE)) {
      const cell = p.start + widthOf(p.text.slice(0, m.index + 1), 2);
      const at = starts.find((x) => Math.abs(x - cell) <= TOLERANCE);
      if (at === undefined) continue;
      const left = p.text.slice(from, m.index);
      parts.push({ text: left, start: parts.length === 0 ? p.start : (parts.at(-1) as Piece).start, end: cell - 1 });
      rules.push((m[1] ?? m[2]) as string);
      from = m.index + m[0].length;
      parts.push({ text: '', start: at, end: at });
    }
    if (parts.length === 0) return [p];
    cut = true;
    const last = parts.pop() as Piece;
    parts.push({ text: p.text.slice(from), start: last.start, end: p.end });
    return parts;
  });
  return cut ? out : null;
}

/** A word that can end one headline's line beside another's: headline text, no sentence mark, no byline. */
const headWord = (w: string): boolean => [...w].length >= 4 && headText(w);

/** Cells where a line has a word after a single space that follows a headline word: where a column may start. */
function headBreaks(row: Piece[]): Set<number> {
  const out = new Set<number>();
  for (const p of row) {
    let cell = p.start;
    const words = p.text.split(' ');
    words.forEach((w, k) => {
      cell += [...w].length + 1;
      if (k < words.length - 1 && headWord(w) && words[k + 1] !== '') out.add(cell);
    });
  }
  return out;
}

/**
 * Cuts a line's pieces where headlines and bylines set side by side over
 * their modules stand one under another: `pdftotext -layout` runs them
 * together with one space, and the lines of each start in the same cell
 * (`全国春季农业生产暨 老街巷里的新生活` over `春耕备耕现场会召开 本报记者 范文 文/图`).
 * A cut needs a headline word before the space in this line and in the line
 * above or below at the same cell: a headline of two phrases (`稳住基本盘
 * 跑出加速度`), or a deck, has no such neighbour.
 */
function cutAligned(row: Piece[], at: Set<number>): Piece[] {
  if (at.size === 0) return row;
  return row.flatMap((p) => {
    const out: Piece[] = [];
    const chars = [...p.text];
    let from = 0;
    const push = (to: number, cut: boolean) => {
      const text = chars.slice(from, to).join('');
      // A headline's line beside the cut is marked, to be kept with the headline line above it.
      const head = (cut || from > 0) && headWord(text);
      out.push({ text, start: p.start + from, end: p.start + to, ...(head ? { head } : {}) });
    };
    chars.forEach((ch, i) => {
      if (ch === ' ' && at.has(p.start + i + 1) && !inBrackets(chars, i)) {
        push(i, true);
        from = i + 1;
      }
    });
    push(chars.length, false);
    return out;
  });
}

/** A character's share of a column line: Latin letters and digits are set narrower than Chinese. */
const measure = (s: string): number => {
  let n = 0;
  for (const ch of s) n += /[A-Za-z0-9.%\-+]/.test(ch) ? 0.55 : ch === ' ' ? 0 : 1;
  return n;
};

/**
 * A full column line, against the column's usual line: a paragraph's first
 * line starts two characters in, and a line of digits measures a little short
 * (below); punctuation set narrow lets a character or two more in (above).
 */
const FULL_BELOW = 3.5;
const FULL_ABOVE = 2;

/** A signature's ornament and the name's first character: `□ 潘峰`. */
const SIGNATURE_START = String.raw`[□◎]\s*[\u3400-\u9fff]`;
/** A signature after a space (`… □ 潘峰`): another column's piece run into a line. */
const SIGNED_AFTER_SPACE = new RegExp(` ${SIGNATURE_START}`);
const ORNAMENTS = new Set([...'□◎■']);
/** What only a piece opens with: its byline, signature or lead (`本报记者 程远`, `□ 潘峰`, `本报讯`, `新华社北京…电`). */
const PIECE_OPENER = new RegExp(`^(?:本报(?:记者|讯|评论员)|新华社|${SIGNATURE_START})`);

/**
 * Cuts a piece at single spaces after a full column line: `pdftotext -layout`
 * runs a full line into the next column's with one space, wherever the next
 * column starts (its cells drift a few from the column's start, as wide
 * characters push it), while a line's own spaces (`本报讯 3月5日起`) come
 * before the line is full. The piece after a cut belongs to the column start
 * nearest it.
 */
const ENDS_CLAUSE = /[。！？!?”」）)]/;
function cutFullLines(p: Piece, width: number, starts: number[]): Piece[] {
  if (width === 0 || !p.text.includes(' ') || measure(p.text) <= width + FULL_ABOVE) return [p];
  const out: Piece[] = [];
  const chars = [...p.text];
  let from = 0;
  let fromCell = p.start;
  for (;;) {
    // The last single space at which the line from `from` is full (a line's own spaces come earlier),
    // or the first where a byline or lead begins (`…石拱古桥 本报记者 程远 文/图`).
    // (Of two such spaces, the one nearer the column's width: `…方便 常乐 报道…` in a column of twelve is cut
    // after `方便`, the next column's name drifted into this line; as near, the one that leaves the line no longer
    // than the column's (`…几个大型居民 潘峰 报道` in a column of twelve, after `居民`); after a sentence's end the
    // later one, a credit's first character wrapped there: `…装箱。 记` / `者 卢婷 摄`.)
    let m = 0;
    let cut = -1;
    let off = Infinity;
    for (let i = from; i < chars.length; i++) {
      const ch = chars[i] as string;
      if (ch === ' ' && i > from && chars[i - 1] !== ' ' && chars[i + 1] !== ' ' && m >= width - FULL_BELOW && !inBrackets(chars, i) && (Math.abs(m - width) < off || (Math.abs(m - width) === off && m <= width) || ENDS_CLAUSE.test(chars[cut - 1] ?? ''))) {
        cut = i;
        off = Math.abs(m - width);
        if (PIECE_OPENER.test(chars.slice(i + 1, i + 6).join(''))) break;
      }
      m += measure(ch);
      if (m > width + FULL_ABOVE) break;
    }
    if (cut < 0) break;
    out.push({ text: chars.slice(from, cut).join(''), start: fromCell, end: p.start + cut });
    const cell = p.start + cut + 1;
    // One space stands for a wider gutter: the text drifts left of where its column starts, so a tie goes right.
    const near = starts.filter((s) => Math.abs(s - cell) <= TOLERANCE * 2).sort((x, y) => Math.abs(x - cell) - Math.abs(y - cell) || y - x)[0];
    fromCell = near ?? cell;
    from = cut + 1;
  }
  out.push({ text: chars.slice(from).join(''), start: fromCell, end: p.start + chars.length });
  return out.filter((x) => x.text.trim() !== '');
}

/** A closing byline in its brackets: `（记者 龚琳）`, `（记者 韦华 摄）`. */
const BRACKETED_BYLINE = String.raw`[（(]\s*${LEAD_ROLE}[^（()）]{1,${BRACKETED_MAX}}[）)]`;
/** One then one space and text: `（记者 程远） 位前排起了…`. */
const BYLINE_THEN_TEXT = new RegExp(String.raw`^(${BRACKETED_BYLINE}) (?=\S)`);
/** One on its own. */
const CLOSING_BYLINE = new RegExp(String.raw`^\s*${BRACKETED_BYLINE}\s*$`);

/**
 * A closing byline set right in its column, run into the next column's line with one space: nothing
 * follows a closing byline in its own column's line, so the line is cut after it.
 */
function cutAfterByline(p: Piece): Piece[] {
  const m = BYLINE_THEN_TEXT.exec(p.text);
  if (!m) return [p];
  const n = [...(m[1] as string)].length;
  return [
    { text: m[1] as string, start: p.start, end: p.start + n },
    { text: p.text.slice(m[0].length), start: p.start + n + 1, end: p.end },
  ];
}

/** The usual length of a column line on a page set a character to a cell: the most common length of its pieces. */
function usualWidth(bands: Band[]): number {
  const counts = new Map<number, number>();
  for (const b of bands) for (const r of b.rows) for (const p of r) {
    const n = Math.round(measure(p.text));
    if (n >= 6 && !p.text.includes(' ')) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [n, c] of counts) if (c > bestCount || (c === bestCount && n > best)) [best, bestCount] = [n, c];
  return bestCount >= 3 ? best : 0;
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
const columnStarts = (clusters: number[][], wide: Cells): Column[] =>
  clusters
    .filter((c) => c.length >= SEEN[wide])
    .map((c) => {
      const at = c[Math.floor(c.length / 2)] as number;
      // OCR's cells are rough: only `-layout`'s leftmost start is where a column's line may start.
      return { from: wide === 1 ? (c[0] as number) : at, at };
    });

/** A column's start: where its lines usually start (`at`), and the leftmost any does (`from`). */
interface Column {
  from: number;
  at: number;
}

interface Band {
  lines: Line[];
  rows: Piece[][];
  clusters: number[][];
}

/** A piece OCR made of a picture or a rule: a Han character at most, or letters and marks. */
function debris(p: Piece): boolean {
  let han = 0;
  for (let i = 0; i < p.text.length && han < 2; i++) {
    const c = p.text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) han++;
  }
  return han <= 1 || isOcrNoise(p.text);
}

const bandOf = (lines: Line[], wide: Cells): Band => {
  const rows = lines.map((l) => piecesOf(l.text, wide));
  // (OCR's reading of a picture's texture, `全    |    |`, `攻   [一     e@`, stands in no column.)
  return { lines, rows, clusters: startClusters(wide === 2 ? rows.filter((r) => !r.every(debris)) : rows) };
};

/** Words of bylines, leads and credits: no headline line holds them. */
const BYLINE_WORD = /本报|记者|通讯员|评论员|新华社|摄/;

/** Sentence punctuation: a headline has none. */
const SENTENCE_MARK = /[，。；：、！？,;:!?]/;

/** Text a headline's line may be: no sentence mark, no byline's word. */
const headText = (t: string): boolean => !SENTENCE_MARK.test(t) && !BYLINE_WORD.test(t);
/** A column's line that is, or may be, a headline's. */
const headLine = (l: { text: string; head?: boolean }): boolean => l.head === true || headText(l.text);

/** A line read into a column: where its piece started, and whether it is a headline's. */
type ColumnLine = Line & { head?: boolean; start?: number };
/** A column of a band: where it starts, and its lines in rows' order. */
interface BandColumn {
  start: number;
  lines: ColumnLine[];
}

/**
 * Two columns whose lines never share a row, where the left one's lines reach past where the right one's
 * start, cannot stand side by side: they are one column `-layout` set a few cells apart in some rows (a
 * module's rows beside a wider one's moved: `清晨七点，…` at 57 over `去年以来，…` at 67), or one module
 * over another. Either way they read by row: merged into the left one.
 */
function mergeShifted(columns: BandColumn[], standsAt: (c: BandColumn) => number): void {
  for (let k = columns.length - 2; k >= 0; k--) {
    const [left, right] = [columns[k] as BandColumn, columns[k + 1] as BandColumn];
    if (left.lines.length === 0 || right.lines.length === 0) continue;
    const rows = new Set(left.lines.map((l) => l.no));
    if (right.lines.some((l) => rows.has(l.no))) continue;
    const placed = left.lines.filter((l) => l.start !== undefined && !l.head);
    const over = placed.filter((l) => (l.start as number) + measure(l.text) > right.start + LINK);
    if (over.length < 2 || over.length * 2 < placed.length || right.lines.filter((l) => l.start !== undefined && !l.head).length < 2) continue;
    // (A line keeps its indent: where it starts from where its own column stands.)
    const moved = right.lines.map((l) => (l.start === undefined ? l : { ...l, start: l.start - standsAt(right) + standsAt(left) }));
    left.lines = [...left.lines, ...moved].sort((x, y) => x.no - y.no);
    columns.splice(k + 1, 1);
  }
}

/** How much of a headline's pairs a line opening its report says (OCR's line set in the first cell). */
const SAYS_OTHER_HEAD = 0.3;

/** The fewest phrases of a kicker set beside another column's headline. */
const KICKER_PHRASES = 3;

/** A row of headlines side by side (`多地加快推进老旧小 百年古桥完成保护性`): its headlines, or null. */
function headlineRow(text: string): string[] | null {
  const parts = text.trim().split(/\s+/);
  return parts.length >= 2 && parts.every((p) => !SENTENCE_MARK.test(p) && /[\u3400-\u9fff]/.test(p)) && !BYLINE_WORD.test(text) ? parts : null;
}

/**
 * Lines of one piece each, no blank line between them, whose text starts a column's width or more
 * from where the line above started: two modules, one under the other (a report in the page's right
 * column, then a caption set across the page from its left edge). A blank line stands between them.
 */
function modulesApart(band: Line[], rows: Piece[][], width: number): Line[] {
  const out: Line[] = [];
  band.forEach((l, i) => {
    const [at, above] = [rows[i]?.[0]?.start, rows[i - 1]?.[0]?.start];
    if (at !== undefined && above !== undefined && Math.abs(at - above) > width) out.push({ no: l.no, text: '' });
    out.push(l);
  });
  return out.length === band.length ? band : out;
}

function readBand({ lines: band, rows, clusters }: Band, wide: Cells, width: number, rules: string[], guessed: Set<number>): Line[][] {
  if (rows.every((r) => r.length <= 1)) return [wide === 1 && width > 0 ? modulesApart(band, rows, width) : band];
  const starts = columnStarts(clusters, wide);
  const columns: BandColumn[] = [];
  // Where a column's line is full, it ends there; what is left longer than a line (headlines run
  // together) is cut where a column starts.
  const breaks = wide === 1 ? rows.map(headBreaks) : [];
  // Headline rows (`多地加快推进老旧小 百年古桥完成保护性 松林县新建三所乡村`) are set larger than the cells
  // count: their pieces stand left of their columns. Columns are found from the other rows.
  const heads = band.map((l) => (wide === 1 ? headlineRow(l.text) : null));
  // A row of phrases one space apart, with a line under (or over) it that is one piece from under its
  // first phrase past its second's end: the row is one headline's kicker over the module's whole width
  // (`核心板块区 创新引领区 集聚发展区` over a headline set across the columns), not headlines side by side.
  // Phrases set wider apart (`五项任务抓落实        “两城一区”谱新篇`) are one headline so over a deck under it
  // (`——…报告解读（三）`), not over text.
  const gapped = band.map((l) => /\S {2,}\S/.test(l.text.trim()));
  const runsUnder = (i: number, parts: string[]) => {
    const from = widthOf(band[i]?.text.slice(0, band[i]!.text.indexOf(parts[1] ?? '')) ?? '', wide);
    const second = from + widthOf(parts[1] ?? '', wide);
    const first = rows[i]?.[0]?.start ?? 0;
    return [i - 1, i + 1].some((j) => {
      const p = rows[j]?.length === 1 ? rows[j]?.[0] : undefined;
      if (p === undefined || p.start > first + LINK || heads[j]) return false;
      // (A deck under phrases set wide apart reaches under the second, however short: `稳就业促增收        共绘好光景`
      // over `全县多措并举…帮扶`.)
      return gapped[i] ? j === i + 1 && headText(p.text) && p.end > from + 2 : p.end > second;
    });
  };
  const kicker = band.map((_, i) => heads[i] !== null && runsUnder(i, heads[i] ?? []));
  // …or a piece of the row beside another column's headline (`临溪镇新建三所乡村学校   湖城的生态涵养区 科创的创新
  // 高地区 产业的集聚发展区` over `投入使用   南湖新区：“3521”，书写…`): its phrases are one kicker.
  const phrasesOver = (i: number, p: Piece, after: number) => {
    const phrases = p.text.split(' ');
    if (phrases.length < KICKER_PHRASES) return false;
    const second = p.start + widthOf(`${phrases[0]} ${phrases[1]}`, wide);
    return [i - 1, i + 1].some((j) => !heads[j] && (rows[j] ?? []).some((q) => q.start > after && q.start <= p.start + LINK && q.end > second));
  };
  const kickerBeside = band.map((_, i) => !kicker[i] && heads[i] !== null && (rows[i] ?? []).some((p, k) => k > 0 && phrasesOver(i, p, rows[i]?.[k - 1]?.end ?? 0)));
  // A line's piece starts after a gap, where a single space in the line above or below may cut too.
  const startsNear = (j: number, c: number) => rows[j]?.some((p) => p.start === c && p.start > 0) ?? false;
  const ocrColumns = wide === 2 ? columnsInOrder(rows) : null;
  const cut = band.map((_, i) => {
    const ruled = ocrColumns || wide !== 2 ? null : cutAtRules(rows[i] ?? [], rows, i, rules);
    const tight = ocrColumns ? tightHeadlines(rows[i] ?? [], rows[i + 1] ?? [], ocrColumns, rules) : wide === 2 ? twoHeadlines(ruled ?? rows[i] ?? [], rows[i + 1] ?? []) : null;
    if (tight) return tight;
    if (kickerBeside[i]) return rows[i] ?? [];
    if (kicker[i]) {
      const r = rows[i] ?? [];
      return gapped[i] && r.length > 1 ? [{ text: band[i]?.text.trim() ?? '', start: r[0]?.start ?? 0, end: r.at(-1)?.end ?? 0 }] : r;
    }
    const mine = breaks[i];
    // A break shared with the line above or below, or where the line above or below starts a piece
    // after a gap (`百年古桥完成保护性 新春走基层` over `修缮        守护万家灯火的人`).
    const shared = new Set([...(mine ?? [])].filter((c) => breaks[i - 1]?.has(c) || breaks[i + 1]?.has(c) || startsNear(i - 1, c) || startsNear(i + 1, c)));
    // (A row cut at its rules is cut at its columns' starts too: `…加压奋。 2015年1月，… 煤复燃。… ”校,`.)
    const aligned = cutAligned(ruled ?? rows[i] ?? [], shared);
    const full = wide === 1 ? aligned.flatMap(cutAfterByline).flatMap((x) => cutFullLines(x, width, starts.map((c) => c.at))) : aligned;
    // (A piece no longer than a column's line is cut only at a signature where a column starts: `…（记者 □ 潘峰`.)
    return full.flatMap((x) => (wide === 1 && width > 0 && measure(x.text) <= width + FULL_ABOVE && !SIGNED_AFTER_SPACE.test(x.text) ? [x] : cutAtColumns(x, starts, wide)));
  });
  kickerBeside.forEach((k, i) => (kicker[i] ||= k));
  // A headline row's piece run on past its column with one space, where the text under its start says the
  // words before the space and not those after: two headlines side by side, the second set across the
  // columns beside (`春耕备耕现场会在东江 全区经济工作会议…部署` over `召开` / `…春耕备耕现场会今天在东江召开`).
  if (wide === 1 && width > 0) cut.forEach((r, i) => (cut[i] = heads[i] && !kicker[i] ? r.flatMap((p) => splitByWords(p, i)) : r));
  // Lines cut where no gap stood, at one space: where the columns were read by a guess.
  cut.forEach((r, i) => {
    if (r.length > (rows[i]?.length ?? 0)) guessed.add(band[i]?.no ?? 0);
  });
  function splitByWords(p: Piece, i: number): Piece[] {
    if (!p.text.includes(' ') || measure(p.text) <= width + FULL_ABOVE) return [p];
    const under = cut
      .slice(i + 1, i + 1 + HEAD_LOOKAHEAD)
      .flatMap((r, k) => (heads[i + 1 + k] ? [] : r.filter((q) => Math.abs(q.start - p.start) <= LINK).map((q) => q.text)))
      .join('');
    const chars = [...p.text];
    for (let k = 0; k < chars.length; k++) {
      if (chars[k] !== ' ' || inBrackets(chars, k)) continue;
      const left = chars.slice(0, k).join('');
      if (measure(left) > width + FULL_ABOVE) break;
      const right = chars.slice(k + 1).join('');
      if (share(bigrams(left), under) >= SAYS_HEAD && share(bigrams(right), under) < SAYS_HEAD / 2) {
        const end = p.start + widthOf(left, wide);
        return [{ text: left, start: p.start, end, head: true }, { text: right, start: end + 1, end: p.end, head: true }];
      }
    }
    return [p];
  }
  // A headline set across the columns is longer than a column's line: the words after its spaces are
  // its own, not a column's — after its own line's last space (`…第三次会议要求 凝` / `心聚力 真抓实干…`),
  // and along a line under such a line, starting where it starts (`…安全` / `生产委员会…要求 凝心聚力 真抓`).
  const spanned = new Set<number>();
  if (wide === 1 && width > 0) {
    const headish = (t: string) => headText(t) && /^[\u3400-\u9fff（）()《》“”]+$/.test(t.trim());
    const across = (p: Piece | undefined) => p !== undefined && headish(p.text.replace(/ /g, '')) && measure(p.text) > width + FULL_ABOVE;
    // A headline's line set under its first, across the columns, within that line's width: the headline's however long
    // (a first line with a space in it may be two headlines run together, cut below).
    const under = (i: number, p: Piece) => [1, 2, 3].some((k) => (cut[i - k] ?? []).some((q) => across(q) && !q.text.includes(' ') && q.start <= p.start + 2 && q.end >= p.end - 2));
    cut.forEach((r, i) => {
      const out: Piece[] = [];
      for (const p of r) {
        const prev = out.at(-1);
        const spans = prev !== undefined && (across(prev) || (cut[i - 1] ?? []).some((q) => across(q) && Math.abs(q.start - (prev?.start ?? 0)) <= 2));
        const word = [...p.text.replace(/ /g, '')].length;
        if (prev && headish(prev.text.replace(/ /g, '')) && headish(p.text.replace(/ /g, '')) && p.start <= prev.end + width && ((spans && (word <= 3 || (word <= 6 && !across(prev)))) || under(i, p))) {
          out[out.length - 1] = { text: `${prev.text} ${p.text.trim()}`, start: prev.start, end: p.end };
          spanned.add(i);
        } else out.push(p);
      }
      cut[i] = out;
    });
  }
  // Two headlines side by side, set large, their first lines run together with one space, their second
  // lines apart (`多地加快推进老 临溪镇新建三所` over `旧小区改造      乡村学校投入使`): the first lines are cut
  // there, the second headline's where its second line stands.
  if (wide === 1 && width > 0)
    cut.forEach((r, i) => {
      const heads = (k: number) => (cut[k] ?? []).filter((q) => [...q.text].length >= 2 && headText(q.text));
      cut[i] = r.flatMap((p) => {
        const m = /^(\S+) (\S+)$/.exec(p.text);
        if (!m || spanned.has(i)) return [p];
        const [, x = '', y = ''] = m;
        if (!headWord(x) || [...y].length < 3 || SENTENCE_MARK.test(y) || BYLINE_WORD.test(y)) return [p];
        const at = p.start + widthOf(`${x} `, wide);
        // The two headlines' lines, the second standing at `start`.
        const split = (start: number): Piece[] => [
          { text: x, start: p.start, end: p.start + [...x].length, head: true },
          { text: y, start, end: start + [...y].length, head: true },
        ];
        // A headline's last words run into the line of a headline under a banner (`简讯 乡村夜市点亮消费` over
        // `图书馆延长开放时间 新场景`): a few words under a headline's line of the row above, which starts right
        // of the line's start, go on with that headline.
        const over = [...y].length <= 4 ? heads(i - 1).find((q) => q.start > p.start + 2 && q.start >= at - LINK * 2 && q.start <= at + width) : undefined;
        if (over) return split(over.start);
        // Their second lines stand on the next row, or rows below where the lines beside them are smaller.
        let below = heads(i + 1);
        let first = below.find((q) => Math.abs(q.start - p.start) <= 2);
        for (let k = i + 2; !first && k <= i + 1 + PICTURE_ROWS; k++) {
          below = heads(k);
          first = below.find((q) => Math.abs(q.start - p.start) <= LINK);
        }
        const second = first && below.find((q) => q.start > first.end && q.start <= p.end + width);
        // A second headline of one line (`百年古桥完成保 老屋的枣树` over `护性修缮`): its piece's byline or lead
        // stands under it, a few rows down, in the cell where it starts.
        const own = first && !second ? cut.slice(i + 1, i + 2 + PICTURE_ROWS * 2).some((r) => r.some((q) => Math.abs(q.start - at) <= 1 && (PIECE_OPENER.test(q.text) || LEAD.test(q.text)))) : false;
        if (!first || (!second && !own)) return [p];
        return split(second?.start ?? at);
      });
    });
  // OCR opens every line on its text: a row's first piece stands in the first cell whatever column it is
  // in. One that says the words of a headline of the rows above, right of the first column and left of
  // the row's next piece (`日前，临溪镇新建的三所乡` under `临溪镇新建三所乡村`), and none of the first
  // column's, stands under that headline.
  if (wide === 2)
    cut.forEach((r, i) => {
      const p = r[0];
      if (!p || p.start > 0 || i === 0 || !SENTENCE_MARK.test(p.text)) return;
      const above = [cut[i - 1], cut[i - 2]].flatMap((row) => row ?? []);
      const says = (q: Piece) => share(bigrams(q.text), p.text);
      if (above.some((q) => q.start <= LINK && says(q) > 0)) return;
      // (Each candidate's pairs counted once; the first that says most wins.)
      let home: Piece | undefined;
      let most = SAYS_OTHER_HEAD;
      for (const q of above) {
        if (q.start <= LINK || q.end >= (r[1]?.start ?? Infinity) || !headText(q.text)) continue;
        const n = says(q);
        if (n > most || (home === undefined && n >= most)) [home, most] = [q, n];
      }
      if (home) r[0] = { ...p, start: home.start, end: home.start + (p.end - p.start) };
    });
  // OCR's rows of as many pieces as the band has columns: a piece a column, in order, wherever OCR set it.
  if (ocrColumns) cut.forEach((r, i) => (cut[i] = r.length === ocrColumns.length ? r.map((p, j) => ({ ...p, start: ocrColumns[j]?.at ?? p.start })) : r));
  const body = cut.filter((_, i) => !heads[i]);
  // A column is a run of piece starts no further apart than a paragraph's indent and the drift of cells.
  const sorted = [...new Set((body.length > 0 ? body : cut).flat().map((p) => p.start))].sort((x, y) => x - y);
  let last = -Infinity;
  for (const start of sorted) {
    if (columns.length === 0 || start - last > LINK) columns.push({ start, lines: [] });
    last = start;
  }
  const across: Line[] = [];
  let acrossAt: { no: number; start: number; alone: boolean } | null = null;
  const nearest = (start: number) => columns.reduce((best, c) => (Math.abs(c.start - start) < Math.abs(best.start - start) ? c : best));
  // The columns of running text: more than a line or two of it (not a byline set right, not an indent).
  const used = new Map<(typeof columns)[number], number>();
  for (const r of body)
    for (const p of r) {
      // (A byline set right is no running text.)
      if (wide === 1 && width > 0 && !SENTENCE_MARK.test(p.text) && BYLINE_WORD.test(p.text) && measure(p.text) <= width / 2) continue;
      const c = nearest(p.start);
      used.set(c, (used.get(c) ?? 0) + 1);
    }
  const textColumns = columns.filter((c) => (used.get(c) ?? 0) >= 3);
  // Where a column stands: the start most of its pieces have (its first start may be a stray piece's).
  const many = new Map<number, number>();
  for (const r of body) for (const p of r) many.set(p.start, (many.get(p.start) ?? 0) + 1);
  const stands = new Map(
    columns.map((c, k) => {
      const next = columns[k + 1]?.start ?? Infinity;
      return [c, sorted.filter((x) => x >= c.start && x < next).reduce((best, x) => ((many.get(x) ?? 0) > (many.get(best) ?? 0) ? x : best), c.start)];
    }),
  );
  const standsAt = (c: (typeof columns)[number]) => stands.get(c) ?? c.start;
  // A piece set within a column of text but nearer another column's start, or making a column of its own
  // (a subhead centred in it, a byline set right): that column's, in its rows' order.
  const columnOf = (p: Piece, i: number) => {
    const c = nearest(p.start);
    if (wide !== 1 || width <= 0) return c;
    // A lead's first line that goes on, over another lead in its column (a row with a headline set large in it moved
    // it right of where its own stands): the next column's to the right whose line under it is no lead's nor headline's.
    if (LEAD.test(p.text) && !TERMINAL.test(p.text.trim())) {
      const under = cut[i + 1] ?? [];
      const lead = under.find((q) => nearest(q.start) === c || (q.start <= p.start + LINK && q.end > p.start));
      if (lead && LEAD.test(lead.text)) {
        const goesOn = under.find((q) => q.start > lead.end && !LEAD.test(q.text) && !headText(q.text));
        const next = goesOn && textColumns.find((t) => t.start > lead.start + LINK && Math.abs(standsAt(t) - goesOn.start) <= LINK);
        if (next) return next;
      }
    }
    // Under a headline line of its nearest column, a row or two up: that headline's next line; a byline
    // or lead rows further down, nothing of that column between: that headline's piece (`□ 龚琳`).
    const last = c.lines.at(-1);
    if (last && headLine(last) && (last.no >= (band[i - 2]?.no ?? Infinity) || PIECE_OPENER.test(p.text.trim()))) return c;
    // Within a column of text: from where it stands to its width, short of where the next one stands.
    const within = (t: (typeof columns)[number]) => {
      const next = textColumns[textColumns.indexOf(t) + 1];
      return p.start >= standsAt(t) - LINK && p.end <= Math.min(standsAt(t) + width + FULL_ABOVE, next ? standsAt(next) : Infinity);
    };
    // A closing byline set right ends where its column's full lines end (`（记者 龚琳）` nearer the next column's start).
    if (CLOSING_BYLINE.test(p.text)) {
      const right = textColumns.find((t) => p.start >= standsAt(t) && Math.abs(standsAt(t) + width - p.end) <= FULL_ABOVE);
      if (right) return right;
    }
    if (textColumns.includes(c) && within(c)) return c;
    const inside = textColumns.filter(within).at(-1);
    if (inside) return inside;
    // A lead's first line standing alone, short of the column of text to its right (a row with a headline set large
    // in it moved left): that column's first line (`本报讯（融媒体记者 卢婷）` twelve cells left of `21日晚，…`).
    if (!textColumns.includes(c) && LEAD.test(p.text)) return textColumns.find((t) => standsAt(t) > p.start && standsAt(t) - p.start <= width) ?? c;
    return c;
  };
  // A headline of a row that is not one a column stands over its column or left of it (set larger than
  // the cells count): of the nearest column and the next two, the one whose text below says most of its
  // words, if an article starts there (`东江区召开湿地公园建设` over `…东江区召开湿地公园建设推进会`).
  const below = (c: (typeof columns)[number], i: number) =>
    cut.slice(i + 1, i + 1 + HEAD_LOOKAHEAD).flatMap((r, k) => (heads[i + 1 + k] ? [] : r.filter((p) => nearest(p.start) === c).map((p) => p.text.trim())));
  const opens = (t: string) => PIECE_OPENER.test(t) || LEAD.test(t);
  // A line under a headline line of its column goes on with that headline (a second line, a deck).
  const continuesHead = (c: (typeof columns)[number], i: number) => {
    const l = c.lines.at(-1);
    return l !== undefined && l.no === (band[i - 1]?.no ?? -1) && headLine(l);
  };
  const claimed = new Set<(typeof columns)[number]>();
  const headlineHome = (p: Piece, i: number) => {
    const near = nearest(p.start);
    // (Under it: starting near where it started, not a column further on, `…投入使用` / `多地加快推进老旧小`.)
    const above = near.lines.at(-1)?.start;
    if (continuesHead(near, i) && (above === undefined || Math.abs(above - p.start) <= LINK * 2)) return near;
    const mine = below(near, i);
    // Over a lead or byline no headline of its row went to: it heads that article.
    if (mine.some(opens) && !claimed.has(near)) return near;
    const head = bigrams(p.text);
    let best = near;
    let most = share(head, mine.join(''));
    const k = columns.indexOf(near);
    // Standing where no text column does (a headline set over two columns, centred): the text column
    // it stands within is a candidate too, as are the two to its right.
    const within = textColumns.includes(near) ? [] : textColumns.filter((t) => t.start < near.start && near.start < standsAt(t) + width).slice(-1);
    for (const c of [...within, ...columns.slice(k + 1, k + 3)]) {
      if (!textColumns.includes(c)) continue;
      const text = below(c, i);
      const n = share(head, text.join(''));
      // Where no article starts, its text must say the headline's words far more than the nearest's does;
      // where one does and the nearest has its headline from this row already, it takes this one.
      const free = text.some(opens) && claimed.has(best) && !claimed.has(c);
      if (free || (text.some(opens) ? n > most : n > 2 * most)) [best, most] = [c, n];
    }
    return best;
  };
  // A piece that ends before the next column starts stays in its own, however long against the page's
  // usual column (a module set in wider columns than the rest of the page).
  const endsInColumn = (p: Piece) => {
    const next = columns[columns.indexOf(nearest(p.start)) + 1];
    return next === undefined ? p.start > 0 : p.end < standsAt(next) - 1;
  };
  // Where the line above set a headline into a column: a piece starting in the same cell goes on under it
  // (`全市文明实践中心建设现场推进` / `会在东江区召开`, set larger than the cells count, left of its column).
  let above = new Map<number, (typeof columns)[number]>();
  // (Over a row with nothing where it started, it still stands there: a headline's second line set large may
  // stand two rows under its first, `东江区召开…项目观` / `政电子票据` / `…一等奖二十 摩活动暨…推进会`, a cell apart,
  // shorter than a line of text.)
  let older = new Map<number, (typeof columns)[number]>();
  const at = (m: Map<number, (typeof columns)[number]>, start: number) => m.get(start) ?? m.get(start - 1) ?? m.get(start + 1);
  const emptyAt = (j: number, start: number) => wide === 1 && j >= 0 && (band[j]?.text.slice(start - 1, start + 2).trim() ?? '') === '';
  let headAbove = new Map<number, (typeof columns)[number]>();
  band.forEach((line, i) => {
    const parts = heads[i];
    const here = new Map<number, (typeof columns)[number]>();
    const headHere = new Map<number, (typeof columns)[number]>();
    claimed.clear();
    // As many headlines as columns of text, reaching past the first: one a column, in order. (A
    // headline of two phrases, `稳住基本盘 跑出加速度`, or a deck under one, stays within its column.)
    const reach = (cut[i] ?? []).reduce((n, p) => Math.max(n, p.end), 0);
    if (parts && parts.length === textColumns.length && !spanned.has(i) && reach > (textColumns[1]?.start ?? Infinity) && !kicker[i]) {
      let from = 0;
      parts.forEach((text, k) => {
        const c = textColumns[k];
        const at = line.text.indexOf(text, from);
        from = at + text.length;
        if (!c) return;
        c.lines.push({ no: line.no, text, head: true });
        const cell = widthOf(line.text.slice(0, at), wide);
        if (c !== nearest(cell)) here.set(cell, c);
      });
    } else
      for (const p of cut[i] ?? []) {
        if (spansColumns(p.text, width) && !endsInColumn(p)) {
          across.push({ no: line.no, text: p.text });
          const alone = !(cut[i - 1] ?? []).some((q) => Math.abs(q.start - p.start) <= LINK);
          acrossAt = { no: line.no, start: p.start, alone };
        } else if (acrossAt && acrossAt.no >= (band[i - (acrossAt.alone ? 2 : 1)]?.no ?? Infinity) && Math.abs(p.start - acrossAt.start) <= LINK && ENDS_CREDIT.test(p.text)) {
          // A credit under that caption, starting where it starts, closes it (a row apart from a caption of one line).
          across.push({ no: line.no, text: p.text });
        } else {
          // (A headline's short last line under its line, starting where it starts, goes where that line went:
          // `东江区开出第一张财` / `政电子票据`, the first set in the column its neighbour's text stands in.)
          const short = headText(p.text) && measure(p.text) < width - FULL_BELOW;
          const under = above.get(p.start) ?? (short ? (headAbove.get(p.start) ?? (emptyAt(i - 1, p.start) ? at(older, p.start) : undefined)) : undefined);
          const own = columnOf(p, i);
          const home = under ?? (parts !== null && !kicker[i] ? headlineHome(p, i) : own);
          if (parts !== null) claimed.add(home);
          if (under === undefined && home !== own) here.set(p.start, home);
          else if (under === undefined && parts !== null) headHere.set(p.start, home);
          // A short headline-like line right under a headline line of its column, starting where it starts,
          // is that headline's last line.
          const tail = continuesHead(home, i) && home.lines.at(-1)?.start === p.start && headText(p.text) && measure(p.text) < width - FULL_BELOW;
          home.lines.push({ no: line.no, text: p.text, start: p.start, head: (parts !== null && !kicker[i]) || p.head === true || under !== undefined || tail });
        }
      }
    older = above;
    above = here;
    headAbove = headHere;
  });
  // No text starts where a column stands, in the rows between two of its lines (its pieces may have
  // drifted into a column of starts of their own); a byline set right in the column left of it ends before it.
  const emptyBetween = (from: number, to: number, start: number) =>
    band.every((line, i) => line.no <= from || line.no >= to || (cut[i] ?? []).every((p) => p.start < start - LINK * 2 || p.end < start - 1 || p.start > start + Math.max(width / 2, LINK * 2)));
  if (wide === 1) mergeShifted(columns, standsAt);
  if (wide === 1) columns.forEach((c) => handBackTails(c.lines, columns));
  // Columns were made from the starts in order: left to right.
  const read = columns.map((c) => {
    const out: Line[] = [];
    c.lines.forEach((l, j) => {
      // Rows the other columns fill and this one leaves empty: a picture stands there (its caption may follow).
      const before = c.lines[j - 1];
      // (Not under a lead's first line, which goes on below whatever stands between: `新华社北京8月2日` / `电（记者…`.)
      // Nor between two lines of a headline set large, whose rows stand apart from the rows beside them.
      const leadGoesOn = before !== undefined && ((OPENS_LEAD.test(before.text) && !SENTENCE_MARK.test(before.text)) || (before.head === true && l.head === true));
      if (wide === 1 && before && !leadGoesOn && l.no - before.no > PICTURE_ROWS && emptyBetween(before.no, l.no, c.start)) for (let n = 0; n < PICTURE_GAP; n++) out.push({ no: l.no, text: '' });
      // A paragraph's first line, set two characters right of where its column stands, keeps its indent; set up to
      // four right (a wider module's indent) only when it fills the rest of the column, not a subhead centred in it.
      const shift = l.start === undefined ? 0 : l.start - standsAt(c);
      const full = width === 0 || measure(l.text) >= width - PARAGRAPH_INDENT * 2 - 1;
      // (Not a headline's words set centred over the column's text, its first line: `百年古桥完成保护性修缮`.)
      const centred = j === 0 && headText(l.text);
      const indent = !l.head && !centred && shift >= PARAGRAPH_INDENT * wide && shift <= (full ? PARAGRAPH_INDENT * 2 : PARAGRAPH_INDENT + 1) * wide;
      out.push({ no: l.no, text: indent ? `  ${l.text}` : l.text });
      // A headline read from a row of headlines stands apart from the text under it, and so does one set over its
      // column's text where a report opens under it (`百年古桥完成保护性修缮` / `近日，…`).
      const next = c.lines[j + 1];
      if (next && !next.head && (l.head || (centred && (OPENS_REPORT.test(next.text) || LEAD.test(next.text))))) out.push({ no: l.no, text: '' });
    });
    return out;
  });
  // A sentence set across columns (a picture's caption) comes after them, on its own.
  for (const [k, l] of across.entries()) (k === 0 ? read.push([l]) : read.at(-1)?.push({ no: l.no, text: '' }, l));
  return read;
}

/** A line of a headline's words shorter than this, under a column's last, ends a headline, not the column's text. */
const SHORT_HEAD = 8;

/** The masthead's line (`2023年5月8日 星期一    A07版 县域    责编 高翔`), OCR's, on a line of its own. */
const mastheadLine = (l: Line): boolean => l.no <= MASTHEAD_LINES && (ISSUE_HEADER.test(l.text) || readMasthead(l.text) !== null);
const masthead = (b: Band): boolean => b.lines.length === 1 && mastheadLine(b.lines[0] as Line);

/** A line of its own that holds a paragraph (an export's, its wraps set as spaces: `…（记者  常乐）`), not columns. */
const PARAGRAPH_LINE = 40;
const prose = (b: Band, wide: Cells): boolean => wide === 2 && b.lines.length === 1 && (b.rows[0] ?? []).some((p) => visibleLength(p.text) >= PARAGRAPH_LINE);

/** Columns one after another, a blank line between two. */
const oneAfterAnother = (columns: Line[][]): Line[] =>
  columns.filter((c) => c.length > 0).flatMap((c, k) => (k > 0 ? [{ no: c[0]?.no ?? 0, text: '' }, ...c] : c));

/** How a lead's first line starts (`本报讯`, `本报北京8月2日讯`, `新华社北京8月2日电`). */
const OPENS_LEAD = /^\s*(?:本\s*报|新华社|中新社)/;
/** A lead's line ending one space from a word of a character or three (`新华社北京8月2日电 人`). */
const SPACED_TAIL = /^(.*[^\s]) ([\u3400-\u9fff]{1,3}[，、]?)$/;

/**
 * The last line of a headline set large beside a lead (`守护万家灯火的` / `人`) is
 * run into the lead's line with one space where the lead reaches past where
 * the headline's line starts (`新华社北京8月2日电 人`, `本报讯（记者苏航）8 人`):
 * where the lead reads whole without the word and not with it, the word goes
 * back under its headline, in the column whose headline line stands a row or
 * two above it.
 */
function handBackTails(lines: ColumnLine[], columns: BandColumn[]): void {
  for (let j = 0; j + 1 < lines.length; j++) {
    const l = lines[j] as ColumnLine;
    const next = lines[j + 1] as Line;
    if (l.head || l.start === undefined || !OPENS_LEAD.test(l.text)) continue;
    const m = SPACED_TAIL.exec(l.text);
    // (A headline's word of the row cut from the line and set under it, `…3月21 区改造` / `工作会议`, runs on again.)
    const after = lines[j + 1];
    if (after && after.no === l.no && !after.head && headText(after.text) && ROW_TAIL.test(`${l.text} ${after.text}`) && lines[j + 2]) {
      const joined = { ...l, text: `${l.text} ${after.text.trim()}` };
      const was = lines.splice(j, 2, joined);
      if (!handBackRow(lines, j, columns)) lines.splice(j, 1, ...was);
      continue;
    }
    if (!m) {
      handBackRow(lines, j, columns);
      continue;
    }
    const [, kept = '', tail = ''] = m;
    if (leadReads(kept + next.text) <= leadReads(l.text + next.text)) {
      handBackRow(lines, j, columns);
      continue;
    }
    const cell = l.start + [...kept].length + 1;
    const home = SENTENCE_MARK.test(tail) ? undefined : columns
      .filter((c) => c.lines !== lines)
      .map((c) => ({ c, k: headlineAbove(c, l.no) }))
      .filter(({ c, k }) => k >= 0 && Math.abs(c.start - cell) <= LINK * 2)
      .sort((x, y) => Math.abs(x.c.start - cell) - Math.abs(y.c.start - cell))[0];
    if (home) {
      lines[j] = { ...l, text: kept };
      home.c.lines.splice(home.k + 1, 0, { no: l.no, text: tail, head: true });
      continue;
    }
    // Else the words open the line of the column to their right, drifted into the lead's (`本报讯 记者潘峰
    // 通讯员 云集，` beside `“屏”里“屏”外热议…`: the feature's `…专家云集，“屏”里…`).
    const right = columns
      .filter((c) => c.lines !== lines)
      .map((c) => ({ c, k: c.lines.findIndex((h) => h.no === l.no && !h.head && (h.start ?? -1) >= cell) }))
      .filter(({ k }) => k >= 0)
      .sort((x, y) => (x.c.lines[x.k]?.start ?? 0) - (y.c.lines[y.k]?.start ?? 0))[0];
    if (!right || !SENTENCE_MARK.test(tail)) continue;
    lines[j] = { ...l, text: kept };
    right.c.lines.splice(right.k, 0, { no: l.no, text: tail, start: cell });
  }
}

/** Where a column's last line over row `no` is a headline's, a row or two above it: that line's index; else -1. */
function headlineAbove(c: BandColumn, no: number): number {
  const k = c.lines.reduce((last, h, i) => (h.no < no ? i : last), -1);
  const h = c.lines[k];
  return h !== undefined && h.no >= no - 2 && headLine(h) ? k : -1;
}

/** Headline words run into a lead's line one space apart, a column's each: `本报讯【记者 方晓】3月21 区改造 工作会议`. */
const ROW_TAILS = 3;
const ROW_TAIL = /^(.*[^\s]) ([\u3400-\u9fff]{1,6})$/;

/**
 * The last lines of several headlines set large beside a lead, run into its line one space apart
 * (`本报讯【记者 方晓】3月21 区改造 工作会议` over `日，…`): where the lead reads whole without them
 * and not with them, each goes back under the headline line of its column a row or two above it.
 */
function handBackRow(lines: ColumnLine[], j: number, columns: BandColumn[]): boolean {
  const l = lines[j] as ColumnLine;
  const next = lines[j + 1] as Line;
  if (l.start === undefined || !next) return false;
  let kept = l.text;
  const tails: string[] = [];
  for (let n = 0; n < ROW_TAILS; n++) {
    const m = ROW_TAIL.exec(kept);
    if (!m?.[1] || !m[2]) return false;
    [kept, tails[tails.length]] = [m[1], m[2]];
    if (leadReads(kept + next.text) > leadReads(l.text + next.text)) break;
    if (n === ROW_TAILS - 1) return false;
  }
  tails.reverse();
  // Each to the next column right of the lead's whose headline line stands a row or two above and that holds
  // nothing on the lead's row (the row of large type moved them all left: cells do not tell).
  const own = columns.find((c) => c.lines === lines);
  const homes = columns
    .filter((c) => own !== undefined && c.start > own.start && !c.lines.some((h) => h.no === l.no))
    .map((c) => ({ c, k: headlineAbove(c, l.no) }))
    .filter(({ k }) => k >= 0)
    .sort((x, y) => x.c.start - y.c.start)
    .slice(0, tails.length);
  if (homes.length < tails.length) return false;
  lines[j] = { ...l, text: kept };
  homes.forEach((h, i) => h.c.lines.splice(h.k + 1, 0, { no: l.no, text: tails[i] as string, head: true }));
  return true;
}

/** Rows under a headline whose text may repeat its words: a lead's first sentences. */
const HEAD_LOOKAHEAD = 8;
/** The share of a headline's character pairs its text says. */
const SAYS_HEAD = 0.6;


/**
 * Rows a column may skip where the others go on without a picture in it: its
 * lines and theirs stand at heights of their own, so `pdftotext -layout`
 * interleaves them a row or two apart.
 */
const PICTURE_ROWS = 4;

/** A sentence longer than a column line by far, in a band of columns: set across them, under a picture. */
const spansColumns = (text: string, width: number): boolean => width > 0 && measure(text) > width * 1.3 && /[。！？]$/.test(text.trim()) && !/\s/.test(text.trim());

/**
 * Reads side-by-side columns one after another, and says which lines held
 * several. A page with no line holding two columns comes back as it was.
 * @example readColumns([{no:1,text:'春耕备耕     老街巷里'},{no:2,text:'正当时       的新生活'}])
 *   // lines: 春耕备耕 / 正当时 / (blank) / 老街巷里 / 的新生活; sideBySide: [1, 2]
 */
export function readColumns(lines: Line[]): { lines: Line[]; sideBySide: number[] } {
  if (!lines.some((l) => l.text.includes('  ') && /\S\s{2,}\S/.test(l.text))) return { lines, sideBySide: [] };
  // How the tool counted cells: `pdftotext -layout` keeps a line's empty columns as spaces (a line
  // may open with them) and gives a character a cell; OCR opens every line on its text.
  const wide: Cells = lines.some((l) => l.text.startsWith('  ')) ? 1 : 2;
  // Bands: runs of lines without a blank one.
  const runs: Line[][] = [[]];
  // OCR's column rules, in lines it read across columns: cut out of their lines, a gap left in their cells,
  // and given on a line of their own before the band.
  const rules = new Map<Line[], Line>();
  const asPrinted = new Map<Line, Line>();
  for (let l of lines) {
    if (wide === 2 && HAS_RULE.test(l.text) && /\S\s{2,}\S/.test(l.text)) {
      const marks = [...l.text.matchAll(RULE)].map((m) => m[1]);
      const cut = { no: l.no, text: l.text.replace(RULE, (m) => ' '.repeat(widthOf(m, wide))) };
      asPrinted.set(cut, l);
      l = cut;
      const run = runs.at(-1) as Line[];
      const had = rules.get(run);
      rules.set(run, { no: had?.no ?? l.no, text: [had?.text, ...marks].filter(Boolean).join(' ') });
    }
    if (l.text.trim() === '') runs.push([l], []);
    // The masthead's line, read with the headlines' row under it (no blank line between): a band of its own.
    else if (mastheadLine(l)) runs.push([l], []);
    else runs.at(-1)?.push(l);
  }
  // A blank line a taller headline's line spacing leaves across the columns beside it is not the end of
  // them: where the columns above and below it start in the same cells and text above stops mid-sentence,
  // the runs are one band (`新华社北京7月3日电` / blank / `（记者 程远）记者从…` in one column).
  if (wide === 1)
    for (let k = runs.length - 3; k >= 0; k--) {
      const [up, gap, down] = [runs[k], runs[k + 1], runs[k + 2]];
      if (!up || !down || gap?.length !== 1 || up.length < 2 || down.length < 1) continue;
      // The rows of columns next to the blank (a headline's line beside them may stand alone on a row).
      const rowsOf = (r: Line[]) => r.filter((l) => piecesOf(l.text, wide).length >= 2);
      const below = rowsOf(down.slice(0, 2))[0];
      const last = piecesOf(rowsOf(up.slice(-2)).at(-1)?.text ?? '', wide);
      const first = piecesOf(below?.text ?? '', wide);
      // Below it, text goes on: not a row of headlines.
      if (last.length < 2 || first.length < 2 || headlineRow(below?.text ?? '')) continue;
      const shared = first.filter((p) => last.some((q) => Math.abs(q.start - p.start) <= TOLERANCE));
      // Above it, running text (a sentence mark in it) stops mid-sentence where a column below starts.
      const under = (q: Piece) => first.find((p) => Math.abs(q.start - p.start) <= TOLERANCE);
      // (Not into a lead, nor into a headline's short last line: `…赴三地开展专题` / `招商`.)
      const text = (q: Piece) => under(q)?.text.trim() ?? '';
      const goesOn = last.filter((q) => SENTENCE_MARK.test(q.text) && !TERMINAL.test(q.text.trim()) && under(q) !== undefined && !LEAD.test(text(q)) && !(headText(text(q)) && visibleLength(text(q)) < SHORT_HEAD));
      if (shared.length >= 2 && goesOn.length >= 1) runs.splice(k, 3, [...up, ...down]);
    }
  // (One mark alone on a line would be a sentence's end: a band with one rule keeps it where it stands.)
  for (const [run, marks] of rules) {
    if (marks.text.length > 1) runs.splice(runs.indexOf(run), 0, [marks], [{ no: marks.no, text: '' }]);
    else run.forEach((l, i) => (run[i] = asPrinted.get(l) ?? l));
  }
  const bands = runs.map((r) => bandOf(r, wide));
  const width = wide === 1 ? usualWidth(bands) : 0;
  const out: Line[] = [];
  const sideBySide: number[] = [];
  const blank = (b: Band) => b.lines.length === 1 && b.lines[0]?.text.trim() === '';
  // (The masthead's words, one a line, as a column of their own: no row of headlines.)
  // (The rules OCR read as `”` in a band's row of headlines: given on a line of their own before it.)
  const bandRules = bands.map((): string[] => []);
  const guessed = new Set<number>();
  const reads = bands.map((b, i) =>
    blank(b) || prose(b, wide) ? [b.lines] : masthead(b) ? [(b.rows[0] ?? []).map((p) => ({ no: b.lines[0]?.no ?? 0, text: p.text }))] : readBand(b, wide, width, bandRules[i] as string[], guessed),
  );
  for (let i = 0; i < bands.length; i++) {
    const [band, columns] = [bands[i] as Band, reads[i] as Line[][]];
    if (blank(band)) {
      out.push(...band.lines);
      continue;
    }
    const marks = bandRules[i] ?? [];
    if (marks.length > 0) out.push({ no: band.lines[0]?.no ?? 0, text: marks.join(' ') }, { no: band.lines[0]?.no ?? 0, text: '' });
    const sideways = columns.length > 1 || columns[0] !== band.lines;
    // (`-layout` keeps its columns' gaps: only lines it cut at one space were read by a guess. OCR's cells are rough.)
    if (sideways) sideBySide.push(...band.lines.filter((l) => (wide === 1 ? guessed.has(l.no) : /\S\s{2,}\S/.test(l.text))).map((l) => l.no));
    // OCR's row of headlines across the page: the blocks after it, up to the next such row, go on in its columns.
    let carried: Line[][] | null = null;
    let end = i + 1;
    if (wide === 2 && columns.length > 1) {
      while (end < bands.length && (reads[end]?.length ?? 0) === 1) end++;
      const blocks = bands.slice(i + 1, end).filter((b) => !blank(b)).map((b) => b.lines);
      carried = carryOn(columns, blocks);
    }
    if (carried) {
      out.push(...oneAfterAnother(carried));
      i = end - 1;
    } else {
      const read = oneAfterAnother(columns);
      out.push(...(sideways && wide === 1 ? leadsFirst(read) : read));
    }
  }
  return { lines: wide === 1 ? bylineRejoined(out) : out, sideBySide };
}

/** Rows under a lead's line its byline's rest may stand, read into another column. */
const BYLINE_ROWS = 6;

/**
 * A lead's line ending inside its byline's bracket (`本报讯（融媒体记者`) whose column goes on with no close
 * (`农副产品…`), while a few rows under it another column opens on the close (`白露）31日晚，…`, a row of large
 * type having moved it there): that line, and the lines under it in its column, go on from the lead.
 */
function bylineRejoined(lines: Line[]): Line[] {
  for (let i = 0; i < lines.length; i++) {
    const lead = lines[i] as Line;
    if (!OPEN_AT_END.test(lead.text) || !LEAD.test(lead.text.trim())) continue;
    const next = lines.slice(i + 1).find((l) => l.text.trim() !== '');
    if (!next || closesWithin(next.text, BYLINE_REST)) continue;
    // (One only, not the close of another lead's bracket left open on the line before it.)
    const closes = lines.flatMap((l, k) => (l.no > lead.no && l.no <= lead.no + BYLINE_ROWS && closesWithin(l.text, BYLINE_REST) && !OPEN_AT_END.test(lines[k - 1]?.text ?? '') ? [k] : []));
    const at = closes[0] ?? -1;
    if (closes.length !== 1 || !LEAD.test(`${lead.text.trim()}${(lines[at] as Line).text.trim()}`)) continue;
    // The closing line and the lines under it in its column, one row after another, not a paragraph's first.
    let end = at + 1;
    while (end < lines.length && (lines[end] as Line).no === (lines[end - 1] as Line).no + 1 && !(lines[end] as Line).text.startsWith('  ')) end++;
    const run = lines.splice(at, end - at);
    lines.splice(lines.indexOf(lead) + 1, 0, ...run);
  }
  return lines;
}

/** A line of running text: a comma or a sentence's end in it (a deck's `、` is not one). */
const RUNNING = /[，。；]/;

/**
 * A lead's first line -layout printed a row under its second, where a taller headline's line beside them
 * moved the rows (`起，市图书馆每天开放时间延长` / `  本报讯（通讯员 常乐）即日` / `至晚上九点…`): under a
 * headline or at a column's top, a line of running text that is no lead and opens no report, over an
 * indented lead, goes after it.
 */
function leadsFirst(lines: Line[]): Line[] {
  for (let i = 1; i + 2 < lines.length; i++) {
    const [a, b] = [lines[i] as Line, lines[i + 1] as Line];
    // (Or with a blank line between them, where the lead's line ends inside its byline's bracket and the line above
    // closes it: `杰）全国春季农业生产…` / blank / `本报北京5月9日讯（记者任`.)
    const c = lines[i + 2] as Line;
    if (b.text.trim() === '' && c.text.startsWith('  ') && OPEN_AT_END.test(c.text) && closesWithin(a.text, NAME_REST) && LEAD.test(c.text.trim())) {
      lines.splice(i, 3, b, c, a);
      continue;
    }
    if (lines[i - 1]?.text.trim() !== '' || !b.text.startsWith('  ') || !LEAD.test(b.text.trim())) continue;
    if (/^\s/.test(a.text) || !RUNNING.test(a.text) || LEAD.test(a.text) || OPENS_REPORT.test(a.text)) continue;
    if (lines[i + 2]?.text.trim() === '') continue;
    lines[i] = b;
    lines[i + 1] = a;
  }
  return lines;
}
/** A line ending inside a bracket it opened: `…讯（记者任`. */
const OPEN_AT_END = /[（(【〔][^（()）】〕]{0,12}$/;
/** Whether a line opens on a bracket's close after at most `max` characters, none opened before it: `杰）全国…`, `白露）31日晚，…`. */
const closesWithin = (text: string, max: number): boolean => {
  const m = /^[^\s（(【〔）)】〕]+(?=[）)】〕])/.exec(text);
  return m !== null && [...m[0]].length <= max;
};
/** A name's last character or two, before its bracket's close. */
const NAME_REST = 4;
/** A byline's rest before its bracket's close: names, a role word. */
const BYLINE_REST = 12;

/** The share of a page's lines that, cut at single spaces into pieces a column long, says its columns run together. */
const RUN_TOGETHER_SHARE = 0.2;
/** …and the fewest such lines that say it (a short page's few spaced bylines do not: `本报讯（记者 江枫）…`). */
const RUN_TOGETHER_LINES = 10;
/** A piece of a line that is a column's line: this many characters at least. */
const COLUMN_PIECE = 6;
/**
 * The columns' width where many of the page's lines run several columns together (pdftotext's reading
 * order over a page of narrow columns: its usual line is two or three columns long, so no line looks long):
 * the most common length of the pieces single spaces cut such lines into. Null where few lines are so
 * (OCR's stray spaces: `本报讯 3月5日起…`).
 */
function pieceWidth(lines: Line[]): number | null {
  const counts = new Map<number, number>();
  let text = 0;
  let cut = 0;
  for (const l of lines) {
    if (l.text.trim() === '') continue;
    text++;
    const parts = l.text.trim().split(/ (?=\S)/);
    if (parts.length < 2 || parts.some((p) => visibleLength(p) < COLUMN_PIECE)) continue;
    cut++;
    for (const p of parts) {
      const n = visibleLength(p);
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
  }
  if (cut < text * RUN_TOGETHER_SHARE || cut < RUN_TOGETHER_LINES) return null;
  let best: [number, number] = [0, 0];
  for (const [n, c] of counts) if (c > best[1]) best = [n, c];
  return best[0] || null;
}

/** A column's worth of text: a piece of a merged line at least this share of the column width. */
const PIECE_SHARE = 0.6;

/** A mark that ends a clause, which a headline holds none of (it may hold 、 and ：). */
const CLAUSE_MARK = /[，。；！？,;!?]/;

/**
 * Lines where the extraction ran two or more columns together with single
 * spaces, as pdftotext's reading order does when columns stand close
 * (`近日，位于东江区的一座百年 面、栏板和桥墩进行了加固和修 春耕备耕现场会召开`).
 * The text cannot tell which piece continues which column, so these lines are
 * reported, not guessed: a line of a narrow-column page far longer than the
 * columns, cut by single spaces into pieces of a column's length.
 */
export function mergedLines(lines: Line[], pageWidth: number): number[] {
  const columnWidth = Math.min(pageWidth, pieceWidth(lines) ?? Infinity);
  if (columnWidth < 6) return [];
  const out: number[] = [];
  for (const l of lines) {
    if (!l.text.includes(' ') || l.text.length < columnWidth * 1.5) continue;
    if (/\S\s{2,}\S/.test(l.text)) continue; // set side by side, read by position
    if (visibleLength(l.text) < columnWidth * 1.5) continue;
    const all = l.text.trim().split(/ +/);
    const pieces = all.filter((p) => /[\u3400-\u9fff]/.test(p) && [...p].length >= columnWidth * PIECE_SHARE);
    // (Not a headline run into the lead of the report under it, `…电子票据 本报讯（记者…）…`: before the
    // lead, no piece ends a clause. Two columns' headlines run together stay doubtful: nothing tells them apart.)
    const lead = all.findIndex((_, i) => i > 0 && LEAD.test(all.slice(i).join(' ')));
    const headlineIntoLead = lead > 0 && all.slice(0, lead).every((p) => !CLAUSE_MARK.test(p));
    if (pieces.length >= 2 && !headlineIntoLead) out.push(l.no);
  }
  return out;
}
