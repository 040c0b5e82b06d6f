/**
 * The build: seeds → parse → archive → Eleventy, and Pagefind beside it.
 * All I/O of the pipeline is here; every step in src/ is pure.
 *
 *   main thread   read + parse ─ archive ─┬─ keywords ─ plan ─ render (Eleventy runs)
 *   jieba worker  load dictionary ───────┼─ extract ─┘        (only when a page is new or changed;
 *                                         │                    a few pages: cut to them, after the archive)
 *   index worker  start Pagefind ────────┴─ index a bundle at a time ─────────→
 *
 * Two cores, both busy: the longest of the two lanes is the build's time.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, type Dirent } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { applyCorrections, Corrections, type Correction } from '../../src/archive/corrections.ts';
import { articleHash, chunks, emptyPrepared, pagesIn, plan, prepare, type Prepared, type RenderSet } from '../../src/archive/plan.ts';
import { sitemapFiles } from '../../src/eleventy/sitemap.ts';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { buildArchive, withKeywords, type Archive, type ArchiveArticle, type SourcePage } from '../../src/archive/index.ts';
import { Page } from '../../src/model.ts';
import { checkLossless, parsePage } from '../../src/parse/index.ts';
import { shardRecords, shardsOf } from '../../src/search/record.ts';
import type { Site } from '../../templates/_includes/site.ts';
import type { UserConfig } from '../../templates/_includes/eleventy-types.ts';
import configure from '../../.eleventy.ts';
import { startKeywords, type KeywordsWorker } from './keywords-worker.ts';
import { progress } from './progress.ts';
import { PageCache } from './page-cache.ts';
import { oneLine, PageReadError, readPage, type PageFile } from './read-page.ts';
import { bundleOf, GUESS_FILE, IndexError, searchVersion, startIndexer, type Indexer } from './search-index.ts';
import { filesIn, versionOf } from './version.ts';

/**
 * Up to this many pages to parse, jieba's dictionary is cut to their articles
 * (`dictionary.ts`); past it, the whole one is loaded while they are parsed.
 */
const CUT_UP_TO = 64;

/** The project's folder: the nearest above this module with a package.json (the module is in scripts/lib/, or bundled into .cache/js/<hash>/). */
export const ROOT = projectRoot(dirname(fileURLToPath(import.meta.url)));

