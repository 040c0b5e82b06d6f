/**
 * The gold scorer (shared/tools/score.py) in TypeScript, so that `npm test`
 * holds the parser to the gold pages without reading outside the project.
 * Same matching (6-gram Jaccard ≥ 0.5), same canonical form (NFKC, straight
 * quotes, no whitespace), same counts.
 */
import type { Page } from '../../src/model.ts';

export interface GoldArticle {
  kind: string;
  headline_compact: string | null;
  reporters: string[];
  correspondents: string[];
  photographers: string[];
  date: string | null;
  body_compact: string;
  optional?: boolean;
  alt_body_compact?: string[];
  alt_headline_compact?: string[];
}

export interface GoldPage {
  seed: string;
  year: number;
  issue_date: string | null;
  furniture: string[];
  articles: GoldArticle[];
}

const QUOTES: Record<string, string> = { '“': '"', '”': '"', '„': '"', '‟': '"', '〝': '"', '〞': '"', '＂': '"', '‘': "'", '’': "'", '＇': "'" };
export const canon = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFKC')
    .replace(/[“”„‟〝〞＂‘’＇]/g, (q) => QUOTES[q] ?? q)
    .replace(/\s+/g, '');

const grams = (s: string, n = 6): Set<string> => {
  const out = new Set<string>();
  if (!s) return out;
  const chars = [...s];
  for (let i = 0; i < Math.max(1, chars.length - n + 1); i++) out.add(chars.slice(i, i + n).join(''));
  return out;
};
const jaccard = (a: Set<string>, b: Set<string>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
};

type OutArticle = Page['articles'][number];
const outBody = (a: OutArticle) => a.body.map((b) => b.text).join('');
const outHeadline = (a: OutArticle) => (a.headline ? canon([a.headline.kicker, a.headline.main, a.headline.sub].join('')) : '');
const sortedChars = (s: string) => [...s].sort().join('');
const people = (a: OutArticle) => ({
  reporters: a.byline.reporters.map(canon).sort(),
  correspondents: a.byline.correspondents.map(canon).sort(),
  photographers: a.byline.photographers.map(canon).sort(),
});

const CJK = '[\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef“”‘’]';
const CJK_GAP = new RegExp(`${CJK}[ \\t\\u3000]+${CJK}`, 'g');

export interface PageScore {
  gold: number;
  out: number;
  matched: number;
  bodyExact: number;
  headN: number;
  headOk: number;
  noheadN: number;
  noheadOk: number;
  dateN: number;
  dateOk: number;
  bylineOk: number;
  kindOk: number;
  cjkGaps: number;
  furnitureLeaks: number;
  /** Articles given out with a doubt; articles given out wrong (no match, or body or headline wrong); wrong ones with a doubt. */
  doubted: number;
  wrong: number;
  wrongDoubted: number;
  misses: string[];
}

/** The articles a page was made of, as a gold page: what re-laid-out pages are scored against. */
export function goldOf(articles: Page['articles']): GoldPage {
  return {
    seed: '',
    year: 0,
    issue_date: null,
    furniture: [],
    articles: articles.map((a) => ({
      kind: a.kind,
      headline_compact: a.headline ? canon([a.headline.kicker, a.headline.main, a.headline.sub].join('')) : null,
      reporters: a.byline.reporters,
      correspondents: a.byline.correspondents,
      photographers: a.byline.photographers,
      date: a.kind === 'feature' ? null : a.date,
      body_compact: canon(a.body.map((b) => b.text).join('')),
    })),
  };
}

/** Levenshtein similarity, 1 for equal strings: `1 - distance / longer length`. */
export function similarity(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (x.length === 0 && y.length === 0) return 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return 1 - (prev[y.length] ?? 0) / Math.max(x.length, y.length);
}

/**
 * How strictly texts are compared. `exact` for text the parser must reproduce
 * (the gold pages, re-laid-out pages); `fuzzy` for OCR and PDF extraction,
 * whose text is never exact: a headline counts when 80 % the same, a body when
 * 95 %, a name when at most one character differs.
 */
