/**
 * Text clean-up shared by the stages: joining wrapped lines, removing the spaces
 * that layout left between Chinese characters, and setting ASCII punctuation
 * between Chinese characters in its full-width form.
 */
import { isAsciiAlnum, isCjk, TERMINAL } from './chars.ts';

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * Joins wrapped lines: nothing between Chinese characters, nor inside a number a narrow
 * column wrapped (`7月2` / `8日` → `7月28日`); one space between two ASCII words
 * (`PC` / `调度端` → `PC调度端`, `E-` / `mail` is left as printed).
 */
export function joinLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out !== '' && isAsciiAlnum(out.at(-1)) && isAsciiAlnum(line[0]) && !(isDigit(out.at(-1)) && isDigit(line[0]))) out += ' ';
    out += line;
  }
  return out;
}

/**
 * Removes layout spaces: any run of spaces with a Chinese character or full-width
 * mark on either side (`5 月 8 日` → `5月8日`, `滨河区 （经开区） 班子` →
 * `滨河区（经开区）班子`, `社 会 消 费 品` → `社会消费品`). Spaces between two ASCII
 * words stay (`COVID 19`).
 */
export function removeLayoutSpaces(s: string): string {
  let i = s.indexOf(' ');
  if (i < 0) return s.trim();
  let out = '';
  let from = 0;
  while (i >= 0) {
    let j = i + 1;
    while (s.charCodeAt(j) === 32) j++;
    out += s.slice(from, i);
    const before = s[i - 1];
    const after = s[j];
    if (before !== undefined && after !== undefined && !isCjk(before) && !isCjk(after) && !(TIGHT_AFTER.test(after) && isAsciiAlnum(before)) && !(MARK.test(before) && MARK.test(after))) out += ' ';
    from = j;
    i = s.indexOf(' ', j);
  }
  return (out + s.slice(from)).trim();
}

/** ASCII marks that become full-width in Chinese text: a wrap's space between two of them (`说, "现在`) goes. */
const MARK = /[,.:;!?"'()]/;
/** Marks that close up to a word or number before them (`50 %` → `50%`). */
const TIGHT_AFTER = /[%.,:;)\]]/;

/** A headline line OCR read character by character, set large (`临 溪 镇 部 署`): no phrases in it. */
const SPACED_CHARACTERS = /^\s*(?:[\u3400-\u9fff][ \u3000]+){2,}[\u3400-\u9fff]\s*$/;

/** Spaces inside a headline line are phrase breaks (`春风化雨润民心 同心共筑幸福路`): keep one. */
export function tidyHeadline(s: string): string {
  const line = SPACED_CHARACTERS.test(s) ? s.replace(/\s+/g, '') : s;
  return fullWidthPunctuation(line.replace(/\s+/g, ' ').trim());
}

const ASCII_TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

/**
 * Style B and C exports print ASCII punctuation in Chinese text (`4月12日下午,滨河区(经开区)`);
 * a reader expects the full-width forms. A mark is converted only with a Chinese
 * character or full-width mark beside it, so `1,000`, `11:30` and `E-mail:a@b` stay.
 * Straight double quotes in a Chinese paragraph become “ ” in pairs.
 */
export function fullWidthPunctuation(s: string): string {
  if (!/[\u3400-\u9fff]/.test(s)) return s;
  let out = s.replace(/[,:;?!()]/g, (ch, offset: number, str: string) => {
    const before = str[offset - 1];
    const after = str[offset + 1];
    const near = isCjk(before) || isCjk(after) || (ch === '(' && isCjk(str[offset + 1])) || (ch === ')' && isCjk(before));
    if (!near) return ch;
    if ((ch === ':' || ch === ',') && isAsciiAlnum(before) && isAsciiAlnum(after)) return ch;
    return ASCII_TO_FULL[ch] ?? ch;
  });
  if (out.includes('"')) {
    let open = true;
    out = out.replace(/"/g, () => {
      const q = open ? '“' : '”';
      open = !open;
      return q;
    });
  }
  if (!out.includes("'")) return out;
  let single = true;
  out = out.replace(/'/g, (ch, offset: number, str: string) => {
    if (isAsciiAlnum(str[offset - 1]) && isAsciiAlnum(str[offset + 1])) return ch; // don't
    const q = single ? '‘' : '’';
    single = !single;
    return q;
  });
  return out;
}

/** The reading text of a paragraph: lines joined, layout spaces removed, punctuation set. */
export function cleanParagraph(lines: string[]): string {
  return fullWidthPunctuation(removeLayoutSpaces(joinLines(lines)));
}

/** Does this text end a sentence (so a following block is a new paragraph, not a column break)? */
export const endsSentence = (s: string): boolean => TERMINAL.test(s.trim());

/** Whitespace-free text, for comparisons and ids. */
export const compact = (s: string): string => s.replace(/\s+/g, '');
