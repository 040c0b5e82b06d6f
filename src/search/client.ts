/**
 * The search page in the browser. Reads the query and filters from the URL
 * (`/search/?q=白鹭湖&kind=消息`), keeps the URL in step, asks Pagefind for each
 * word as an exact run of characters and keeps the articles that have them all.
 * Bundled by the build into `assets/search.js`; static files only, no server.
 */
// Nothing here may import normalize.ts (OpenCC's tables) but by `import()`: this script starts Pagefind before they load.
import { bundleMonth, candidates, DIRECTORY, fileOf, type Listing, lookup, queryKeys, STARTER, UNDATED_SHARD, UNDATED_YEAR_LABEL } from './directory.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: Record<string, string>; excerpt: string }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, o?: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule extends Pagefind {
  /** A Pagefind of its own (its bundles, its searches), sharing the module's worker and WebAssembly. */
  createInstance(o: Record<string, unknown>): Pagefind;
}

/**
 * What "the same" means to search (Traditional = Simplified, …): most of this
 * script's weight (OpenCC's tables), so it loads beside Pagefind, not before it.
 */
const normalizing = import('./normalize.ts');

/** Results a page: each one fetches its fragment of the index (2–4 kB). */
const PAGE_SIZE = 10;
const FACETS: Array<[string, string]> = [
  ['kind', '体裁'],
  ['year', '年份'],
  ['month', '月份'],
  ['person', '作者'],
];
const KIND_LABEL: Record<string, string> = { news: '消息', feature: '通讯', photo: '图片' };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The site root, from this page's own address: the search page lives at `<root>/search/`. */
const root = new URL('../', document.location.href);

/** The bundles (`pagefind/shards.json`): months (the newest in tens of days), newest first, the undated last; and how the directory is cut. */
let listing: Listing | null = null;
let bundles: string[] = [];
/** A Pagefind for each bundle, made when a query first needs the bundle. */
const loaded = new Map<string, Promise<Pagefind>>();
/** The year filter's value for a bundle's articles. */
const yearOf = (bundle: string) => (bundle === UNDATED_SHARD ? UNDATED_YEAR_LABEL : bundle.slice(0, 4));
/**
 * Filter counts need Pagefind's filter indexes, so they are loaded only when
 * the reader opens the filters or a filter is in use; a search then runs
 * through every month that can hold it, to count.
 */
let facetsWanted = false;

let listed: Promise<string[]> | null = null;
function loadListing(): Promise<string[]> {
  listed ??= (async () => {
    listing = (await (await fetch(new URL('pagefind/shards.json', root))).json()) as Listing;
    performance.mark('search:listing');
    bundles = listing.shards;
    if (bundles.length === 0) throw new Error('no search index');
    return bundles;
  })();
  return listed;
}

/** Words of context around a match in a result's excerpt. */
const EXCERPT = 40;

/**
 * Pagefind, started as the page loads from `pagefind/start/` (its code and an
 * index of nothing): its worker and WebAssembly ready by the time a query
 * knows which months it needs, instead of loading then from the first of them.
 */
const starterPath = () => new URL(`pagefind/${STARTER}/`, root).pathname;
const starting: Promise<PagefindModule> = (async () => {
  const pf = (await import(/* @vite-ignore */ new URL(`pagefind/${STARTER}/pagefind.js`, root).href)) as PagefindModule;
  await pf.options({ baseUrl: root.pathname, excerptLength: EXCERPT });
  await pf.init();
  performance.mark('search:pagefind');
  return pf;
})();

/**
 * A bundle made searchable: a Pagefind of its own (the starter's empty index
 * and the bundle merged into it), which costs the bundle's list of pages and,
 * a query, the index chunks of the query's words. Pagefind searches every
 * index merged into an instance on every search: one instance for all the
 * bundles a count loaded would make each later search go through all of them
 * (at 200k articles, two hundred months for a first page that needs one).
 *
 * The first bundle a page needs goes into the instance started as the page
 * loaded, whose WebAssembly is ready: a new instance would fetch and compile
 * it again before the bundle's own files are asked for. A later instance is
 * awaited before its bundle is merged (Pagefind otherwise polls for it every
 * 50 ms). The bundle's entry file is asked for with the build's tag, not a
 * timestamp, so a browser keeps it from one visit to the next.
 */
