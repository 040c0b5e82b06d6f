/**
 * jieba's dictionaries cut to the words some texts can hold, for a build that
 * has a few articles to find keywords in. nodejieba builds its whole word list
 * (350,000 words) twice when it loads — once to segment, once more for TextRank
 * — a second of a core; cut to a day's articles it is a few thousand words, and
 * the keywords are the same, number for number.
 *
 * They are the same because jieba sees the same numbers for every word the text
 * can match, and for the words it cannot:
 * - a word's weight is `log(freq / sum of all freqs)`: a filler word carries the
 *   frequency of the words left out, so the sum is the sum;
 * - a character in no word is given the smallest weight: a filler has the
 *   smallest frequency;
 * - a word added later (`insertWord`: the reporters' names) is given the median
 *   weight: fillers at the median's frequency keep it the median;
 * - a word with no idf is given the average idf: a filler idf makes the cut
 *   list's average the same double.
 * Fillers are made of private-use characters that no text holds, so none of them
 * is ever found in one. Where any of this cannot be had exactly (frequencies
 * that are not whole numbers, nearly nothing left out), there is no cut.
 */

/** The two files nodejieba's `load` takes that this cuts, as text. */
export interface Dictionaries {
  /** `jieba.dict.utf8`: a `word freq tag` line a word. */
  dict: string;
  /** `idf.utf8`: a `word idf` line a word. */
  idf: string;
}

/** The private-use area: characters no dictionary word or (as a rule) printed text holds. */
const PRIVATE_USE = { first: 0xe000, last: 0xf8ff };

/** The whole dictionaries read, with the numbers a cut must keep; made before the texts are known. */
export interface WholeDictionaries {
  dict: { lines: string[]; words: string[]; freqs: number[]; sum: number; min: number; median: number };
  idf: { lines: string[]; words: string[]; values: number[]; count: number; average: number };
}

/**
 * The dictionaries' lines and numbers, as jieba reads them; `null` where a cut
 * could not keep them exactly (a frequency not a whole number, a line jieba
 * would stop at).
 */
export function readDictionaries(files: Dictionaries): WholeDictionaries | null {
  const dict: WholeDictionaries['dict'] = { lines: [], words: [], freqs: [], sum: 0, min: 0, median: 0 };
  for (const line of linesOf(files.dict)) {
    const parts = line.split(' ');
    const freq = Number(parts[1]);
    if (parts.length !== 3 || !Number.isSafeInteger(freq) || freq <= 0) return null;
    dict.lines.push(line);
    dict.words.push(parts[0]!);
    dict.freqs.push(freq);
    dict.sum += freq;
  }
  if (dict.lines.length === 0 || !Number.isSafeInteger(dict.sum)) return null;
  const sorted = Float64Array.from(dict.freqs).sort();
  dict.min = sorted[0]!;
  dict.median = sorted[Math.floor(sorted.length / 2)]!; // jieba: the weights sorted, the one at size / 2
  const idf: WholeDictionaries['idf'] = { lines: [], words: [], values: [], count: 0, average: 0 };
  let sum = 0;
  for (const line of linesOf(files.idf)) {
    idf.count++; // a line jieba skips still counts
    const parts = line.split(' ');
    if (parts.length !== 2) continue;
    const value = parseFloat(parts[1]!); // C's atof: the same correctly rounded double
    idf.lines.push(line);
    idf.words.push(parts[0]!);
    idf.values.push(value);
    sum += value;
  }
  if (idf.count === 0) return null;
  idf.average = sum / idf.count;
  return { dict, idf };
}

/**
 * The dictionaries cut to the words that occur in `texts`, with fillers that
 * keep jieba's numbers; `null` where a cut would not give the same keywords.
 * @example
 * cutDictionaries(whole, ['生态环境保护']) // 生 态 环 境 保 护 生态 环境 保护 生态环境 环境保护, and fillers (not 环保)
 */
export function cutDictionaries(whole: WholeDictionaries, texts: string[]): Dictionaries | null {
  const occurs = occursIn(texts);
  const filler = fillerWords(texts);
  const dict = cutDict(whole.dict, occurs, filler);
  const idf = dict && cutIdf(whole.idf, occurs, filler);
  return dict && idf ? { dict, idf } : null;
}

/**
 * Whether a word may occur in the texts: each of its characters does, and each
 * pair of them side by side (UTF-16 units, so that a character outside the
 * basic plane is a pair too). Every word that occurs passes; few others do.
 */