export type Strictness = 'exact' | 'fuzzy';
const HEADLINE_SIMILAR = 0.8;
const BODY_SIMILAR = 0.95;
/** Texts this short are matched by characters where their 3-grams fail (OCR), when this alike. */
const SHORT_TEXT = 80;
const SHORT_SIMILAR = 0.75;

function samePeople(a: string[], b: string[], strictness: Strictness): boolean {
  if (a.length !== b.length) return false;
  if (strictness === 'exact') return a.every((x, i) => x === b[i]);
  const rest = [...b];
  return a.every((x) => {
    const k = rest.findIndex((y) => y === x || ([...x].length === [...y].length && similarity(x, y) >= 0.5 && [...x].filter((c, i) => c !== [...y][i]).length <= 1));
    if (k < 0) return false;
    rest.splice(k, 1);
    return true;
  });
}

export function scorePage(gold: GoldPage, parsed: Page, strictness: Strictness = 'exact'): PageScore {
  // OCR breaks one 6-gram in six at a 3 % error rate: fuzzy matching uses 3-grams.
  const n = strictness === 'fuzzy' ? 3 : 6;
  const outGrams = parsed.articles.map((a) => grams(canon(outBody(a)), n));
  const used = new Set<number>();
  const pairs: Array<[GoldArticle, OutArticle]> = [];
  for (const g of gold.articles) {
    const gg = grams(canon(g.body_compact), n);
    let best = -1;
    let bj = 0;
    outGrams.forEach((og, oi) => {
      if (used.has(oi)) return;
      const j = jaccard(gg, og);
      if (j > bj) {
        best = oi;
        bj = j;
      }
    });
    const match = parsed.articles[best];
    if (best >= 0 && bj >= 0.5 && match) {
      used.add(best);
      pairs.push([g, match]);
    }
  }
  // A short text (a caption, a 简讯) keeps few 3-grams whole through OCR's errors (`白敬镇湿地公园里，成群的白车…`
  // for `白鹭镇…白鹭…`): what found no match by 3-grams is matched by characters, if short and near alike.
  if (strictness === 'fuzzy')
    for (const g of gold.articles) {
      if (pairs.some(([p]) => p === g)) continue;
      const gb = canon(g.body_compact);
      if ([...gb].length > SHORT_TEXT) continue;
      let best = -1;
      let bs = 0;
      parsed.articles.forEach((a, oi) => {
        const ob = canon(outBody(a));
        if (used.has(oi) || [...ob].length > SHORT_TEXT * 1.5) return;
        const s = similarity(gb, ob);
        if (s > bs) [best, bs] = [oi, s];
      });
      const match = parsed.articles[best];
      if (best >= 0 && bs >= SHORT_SIMILAR && match) {
        used.add(best);
        pairs.push([g, match]);
      }
    }
  const optionalMissed = gold.articles.filter((g) => g.optional && !pairs.some(([p]) => p === g)).length;
  const r: PageScore = {
    gold: gold.articles.length - optionalMissed,
    out: parsed.articles.length,
    matched: pairs.length,
    bodyExact: 0,
    headN: 0,
    headOk: 0,
    noheadN: 0,
    noheadOk: 0,
    dateN: 0,
    dateOk: 0,
    bylineOk: 0,
    kindOk: 0,
    cjkGaps: 0,
    furnitureLeaks: 0,
    doubted: 0,
    wrong: 0,
    wrongDoubted: 0,
    misses: [],
  };
  const wrong = new Set<OutArticle>(parsed.articles.filter((_, i) => !used.has(i)));
  for (const g of gold.articles) if (!g.optional && !pairs.some(([p]) => p === g)) r.misses.push(`missed ${g.kind} ${canon(g.body_compact).slice(0, 24)}`);
  parsed.articles.forEach((a, i) => {
    if (!used.has(i)) r.misses.push(`extra ${a.kind} ${canon(outBody(a)).slice(0, 24)} (line ${a.source.start})`);
  });
  for (const [g, o] of pairs) {
    let gb = canon(g.body_compact);
    const ob = canon(outBody(o));
    if (gb !== ob && (g.alt_body_compact ?? []).map(canon).includes(ob)) gb = ob;
    if (gb === ob || (strictness === 'fuzzy' && similarity(gb, ob) >= BODY_SIMILAR)) r.bodyExact++;
    else wrong.add(o), r.misses.push(`body ${g.body_compact.slice(0, 12)}…: ${ob.length} chars vs ${gb.length}`);
    const gh = canon(g.headline_compact);
    const oh = outHeadline(o);
    if (gh) {
      r.headN++;
      const ok = [gh, ...(g.alt_headline_compact ?? []).map(canon)].some(
        (a) => a === oh || sortedChars(a) === sortedChars(oh) || (strictness === 'fuzzy' && similarity(a, oh) >= HEADLINE_SIMILAR),
      );
      if (ok) r.headOk++;
      else wrong.add(o), r.misses.push(`head ${gh.slice(0, 30)} ≠ ${oh.slice(0, 30)}`);
    } else {
      r.noheadN++;
      if (oh === '') r.noheadOk++;
      else wrong.add(o), r.misses.push(`head expected none, got ${oh.slice(0, 30)}`);
    }
    if (g.date) {
      r.dateN++;
      if (o.date === g.date) r.dateOk++;
      else r.misses.push(`date ${g.body_compact.slice(0, 12)}…: ${o.date} vs ${g.date}`);
    }
    const gp = {
      reporters: g.reporters.map(canon).sort(),
      correspondents: g.correspondents.map(canon).sort(),
      photographers: g.photographers.map(canon).sort(),
    };
    const op = people(o);
    if (samePeople(gp.reporters, op.reporters, strictness) && samePeople(gp.correspondents, op.correspondents, strictness) && samePeople(gp.photographers, op.photographers, strictness)) r.bylineOk++;
    else r.misses.push(`byline ${g.body_compact.slice(0, 12)}…: ${JSON.stringify(op)} vs ${JSON.stringify(gp)}`);
    if (o.kind === g.kind) r.kindOk++;
    else r.misses.push(`kind ${g.body_compact.slice(0, 12)}…: ${o.kind} vs ${g.kind}`);
  }
  const doubted = (a: OutArticle) => (a.doubts?.length ?? 0) > 0;
  r.doubted = parsed.articles.filter(doubted).length;
  r.wrong = wrong.size;
  r.wrongDoubted = [...wrong].filter(doubted).length;
  r.cjkGaps = parsed.articles.reduce((n, a) => n + (outBody(a).match(CJK_GAP) ?? []).length, 0);
  const bodies = canon(parsed.articles.map((a) => outBody(a) + outHeadline(a)).join(''));
  r.furnitureLeaks = gold.furniture.filter((f) => canon(f) && bodies.includes(canon(f))).length;
  return r;
}