function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json in ${from} or above`);
  }
}

export interface BuildOptions {
  seeds: string;
  out: string;
  /** Base path the site is served under: `/` or `/archive/`. */
  base?: string;
  /** Origin for absolute links in feeds and sitemaps. */
  siteUrl?: string;
  title?: string;
  paper?: string;
  /** Write `index.html` into directory links, for opening the site from disk. */
  fileUrls?: boolean;
  /** Fail the build when a page loses text (default); false: warn with a count. */
  strictLossless?: boolean;
  /** Corrections file; default: `corrections.yaml` beside the seeds folder. */
  corrections?: string;
  /** Folder for cached parses and keywords (by content hash); `false` to parse everything afresh. */
  cache?: string | false;
  /** Skip the Pagefind index (for tests of rendering only). */
  index?: boolean;
  /** Pages per Eleventy run (default 20,000): Eleventy holds a run's pages in memory until it ends. */
  renderChunk?: number;
  log?: (line: string) => void;
}

export interface BuildIssue {
  file: string;
  line?: number;
  message: string;
  /** A doubt: an article the parser is not sure of (no lead, headline guessed, columns run together), for an editor to look at. */
  level: 'warning' | 'error' | 'doubt';
}

export interface BuildResult {
  pagesRead: number;
  articles: number;
  issues: BuildIssue[];
  seconds: number;
  archive: Archive;
  timings: Record<string, number>;
}

export class BuildError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BuildError';
  }
}

async function listSeeds(dir: string, issues: BuildIssue[]): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    throw new BuildError(`cannot read the seeds folder ${dir}: ${(cause as Error).message}`, { cause });
  }
  // Pages are read from the folder itself: a sub-folder is said, not silently passed over.
  for (const e of entries) {
    if (e.isDirectory() && !e.name.startsWith('.')) issues.push({ file: `${e.name}/`, message: 'a sub-folder of the seeds folder is not read: put its pages in the seeds folder itself', level: 'warning' });
  }
  return entries.filter((e) => !e.isDirectory() && e.name.toLowerCase().endsWith('.txt')).map((e) => e.name).sort().map((n) => join(dir, n));
}

/**
 * The parser's own version: a hash of its source. A cached parse is reused only
 * for the same bytes, the same metadata and the same parser.
 */
async function parserVersion(): Promise<string> {
  return versionOf(ROOT, await filesIn(ROOT, ['src/parse', 'src'], /\.ts$/));
}

export interface ParseOptions {
  cache?: PageCache | null;
  log?: (line: string) => void;
  /**
   * Called before any page is parsed when some page must be (its text, metadata
   * or the parser changed, or there is no cache), with how many files are not
   * as the last build saw them: as many pages at most are parsed.
   */
  onChange?: (files: number) => void;
}

/** Reads and parses every page; a page that cannot be read is reported and left out. */
/** How the warning of a page that lost text begins, so that a cached page says it again. */
const LOST_TEXT = 'text the parser placed in no article';

/**
 * The lossless check on a parsed page: where characters of the page are in no
 * article, furniture or dropped list, the lines no article, furniture or
 * dropped text came from are kept on the page as dropped text (the 版面 page
 * shows them), and the page warns. The page is still published.
 */
export function keepLostText(text: string, lines: string[], page: Page): void {
  const loss = checkLossless(text, page);
  if (loss.total === 0) return;
  const placed = new Set<number>();
  for (const a of page.articles) for (const [from, to] of a.source.spans) for (let n = from; n <= to; n++) placed.add(n);
  for (const x of [...page.furniture, ...page.dropped]) placed.add(x.line);
  lines.forEach((l, i) => {
    if (l.trim() !== '' && !placed.has(i + 1)) page.dropped.push({ text: l.trim(), line: i + 1, reason: '未能归入文章的文字（解析未能定位）' });
  });
  page.dropped.sort((a, b) => a.line - b.line);
  const sample = loss.missing.slice(0, 10).map((m) => m.char).join('');
  page.warnings.push({ message: `${LOST_TEXT}: ${loss.total} characters (e.g. ${sample}); their lines are kept on the page as 未能归入文章的文字`, line: 0 });
}

export async function parseSeeds(files: string[], issues: BuildIssue[], strictLossless: boolean, options: ParseOptions = {}): Promise<SourcePage[]> {
  const { cache = null, log = () => {}, onChange } = options;
  const sources: SourcePage[] = [];
  const report = progress(log);
  // The sidecars there are, from one listing of each folder rather than a failed open a page.
  const sidecars = new Set<string>();
  const listed = new Set<string>();
  for (const dir of new Set(files.map((f) => dirname(f)))) {
    const names = await readdir(dir).catch(() => null);
    if (!names) continue; // not listed: each page tries its sidecar
    listed.add(dir);
    for (const n of names) if (n.endsWith('.meta.json')) sidecars.add(join(dir, n));
  }
  const sidecarOf = (path: string) => path.replace(/\.txt$/i, '') + '.meta.json';
  const hasSidecar = (path: string) => (listed.has(dirname(path)) ? sidecars.has(sidecarOf(path)) : undefined);
  // What each file's status says (a file as the last build saw it is not read again), first for all.
  const stamps = files.map((path) => {
    const has = hasSidecar(path);
    return cache && has !== undefined ? cache.stamp(path, has ? sidecarOf(path) : null) : null;
  });
  /** A page file read, with the key of its text and the parse kept under that key (null: none yet). */
  const open = async (path: string): Promise<{ file: PageFile; key: string; kept: SourcePage | null } | PageReadError> => {
    try {
      const file = await readPage(path, hasSidecar(path));
      const key = cache ? cache.key(file) : '';
      return { file, key, kept: cache ? cache.get(key) : null };
    } catch (err) {
      if (err instanceof PageReadError) return err;
      throw err;
    }
  };
  // The files not as the last build saw them are read first, until one has no parse kept:
  // `onChange` is told then, before the pages are parsed.
  const early = new Map<number, Awaited<ReturnType<typeof open>>>();
  const unknown = [...files.keys()].filter((n) => !(stamps[n] && cache!.knows(files[n]!, stamps[n]!)));
  for (const n of unknown) {
    const opened = await open(files[n]!);
    early.set(n, opened);
    if (!(opened instanceof PageReadError) && !opened.kept) {
      onChange?.(unknown.length);
      break;
    }
  }
  for (const [n, path] of files.entries()) {
    report('parsed', n + 1, files.length);
    const stamp = stamps[n] ?? null;
    let source = stamp ? cache!.unchanged(path, stamp) : null;
    if (!source) {
      const opened = early.get(n) ?? (await open(path));
      early.delete(n);
      if (opened instanceof PageReadError) {
        issues.push({ file: opened.file, message: opened.message.replace(`${opened.file}: `, ''), level: 'error' });
        continue;
      }
      const { file, key, kept } = opened;
      source = kept;
      if (!source) {
        const page = Page.parse(parsePage(file.text, { file: file.name, meta: file.meta }));
        const lines = file.text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
        keepLostText(file.text, lines, page);
        if (file.replaced > 0) page.warnings.push({ message: `${file.replaced} bytes that are not UTF-8 were replaced by �: the page is read, check those places`, line: 0 });
        source = { page, meta: file.meta, lines };
      }
      if (cache) {
        source.key = key;
        cache.set(key, kept ? null : source, path, stamp);
      }
    }
    const { page } = source;
    if (page.warnings.some((w) => w.message === 'empty page')) {
      issues.push({ file: page.source, message: 'empty or blank file: not published', level: 'warning' });
      continue;
    }
    // Cached or not, a page that lost text says so; with --strict it fails the build.
    const lost = page.warnings.find((w) => w.message.startsWith(LOST_TEXT));
    if (lost && strictLossless) throw new BuildError(`${page.source}: ${lost.message.replace(/; .*$/, '')} (--strict: an editor's CI fails on such a page; without it the page is published with that text kept apart)`);
    for (const w of page.warnings) issues.push({ file: page.source, line: w.line, message: w.message, level: 'warning' });
    for (const a of page.articles) {
      if (!a.doubts) continue;
      const title = a.headline ? a.headline.main.replace(/\n/g, '') : (a.body[0]?.text ?? '').slice(0, 16);
      issues.push({ file: page.source, line: a.source.start, message: `${a.doubts.join(', ')}: ${title}`, level: 'doubt' });
    }
    if (page.articles.length === 0) issues.push({ file: page.source, message: 'no text to publish', level: 'warning' });
    sources.push(source);
  }
  await cache?.save();
  return sources;
}

