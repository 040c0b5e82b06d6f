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
  const markdown = lines.some((l) => MARKDOWN.test(l));
  // Each replacement only where the page holds what it replaces: most pages hold none (a hot path).
  const zeroWidth = ZERO_WIDTH_ANY.test(text);
  const oddSpace = ODD_SPACE_ANY.test(text);
  const wide = WIDE_ALNUM_ANY.test(text);
  return lines.map((raw, i) => {
    let t = raw;
    if (zeroWidth) t = t.replace(ZERO_WIDTH, '');
    if (oddSpace) t = t.replace(ODD_SPACE, ' ');
    if (wide) t = t.replace(WIDE_ALNUM, narrow);
    t = t.trimEnd();
    return { no: i + 1, text: markdown ? unmark(t) : t };
  });
}

/** Full-width digits and Latin letters, as OCR may read them (`１２月３１日`): the ASCII ones a reader sees. */
const WIDE_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/g;
const narrow = (ch: string) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
const ZERO_WIDTH_ANY = new RegExp(ZERO_WIDTH.source);
const ODD_SPACE_ANY = new RegExp(ODD_SPACE.source);
const WIDE_ALNUM_ANY = new RegExp(WIDE_ALNUM.source);

/** A page written in markdown: a heading, a picture, a bold line (style C exports). */
const MARKDOWN = /^\s*(?:#{1,6}\s|!\[[^\]]*\]\(|\*\*[^*]+\*\*\s*$)/;
const PICTURE = /!\[[^\]]*\]\([^)]*\)/g;
const RULE = /^\s*(?:[-*_]\s*){3,}$/;
const BOLD_LINE = /^\s*\*\*([^*]+)\*\*\s*$/;
const QUOTE = /^\s*>\s?/;
const LIST_ITEM = /^\s*[-*+]\s+/;
const BOLD = /\*\*([^*]+)\*\*/g;
/** Italics: `*志愿者在林场植树。 本报记者 王刚 摄*`. */
const ITALIC = /(?<![*\\])\*([^*\s][^*]*?)\*(?!\*)/g;
/** A bold line that is a byline or a credit, not a subhead: `**本报记者 王刚**`, `**□ 林木**`, `**记者 王刚 摄**`. */
const BOLD_BYLINE = /^\s*(?:[□■◎]|(?:本报|新华社)?(?:特约|见习|实习|首席|融媒体|全媒体)?(?:记者|通讯员|评论员)|文\s*[/／]|图\s*[/／])|摄\s*$/;
const LINK = /\[([^\]]*)\]\([^)]*\)/g;

/**
 * Markdown's marks beyond its headings, which are markup and not text: a picture (`![](p5-1.jpg)`)
 * leaves a blank line where it stood, as pictures do in exports; a rule (`---`) is a blank line; a
 * bold line with no sentence in it (`**延伸产业链 提升附加值**`) is a subhead (`#### …`), unless it is a byline
 * (`**本报记者 王刚**`); a
 * quotation's `>`, a list's `- `, bold and italic marks inside a paragraph go, their text stays.
 * @example unmark('**延伸产业链 提升附加值**') // '#### 延伸产业链 提升附加值'
 */
export function unmark(text: string): string {
  const t = text.replace(PICTURE, '');
  if (t.trim() === '' || RULE.test(t)) return '';
  const bold = BOLD_LINE.exec(t)?.[1];
  if (bold !== undefined && !/[。，；！？,;!?]/.test(bold) && !BOLD_BYLINE.test(bold)) return `#### ${bold.trim()}`;
  return t.replace(QUOTE, '').replace(LIST_ITEM, '').replace(BOLD, '$1').replace(ITALIC, '$1').replace(LINK, '$1').trimEnd();
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
