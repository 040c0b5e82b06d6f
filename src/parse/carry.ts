/**
 * Stage 1c (OCR): the text under a row of headlines goes on in the row's columns.
 *
 * OCR reads the top of a row of modules across the page, their headlines and
 * first lines side by side, and then the rest of each column, one column after
 * another:
 *
 *   东江区新建三所乡村学校投   全国春季农业生产暨春耕备
 *   入使用                     耕现场会召开
 *   日前，东江区新建的三所乡村学校正式   本报北京5月9日讯（记者 程远）全国
 *
 *   投入使用，可新增学位一千八百个，…
 *
 *   春季农业生产暨春耕备耕现场会今天召开。…
 *
 * `readColumns` reads the row's columns; here each block after the row is
 * handed to one of them, in reading order (a column's blocks follow those of
 * the columns left of it): to the column whose words it shares, a word shared
 * by fewer columns saying more (`春耕` of the headline `全国春季农业生产暨春耕备耕
 * 现场会召开` in its report); a block that shares none stays with the block
 * before it, and the first goes on from the leftmost column. Then once more,
 * each column's words grown by its blocks' (a deck OCR read apart from its
 * headline says its report's words). Where no block shares a word with any
 * column, the text comes back as OCR gave it.
 */
import { LEAD, TERMINAL } from './chars.ts';
import { END_BYLINE } from './byline.ts';
import { bigrams } from './pairs.ts';
import type { Line } from './normalize.ts';

/** What moving a block to a column right of the block before it costs: a tie stays where it is. */
const MOVE = 0.01;

/** Running text: a column's last line in the row that holds it stops mid-sentence unless it ends on a sentence's end. */
const RUNNING = /[，。；]/;

/** Words of a headline or a text: four Han characters in a run. */
const WORDS = /[\u3400-\u9fff]{4}/;

const textOf = (lines: Line[]): string => lines.map((l) => l.text).join('');

const rowsOf = (c: Line[]): [number, number] => {
  const nos = c.filter((l) => l.text.trim() !== '').map((l) => l.no);
  return [Math.min(...nos), Math.max(...nos)];
};

/**
 * The row's columns as printed: OCR's cells are rough, so a column's lines may
 * be read as two columns, one on rows under the other's (a byline a little
 * left of the headline over it); those are one.
 */
function stacked(read: Line[][]): Line[][] {
  const out: Line[][] = [];
  let last = Infinity;
  for (const c of read) {
    const [top, bottom] = rowsOf(c);
    const prev = out.at(-1);
    if (prev && top > last) prev.push({ no: c[0]?.no ?? 0, text: '' }, ...c);
    else out.push([...c]);
    last = bottom;
  }
  return out;
}

/** Rounds of handing blocks out: the second reads each column's words with its blocks'. */
const ROUNDS = 2;

/**
 * How much each block says of each column's words: the pairs of characters
 * they share, a pair said by n columns counting 1/n. With blocks placed
 * (`home`), a column's words are its rows' and its other blocks'.
 */
function affinities(heads: number[][], said: number[][], home: number[] | null): number[][] {
  const k = heads.length;
  // In how many of each column's texts each pair stands: k counts a pair, from where `at` says.
  const at = new Map<number, number>();
  const counts: number[] = [];
  const add = (p: number, j: number) => {
    let slot = at.get(p);
    if (slot === undefined) {
      slot = counts.length;
      at.set(p, slot);
      for (let q = 0; q < k; q++) counts.push(0);
    }
    counts[slot + j] = (counts[slot + j] as number) + 1;
  };
  heads.forEach((h, j) => {
    for (const p of h) add(p, j);
  });
  if (home) said.forEach((pairs, i) => {
    for (const p of pairs) add(p, home[i] as number);
  });
  return said.map((pairs, i) => {
    const out = new Array<number>(k).fill(0);
    const own = home?.[i] ?? -1;
    for (const p of pairs) {
      const slot = at.get(p);
      if (slot === undefined) continue;
      let df = 0;
      for (let j = 0; j < k; j++) if ((counts[slot + j] as number) > 0) df++;
      // (A block's own pairs are not its column's words.)
      for (let j = 0; j < k; j++) if ((counts[slot + j] as number) - (j === own ? 1 : 0) > 0) out[j] = (out[j] as number) + 1 / df;
    }
    return out;
  });
}