/** Reads the corrections file; absent means none, unreadable or invalid fails the build with its name. */
export async function readCorrections(path: string): Promise<Correction[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new BuildError(`${path}: cannot read corrections: ${(err as Error).message}`, { cause: err });
  }
  let data: unknown;
  try {
    data = parseYaml(text) ?? [];
  } catch (cause) {
    throw new BuildError(`${path}: not valid YAML: ${(cause as Error).message.split('\n')[0]}`, { cause });
  }
  const parsed = Corrections.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new BuildError(`${path}: invalid correction at ${first?.path.join('.') || 'top'}: ${first?.message ?? 'unknown'}`);
  }
  return parsed.data;
}

/** An article's text, as keywords are found in it. */
const textOf = (a: ArchiveArticle): string => a.body.map((b) => b.text).join('\n');

/** Keywords per article, from the cache where the article's text is unchanged, the others from jieba's worker. */
async function keywordsFor(archive: Archive, cacheDir: string | null, jieba: () => KeywordsWorker): Promise<Map<string, string[]>> {
  const path = cacheDir ? join(cacheDir, 'keywords.json') : null;
  let cached: Record<string, string[]> = {};
  if (path) {
    try {
      // Read at once, so that jieba is sent its work before this thread goes on to other things.
      cached = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[]>;
    } catch {
      cached = {}; // no cache yet
    }
  }
  const names = new Set<string>();
  const inputs: Array<{ id: string; text: string }> = [];
  const out = new Map<string, string[]>();
  const keys = new Map<string, string>();
  for (const a of archive.articles) {
    for (const n of [...a.byline.reporters, ...a.byline.correspondents, ...a.byline.photographers]) names.add(n);
    if (a.kind === 'photo') continue;
    // An id is a hash of the text as parsed; a correction that merges or splits articles keeps the id
    // (and the address) and changes the text: a corrected article's keywords are kept by its text too.
    const key = a.corrections?.length ? `${a.id}:${createHash('sha256').update(textOf(a)).digest('hex').slice(0, 16)}` : a.id;
    keys.set(a.id, key);
    const hit = cached[key];
    if (hit) out.set(a.id, hit);
    else inputs.push({ id: a.id, text: textOf(a) });
  }
  if (inputs.length) for (const [id, k] of await jieba().extract(inputs, [...names])) out.set(id, k);
  if (path && inputs.length) {
    await mkdir(dirname(path), { recursive: true });
    const entries = [...out].map(([id, k]) => [keys.get(id) ?? id, k] as const);
    await writeFile(path, JSON.stringify(Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)))));
  }
  return out;
}