let starterTaken = false;
function load(bundle: string): Promise<Pagefind> {
  let done = loaded.get(bundle);
  if (!done) {
    done = starting.then(async (module) => {
      const tag = listing?.where?.version;
      const cache = tag ? { metaCacheTag: tag } : {};
      let pf: Pagefind = module;
      if (starterTaken) {
        pf = module.createInstance({ basePath: starterPath(), baseUrl: root.pathname, excerptLength: EXCERPT, ...cache });
        await pf.init();
      }
      starterTaken = true;
      await pf.mergeIndex(new URL(`pagefind/${bundle}/`, root).pathname, { baseUrl: root.pathname, excerptLength: EXCERPT, ...cache });
      return pf;
    });
    loaded.set(bundle, done);
  }
  return done;
}

/** The bundles whose filter indexes are loaded. */
const counted = new Set<string>();

/** The directory's files, fetched once a page. */
const whereFiles = new Map<number, Promise<string>>();
function whereFile(n: number, version: string): Promise<string> {
  let f = whereFiles.get(n);
  if (!f) {
    f = fetch(new URL(`pagefind/${DIRECTORY}/${n}.txt?v=${version}`, root)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`search directory: ${r.status}`))));
    whereFiles.set(n, f);
  }
  return f;
}

/** The bundles that can hold the query (all its words), by the directory; every bundle where there is none. */
async function bundlesHolding(words: string[]): Promise<string[]> {
  const all = await loadListing();
  const where = listing?.where;
  const { phraseParts } = await normalizing;
  const keys = queryKeys(words.map(phraseParts));
  if (!where || keys.length === 0) return all;
  const perKey = await Promise.all(keys.map(async (k) => lookup(await whereFile(fileOf(k, where.files), where.version), k)));
  return candidates(all.length, perKey).map((i) => all[i] as string);
}

export interface SearchState {
  q: string;
  from: string;
  to: string;
  sort: 'relevance' | 'newest' | 'oldest';
  page: number;
  filters: Record<string, string[]>;
}

export function readState(params: URLSearchParams): SearchState {
  const sort = params.get('sort');
  const filters: Record<string, string[]> = {};
  for (const [key] of FACETS) {
    const v = params.getAll(key).filter(Boolean);
    if (v.length) filters[key] = v;
  }
  return {
    q: params.get('q') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    sort: sort === 'newest' || sort === 'oldest' ? sort : 'relevance',
    page: Math.max(1, Number(params.get('page') ?? '1') || 1),
    filters,
  };
}

export function writeState(s: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  for (const [k, vs] of Object.entries(s.filters)) for (const v of vs) p.append(k, v);
  if (s.page > 1) p.set('page', String(s.page));
  return p;
}