/** What moving to another column at a byline that closes a piece costs: it closes the text before it. */
const MOVE_AT_BYLINE = 1;

/**
 * Blocks to columns in reading order (a block's column is never left of the
 * one before it's), the most said in all; a tie stays where it is, and a byline
 * closing a piece (`（记者 江枫）`) stays with the text before it.
 */
function placed(affinity: number[][], k: number, closes: boolean[]): number[] {
  const m = affinity.length;
  // best[i][j]: the best total with block i in column j.
  const best: number[][] = [];
  const from: number[][] = [];
  for (let i = 0; i < m; i++) {
    best.push([]);
    from.push([]);
    for (let j = 0; j < k; j++) {
      let top = i === 0 ? -MOVE * j : -Infinity;
      let at = -1;
      for (let q = 0; i > 0 && q <= j; q++) {
        const v = (best[i - 1]?.[q] ?? -Infinity) - MOVE * (j - q) - (closes[i] && q < j ? MOVE_AT_BYLINE : 0);
        if (v > top) [top, at] = [v, q];
      }
      best[i]?.push(top + (affinity[i]?.[j] ?? 0));
      from[i]?.push(at);
    }
  }
  let j = 0;
  for (let q = 1; q < k; q++) if ((best[m - 1]?.[q] ?? -Infinity) > (best[m - 1]?.[j] ?? -Infinity)) j = q;
  const home: number[] = new Array(m);
  for (let i = m - 1; i >= 0; i--) {
    home[i] = j;
    j = from[i]?.[j] ?? 0;
  }
  return home;
}

/**
 * The row's columns, each with the blocks that go on in it appended (a blank
 * line before each block), or null where no block shares a word with a column.
 * @example carryOn([[{no:1,text:'古桥修缮完成'}],[{no:1,text:'春耕现场会召开'}]],
 *   [[{no:3,text:'古桥修缮历时半年。'}],[{no:5,text:'春耕现场会今天召开。'}],[{no:7,text:'会议要求…'}]])
 *   // [[古桥修缮完成, '', 古桥修缮历时半年。], [春耕现场会召开, '', 春耕现场会今天召开。, '', 会议要求…]]
 */
export function carryOn(read: Line[][], blocks: Line[][]): Line[][] | null {
  const columns = stacked(read);
  const k = columns.length;
  // (A row of furniture, `综合        责任编辑：何婷`, heads no text: a column at least must hold words.)
  if (k < 2 || blocks.length === 0 || !columns.some((c) => c.some((l) => WORDS.test(l.text)))) return null;
  const heads = columns.map((c) => [...bigrams(textOf(c)).places.keys()]);
  const said = blocks.map((b) => [...bigrams(textOf(b)).places.keys()]);
  // First by the rows' own words; then again by what each column has come to say with its blocks
  // (a deck OCR read apart from its headline says the report's words, not the headline's).
  const closes = blocks.map((b) => b.length === 1 && END_BYLINE.test(b[0]?.text ?? ''));
  let home: number[] | null = null;
  for (let round = 0; round < ROUNDS; round++) {
    const affinity = affinities(heads, said, home);
    if (round === 0 && affinity.every((a) => a.every((x) => x === 0))) return null;
    home = placed(affinity, k, closes);
  }
  const homes = home ?? [];
  const out = columns.map((c) => [...c]);
  blocks.forEach((b, i) => {
    const c = out[homes[i] as number] as Line[];
    // A line of running text cut mid-sentence at the row's foot goes on in the block, no paragraph between.
    const last = c.at(-1)?.text ?? '';
    const goesOn = homes[i - 1] !== homes[i] && (RUNNING.test(last) || LEAD.test(last)) && !TERMINAL.test(last.trim());
    c.push(...(goesOn ? [] : [{ no: b[0]?.no ?? 0, text: '' }]), ...b);
  });
  return out;
}
