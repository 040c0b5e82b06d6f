/**
 * The search page in the browser. Reads the query and filters from the URL
 * (`/search/?q=白鹭湖&kind=消息`), keeps the URL in step, asks Pagefind for each
 * word as an exact run of characters and keeps the articles that have them all.
 * Bundled by the build into `assets/search.js`; static files only, no server.
 */
import { phraseOf, queryWords, tidyExcerpt } from './normalize.ts';
import { UNDATED_SHARD, UNDATED_YEAR_LABEL } from './record.ts';

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

let pagefind: Pagefind | null = null;
/** The bundles (`pagefind/shards.json`), newest first, the undated last. */
let bundles: string[] = [];
/** The year filter's value for a bundle's articles. */
const yearOf = (bundle: string) => (bundle === UNDATED_SHARD ? UNDATED_YEAR_LABEL : bundle.slice(0, 4));
/**
 * Filter counts need Pagefind's filter indexes (about 20 kB a filter a year), so
 * they are loaded only when the reader opens the filters or a filter is in use.
 */
let facetsLoaded = false;
async function loadFacets(): Promise<void> {
  if (facetsLoaded) return;
  await (await loadPagefind()).filters();
  facetsLoaded = true;
}
/**
 * The index comes in bundles of a period each (a year, the newest month:
 * `pagefind/2020/`, `pagefind/2021-03/`); the newest is loaded and the
 * others merged into it, so that one search covers them all.
 */
async function loadPagefind(): Promise<Pagefind> {
  if (!pagefind) {
    const listing = (await (await fetch(new URL('pagefind/shards.json', root))).json()) as { shards: string[] };
    bundles = listing.shards;
    const [first, ...rest] = listing.shards;
    if (!first) throw new Error('no search index');
    const pf = (await import(/* @vite-ignore */ new URL(`pagefind/${first}/pagefind.js`, root).href)) as Pagefind;
    await pf.options({ baseUrl: root.pathname, excerptLength: 40 });
    for (const shard of rest) await pf.mergeIndex(new URL(`pagefind/${shard}/`, root).pathname, { baseUrl: root.pathname });
    await pf.init();
    pagefind = pf;
  }
  return pagefind;
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
  /** The whole query stands in the text as typed (all words adjacent). */
  exact: boolean;
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

/** All articles that contain every word of the query, ranked; works on any page that has loaded Pagefind. */
export async function searchAll(s: Pick<SearchState, 'q' | 'from' | 'to' | 'sort' | 'filters'>): Promise<{ hits: Hit[]; facets: PagefindResponse['filters'] }> {
  const pf = await loadPagefind();
  const words = queryWords(s.q);
  const base: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s.filters)) base[k] = { any: v };
  const ranged = Boolean(s.from || s.to);
  const filterSets: Array<Record<string, unknown>> = ranged ? rangeFilters(s.from, s.to).map((f) => ({ ...base, ...f })) : [base];
  if (filterSets.length === 0) return { hits: [], facets: {} };
  const phrases = words.length ? words.map(phraseOf) : [null];
  const run = (q: string | null, filters: Record<string, unknown>, srt?: Record<string, string>) =>
    pf.search(q, { filters, ...(srt ? { sort: srt } : {}) });

  // Every word must be there: one search per word (an exact run of characters), intersected.
  const intersect = (perSet: PagefindResponse[][]): PagefindResult[] => {
    const out: PagefindResult[] = [];
    const seen = new Set<string>();
    for (const [first, ...rest] of perSet) {
      if (!first) continue;
      const keep = rest.map((r) => new Set(r.results.map((x) => x.id)));
      for (const r of first.results) {
        if (!seen.has(r.id) && keep.every((k) => k.has(r.id))) {
          seen.add(r.id);
          out.push(r);
        }
      }
    }
    return out;
  };

  /**
   * Date order: Pagefind sorts within a bundle only (a sorted result's score is
   * its place in its own bundle's order), so the bundles are searched one at a
   * time, in date order, each by its `bundle` filter; within a bundle, the
   * results of a date range's filter sets are put in order by that score. The
   * filter counts are the sums of the bundles'.
   */
  const direction = s.sort === 'oldest' ? 'asc' : 'desc';
  const chosen = bundles.filter((b) => !s.filters.year || s.filters.year.includes(yearOf(b)));
  const ordered: PagefindResult[] = [];
  const facets: PagefindResponse['filters'] = {};
  for (const bundle of direction === 'asc' ? [...chosen].reverse() : chosen) {
    const only = { bundle: { any: [bundle] } };
    const perSet = await Promise.all(filterSets.map((f) => Promise.all(phrases.map((p) => run(p, { ...f, ...only }, { date: direction })))));
    ordered.push(...intersect(perSet).sort((a, b) => b.score - a.score));
    for (const [name, counts] of Object.entries(perSet[0]?.[0]?.filters ?? {})) {
      const sum = (facets[name] ??= {});
      for (const [value, n] of Object.entries(counts)) sum[value] = (sum[value] ?? 0) + n;
    }
  }
  const hits: Hit[] = ordered.map((result) => ({ result, exact: true }));
  // Relevance: the query as typed (words adjacent) first, then newest. (Pagefind
  // scores every match of an exact phrase the same: after adjacency, date decides.)
  if (s.sort === 'relevance' && words.length > 1) {
    const joined = phraseOf(words.join(''));
    const exact = new Set((await Promise.all(filterSets.map((f) => run(joined, f)))).flatMap((x) => x.results.map((r) => r.id)));
    for (const h of hits) h.exact = exact.has(h.result.id);
    hits.sort((a, b) => Number(b.exact) - Number(a.exact));
  }
  return { hits, facets };
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