/** Months that a date range touches, as Pagefind month filter values (`2019-05`). */
export function monthsBetween(from: string, to: string): string[] {
  const start = from ? from.slice(0, 7) : '1900-01';
  const end = to ? to.slice(0, 7) : '2100-12';
  const out: string[] = [];
  let [y, m] = start.split('-').map(Number) as [number, number];
  const [ey, em] = end.split('-').map(Number) as [number, number];
  while ((y < ey || (y === ey && m <= em)) && out.length < 2400) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

interface Hit {
  result: PagefindResult;
  data?: Awaited<ReturnType<PagefindResult['data']>>;
}

/**
 * A date range as Pagefind filter sets: whole months inside it by the `month`
 * filter, the days at its ragged ends by the `day` filter (Pagefind has no range
 * filter; the union of the two is the range).
 */
export function rangeFilters(from: string, to: string): Array<Record<string, { any: string[] }>> {
  const months = monthsBetween(from, to);
  const whole: string[] = [];
  const days: string[] = [];
  for (const m of months) {
    const [y, mo] = m.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    const first = `${m}-01`;
    const end = `${m}-${String(last).padStart(2, '0')}`;
    if ((!from || from <= first) && (!to || to >= end)) whole.push(m);
    else for (let d = 1; d <= last; d++) {
      const day = `${m}-${String(d).padStart(2, '0')}`;
      if ((!from || day >= from) && (!to || day <= to)) days.push(day);
    }
  }
  const sets: Array<Record<string, { any: string[] }>> = [];
  if (whole.length) sets.push({ month: { any: whole } });
  if (days.length) sets.push({ day: { any: days } });
  return sets;
}

/**
 * The bundles a search goes through, in the order it wants them: those that
 * can hold the query (`bundlesHolding`), within the year, month and date range
 * chosen, newest first (oldest first for `oldest`).
 */
export function bundlesFor(holding: string[], s: Pick<SearchState, 'from' | 'to' | 'sort' | 'filters'>): string[] {
  const months = s.from || s.to ? new Set(monthsBetween(s.from, s.to)) : null;
  const chosen = holding.filter((b) => {
    const month = bundleMonth(b) ?? '';
    return (!s.filters.year || s.filters.year.includes(yearOf(b))) && (!s.filters.month || s.filters.month.includes(month)) && (!months || months.has(month));
  });
  return s.sort === 'oldest' ? chosen.reverse() : chosen;
}

/** What a search has found so far. */
export interface Progress {
  hits: Hit[];
  facets: PagefindResponse['filters'];
  /** Bundles searched, of how many that can hold the query. */
  searched: number;
  of: number;
  done: boolean;
  /** Of the hits, those with the query as typed (all its words adjacent), first in the list. */
  exact: number;
}

/**
 * The articles of one bundle holding every phrase, best first: each phrase
 * asked for within the bundle (per filter set), the answers intersected; and
 * the first answer's filter counts.
 */
async function findIn(pf: Pagefind, phrases: string[], filterSets: Array<Record<string, unknown>>, direction: 'asc' | 'desc'): Promise<{ found: PagefindResult[]; facets: PagefindResponse['filters'] }> {
  const perSet = await Promise.all(filterSets.map((f) => Promise.all(phrases.map((p) => pf.search(p, { filters: f, sort: { date: direction } })))));
  const found: PagefindResult[] = [];
  for (const [firstWord, ...rest] of perSet) {
    if (!firstWord) continue;
    const keep = rest.map((r) => new Set(r.results.map((x) => x.id)));
    for (const r of firstWord.results) if (keep.every((k) => k.has(r.id))) found.push(r);
  }
  found.sort((a, b) => b.score - a.score);
  return { found, facets: perSet[0]?.[0]?.filters ?? {} };
}

/**
 * A search, as it goes: every article that contains every word of the query,
 * in order — the query as typed first (for relevance and several words), then
 * by date — found a bundle at a time, so that a caller can show the first page
 * as soon as it is there. Each word is an exact run of characters; Pagefind is
 * asked for each, within one bundle (its `bundle` filter: it orders results
 * within a bundle only), and the answers intersected.
 *
 * `interleaved` (several words, by relevance) goes through the bundles once,
 * asking each for the words as typed and for the words apart, instead of
 * every bundle for the first before any for the second: words common apart
 * and rare together (`实现产值 月纳税合`) then give a first page from the newest
 * months, not after every month was searched for them side by side. The list
 * is the same as the tiered one's wherever the query as typed fills the page
 * or stands in no bundle yet to be searched (`exact` tells how many it has).
 */
export async function* searching(s: Pick<SearchState, 'q' | 'from' | 'to' | 'sort' | 'filters'>, interleaved = false): AsyncGenerator<Progress> {
  const { queryWords, phraseOf } = await normalizing;
  const words = queryWords(s.q);
  const filterSets = filterSetsOf(s);
  const direction = s.sort === 'oldest' ? 'asc' : 'desc';
  // Tiers: for relevance and several words, the words as typed (adjacent) come first, then the others.
  const joined = s.sort === 'relevance' && words.length > 1 ? [words.join('')] : null;
  const tiers = joined ? [joined, words] : [words];
  const plans = await Promise.all(tiers.map(async (t) => bundlesFor(await bundlesHolding(t), s)));
  const progress: Progress = { hits: [], facets: {}, searched: 0, of: plans.at(-1)?.length ?? 0, done: false, exact: 0 };
  const addFacets = (facets: PagefindResponse['filters']) => {
    for (const [name, counts] of Object.entries(facets)) {
      const sum = (progress.facets[name] ??= {});
      for (const [value, n] of Object.entries(counts)) sum[value] = (sum[value] ?? 0) + n;
    }
  };
  const loadFor = async (bundle: string) => {
    const pf = await load(bundle);
    if (facetsWanted && !counted.has(bundle)) {
      counted.add(bundle);
      await pf.filters(); // the filter indexes, for the counts
    }
    return pf;
  };
  const phrases = tiers.map((t) => t.map(phraseOf));
  if (interleaved && joined) {
    const exact: Hit[] = [];
    const loose: Hit[] = [];
    const asTyped = new Set(plans[0]);
    for (const bundle of plans[1] ?? []) {
      const pf = await loadFor(bundle);
      const apart = await findIn(pf, phrases[1] ?? [], filterSets, direction);
      const together = asTyped.has(bundle) ? (await findIn(pf, phrases[0] ?? [], filterSets, direction)).found : [];
      const ids = new Set(together.map((r) => r.id));
      exact.push(...together.map((result) => ({ result })));
      loose.push(...apart.found.filter((r) => !ids.has(r.id)).map((result) => ({ result })));
      progress.hits = [...exact, ...loose];
      progress.exact = exact.length;
      progress.searched++;
      addFacets(apart.facets);
      yield progress;
    }
    progress.done = true;
    yield progress;
    return;
  }
  const seen = new Set<string>();
  for (const [tier, tierPhrases] of phrases.entries()) {
    const last = tier === tiers.length - 1;
    for (const bundle of plans[tier] ?? []) {
      const pf = await loadFor(bundle);
      const { found, facets } = await findIn(pf, tierPhrases, filterSets, direction);
      for (const r of found) {
        const key = `${bundle}/${r.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        progress.hits.push({ result: r });
      }
      if (!last || !joined) progress.exact = progress.hits.length;
      if (last) {
        progress.searched++;
        addFacets(facets);
      }
      yield progress;
    }
  }
  progress.done = true;
  yield progress;
}

/**
 * Pagefind filter sets for a search's kind, person and date range (year and
 * month are the bundles searched): one set, or two for a range's whole months
 * and ragged days.
 */
function filterSetsOf(s: Pick<SearchState, 'from' | 'to' | 'filters'>): Array<Record<string, unknown>> {
  const base: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s.filters)) if (k !== 'year' && k !== 'month') base[k] = { any: v };
  return s.from || s.to ? rangeFilters(s.from, s.to).map((f) => ({ ...base, ...f })) : [base];
}

/**
 * How many articles hold the query, and the filter counts: every month that
 * can hold it searched, each in its own Pagefind, all at once; each month's
 * words intersected within it. `exact`: how many hold it as typed (several
 * words, by relevance; else the count).
 */
export async function countAll(s: Pick<SearchState, 'q' | 'from' | 'to' | 'sort' | 'filters'>): Promise<{ count: number; exact: number; facets: PagefindResponse['filters'] }> {
  const { queryWords, phraseOf } = await normalizing;
  const words = queryWords(s.q);
  const plan = bundlesFor(await bundlesHolding(words), s);
  if (plan.length === 0 || words.length === 0) return { count: 0, exact: 0, facets: {} };
  const joined = s.sort === 'relevance' && words.length > 1 ? phraseOf(words.join('')) : null;
  const asTyped = joined ? new Set(bundlesFor(await bundlesHolding([words.join('')]), s)) : null;
  const sets = filterSetsOf(s);
  const perBundle = await Promise.all(
    plan.map(async (bundle) => {
      const pf = await load(bundle);
      if (facetsWanted && !counted.has(bundle)) {
        counted.add(bundle);
        await pf.filters();
      }
      let count = 0;
      let exact = 0;
      let facets: PagefindResponse['filters'] = {};
      for (const [n, f] of sets.entries()) {
        const answers = await Promise.all(words.map((w) => pf.search(phraseOf(w), { filters: f })));
        if (n === 0) facets = answers[0]?.filters ?? {};
        const [firstWord, ...rest] = answers.map((r) => new Set(r.results.map((x) => x.id)));
        for (const id of firstWord ?? []) if (rest.every((r) => r.has(id))) count++;
        if (joined && asTyped?.has(bundle)) exact += (await pf.search(joined, { filters: f })).results.length;
      }
      return { count, exact: joined ? exact : count, facets };
    }),
  );
  const facets: PagefindResponse['filters'] = {};
  for (const b of perBundle)
    for (const [name, counts] of Object.entries(b.facets)) {
      const sum = (facets[name] ??= {});
      for (const [value, n] of Object.entries(counts)) sum[value] = (sum[value] ?? 0) + n;
    }
  return { count: perBundle.reduce((n, b) => n + b.count, 0), exact: perBundle.reduce((n, b) => n + b.exact, 0), facets };
}

/** All articles that contain every word of the query, ranked (the whole search, to its end). */
export async function searchAll(s: Pick<SearchState, 'q' | 'from' | 'to' | 'sort' | 'filters'>): Promise<{ hits: Hit[]; facets: PagefindResponse['filters'] }> {
  let last: Progress | null = null;
  for await (const p of searching(s)) last = p;
  return { hits: last?.hits ?? [], facets: last?.facets ?? {} };
}

/** Pagefind gives result paths under its base URL (`/archive/2019/05/09/x/`); resolve them against the site root. */
function resultUrl(url: string): string {
  const path = url.startsWith(root.pathname) ? url.slice(root.pathname.length) : url.replace(/^\//, '');
  return new URL(path, root).href;
}

function renderFacets(s: SearchState, facets: PagefindResponse['filters']): void {
  const box = $('search-facets');
  box.innerHTML = FACETS.map(([key, label]) => {
    const values = Object.entries(facets[key] ?? {}).filter(([, n]) => n > 0);
    if (values.length === 0) return '';
    values.sort((a, b) => (key === 'kind' ? b[1] - a[1] : key === 'person' ? b[1] - a[1] : b[0].localeCompare(a[0])));
    return `<fieldset class="facet"><legend>${label}</legend>${values
      .slice(0, 30)
      .map(([v, n]) => {
        const checked = s.filters[key]?.includes(v) ? ' checked' : '';
        return `<label><input type="checkbox" name="${key}" value="${esc(v)}"${checked}> ${esc(v)} <small>(${n})</small></label>`;
      })
      .join('')}</fieldset>`;
  }).join('');
}

/** The search now on the page; an older one still running stops when it sees a newer. */
let current = 0;

/**
 * Shows a search as it goes: the page of results asked for as soon as it is
 * known (the newest months are searched first), then the count as it grows,
 * month by month, to the end. `#search-status` carries the phase
 * (`data-phase`: searching, shown, done) for scripts and tests.
 */
async function render(s: SearchState): Promise<void> {
  const mine = ++current;
  const status = $('search-status');
  const list = $<HTMLOListElement>('search-results');
  const phase = (p: string) => status.setAttribute('data-phase', p);
  if (!s.q.trim()) {
    status.textContent = '请输入检索词。';
    list.innerHTML = '';
    phase('done');
    return;
  }
  status.textContent = '检索中…';
  phase('searching');
  const need = s.page * PAGE_SIZE;
  const pageOf = async (interleaved: boolean) => {
    for await (const p of searching(s, interleaved)) {
      if (mine !== current) return null;
      if (p.hits.length >= need || p.done) return { ...p, hits: [...p.hits] }; // the rest is counted, not ordered (`countAll`)
    }
    return null;
  };
  let first = await pageOf(true);
  if (!first) return;
  performance.mark('search:found');
  await showPage(s, first);
  performance.mark('search:shown');
  if (mine !== current) return;
  let total = first.hits.length;
  let facets = first.facets;
  if (!first.done) {
    phase('shown');
    status.textContent = `已找到 ${first.hits.length} 篇文章，正在统计全部…`;
    let exact: number;
    ({ count: total, exact, facets } = await countAll(s));
    if (mine !== current) return;
    // Articles with the query as typed in months the page did not reach yet rank above the looser
    // matches it shows: the page again, in rank order (every month is loaded by now).
    if (first.exact < need && exact > first.exact) {
      status.textContent = `已找到 ${total} 篇文章，正在把与检索词完全一致的排在前面…`;
      first = await pageOf(false);
      if (!first) return;
      await showPage(s, first);
      if (mine !== current) return;
    }
  }
  if (facetsWanted) renderFacets(s, facets);
  let none = `没有找到包含“${s.q}”的文章。`;
  // Filters that exclude every article are said to be the reason, with how many the words alone find.
  const filtered = Object.keys(s.filters).length > 0 || s.from !== '' || s.to !== '';
  if (total === 0 && filtered) {
    const all = (await countAll({ ...s, filters: {}, from: '', to: '' })).count;
    if (mine !== current) return;
    if (all > 0) none = `有 ${all} 篇文章包含“${s.q}”，但都不符合所选的筛选条件。`;
  }
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  status.textContent = total === 0 ? none : `找到 ${total} 篇文章${pages > 1 ? `，第 ${Math.min(s.page, pages)}/${pages} 页` : ''}。`;
  pager(s, first, total);
  phase('done');
}

/** The page of results asked for (the last there is, if it asked past the end). */
async function showPage(s: SearchState, p: Progress): Promise<void> {
  const list = $<HTMLOListElement>('search-results');
  const pages = Math.max(1, Math.ceil(p.hits.length / PAGE_SIZE));
  const page = Math.min(s.page, pages);
  const shown = p.hits.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  await Promise.all(shown.map(async (h) => (h.data ??= await h.result.data())));
  const { queryWords, tidyExcerpt } = await normalizing;
  const hl = encodeURIComponent(queryWords(s.q).join(' '));
  list.innerHTML = shown
    .map(({ data }) => {
      if (!data) return '';
      const title = data.meta.derived ? `<span class="derived" title="原文无标题，取自导语">${esc(data.meta.title ?? '')}</span>` : esc(data.meta.title ?? '');
      return `<li class="result"><a class="result-title" href="${resultUrl(data.url)}?hl=${hl}">${title}</a>
<span class="result-meta"><span class="kind kind-${esc(data.meta.kind ?? '')}">${KIND_LABEL[data.meta.kind ?? ''] ?? ''}</span> · <time>${esc(data.meta.date ?? '')}</time></span>
<p class="excerpt">${tidyExcerpt(data.excerpt)}</p></li>`;
    })
    .join('');
  pager(s, p);
}

/** Links to the pages before and after: a next page while the count is not known, or if there are more. */
function pager(s: SearchState, p: Progress, total?: number): void {
  const list = $<HTMLOListElement>('search-results');
  const page = Math.min(s.page, Math.max(1, Math.ceil(p.hits.length / PAGE_SIZE)));
  const more = total === undefined ? p.hits.length > page * PAGE_SIZE || !p.done : total > page * PAGE_SIZE;
  const nav = document.getElementById('search-pages') ?? Object.assign(document.createElement('nav'), { id: 'search-pages', className: 'pager' });
  nav.setAttribute('aria-label', '结果分页');
  const link = (n: number, label: string) => `<a href="?${writeState({ ...s, page: n }).toString()}" data-page="${n}">${label}</a>`;
  nav.innerHTML = `${page > 1 ? link(page - 1, '上一页') : ''} ${more ? link(page + 1, '下一页') : ''}`.trim();
  list.after(nav);
}

function stateFromForm(form: HTMLFormElement): SearchState {
  return readState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function fillForm(s: SearchState): void {
  ($<HTMLInputElement>('search-q')).value = s.q;
  ($<HTMLInputElement>('search-from')).value = s.from;
  ($<HTMLInputElement>('search-to')).value = s.to;
  ($<HTMLSelectElement>('search-sort')).value = s.sort;
}

async function go(s: SearchState, push: boolean): Promise<void> {
  const qs = writeState(s).toString();
  const url = `${location.pathname}${qs ? `?${qs}` : ''}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  try {
    await render(s);
  } catch (err) {
    $('search-status').textContent = `检索出错：${(err as Error).message}`;
    throw err;
  }
}

function start(): void {
  performance.mark('search:start');
  // Pagefind starts loading (from the newest bundle) while the directory is read.
  const warmUp = () => void loadListing().then((all) => load(all[0] as string)).catch(() => {});
  const form = $<HTMLFormElement>('search-form');
  if (!form) return;
  const initial = readState(new URLSearchParams(location.search));
  fillForm(initial);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void go({ ...stateFromForm(form), page: 1 }, true);
  });
  const panel = document.getElementById('search-filters') as HTMLDetailsElement | null;
  if (Object.keys(initial.filters).length > 0 && panel) panel.open = true;
  panel?.addEventListener('toggle', () => {
    if (panel.open && !facetsWanted) {
      facetsWanted = true;
      void render(readState(new URLSearchParams(location.search)));
    }
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).id === 'search-q') return;
    void go({ ...stateFromForm(form), page: 1 }, true);
  });
  document.addEventListener('click', (e) => {
    const a = (e.target as HTMLElement).closest('a[data-page]');
    if (!a) return;
    e.preventDefault();
    void go({ ...stateFromForm(form), page: Number(a.getAttribute('data-page')) }, true);
  });
  window.addEventListener('popstate', () => {
    const s = readState(new URLSearchParams(location.search));
    fillForm(s);
    void render(s);
  });
  if (panel?.open) facetsWanted = true;
  if (initial.q.trim()) warmUp();
  else $('search-q').addEventListener('focus', warmUp, { once: true });
  void go(initial, false);
}

declare global {
  interface Window {
    /** For scripts and tests: every article URL a query finds, in rank order. */
    baokuSearch?: (q: string, options?: Partial<SearchState>) => Promise<string[]>;
    /** For benchmarks: how many articles a query finds, without loading any result. */
    baokuCount?: (q: string) => Promise<number>;
    /** For benchmarks: the first page of results, as a reader waits for it (found and loaded); how many it shows. */
    baokuFirstPage?: (q: string) => Promise<number>;
  }
}

if (typeof document !== 'undefined') {
  window.baokuSearch = async (q, options = {}) => {
    const { hits } = await searchAll({ q, from: '', to: '', sort: 'relevance', filters: {}, ...options });
    return Promise.all(hits.map(async (h) => (h.data ??= await h.result.data()).url));
  };
  window.baokuCount = async (q) => (await countAll({ q, from: '', to: '', sort: 'relevance', filters: {} })).count;
  window.baokuFirstPage = async (q) => {
    for await (const p of searching({ q, from: '', to: '', sort: 'relevance', filters: {} }, true)) {
      if (p.hits.length < PAGE_SIZE && !p.done) continue;
      const shown = p.hits.slice(0, PAGE_SIZE);
      await Promise.all(shown.map(async (h) => (h.data ??= await h.result.data())));
      return shown.length;
    }
    return 0;
  };
  start();
}