export interface Summary {
  segment_f1: number;
  precision: number;
  recall: number;
  body_exact: number;
  headline: number;
  no_headline_kept_empty: number;
  date: number;
  byline: number;
  kind: number;
  cjk_gaps: number;
  furniture_leaks: number;
  /** Of the articles given out wrong, how many say they are doubtful; of those that say so, how many are wrong. */
  wrong_doubted: number;
  doubted_wrong: number;
}

export function summarize(scores: PageScore[]): Summary {
  const t = (k: keyof Omit<PageScore, 'misses'>) => scores.reduce((n, s) => n + s[k], 0);
  const pct = (a: number, b: number) => (b ? (100 * a) / b : 100);
  const round = (x: number) => Math.round(x * 10) / 10;
  const prec = pct(t('matched'), t('out'));
  const rec = pct(t('matched'), t('gold'));
  return {
    segment_f1: round(prec + rec ? (2 * prec * rec) / (prec + rec) : 0),
    precision: round(prec),
    recall: round(rec),
    body_exact: round(pct(t('bodyExact'), t('gold'))),
    headline: round(pct(t('headOk'), t('headN'))),
    no_headline_kept_empty: round(pct(t('noheadOk'), t('noheadN'))),
    date: round(pct(t('dateOk'), t('dateN'))),
    byline: round(pct(t('bylineOk'), t('gold'))),
    kind: round(pct(t('kindOk'), t('gold'))),
    cjk_gaps: t('cjkGaps'),
    furniture_leaks: t('furnitureLeaks'),
    wrong_doubted: round(pct(t('wrongDoubted'), t('wrong'))),
    doubted_wrong: round(pct(t('wrongDoubted'), t('doubted'))),
  };
}