/**
 * Eleventy's code, loaded once the pages are read (a fifth of a second the
 * first steps need not wait for), while this thread waits for keywords.
 */
let eleventy: Promise<typeof import('@11ty/eleventy')> | null = null;
const loadEleventy = () => (eleventy ??= import('@11ty/eleventy'));

/** Renders the set in Eleventy runs of at most `size` pages each; the single pages in the first. */
async function render(archive: Archive, site: Site, out: string, set: RenderSet, size: number, log: (line: string) => void): Promise<void> {
  const runs = chunks(set, size);
  const sitemaps = sitemapFiles(archive);
  // Sitemap files of a previous build beyond today's count go.
  for (const f of existsSync(out) ? await readdir(out) : []) {
    const m = /^sitemap-(\d+)\.xml$/.exec(f);
    if (m && Number(m[1]) > sitemaps.length) await rm(join(out, f), { force: true });
  }
  const total = runs.reduce((n, r) => n + pagesIn(r), 0);
  const { default: Eleventy } = await loadEleventy();
  let done = 0;
  for (const [n, subset] of runs.entries()) {
    const elev = new Eleventy(join(ROOT, 'templates'), out, {
      configPath: false, // the configuration is `.eleventy.ts`'s function, called here: Eleventy imports no TypeScript
      quietMode: true,
      config: (c: UserConfig) => {
        configure(c);
        c.addGlobalData('archive', archive);
        c.addGlobalData('render', subset);
        c.addGlobalData('singles', n === 0);
        // The sitemap files are pages the site has once too: written in the first run.
        c.addGlobalData('sitemaps', n === 0 ? sitemaps : []);
        c.addGlobalData('site', site);
      },
    });
    elev.disableLogger(); // its summary line, once a run; failures still come as errors
    await elev.write();
    done += pagesIn(subset);
    if (runs.length > 1) log(`rendered ${done}/${total} pages`);
  }
}

