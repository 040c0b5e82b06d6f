/**
 * What "the same" means to search, used on both sides (the index at build time,
 * the query in the browser): Traditional = Simplified (`長江` = `长江`, by
 * OpenCC's character tables), full-width = ASCII (`２０２０` = `2020`, NFKC),
 * upper = lower case, and no spaces inside Chinese (`白 鹭湖` = `白鹭湖`).
 */
import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 't', to: 'cn' });

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Spaces with a Han character on either side carry no meaning in Chinese. */
function dropSpacesAroundHan(s: string): string {
  return s.replace(/\s+/g, (m, offset: number, str: string) =>
    HAN.test(str[offset - 1] ?? '') || HAN.test(str[offset + m.length] ?? '') ? '' : ' ',
  );
}

/** Full-width digits and letters (`２０２０`, `ＡＩ`) → ASCII; full-width punctuation stays, for excerpts. */
export const foldWidth = (s: string): string =>
  s.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');

/** @example normalizeForSearch('長江２０２０ ABC') // '长江2020 abc' */
export function normalizeForSearch(s: string): string {
  return dropSpacesAroundHan(toSimplified(foldWidth(s)).toLowerCase()).trim();
}

/**
 * The word break between characters in the index. A plain space: Pagefind's
 * Chinese segmenter would make punctuation words of their own (so `区）党` would
 * not be adjacent), and an index of no language (`INDEX_LANGUAGE`) splits on
 * spaces only. Excerpts are tidied back in the browser (`tidyExcerpt`).
 */
export const CHAR_BREAK = ' ';

/**
 * The text Pagefind indexes: normalized, with a break before every Han character
 * and every run of letters or digits, so that each character is a word and a
 * query can ask for an exact run of characters (`白鹭湖` as the phrase "白 鹭 湖"),
 * which is substring search. Punctuation is attached to the word before it, so
 * that it takes no word position: `滨河区（经开区）管委会` still has 区 next to 管
 * for a reader who types 经开区管委会.
 */
export function indexText(s: string): string {
  return dropSpacesAroundHan(toSimplified(foldWidth(s))).trim().replace(WORD_START, CHAR_BREAK);
}

/**
 * Where a word starts (one pass, no per-character work in JavaScript): before a
 * Han character that follows any other; before a run of other letters or digits
 * that follows a Han character or punctuation — except a digit after `.` `,` `:`
 * inside a number.
 */
const WORD_START = new RegExp(
  `(?<=\\S)(?=${HAN.source})|(?<=${HAN.source}|[^\\s\\p{L}\\p{N}])(?=(?!${HAN.source})[\\p{L}\\p{N}])(?!(?<=\\d[.,:])\\d)`,
  'gu',
);

const isWordChar = (c: string): boolean => /[\p{L}\p{N}]/u.test(c) && !HAN.test(c);
/** A decimal point or thousands mark inside a number (`11.29`, `1,000`) is part of it. */
const inNumber = (chars: string[], i: number): boolean => /[.,:]/.test(chars[i] ?? '') && /\d/.test(chars[i - 1] ?? '') && /\d/.test(chars[i + 1] ?? '');

/**
 * A typed query → the words it asks for, each as a Pagefind exact phrase of characters.
 * Words are the query's space-separated parts (`疫情防控 企业` → two words, both required).
 * @example queryPhrases('白鹭湖') // ['"白 鹭 湖"']
 */
export function queryWords(q: string): string[] {
  return (toSimplified(q.normalize('NFKC')) as string)
    .toLowerCase()
    .split(/\s+/)
    .map((w: string) => w.replace(/["“”'‘’]/g, ''))
    .filter((w: string) => w !== '');
}

/**
 * A query word → the words of the index it is (Han characters one by one, runs
 * of letters or digits whole). @example phraseParts('白鹭湖2020') // ['白', '鹭', '湖', '2020']
 */
export function phraseParts(word: string): string[] {
  const chars = [...word];
  const parts: string[] = [];
  let run = '';
  chars.forEach((ch, i) => {
    if (HAN.test(ch)) {
      if (run) parts.push(run);
      run = '';
      parts.push(ch);
    } else if (isWordChar(ch) || inNumber(chars, i)) {
      run += ch;
    } else {
      if (run) parts.push(run);
      run = '';
    }
  });
  if (run) parts.push(run);
  return parts;
}

/** A query word as a Pagefind exact phrase. @example phraseOf('白鹭湖') // '"白 鹭 湖"' */
export function phraseOf(word: string): string {
  const parts = phraseParts(word);
  // Always an exact phrase, even of one word: `"2020"` must not find 20201 by prefix.
  return parts.length > 0 ? `"${parts.join(' ')}"` : '';
}

export const queryPhrases = (q: string): string[] => queryWords(q).map(phraseOf).filter((p) => p !== '');

const CJK_CHAR = '[\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef“”‘’—…·]';
const TAGS = '((?:</?mark>)*)';
const EXCERPT_GAP = new RegExp(`(${CJK_CHAR})${TAGS}\\s+${TAGS}(?=${CJK_CHAR}|[A-Za-z0-9])|([A-Za-z0-9])${TAGS}\\s+${TAGS}(?=${CJK_CHAR})`, 'g');

/** An excerpt from the index (`白 鹭 湖 公 园`, with `<mark>`s) → as printed (`白鹭湖公园`). */
export function tidyExcerpt(html: string): string {
  let prev = '';
  let out = html;
  while (out !== prev) {
    prev = out;
    out = out.replace(EXCERPT_GAP, (_m, a?: string, t1 = '', t2 = '', b?: string, t3 = '', t4 = '') => `${a ?? b ?? ''}${a !== undefined ? t1 + t2 : t3 + t4}`);
  }
  return out;
}