async function render(s: SearchState): Promise<void> {
  const status = $('search-status');
  const list = $<HTMLOListElement>('search-results');
  if (!s.q.trim()) {
    status.textContent = '请输入检索词。';
    list.innerHTML = '';
    return;
  }
  status.textContent = '检索中…';
  const { hits, facets } = await searchAll(s);
  if (facetsLoaded) renderFacets(s, facets);
  const pages = Math.max(1, Math.ceil(hits.length / PAGE_SIZE));
  const page = Math.min(s.page, pages);
  const shown = hits.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  await Promise.all(shown.map(async (h) => (h.data ??= await h.result.data())));
  let none = `没有找到包含“${s.q}”的文章。`;
  // Filters that exclude every article are said to be the reason, with how many the words alone find.
  const filtered = Object.keys(s.filters).length > 0 || s.from !== '' || s.to !== '';
  if (hits.length === 0 && filtered) {
    const all = (await searchAll({ ...s, filters: {}, from: '', to: '' })).hits.length;
    if (all > 0) none = `有 ${all} 篇文章包含“${s.q}”，但都不符合所选的筛选条件。`;
  }
  status.textContent = hits.length === 0 ? none : `找到 ${hits.length} 篇文章${pages > 1 ? `，第 ${page}/${pages} 页` : ''}。`;
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
  const nav = document.getElementById('search-pages') ?? Object.assign(document.createElement('nav'), { id: 'search-pages', className: 'pager' });
  nav.setAttribute('aria-label', '结果分页');
  const link = (p: number, label: string) => `<a href="?${writeState({ ...s, page: p }).toString()}" data-page="${p}">${label}</a>`;
  nav.innerHTML = pages > 1 ? `${page > 1 ? link(page - 1, '上一页') : ''} ${page < pages ? link(page + 1, '下一页') : ''}` : '';
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
    if (panel.open && !facetsLoaded) void loadFacets().then(() => render(readState(new URLSearchParams(location.search))));
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
  if (panel?.open) void loadFacets().then(() => go(initial, false));
  else void go(initial, false);
}

declare global {
  interface Window {
    /** For scripts and tests: every article URL a query finds, in rank order. */
    baokuSearch?: (q: string, options?: Partial<SearchState>) => Promise<string[]>;
    /** For benchmarks: how many articles a query finds, without loading any result. */
    baokuCount?: (q: string) => Promise<number>;
  }
}

if (typeof document !== 'undefined') {
  window.baokuSearch = async (q, options = {}) => {
    const { hits } = await searchAll({ q, from: '', to: '', sort: 'relevance', filters: {}, ...options });
    return Promise.all(hits.map(async (h) => (h.data ??= await h.result.data()).url));
  };
  window.baokuCount = async (q) => (await searchAll({ q, from: '', to: '', sort: 'relevance', filters: {} })).hits.length;
  start();
}