/** What the rendered output depends on besides the archive: the templates and the code they call. */
async function templatesVersion(): Promise<string> {
  const code = await filesIn(ROOT, ['templates', 'src/eleventy', 'src/archive'], /\.(ts|css)$/, true);
  return versionOf(ROOT, [...code, 'src/markdown.ts', '.eleventy.ts', 'src/model.ts']);
}

interface RenderManifest {
  out: string;
  templates: string;
  fingerprints: Record<string, string>;
  /** Hash of each search bundle's records. */
  shards: Record<string, string>;
}

/** The previous build's manifest, if its output is still in place and was made by the same templates. */
async function previousRender(cacheDir: string | null, out: string, templates: string): Promise<RenderManifest | null> {
  if (!cacheDir || !existsSync(join(out, 'index.html'))) return null;
  try {
    const m = JSON.parse(await readFile(join(cacheDir, 'render.json'), 'utf8')) as RenderManifest;
    return m.out === out && m.templates === templates ? m : null;
  } catch {
    return null; // no manifest: render everything
  }
}

/** Removes the pages of a previous build that are gone, and folders left empty. */
async function removePages(out: string, urls: string[]): Promise<void> {
  for (const url of urls) {
    const dir = join(out, ...url.split('/').filter(Boolean));
    await rm(join(dir, 'index.html'), { force: true });
    if (existsSync(dir) && (await readdir(dir)).length === 0) await rm(dir, { recursive: true, force: true });
  }
}

export async function bundleClient(out: string): Promise<void> {
  // Chunks are named by their contents: an earlier build's are not this one's.
  const assets = join(out, 'assets');
  if (existsSync(assets)) for (const n of await readdir(assets)) if (n.startsWith('chunk-')) await rm(join(assets, n), { force: true });
  const { outputFiles } = await esbuild.build({
    entryPoints: {
      search: join(ROOT, 'src/search/client.ts'),
      // The search page's normalizer (OpenCC's tables, 195 kB), loaded beside Pagefind: a file of its
      // own, under a name the search page can ask for as it loads, not a chunk found once search.js runs.
      'search-normalize': join(ROOT, 'src/search/normalize.ts'),
      highlight: join(ROOT, 'src/search/highlight.ts'),
      'date-pick': join(ROOT, 'src/eleventy/date-pick.ts'),
    },
    outdir: assets,
    bundle: true,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    format: 'esm',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'silent',
    write: false,
  });
  // A shared chunk minified to nothing (esbuild's helpers, unused) would still be fetched before
  // the script that imports it runs: it and its imports go.
  const empty = new Set(outputFiles.filter((f) => f.text.trim() === '').map((f) => basename(f.path)));
  await mkdir(assets, { recursive: true });
  for (const f of outputFiles) {
    if (empty.has(basename(f.path))) continue;
    const text = f.text.replace(/import"\.\/(chunk-[\w-]+\.js)";/g, (all, name: string) => (empty.has(name) ? '' : all));
    await writeFile(f.path, text);
  }
}

/** Every page read and parsed (or taken from the cache), with the corrections applied. */
async function readSources(
  files: string[],
  options: BuildOptions,
  cacheDir: string | null,
  issues: BuildIssue[],
  log: (l: string) => void,
  onChange: (files: number) => void,
): Promise<SourcePage[]> {
  // Parses as earlier versions kept them (one JSON file a page, `parse/`) are read no more.
  if (cacheDir) await rm(join(cacheDir, 'parse'), { recursive: true, force: true });
  const cache = cacheDir ? new PageCache(join(cacheDir, 'pages'), await parserVersion()) : null;
  const parsed = await parseSeeds(files, issues, options.strictLossless ?? false, { cache, log, onChange });
  const correctionsPath = resolve(options.corrections ?? join(dirname(resolve(options.seeds)), 'corrections.yaml'));
  const corrected = applyCorrections(parsed.map((s) => s.page), await readCorrections(correctionsPath));
  for (const p of corrected.problems) {
    issues.push({ file: basename(correctionsPath), message: `correction ${p.index + 1}: ${p.message}`, level: 'warning' });
  }
  // A corrected page's text key no longer stands for its articles (the render plan hashes them whole).
  return parsed.map((s, i) => {
    const page = corrected.pages[i] ?? s.page;
    if (!corrected.changed.has(page.source)) return { ...s, page };
    const { key: _, ...rest } = s;
    return { ...rest, page };
  });
}

