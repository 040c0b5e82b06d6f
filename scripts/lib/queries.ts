/**
 * A query set built from an archive, the way readers search it: names, places and
 * terms, substrings of 1–8 characters, parts of words, two-word queries,
 * Traditional forms, full-width digits and queries that find nothing. The ground
 * truth of a query is the set of articles whose searchable text contains every
 * word of it (punctuation aside).
 */
import { Converter } from 'opencc-js/cn2t';
import type { ArchiveArticle } from '../../src/archive/index.ts';
import { normalizeForSearch, queryWords } from '../../src/search/normalize.ts';
import { searchableText } from '../../src/search/record.ts';
import { int, pick, rng } from '../../src/synth/random.ts';

const toTraditional = Converter({ from: 'cn', to: 't' }) as (s: string) => string;

export type QueryClass = 'name' | 'term' | 'substring' | 'partial' | 'two-word' | 'traditional' | 'full-width' | 'absent';

export interface Query {
  q: string;
  kind: QueryClass;
}

/**
 * Text with only what a query can match: Han, letters, digits, and the marks
 * inside a number (`11.29`); other marks vanish, except between two letters or
 * digits, which they keep apart (`1-2月` is not `12月`).
 */
export function keyOf(text: string): string {
  return normalizeForSearch(text)
    .replace(/(\d)([.,:])(?=\d)/g, '$1\u0000$2')
    .replace(/([a-z0-9])[^\p{Script=Han}a-z0-9\u0000]+(?=[a-z0-9])/gu, '$1|')
    .replace(/[^\p{Script=Han}a-z0-9|\u0000.,:]/gu, '')
    .replace(/(?<!\u0000)[.,:]/g, '')
    .replace(/\u0000/g, '');
}

export const searchKey = (a: ArchiveArticle): string => keyOf(searchableText(a));

/**
 * Does the text contain the word? Letters and digits are whole runs, as a reader
 * types a number: `8日` is in `8日` but not in `18日`.
 */
function contains(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + word.length] ?? '';
    const alnum = (c: string) => /[a-z0-9]/.test(c);
    if (alnum(word[0] ?? '') && alnum(before)) continue;
    if (alnum(word.at(-1) ?? '') && alnum(after)) continue;
    return true;
  }
  return false;
}

export function truth(articles: ArchiveArticle[], q: string): Set<string> {
  const words = queryWords(q).map(keyOf).filter(Boolean);
  return new Set(articles.filter((a) => words.length > 0 && words.every((w) => contains(searchKey(a), w))).map((a) => a.url));
}

const HAN_RUN = /\p{Script=Han}{2,}/gu;

export function buildQueries(articles: ArchiveArticle[], seed = 7): Query[] {
  const r = rng(seed);
  const out: Query[] = [];
  const seen = new Set<string>();
  const add = (q: string, kind: QueryClass) => {
    if (q.trim() && !seen.has(q)) {
      seen.add(q);
      out.push({ q, kind });
    }
  };
  const texts = articles.map((a) => normalizeForSearch(searchableText(a)));
  const runs = texts.flatMap((t) => t.match(HAN_RUN) ?? []);
  const names = [...new Set(articles.flatMap((a) => a.people.map((p) => p.name)))];
  for (const n of names) add(n, 'name');
  // Terms: frequent 2–4 character sequences that recur across articles (places, organisations, phrases).
  const counts = new Map<string, number>();
  for (const t of texts) {
    const local = new Set<string>();
    for (const run of t.match(HAN_RUN) ?? []) for (let n = 3; n <= 4; n++) for (let i = 0; i + n <= run.length; i++) local.add(run.slice(i, i + n));
    for (const g of local) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  const terms = [...counts.entries()].filter(([, c]) => c >= 2 && c <= articles.length / 2).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([g]) => g);
  for (const t of terms.slice(0, 40)) add(t, 'term');
  for (let i = 0; i < 50; i++) {
    const run = pick(r, runs);
    const len = Math.min(run.length, int(r, 1, 8));
    const at = int(r, 0, run.length - len);
    add(run.slice(at, at + len), 'substring');
  }
  for (const n of [...names, ...terms.slice(0, 20)]) if ([...n].length >= 3) add([...n].slice(1).join(''), 'partial');
  for (let i = 0; i < 20; i++) {
    const a = pick(r, texts);
    const own = (a.match(HAN_RUN) ?? []).filter((x) => x.length >= 2);
    if (own.length < 2) continue;
    const w1 = pick(r, own).slice(0, int(r, 2, 4));
    const w2 = pick(r, own).slice(0, int(r, 2, 4));
    add(`${w1} ${w2}`, 'two-word');
  }
  for (let i = 0; i < 10; i++) add(`${pick(r, terms.slice(0, 30))} ${pick(r, names)}`, 'two-word');
  for (const q of out.filter((x) => x.kind === 'term' || x.kind === 'substring').slice(0, 60)) {
    const t = toTraditional(q.q);
    if (t !== q.q) add(t, 'traditional');
  }
  const dated = texts.flatMap((t) => t.match(/\d{1,4}[年月日]/g) ?? []);
  for (let i = 0; i < 15 && dated.length; i++) add(pick(r, dated).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)), 'full-width');
  for (const q of ['鳄鱼潜水艇', '量子纠缠茶', '龘靐齉', '火星农场主', '蒸汽朋克']) add(q, 'absent');
  return out;
}
