/**
 * The build: seeds → parse → archive → Eleventy → Pagefind. All I/O of the
 * pipeline is here; every step in src/ is pure.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { applyCorrections, Corrections, type Correction } from '../../src/archive/corrections.ts';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import * as esbuild from 'esbuild';
import * as pagefind from 'pagefind';
import { buildArchive, type Archive, type SourcePage } from '../../src/archive/index.ts';
import { Page } from '../../src/model.ts';
import { checkLossless, parsePage } from '../../src/parse/index.ts';
import { extractKeywords } from '../../src/search/keywords.ts';
import { searchRecord } from '../../src/search/record.ts';
import type { Site } from '../../templates/_includes/site.ts';
import { PageReadError, readPage } from './read-page.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

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
  /** Skip the Pagefind index (for tests of rendering only). */
  index?: boolean;
  log?: (line: string) => void;
}

export interface BuildIssue {
  file: string;
  line?: number;
  message: string;
  level: 'warning' | 'error';
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

async function listSeeds(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (cause) {
    throw new BuildError(`cannot read the seeds folder ${dir}: ${(cause as Error).message}`, { cause });
  }
  return names.filter((n) => n.toLowerCase().endsWith('.txt')).sort().map((n) => join(dir, n));
}

/** Reads and parses every page; a page that cannot be read is reported and left out. */
export async function parseSeeds(files: string[], issues: BuildIssue[], strictLossless: boolean): Promise<SourcePage[]> {
  const sources: SourcePage[] = [];
  for (const path of files) {
    let file;
    try {
      file = await readPage(path);
    } catch (err) {
      if (err instanceof PageReadError) {
        issues.push({ file: err.file, message: err.message.replace(`${err.file}: `, ''), level: 'error' });
        continue;
      }
      throw err;
    }
    const page = Page.parse(parsePage(file.text, { file: file.name, meta: file.meta }));
    for (const w of page.warnings) issues.push({ file: file.name, line: w.line, message: w.message, level: 'warning' });
    if (page.articles.length === 0) issues.push({ file: file.name, message: 'no text to publish', level: 'warning' });
    const loss = checkLossless(file.text, page);
    if (loss.total > 0) {
      const sample = loss.missing.slice(0, 10).map((m) => m.char).join('');
      const message = `${loss.total} characters of the page are in no article, furniture or dropped list (e.g. ${sample})`;
      if (strictLossless) throw new BuildError(`${file.name}: ${message}`);
      issues.push({ file: file.name, message, level: 'warning' });
    }
    sources.push({ page, meta: file.meta, lines: file.text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/) });
  }
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

function keywordsFor(sources: SourcePage[]): Map<string, string[]> {
  const names = new Set<string>();
  const inputs: Array<{ id: string; text: string }> = [];
  for (const s of sources) {
    for (const a of s.page.articles) {
      for (const n of [...a.byline.reporters, ...a.byline.correspondents, ...a.byline.photographers]) names.add(n);
      if (a.kind !== 'photo') inputs.push({ id: a.id, text: a.body.map((b) => b.text).join('\n') });
    }
  }
  return extractKeywords(inputs, [...names]);
}

async function render(archive: Archive, site: Site, out: string): Promise<void> {
  const elev = new Eleventy(join(ROOT, 'templates'), out, {
    configPath: join(ROOT, '.eleventy.ts'),
    quietMode: true,
    config: (c: { addGlobalData(k: string, v: unknown): void }) => {
      c.addGlobalData('archive', archive);
      c.addGlobalData('site', site);
    },
  });
  await elev.write();
}

async function bundleClient(out: string): Promise<void> {
  await esbuild.build({
    entryPoints: { search: join(ROOT, 'src/search/client.ts'), highlight: join(ROOT, 'src/search/highlight.ts') },
    outdir: join(out, 'assets'),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'silent',
  });
}

async function index(archive: Archive, out: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new BuildError(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const a of archive.articles) {
      const r = await index.addCustomRecord(searchRecord(a));
      if (r.errors.length) throw new BuildError(`Pagefind refused ${a.url}: ${r.errors.join('; ')}`);
    }
    const w = await index.writeFiles({ outputPath: join(out, 'pagefind') });
    if (w.errors.length) throw new BuildError(`Pagefind could not write its index: ${w.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return archive.articles.length;
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
  const base = normalizeBase(options.base ?? '/');
  const site: Site = {
    title: options.title ?? '报库 · 数字报档案',
    paper: options.paper ?? '本报',
    url: options.siteUrl ?? 'http://localhost:8080',
    base,
    fileUrls: options.fileUrls ?? false,
  };
  const issues: BuildIssue[] = [];

  const files = await listSeeds(resolve(options.seeds));
  const parsed = await step('parse', () => parseSeeds(files, issues, options.strictLossless ?? true));
  log(`parsed ${parsed.length}/${files.length} pages`);
  const correctionsPath = resolve(options.corrections ?? join(dirname(resolve(options.seeds)), 'corrections.yaml'));
  const corrections = await readCorrections(correctionsPath);
  const corrected = applyCorrections(parsed.map((s) => s.page), corrections);
  for (const p of corrected.problems) {
    issues.push({ file: basename(correctionsPath), message: `correction ${p.index + 1}: ${p.message}`, level: 'warning' });
  }
  const sources = parsed.map((s, i) => ({ ...s, page: corrected.pages[i] ?? s.page }));
  const keywords = await step('keywords', () => keywordsFor(sources));
  const archive = await step('archive', () => buildArchive(sources, { keywords }));
  for (const w of archive.warnings) issues.push({ file: w.file, message: w.message, level: 'warning' });

  try {
    await rm(out, { recursive: true, force: true });
    await mkdir(out, { recursive: true });
  } catch (cause) {
    throw new BuildError(`cannot write the output folder ${out}: ${(cause as Error).message}`, { cause });
  }
  await step('render', async () => {
    try {
      await render(archive, site, out);
    } catch (cause) {
      throw new BuildError(`rendering into ${out} failed: ${(cause as Error).message}`, { cause });
    }
  });
  log(`rendered ${archive.articles.length} articles on ${archive.pages.length} pages`);
  await step('client', () => bundleClient(out));
  if (options.index ?? true) {
    await step('index', () => index(archive, out));
    log(`indexed ${archive.articles.length} articles`);
  }
  await writeFile(join(out, '.nojekyll'), '');
  return {
    pagesRead: sources.length,
    articles: archive.articles.length,
    issues,
    seconds: (performance.now() - t0) / 1000,
    archive,
    timings,
  };
}

/** `archive` → `/archive/`; `` → `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
