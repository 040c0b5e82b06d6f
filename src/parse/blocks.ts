/**
 * Stage 2: numbered lines → blocks. A block is a run of non-blank lines; it is
 * also cut where a new article or caption visibly begins inside a run:
 *  - a line that opens with a lead (`共发放物资3万余件。` / ` 本报讯（记者周文涛）5月9日…`),
 *  - a headline run into the next lead on one line (`全力冲刺四季度 本报讯（记者周文涛） 5 月 3 日`),
 *  - a caption arrow (`赶制订单 忙而有序` / `⬅昨日，金穗`).
 */
import { CAPTION_MARK, LEAD, LEAD_ANYWHERE, visibleLength } from './chars.ts';
import type { Line } from './normalize.ts';

export interface Block {
  lines: Line[];
  /** Blank lines between this block and the one before (an image left ≥ 2 in styles B and C). */
  blanksBefore: number;
}

export type Layout = 'wrapped' | 'paragraph';

/** Column widths of OCR'd narrow columns are 8–22 characters; exported paragraphs are far longer. */
const WRAPPED_MAX_MEDIAN = 30;

/**
 * Style A wraps every line at the column width; styles B and C give a paragraph a line.
 * @example detectLayout(lines) // 'wrapped' for `本报讯（记者周文涛） 1 月` / `8日，滨河区 …`
 */
export function detectLayout(lines: Line[]): Layout {
  const lengths = lines.map((l) => visibleLength(l.text)).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length === 0) return 'paragraph';
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  return median <= WRAPPED_MAX_MEDIAN ? 'wrapped' : 'paragraph';
}

/** Splits `全力冲刺四季度 本报讯（记者…` into the headline tail and the lead. */
function splitAtLead(line: Line): Line[] {
  if (LEAD.test(line.text)) return [line];
  const m = LEAD_ANYWHERE.exec(line.text);
  if (!m || m.index === 0) return [line];
  const head = line.text.slice(0, m.index).trimEnd();
  if (head.trim() === '') return [line];
  return [
    { no: line.no, text: head },
    { no: line.no, text: line.text.slice(m.index) },
  ];
}

function startsBlock(line: Line): boolean {
  return LEAD.test(line.text) || CAPTION_MARK.test(line.text) && /^\s*[^\s上下左右图]/.test(line.text);
}

export function toBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  let blanks = 0;
  let pendingBlanks = 0;
  const flush = () => {
    if (current.length > 0) blocks.push({ lines: current, blanksBefore: pendingBlanks });
    current = [];
  };
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current.length > 0) {
        flush();
        blanks = 0;
      }
      blanks++;
      continue;
    }
    if (current.length === 0) pendingBlanks = blanks;
    blanks = 0;
    for (const piece of splitAtLead(line)) {
      if (current.length > 0 && startsBlock(piece)) {
        flush();
        pendingBlanks = 0;
      }
      current.push(piece);
    }
  }
  flush();
  return blocks;
}
