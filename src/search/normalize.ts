/**
 * What "the same" means to search, used on both sides (the index at build time,
 * the query in the browser): Traditional = Simplified (`長江` = `长江`, by
 * OpenCC's character tables), full-width = ASCII (`２０２０` = `2020`, NFKC),
 * upper = lower case, and no spaces inside Chinese (`沁 泉湖` = `沁泉湖`).
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

/** U+200B: invisible in excerpts, and a word boundary to Pagefind's indexer. */
export const CHAR_BREAK = '\u200B';

/**
 * The text Pagefind indexes: normalized, with a break between adjacent Han
 * characters so that every character is a word and a query can ask for an exact
 * run of characters (`沁泉湖` as the phrase "沁 泉 湖"), which is substring search.
 */
export function indexText(s: string): string {
  const n = normalizeForSearch(s);
  let out = '';
  for (const ch of n) {
    const prev = out.at(-1);
    if (prev !== undefined && prev !== CHAR_BREAK && (HAN.test(ch) || HAN.test(prev)) && !/\s/.test(prev) && !/\s/.test(ch)) out += CHAR_BREAK;
    out += ch;
  }
  return out;
}

/**
 * A typed query → the words it asks for, each as a Pagefind exact phrase of characters.
 * Words are the query's space-separated parts (`疫情防控 企业` → two words, both required).
 * @example queryPhrases('沁泉湖') // ['"沁 泉 湖"']
 */
export function queryWords(q: string): string[] {
  return (toSimplified(q.normalize('NFKC')) as string)
    .toLowerCase()
    .split(/\s+/)
    .map((w: string) => w.replace(/["“”'‘’]/g, ''))
    .filter((w: string) => w !== '');
}

export function phraseOf(word: string): string {
  const parts: string[] = [];
  let run = '';
  for (const ch of word) {
    if (HAN.test(ch)) {
      if (run) parts.push(run);
      run = '';
      parts.push(ch);
    } else if (/[\p{L}\p{N}]/u.test(ch)) {
      run += ch;
    } else {
      if (run) parts.push(run);
      run = '';
    }
  }
  if (run) parts.push(run);
  return parts.length > 1 ? `"${parts.join(' ')}"` : (parts[0] ?? '');
}

export const queryPhrases = (q: string): string[] => queryWords(q).map(phraseOf).filter((p) => p !== '');