function occursIn(texts: string[]): (word: string) => boolean {
  const units = new Set<number>();
  const pairs = new Set<number>();
  for (const text of texts) {
    let prev = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      units.add(c);
      if (prev >= 0) pairs.add(prev * 0x10000 + c);
      prev = c;
    }
  }
  return (word) => {
    if (!units.has(word.charCodeAt(0))) return false;
    for (let i = 1; i < word.length; i++) if (!pairs.has(word.charCodeAt(i - 1) * 0x10000 + word.charCodeAt(i))) return false;
    return true;
  };
}

/** The n-th filler word: private-use characters none of the texts holds, counted like digits. */
function fillerWords(texts: string[]): (n: number) => string {
  const used = new Set<number>();
  for (const text of texts) for (let i = 0; i < text.length; i++) used.add(text.charCodeAt(i));
  const digits: string[] = [];
  for (let c = PRIVATE_USE.first; c <= PRIVATE_USE.last; c++) if (!used.has(c)) digits.push(String.fromCharCode(c));
  return (n) => {
    let word = '';
    do {
      word = digits[n % digits.length] + word;
      n = Math.floor(n / digits.length);
    } while (n > 0);
    return word;
  };
}

/** Lines as C++'s `getline` reads them: no last empty one after a final newline. */
function linesOf(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * `word freq tag` lines of the words that occur, then the fillers: the median's
 * frequency as often as it takes to keep the median where it was, the smallest
 * frequency once, and the frequency of all words left out.
 */
function cutDict(dict: WholeDictionaries['dict'], occurs: (w: string) => boolean, filler: (n: number) => string): string | null {
  const { min, median } = dict;
  const kept: string[] = [];
  let keptSum = 0;
  let below = 0;
  let equal = 0;
  for (let i = 0; i < dict.words.length; i++) {
    if (!occurs(dict.words[i]!)) continue;
    const f = dict.freqs[i]!;
    kept.push(dict.lines[i]!);
    keptSum += f;
    if (f < median) below++;
    else if (f === median) equal++;
  }
  const above = kept.length - below - equal;
  // The fillers at the smallest frequency (once) and at the median's (k times), and the rest's.
  for (let k = 1; ; k++) {
    const rest = dict.sum - keptSum - min - k * median;
    if (rest < min) return null; // nearly nothing left out: the whole dictionary is as quick
    const b = below + (min < median ? 1 : 0) + (rest < median ? 1 : 0);
    const e = equal + k + (min === median ? 1 : 0) + (rest === median ? 1 : 0);
    const size = b + e + above + (rest > median ? 1 : 0);
    const at = Math.floor(size / 2);
    if (b <= at && at < b + e) {
      const fillers = [`${filler(0)} ${rest} x`, `${filler(1)} ${min} x`];
      for (let i = 0; i < k; i++) fillers.push(`${filler(2 + i)} ${median} x`);
      return [...kept, ...fillers].join('\n') + '\n';
    }
  }
}

/**
 * `word idf` lines of the words that occur, and a filler whose idf makes the
 * average — taken as jieba takes it: the sum in file order over the count of
 * lines — the same double.
 */
function cutIdf(idf: WholeDictionaries['idf'], occurs: (w: string) => boolean, filler: (n: number) => string): string | null {
  const kept: string[] = [];
  let keptSum = 0;
  for (let i = 0; i < idf.words.length; i++) {
    if (!occurs(idf.words[i]!)) continue;
    kept.push(idf.lines[i]!);
    keptSum += idf.values[i]!;
  }
  const { average } = idf;
  const count = kept.length + 1;
  // The kept sum plus the filler must be a double whose quotient is the average: found near the exact one.
  let total = average * count;
  for (let step = 0; step < 64 && total / count !== average; step++) total = total / count < average ? nextUp(total) : nextDown(total);
  const value = Number((total - keptSum).toPrecision(17));
  if ((keptSum + value) / count !== average) return null;
  return [...kept, `${filler(0)} ${value.toPrecision(17)}`].join('\n') + '\n';
}

const bits = new DataView(new ArrayBuffer(8));
/** The next double above `x` (x > 0). */
function nextUp(x: number): number {
  bits.setFloat64(0, x);
  bits.setBigUint64(0, bits.getBigUint64(0) + 1n);
  return bits.getFloat64(0);
}
/** The next double below `x` (x > 0). */
function nextDown(x: number): number {
  bits.setFloat64(0, x);
  bits.setBigUint64(0, bits.getBigUint64(0) - 1n);
  return bits.getFloat64(0);
}
