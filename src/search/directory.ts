/**
 * The search directory: which bundles can hold a query, before any bundle is
 * loaded. For every pair of neighbouring words in the index (a Han character
 * is a word, so 白鹭湖 gives 白鹭 and 鹭湖) and every word alone, the bundles
 * that have it. A query can be in a bundle only if all its pairs are (its
 * word, if it has one); the directory errs only the safe way, naming a bundle
 * that has every pair but not the query, never leaving out one that has it.
 *
 * Published as text files under `pagefind/where/`, the keys spread over them by
 * a hash, so that a query fetches a few small files (one a pair asked for).
 * A file is lines of `key<TAB>bundles`: a key is a word or two words with a
 * space between (`白 鹭`), bundles are positions in the bundle list, as ranges
 * (`0-11,14`).
 */

/** Where the directory's files are, under the site's `pagefind/`. */
export const DIRECTORY = 'where';

/**
 * Pagefind's code with an index of nothing, under the site's `pagefind/`: the
 * search page starts Pagefind from here as it loads, before a query has said
 * which months it needs, and merges those months into it.
 */
export const STARTER = 'start';

/** The bundle of articles with no date (the others are months, `2015-07`, and the newest month's tens of days, `2015-08-2`). */
export const UNDATED_SHARD = 'undated';
/** The month a bundle's articles are of (`null`: the undated). @example bundleMonth('2019-05-2') // '2019-05' */
export const bundleMonth = (key: string): string | null => (key === UNDATED_SHARD ? null : key.slice(0, 7));
/** The year filter's value for articles with no date. */
export const UNDATED_YEAR_LABEL = '日期不详';

/** What `pagefind/shards.json` says: the bundles, newest first, and how the directory is cut. */
export interface Listing {
  shards: string[];
  where?: { files: number; version: string };
}

/**
 * A word as the directory keys it: lower case, letters and digits only (a
 * word's marks are Pagefind's business: `区）` is 区, `11.29` is 1129). Where
 * this folds more than Pagefind does, the directory only names more bundles.
 */
export const wordKey = (w: string): string => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const kinds = new Map<number, boolean>();
/** Whether a UTF-16 code unit is a letter or digit (Han, ASCII at once; others asked once, then remembered). */
function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return true;
  if (c >= 0xd800 && c <= 0xdfff) return true; // half of a character beyond the first plane: kept with its word
  let k = kinds.get(c);
  if (k === undefined) kinds.set(c, (k = LETTER_OR_DIGIT.test(String.fromCharCode(c))));
  return k;
}

/**
 * The keys of texts as the index cuts them (`indexText`): each word, each
 * pair of neighbours. A word with marks inside (`11.29`, `a-b`) is also its
 * parts, each paired with the words beside it, in case Pagefind reads them
 * apart. Words are numbered while a bundle is read (a character by its code),
 * pairs are numbers made of two: a bundle of 1,500 articles is a million
 * words, read in about 0.1 s.
 */
export class KeySet {
  /** A character's word number + 1 (0: none yet), by its code. */
  private readonly charIds = new Int32Array(0x10000);
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly singles = new Set<number>();
  /** Pairs of words numbered below 2¹⁵ (most), as small integers; the others apart. */
  private readonly pairs = new Set<number>();
  private readonly widePairs = new Set<number>();

  private number(w: string): number {
    let id = this.ids.get(w);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(w, id);
      this.words.push(w);
    }
    return id;
  }

  private charNumber(c: number): number {
    const id = this.charIds[c] as number;
    if (id) return id - 1;
    const n = this.number(String.fromCharCode(c));
    this.charIds[c] = n + 1;
    return n;
  }

  private pair(a: number, b: number): void {
    if (a < 32768 && b < 32768) this.pairs.add(a * 32768 + b);
    else this.widePairs.add(a * 2 ** 24 + b);
  }

  /** Adds a text as the index has it (cut into words by `indexText`). */
  addIndexed(indexed: string): void {
    let prevA = -1;
    let prevB = -1;
    const n = indexed.length;
    let i = 0;
    while (i < n) {
      let c = indexed.charCodeAt(i);
      if (c === 32 || c === 10 || c === 9 || c === 13) {
        i++;
        continue;
      }
      // A word: up to the next space; most are one character with marks after it.
      const start = i;
      let units = 0;
      let firstUnit = 0;
      let inner = false;
      let seenMark = false;
      for (; i < n && (c = indexed.charCodeAt(i)) !== 32 && c !== 10 && c !== 9 && c !== 13; i++) {
        if (isWordUnit(c)) {
          if (units === 0) firstUnit = c;
          else if (seenMark) inner = true;
          units++;
        } else seenMark = true;
      }
      if (units === 0) continue;
      let a: number;
      let b = -1;
      let lastA: number;
      let lastB = -1;
      if (units === 1 && firstUnit < 0xd800) {
        const ch = firstUnit >= 65 && firstUnit <= 90 ? firstUnit + 32 : firstUnit;
        a = ch < 128 || (ch >= 0x3400 && ch <= 0x9fff) ? this.charNumber(ch) : this.number(String.fromCharCode(ch).toLowerCase());
        lastA = a;
      } else {
        const raw = indexed.slice(start, i);
        a = this.number(wordKey(raw));
        lastA = a;
        if (inner) {
          const parts = raw.split(/[^\p{L}\p{N}]+/u).map(wordKey).filter(Boolean).map((p) => this.number(p));
          for (let j = 0; j < parts.length; j++) {
            this.singles.add(parts[j] as number);
            if (j > 0) this.pair(parts[j - 1] as number, parts[j] as number);
          }
          b = parts[0] as number;
          lastB = parts.at(-1) as number;
        }
      }
      this.singles.add(a);
      if (prevA >= 0) {
        this.pair(prevA, a);
        if (b >= 0) this.pair(prevA, b);
        if (prevB >= 0) {
          this.pair(prevB, a);
          if (b >= 0) this.pair(prevB, b);
        }
      }
      prevA = lastA;
      prevB = lastB;
    }
  }

  get size(): number {
    return this.singles.size + this.pairs.size + this.widePairs.size;
  }

  /** The keys as the directory writes them (`白`, `白 鹭`). */
  strings(): string[] {
    const w = this.words;
    const out: string[] = [];
    for (const k of this.singles) out.push(w[k] as string);
    for (const k of this.pairs) out.push(`${w[Math.floor(k / 32768)]} ${w[k % 32768]}`);
    for (const k of this.widePairs) out.push(`${w[Math.floor(k / 2 ** 24)]} ${w[k % 2 ** 24]}`);
    return out;
  }
}

