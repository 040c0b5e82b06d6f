/**
 * `npm run bench [-- --sizes 1000,10000,50000 --huge --no-search --queries 40]`
 * Measures, in one run, and prints a table (and writes bench-results/bench.json):
 *  - parse throughput (pages/s, one core) on the seeds and on 1,000 synthetic pages;
 *  - full build time and peak memory (RSS of the whole process tree) at each size,
 *    beside a bare Eleventy project rendering the same article pages (the yardstick)
 *    and Hugo rendering them as markdown (when `hugo` is installed);
 *  - adding a day's pages to the 10k archive and rebuilding, ten days one after another
 *    and the first of a month, against the full build;
 *  - search: index size, bytes fetched per query (fresh browser), warm query time.
 * Speed is reported as ratios measured in this one run: machines are shared and noisy.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { buildArchive, type Archive } from '../src/archive/index.ts';
import { parsePage } from '../src/parse/index.ts';
import { bundleClient, ROOT, parseSeeds } from './lib/build.ts';
import { ensureStarters } from './lib/search-index.ts';
import { options } from './lib/cli.ts';
import { measure, type Run } from './lib/measure.ts';
import { buildQueries, truth } from './lib/queries.ts';
import { serve } from './lib/static-server.ts';
import { makeArchive } from './lib/make-archive.ts';

const USAGE = `npm run bench -- [options]   measures parsing, builds, adding a day and search in one run

  --sizes N,N,…     archive sizes in articles (default 1000,10000,50000)
  --huge            also 200,000 articles (its build alone: about ten minutes, 14 GB)
  --no-search       skip the search measurements
  --search-only     measure search only, on the sites a previous run built
  --parse-only      measure parse throughput only (a few seconds)
  --days-only       measure adding a day only (the 10k archive's full build, then ten days and a month's first)
  --queries N       queries per size for search (default 40)
  --out DIR         where bench.json goes (default bench-results/)`;
const { values: opts } = options(USAGE, {
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    huge: { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    /** Measure search only, on the sites a previous run built (their search code refreshed). */
    'search-only': { type: 'boolean', default: false },
    'parse-only': { type: 'boolean', default: false },
    'days-only': { type: 'boolean', default: false },
    queries: { type: 'string', default: '40' },
    out: { type: 'string', default: join(ROOT, 'bench-results') },
  },
});
const WORK = join(ROOT, '.cache/bench');
const ARTICLES_PER_PAGE = 6.5;
const sizes = opts.sizes.split(',').map(Number).concat(opts.huge ? [200_000] : []);
const report: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
const mb = (n: number) => `${Math.round(n)} MB`;
const s1 = (n: number) => `${n.toFixed(1)} s`;

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    bytes += statSync(join(d.parentPath, d.name)).size;
    files++;
  }
  return { bytes, files };
}

async function seedTexts(dir: string): Promise<Array<{ name: string; text: string }>> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })));
}

/** Pages per second, parsing the same texts over and over for at least two seconds, on this one thread. */
function throughput(texts: Array<{ name: string; text: string }>): number {
  let pages = 0;
  const start = performance.now();
  while (performance.now() - start < 2000) for (const t of texts) (parsePage(t.text, { file: t.name }), pages++);
  return pages / ((performance.now() - start) / 1000);
}

/** Our build as `npm run build` runs it (less npm's own start). */
async function ourBuild(seeds: string, out: string, cache: string | false): Promise<Run> {
  const args = ['--max-old-space-size=16384', join(ROOT, 'scripts/run.mjs'), 'build', '--seeds', seeds, '--out', out, ...(cache === false ? ['--no-cache'] : ['--cache', cache])];
  return measure(process.execPath, args, { cwd: ROOT });
}

/** The yardstick: the same article pages from a bare Eleventy project (one JS template, no parsing). */
async function bareEleventy(archive: Archive, dir: string): Promise<Run> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'src/_data'), { recursive: true });
  const articles = archive.articles.map((a) => ({ url: a.url, title: a.title, paragraphs: a.body.map((b) => b.text) }));
  await writeFile(join(dir, 'src/_data/articles.json'), JSON.stringify(articles));
  await writeFile(
    join(dir, 'src/article.11ty.js'),
    `export const data = { pagination: { data: 'articles', size: 1, alias: 'a' }, permalink: (d) => d.a.url };
const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
export function render({ a }) {
  return '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>' + esc(a.title) + '</title></head><body><h1>' + esc(a.title) + '</h1>' + a.paragraphs.map((p) => '<p>' + esc(p) + '</p>').join('') + '</body></html>';
}
`,
  );
  await writeFile(join(dir, 'package.json'), '{"type":"module"}');
  return measure(process.execPath, [join(ROOT, 'node_modules/@11ty/eleventy/cmd.cjs'), '--input=src', '--output=_site', '--quiet'], { cwd: dir });
}

