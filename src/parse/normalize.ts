/**
 * Stage 1: page text → numbered lines. Removes what carries no meaning (BOM,
 * CR, zero-width characters, trailing spaces) and keeps what does: line numbers,
 * blank lines (column and paragraph breaks) and a line's leading space (a new
 * text flow in OCR: ` 本报讯（记者周文涛）5月9日`).
 */

export interface Line {
  /** 1-based line number in the seed file. */
  no: number;
  /** The line, trailing whitespace removed, tabs and ideographic spaces made plain spaces. */
  text: string;
}

const BOM = /^\uFEFF/;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Tab, ideographic space (U+3000), no-break space and the form feed pdftotext puts between pages all read as a plain space. */
const ODD_SPACE = /[\t\f\v\u3000\u00A0]/g;

/**
 * @example
 * normalize('\uFEFF本报讯\r\n\r\n春风化雨润民心 ') // [{no:1,text:'本报讯'},{no:2,text:''},{no:3,text:'春风化雨润民心'}]
 */
export function normalize(text: string): Line[] {
  const lines = text.replace(BOM, '').split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((raw, i) => ({
    no: i + 1,
    text: raw.replace(ZERO_WIDTH, '').replace(ODD_SPACE, ' ').trimEnd(),
  }));
}

/**
 * Lines where one PDF page ends and another begins (the form feed pdftotext
 * writes after each page), not counting the one after the last page: a file
 * meant to hold one printed page that holds several.
 * @example pageBreaks('第1版\n正文\f第2版\n正文\n\f') // [2]
 */
export function pageBreaks(text: string): number[] {
  if (!text.includes('\f')) return [];
  const out: number[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    if (!line.includes('\f')) return;
    const after = [line.slice(line.lastIndexOf('\f') + 1), ...lines.slice(i + 1)];
    if (after.some((l) => l.trim() !== '')) out.push(i + 1);
  });
  return out;
}