/**
 * The keys a query needs, all of which a bundle must have, given its words as
 * the index cuts them (`phraseParts`): a word's word if it is one, else its
 * pairs — at most `most` of them, spread from the first to the last (any of
 * them narrows; a few do nearly as well as all).
 * @example queryKeys([['白', '鹭', '湖']]) // ['白 鹭', '鹭 湖']
 */
export function queryKeys(words: string[][], most = 4): string[] {
  const out: string[] = [];
  for (const word of words) {
    const parts = word.map(wordKey).filter(Boolean);
    if (parts.length === 1) out.push(parts[0] as string);
    const pairs = parts.slice(1).map((p, i) => `${parts[i]} ${p}`);
    if (pairs.length <= most) out.push(...pairs);
    else for (let i = 0; i < most; i++) out.push(pairs[Math.round((i * (pairs.length - 1)) / (most - 1))] as string);
  }
  return [...new Set(out)];
}

/** FNV-1a over UTF-16 code units: which of `files` holds a key. */
export function fileOf(key: string, files: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % files;
}

/** Sorted positions → ranges. @example encodeSet([0, 1, 2, 5]) // '0-2,5' */
export function encodeSet(positions: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < positions.length; ) {
    let j = i;
    while (j + 1 < positions.length && (positions[j + 1] as number) === (positions[j] as number) + 1) j++;
    out.push(i === j ? String(positions[i]) : `${positions[i]}-${positions[j]}`);
    i = j + 1;
  }
  return out.join(',');
}

export function decodeSet(ranges: string): number[] {
  const out: number[] = [];
  for (const r of ranges.split(',')) {
    if (!r) continue;
    const [a, b] = r.split('-').map(Number) as [number, number | undefined];
    for (let i = a; i <= (b ?? a); i++) out.push(i);
  }
  return out;
}

/** About this many bytes a file: a query fetches one file a key. */
const FILE_BYTES = 12_000;

/** Each key's bundles (positions in the bundle list, ascending), gathered one bundle at a time. */
export type Directory = Map<string, number[]>;

/** Adds a bundle's keys at its position (positions are added in order). */
export function addBundle(where: Directory, position: number, keys: Iterable<string>): void {
  for (const k of keys) {
    const list = where.get(k);
    if (list) list.push(position);
    else where.set(k, [position]);
  }
}

/** The directory's files: about `FILE_BYTES` each, a power of two of them, the n-th holding the keys `fileOf` sends to it, sorted. */
export function directoryFiles(where: Directory): string[] {
  let bytes = 0;
  for (const [k, list] of where) bytes += k.length * 3 + 2 + list.length * 3;
  const files = 2 ** Math.max(0, Math.ceil(Math.log2(bytes / FILE_BYTES)));
  const lines: string[][] = Array.from({ length: files }, () => []);
  for (const [k, list] of where) (lines[fileOf(k, files)] as string[]).push(`${k}\t${encodeSet(list)}`);
  // Sorted a file at a time: the same text as sorting all keys first, for less work.
  return lines.map((l) => (l.length ? `${l.sort().join('\n')}\n` : ''));
}

/** A key's bundles in a directory file's text (`null`: no bundle has it). */
export function lookup(file: string, key: string): number[] | null {
  const at = file.startsWith(`${key}\t`) ? 0 : file.indexOf(`\n${key}\t`) + 1;
  if (at === 0 && !file.startsWith(`${key}\t`)) return null;
  const start = at + key.length + 1;
  const end = file.indexOf('\n', start);
  return decodeSet(file.slice(start, end < 0 ? undefined : end));
}

/**
 * The bundles that can hold every key, given each key's bundles (`null`: the
 * key is nowhere). No keys (a query of marks only): every bundle.
 */
export function candidates(count: number, perKey: Array<number[] | null>): number[] {
  let out = Array.from({ length: count }, (_, i) => i);
  for (const list of perKey) {
    if (!list) return [];
    const has = new Set(list);
    out = out.filter((i) => has.has(i));
  }
  return out;
}