/**
 * The output folder made ready: kept for a rebuild when the previous build's
 * manifest says what is in it (returned), emptied otherwise. Until this build
 * succeeds no manifest matches it: a failed build is followed by a full one.
 */
async function prepareOutput(out: string, cacheDir: string | null, templates: string): Promise<RenderManifest | null> {
  const previous = await previousRender(cacheDir, out, templates);
  try {
    if (cacheDir) await rm(join(cacheDir, 'render.json'), { force: true });
    if (!previous) await rm(out, { recursive: true, force: true });
    await makeFolder(out);
    await writeFile(join(out, SITE_MARK), 'Written by 报库 (npm run build): emptied and written again by every full build.\n');
  } catch (cause) {
    throw new BuildError(`cannot write the output folder ${out}: ${(cause as Error).message}`, { cause });
  }
  return previous;
}

/** The archive's settings, beside the seeds folder: the paper's name, the site's title and address. */
const CONFIG_FILE = 'archive.json';
const Config = z
  .object({
    /** The paper's name, as citations give it: `焦作日报`. */
    paper: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    /** The address the site is deployed at: `https://example.org`. */
    siteUrl: z.string().regex(/^https?:\/\/[^/\s]+/, 'expected an address such as https://example.org').optional(),
  })
  .strict();
type Config = z.infer<typeof Config>;

/** The settings file, or none; an invalid one fails the build in one line (file, field, what is wrong). */
async function readConfig(path: string): Promise<Config> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new BuildError(`cannot read ${basename(path)}: ${(err as Error).message}`, { cause: err });
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (cause) {
    throw new BuildError(`${basename(path)}: not JSON: ${(cause as Error).message}`, { cause });
  }
  const checked = Config.safeParse(data);
  if (!checked.success) throw new BuildError(`${basename(path)}: ${oneLine(checked.error, data, Object.keys(Config.shape))}`);
  return checked.data;
}

/** A file the build leaves in its output folder, so that a later build knows it may empty it. */
const SITE_MARK = '.baoku-site';

/**
 * Checks, before anything is read, that the output folder can be written and
 * may be emptied: it is new, empty, or a site a build wrote (its mark, or a
 * site of a build before the mark: `index.html` and `pagefind/`). A file, or a
 * folder of other files (`--out .`, `--out README.md`), is refused: every full
 * build empties the folder.
 */
export async function checkOutput(out: string): Promise<void> {
  let names: string[] | null = null;
  try {
    const st = await stat(out);
    if (!st.isDirectory()) throw new BuildError(`the output ${out} is a file, not a folder: give a folder for the site (--out DIR)`);
    names = await readdir(out);
  } catch (err) {
    if (err instanceof BuildError) throw err;
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new BuildError(`cannot write the output folder ${out}: ${(err as Error).message}`, { cause: err });
  }
  if (names && names.length > 0 && !names.includes(SITE_MARK) && !(names.includes('index.html') && names.includes('pagefind'))) {
    throw new BuildError(`the output folder ${out} holds files no build wrote (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}): every build empties it, so give a new or empty folder`);
  }
  if (!names) {
    try {
      await makeFolder(out);
    } catch (cause) {
      throw new BuildError(`cannot write the output folder ${out}: ${(cause as Error).message}`, { cause });
    }
  }
}

/**
 * Makes a folder and the folders above it one at a time: Node's recursive
 * mkdir loops for ever where a file system refuses it oddly (`/proc/site`).
 */