/**
 * The yardstick with search: the bare Eleventy site indexed by Pagefind's own
 * command (its default: HTML pages, Chinese cut into words by its segmenter).
 */
async function barePagefind(dir: string): Promise<Run> {
  return measure(join(ROOT, 'node_modules/.bin/pagefind'), ['--site', '_site', '--silent'], { cwd: dir });
}

function hugoInstalled(): boolean {
  try {
    execFileSync('hugo', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The speed anchor: Hugo rendering the same articles as markdown. */
async function hugo(archive: Archive, dir: string): Promise<Run> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'content'), { recursive: true });
  await mkdir(join(dir, 'layouts/_default'), { recursive: true });
  await writeFile(join(dir, 'hugo.toml'), 'baseURL = "http://localhost/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n');
  await writeFile(join(dir, 'layouts/_default/single.html'), '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>');
  await writeFile(join(dir, 'layouts/_default/list.html'), '<!DOCTYPE html><html><body>{{ .Title }}</body></html>');
  let n = 0;
  for (const a of archive.articles) {
    const body = a.body.map((b) => b.text.replace(/[\\`*_[\]<>#]/g, '\\$&')).join('\n\n');
    await writeFile(join(dir, 'content', `a${n++}.md`), `---\ntitle: ${JSON.stringify(a.title)}\nurl: ${JSON.stringify(a.url)}\n---\n\n${body}\n`);
  }
  return measure('hugo', ['--quiet', '-d', 'public'], { cwd: dir });
}

interface SearchBench {
  articles: number;
  indexMB: number;
  indexFiles: number;
  queries: number;
  /** Fetched under /pagefind/ by a fresh browser until the first page of results is shown. */
  kbFirstPage: { median: number; p90: number; worst: number };
  /** Fresh browser: from opening the search page to the first page of results shown. */
  coldMs: { median: number; p90: number; worst: number };
  /** The same query again in the open page: the first page of results found and loaded. */
  warmMs: { median: number; p95: number; worst: number };
  /** Fetched until the search has gone through every month that can hold the query (the full count). */
  kbAll: { median: number; p90: number; worst: number };
  /** The same query again: every result found (the full count). */
  warmAllMs: { median: number; p95: number; worst: number };
  /** A reader's next query in the same page, after the first one's count: its first page found and loaded. */
  nextMs: { median: number; p95: number; worst: number };
  /** Queries whose count differs from the articles that hold them. */
  wrongCounts: string[];
  /** The queries that fetched most for their first page. */
  heaviest: Array<{ q: string; kind: string; kb: number; found: number }>;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};
const spread = (xs: number[]) => ({ median: quantile(xs, 0.5), p90: quantile(xs, 0.9), worst: Math.max(...xs) });
const spread95 = (xs: number[]) => ({ median: quantile(xs, 0.5), p95: quantile(xs, 0.95), worst: Math.max(...xs) });

async function searchBench(site: string, archive: Archive, count: number): Promise<SearchBench> {
  const server = await serve({ root: site, port: 0 });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const sample = archive.articles.filter((_, i) => i % Math.max(1, Math.floor(archive.articles.length / 300)) === 0);
  const all = buildQueries(sample);
  const step = Math.max(1, Math.floor(all.length / count));
  const queries = all.filter((_, i) => i % step === 0).slice(0, count);
  const first: number[] = [];
  const cold: number[] = [];
  const whole: number[] = [];
  const warm: number[] = [];
  const warmAll: number[] = [];
  const next: number[] = [];
  const wrongCounts: string[] = [];
  const each: SearchBench['heaviest'] = [];
  try {
    for (const [n, { q, kind }] of queries.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let received = 0;
      page.on('requestfinished', async (req) => {
        if (!req.url().includes('/pagefind/')) return;
        const sizes = await req.sizes().catch(() => null);
        if (sizes) received += sizes.responseBodySize + sizes.responseHeadersSize;
      });
      const t0 = Date.now();
      await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(q)}`, { waitUntil: 'commit' });
      const phase = (p: string) => page.waitForFunction((want) => want.split('|').includes(document.getElementById('search-status')?.getAttribute('data-phase') ?? ''), p, { timeout: 300_000, polling: 5 });
      await phase('shown|done');
      cold.push(Date.now() - t0);
      // The requests of the first page have all finished (the page waited for each); their sizes are read asynchronously.
      await page.waitForTimeout(50);
      first.push(received / 1024);
      await phase('done');
      await page.waitForLoadState('networkidle');
      whole.push(received / 1024);
      const times = await page.evaluate(async (query) => {
        const out: { first: number[]; all: number[]; count: number } = { first: [], all: [], count: 0 };
        for (let i = 0; i < 4; i++) {
          const t = performance.now();
          await window.baokuFirstPage!(query);
          out.first.push(performance.now() - t);
        }
        for (let i = 0; i < 2; i++) {
          const t = performance.now();
          out.count = await window.baokuCount!(query);
          out.all.push(performance.now() - t);
        }
        return { first: out.first.slice(1), all: out.all, count: out.count };
      }, q);
      const then = queries[(n + 1) % queries.length]?.q ?? q;
      next.push(await page.evaluate(async (query) => {
        const t = performance.now();
        await window.baokuFirstPage!(query);
        return performance.now() - t;
      }, then));
      warm.push(quantile(times.first, 0.5));
      warmAll.push(quantile(times.all, 0.5));
      const expected = truth(archive.articles, q).size;
      each.push({ q, kind, kb: first.at(-1) as number, found: expected });
      if (times.count !== expected) wrongCounts.push(`${q}: ${times.count} found, ${expected} hold it`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const size = dirSize(join(site, 'pagefind'));
  return {
    articles: archive.articles.length,
    indexMB: size.bytes / 2 ** 20,
    indexFiles: size.files,
    queries: queries.length,
    kbFirstPage: spread(first),
    coldMs: spread(cold),
    warmMs: spread95(warm),
    kbAll: spread(whole),
    warmAllMs: spread95(warmAll),
    nextMs: spread95(next),
    wrongCounts,
    heaviest: each.sort((a, b) => b.kb - a.kb).slice(0, 5),
  };
}

async function archiveOf(dir: string): Promise<Archive> {
  const files = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort().map((n) => join(dir, n));
  return buildArchive(await parseSeeds(files, [], false));
}

const builds: Array<Record<string, unknown>> = [];
if (!opts['search-only']) {
// 1. Parse throughput.
if (!opts['days-only']) {
const seeds = await seedTexts(join(ROOT, 'seeds'));
await makeArchive(1000, join(WORK, 'parse1000'), 42);
const synth1000 = await seedTexts(join(WORK, 'parse1000'));
const parse = { seedsPagesPerSecond: throughput(seeds), syntheticPagesPerSecond: throughput(synth1000) };
report.parse = parse;
console.log(`parse: ${Math.round(parse.seedsPagesPerSecond)} pages/s on the seed pages, ${Math.round(parse.syntheticPagesPerSecond)} pages/s on 1,000 synthetic pages (one core)`);
if (opts['parse-only']) process.exit(0);
}

// 2. Full builds.
const withHugo = hugoInstalled();
if (!withHugo) console.log('hugo: skipped (not installed: apt-get install hugo)');
for (const n of sizes) {
  const dir = join(WORK, `syn${n}`);
  const pages = Math.ceil(n / ARTICLES_PER_PAGE);
  if (!existsSync(dir) || readdirSync(dir).length !== pages) {
    await rm(dir, { recursive: true, force: true });
    await makeArchive(pages, dir, 7);
  }
  if (opts['days-only']) continue;
  const ours = await ourBuild(dir, join(WORK, `site${n}`), false);
  if (ours.code !== 0) throw new Error(`build of ${n} failed: ${ours.stderr.slice(-2000)}`);
  const summary = /built: (\d+) pages read, (\d+) articles/.exec(ours.stdout);
  const steps = /steps: (.*)/.exec(ours.stdout)?.[1] ?? '';
  const archive = await archiveOf(dir);
  const bare = await bareEleventy(archive, join(WORK, `bare${n}`));
  const bareSearch = bare.code === 0 ? await barePagefind(join(WORK, `bare${n}`)) : null;
  const withSearch = bareSearch && bareSearch.code === 0 ? bare.seconds + bareSearch.seconds : null;
  const h = withHugo ? await hugo(archive, join(WORK, `hugo${n}`)) : null;
  const row = {
    articles: Number(summary?.[2] ?? archive.articles.length),
    pages: Number(summary?.[1] ?? pages),
    seconds: ours.seconds,
    peakMB: ours.peakMB,
    steps,
    bareEleventySeconds: bare.code === 0 ? bare.seconds : null,
    bareEleventyPeakMB: bare.peakMB,
    ratioToBareEleventy: bare.code === 0 ? ours.seconds / bare.seconds : null,
    bareEleventyPagefindSeconds: withSearch,
    bareEleventyPagefindPeakMB: bareSearch?.peakMB ?? null,
    ratioToBareEleventyPagefind: withSearch ? ours.seconds / withSearch : null,
    hugoSeconds: h && h.code === 0 ? h.seconds : null,
    ratioToHugo: h && h.code === 0 ? ours.seconds / h.seconds : null,
  };
  builds.push(row);
  console.log(
    `build ${row.articles} articles (${row.pages} pages): ${s1(row.seconds)}, peak ${mb(row.peakMB)}; bare Eleventy ${row.bareEleventySeconds ? s1(row.bareEleventySeconds) : 'failed'} (×${row.ratioToBareEleventy?.toFixed(2) ?? '?'}); bare Eleventy + Pagefind ${withSearch ? `${s1(withSearch)} (×${row.ratioToBareEleventyPagefind?.toFixed(2)})` : 'failed'}` +
      (row.hugoSeconds ? `; Hugo ${s1(row.hugoSeconds)} (×${row.ratioToHugo?.toFixed(1)})` : '') +
      `\n  steps: ${steps}`,
  );
}
report.builds = builds;

// 3. Incremental: day after day on the 10k archive, each added and rebuilt on its own.
// Each month is a search bundle of its own: a day re-indexes its month; the first of a
// month starts a new bundle, and the month before stays as it is.
const base = sizes.includes(10_000) ? 10_000 : sizes[0] ?? 1000;
{
  const dir = join(WORK, `inc${base}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const from = join(WORK, `syn${base}`);
  for (const n of readdirSync(from)) await writeFile(join(dir, n), readFileSync(join(from, n)));
  const cache = join(WORK, 'inc-cache');
  await rm(cache, { recursive: true, force: true });
  const full = await ourBuild(dir, join(WORK, 'inc-site'), cache);
  // The floor: the same pages again, nothing changed (all read, the archive built, nothing indexed).
  const again = await ourBuild(dir, join(WORK, 'inc-site'), cache);
  if (again.code !== 0) throw new Error(`rebuilding unchanged failed: ${again.stderr.slice(-2000)}`);
  const last = readdirSync(dir).sort().at(-1)?.slice(0, 10) ?? '2015-01-01';
  const dayAfter = (d: string, n = 1) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const addDay = async (day: string, seed: number) => {
    await makeArchive(8, dir, seed, day);
    const run = await ourBuild(dir, join(WORK, 'inc-site'), cache);
    if (run.code !== 0) throw new Error(`adding ${day} failed: ${run.stderr.slice(-2000)}`);
    return { day, seconds: run.seconds, steps: /steps: (.*)/.exec(run.stdout)?.[1] ?? '' };
  };
  const days: Array<{ day: string; seconds: number; steps: string }> = [];
  for (let k = 1; k <= 10; k++) days.push(await addDay(dayAfter(last, k), 100 + k));
  const lastAdded = days.at(-1)?.day ?? last;
  const [y, m] = lastAdded.split('-').map(Number) as [number, number];
  const monthStart = await addDay(new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10), 200);
  const sorted = days.map((d) => d.seconds).sort((a, b) => a - b);
  const median = ((sorted[4] ?? 0) + (sorted[5] ?? 0)) / 2;
  const worst = days.reduce((w, d) => (d.seconds > w.seconds ? d : w));
  report.incremental = { articles: base, fullSeconds: full.seconds, unchangedSeconds: again.seconds, days, medianSeconds: median, ratio: median / full.seconds, worst, monthStart };
  const pct = (x: number) => `${((100 * x) / full.seconds).toFixed(0)} %`;
  console.log(`rebuild of the ${base} articles with nothing changed: ${s1(again.seconds)} (${pct(again.seconds)} of the full ${s1(full.seconds)})`);
  console.log(
    `add a day (8 pages) to ${base} articles, ten days one after another: median ${s1(median)} (${pct(median)} of the full ${s1(full.seconds)}), ` +
      `worst ${s1(worst.seconds)} on ${worst.day} (${pct(worst.seconds)}); the first of a month (${monthStart.day}): ${s1(monthStart.seconds)} (${pct(monthStart.seconds)})`,
  );
  for (const d of [...days, monthStart]) console.log(`  ${d.day}: ${s1(d.seconds)} — ${d.steps}`);
}

}

// 4. Search.
if (!opts['no-search'] && !opts['days-only']) {
  const search: SearchBench[] = [];
  const seedSite = join(WORK, 'seed-site');
  const r = await ourBuild(join(ROOT, 'seeds'), seedSite, false);
  if (r.code !== 0) throw new Error(r.stderr);
  if (opts['search-only']) {
    const sites = sizes.map((n) => join(WORK, `site${n}`)).filter((s) => existsSync(s));
    for (const site of sites) await bundleClient(site);
    await ensureStarters(sites);
  }
  search.push(await searchBench(seedSite, await archiveOf(join(ROOT, 'seeds')), Number(opts.queries)));
  for (const n of sizes.filter((x) => x >= 10_000)) search.push(await searchBench(join(WORK, `site${n}`), await archiveOf(join(WORK, `syn${n}`)), Number(opts.queries)));
  report.search = search;
  console.log(
    '\n| articles | index MB (files) | first page: kB median / p90 / worst | cold ms median / p90 | warm ms median / p95 | next query ms median / p95 | full count: kB median / worst | warm ms median / p95 | counts wrong |\n|---|---|---|---|---|---|---|---|---|',
  );
  const r0 = (x: number) => x.toFixed(0);
  for (const s of search) {
    console.log(
      `| ${s.articles} | ${s.indexMB.toFixed(1)} (${s.indexFiles}) | ${r0(s.kbFirstPage.median)} / ${r0(s.kbFirstPage.p90)} / ${r0(s.kbFirstPage.worst)} | ${r0(s.coldMs.median)} / ${r0(s.coldMs.p90)} | ${r0(s.warmMs.median)} / ${r0(s.warmMs.p95)} | ${r0(s.nextMs.median)} / ${r0(s.nextMs.p95)} | ${r0(s.kbAll.median)} / ${r0(s.kbAll.worst)} | ${r0(s.warmAllMs.median)} / ${r0(s.warmAllMs.p95)} | ${s.wrongCounts.length} |`,
    );
    for (const w of s.wrongCounts) console.log(`  count wrong at ${s.articles}: ${w}`);
    console.log(`  heaviest first pages at ${s.articles}: ${s.heaviest.map((h) => `${h.q} (${h.kind}, ${h.found} articles) ${h.kb.toFixed(0)} kB`).join('; ')}`);
  }
}

const n1 = (x: number | null | undefined, d = 1) => (x == null ? '—' : x.toFixed(d));
console.log('\n| articles | build s | peak MB | bare Eleventy s | ×bare | bare Eleventy + Pagefind s | ×that | Hugo s | ×Hugo |\n|---|---|---|---|---|---|---|---|---|');
for (const b of builds as Array<Record<string, number | null>>) {
  console.log(
    `| ${b.articles} | ${n1(b.seconds)} | ${Math.round(b.peakMB ?? 0)} | ${n1(b.bareEleventySeconds)} | ${n1(b.ratioToBareEleventy)} | ${n1(b.bareEleventyPagefindSeconds)} | ${n1(b.ratioToBareEleventyPagefind, 2)} | ${n1(b.hugoSeconds)} | ${n1(b.ratioToHugo)} |`,
  );
}
await mkdir(opts.out, { recursive: true });
await writeFile(join(opts.out, 'bench.json'), JSON.stringify(report, null, 2) + '\n');
console.log(`\nwrote ${join(opts.out, 'bench.json')}`);