async function makeFolder(path: string): Promise<void> {
  const missing: string[] = [];
  let p = resolve(path);
  while (!existsSync(p)) {
    missing.unshift(p);
    const up = dirname(p);
    if (up === p) break;
    p = up;
  }
  for (const m of missing) await mkdir(m);
}

/**
 * The archive's search bundles handed to the indexer, newest first. Their
 * records need no keywords and no rendered page, so this runs as soon as the
 * archive is built; the bundles are all handed over before it returns. Each is
 * told changed by its articles' hashes, kept in `prepared` for the render plan.
 */
function indexArchive(
  indexer: Indexer,
  archive: Archive,
  prepared: Prepared,
  out: string,
  cacheDir: string | null,
  versions: { search: string; previous: Record<string, string> },
  log: (l: string) => void,
): Promise<Record<string, string>> {
  const shards = shardsOf(archive);
  const context = { version: versions.search, out, previous: versions.previous };
  const job = { out, cacheDir, bundles: shards.map((s) => ({ key: s.key, count: s.articles.length })) };
  // Made one at a time as they are handed over: one bundle's records at a time in memory.
  function* bundles() {
    for (const s of shards) yield bundleOf(s.key, s.articles.map((a) => articleHash(prepared, a)), () => shardRecords(s), context);
  }
  return indexer.run(job, bundles(), log);
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const t0 = performance.now();
  const log = options.log ?? (() => {});
  const timings: Record<string, number> = {};
  const step = async <T>(name: string, f: () => Promise<T> | T): Promise<T> => {
    const s = performance.now();
    const r = await f();
    timings[name] = (performance.now() - s) / 1000;
    return r;
  };
  const out = resolve(options.out);
  const config = await readConfig(join(dirname(resolve(options.seeds)), CONFIG_FILE));
  const site: Site = {
    title: options.title ?? config.title ?? '报库 · 数字报档案',
    paper: options.paper ?? config.paper ?? null,
    url: options.siteUrl ?? config.siteUrl ?? null,
    base: normalizeBase(options.base ?? '/'),
    fileUrls: options.fileUrls ?? false,
  };
  const issues: BuildIssue[] = [];
  await checkOutput(out);
  const files = await listSeeds(resolve(options.seeds), issues);
  const cacheDir = options.cache === false ? null : resolve(options.cache ?? join(ROOT, '.cache/build'));

  // Workers start while this thread parses: the indexer starts Pagefind, and jieba's worker as soon
  // as a page is found new or changed — or later, if an article still has no keywords (a correction
  // changed its text). With many pages to parse it loads the whole dictionary meanwhile (a second of
  // a core); with a few, it waits for their articles and loads it cut to them.
  const jieba = lazy((files: number = 0) => startKeywords({ whole: files > CUT_UP_TO }));
  const indexer = options.index ?? true ? startIndexer() : null;
  try {
    // A page to parse: jieba's worker starts, and the indexer adds the newest month's records as
    // the last build indexed them, a guess at this build's (`GUESS_FILE`), while the pages are read.
    const changed = (n: number) => {
      jieba.get(n);
      if (cacheDir) indexer?.guess(join(cacheDir, 'pagefind', GUESS_FILE));
    };
    const sources = await step('parse', () => readSources(files, options, cacheDir, issues, log, changed));
    // The pages are read: from here on the output folder is written.
    const [templates, search] = await Promise.all([templatesVersion(), searchVersion(ROOT)]);
    const previous = await prepareOutput(out, cacheDir, templates);
    // The search page's script, by esbuild (a process of its own) meanwhile; not timed as a step, since
    // its end is seen only when this thread next waits.
    const client = bundleClient(out);
    client.catch(() => {}); // awaited below
    const bare = await step('archive', () => buildArchive(sources));
    const unnamed = bare.pages.filter((p) => !p.paper).length;
    if (!site.paper && unnamed > 0) {
      issues.push({ file: CONFIG_FILE, message: `no paper's name for ${unnamed} pages: their citations say ［报纸名不详］ (set "paper" in ${CONFIG_FILE} beside the seeds folder, or --paper)`, level: 'warning' });
    }
    void loadEleventy();
    for (const w of bare.warnings) issues.push({ file: w.file, message: w.message, level: 'warning' });
    // Pagefind indexes (in its worker) while this thread waits for keywords and renders.
    // A page file's text hash stands for its lines in the render plan's hashes.
    const prepared = emptyPrepared(new Map(sources.flatMap((s) => (s.key ? [[s.page.source, s.key] as const] : []))));
    const indexing = indexer ? step('index', () => indexArchive(indexer, bare, prepared, out, cacheDir, { search, previous: previous?.shards ?? {} }, log)) : Promise.resolve({});
    indexing.catch(() => {}); // its failure is reported below, once rendering is done
    const { archive, fingerprints } = await settleWith(indexing, async () => {
      const keywords = keywordsFor(bare, cacheDir, jieba.get);
      // While jieba works: the part of the render plan that keywords do not change.
      prepare(bare, prepared);
      const archive = await step('keywords', async () => withKeywords(bare, await keywords));
      void jieba.stop();
      const renderPlan = plan(archive, site, previous?.fingerprints ?? null, prepared);
      await step('render', async () => {
        try {
          if (renderPlan.incremental) await removePages(out, renderPlan.removed);
          await render(archive, site, out, renderPlan.render, options.renderChunk ?? 20_000, log);
        } catch (cause) {
          throw new BuildError(`rendering into ${out} failed: ${causes(cause)}`, { cause });
        }
      });
      log(
        renderPlan.incremental
          ? `rendered ${pagesIn(renderPlan.render)} changed pages (${renderPlan.render.articles.length} articles), removed ${renderPlan.removed.length}`
          : `rendered ${archive.articles.length} articles on ${archive.pages.length} pages`,
      );
      return { archive, fingerprints: renderPlan.fingerprints };
    });
    let shards: Record<string, string>;
    try {
      shards = await indexing;
    } catch (err) {
      throw err instanceof IndexError ? new BuildError(err.message, { cause: err }) : err;
    }
    await client;
    await writeFile(join(out, '.nojekyll'), '');
    if (cacheDir) {
      await mkdir(cacheDir, { recursive: true });
      const manifest: RenderManifest = { out, templates, fingerprints, shards };
      await writeFile(join(cacheDir, 'render.json'), JSON.stringify(manifest));
    }
    return {
      pagesRead: sources.length,
      articles: archive.articles.length,
      issues,
      seconds: (performance.now() - t0) / 1000,
      archive,
      timings,
    };
  } finally {
    await Promise.all([jieba.stop(), indexer?.stop()]);
  }
}

/** A worker started by the first `get`; `stop` stops it if it was started. */
function lazy<A extends unknown[], W extends { stop(): Promise<void> }>(start: (...args: A) => W): { get: (...args: A) => W; stop: () => Promise<void> } {
  let worker: W | null = null;
  return { get: (...args) => (worker ??= start(...args)), stop: async () => worker?.stop() };
}

/**
 * Runs `work` while `background` runs, and waits for both: a failure of `work`
 * is thrown only once `background` has stopped too (no worker left running).
 */
async function settleWith<T>(background: Promise<unknown>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    await background.catch(() => {});
    throw err;
  }
}

/** An error and the errors it wraps (`cause`, or Eleventy's `originalError`), outermost first: `Having trouble rendering …: boom`. */
function causes(err: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = err; e instanceof Error && messages.length < 5; e = e.cause ?? (e as { originalError?: unknown }).originalError) messages.push(e.message);
  return messages.join(': ') || String(err);
}

/** `archive` → `/archive/`; `` → `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
