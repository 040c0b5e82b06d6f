/**
 * The build and serve commands: their options and what they print, shared by
 * `scripts/build.ts`, `scripts/serve.ts` and `scripts/start.ts` (a command
 * file runs when it is run, and imports no other).
 */
import { join } from 'node:path';
import { build, BuildError, normalizeBase, ROOT } from './build.ts';
import { options } from './cli.ts';
import { serve } from './static-server.ts';

const USAGE = `npm run build -- [options]   builds the page texts in seeds/ into _site/
npm start -- [options]       builds them, then serves the site

  --seeds DIR          the page texts (default seeds/; or SEEDS)
  --out DIR            where the site is written (default _site/; or OUT)
  --base PATH          the path the site is served under, e.g. /archive/ (or BASE_PATH)
  --site-url URL       the site's address, for canonical links, the feed and the sitemap (or SITE_URL);
                       without it they are left out (npm start: the address it serves at)
  --title TEXT         the site's title
  --paper NAME         the paper's name, as citations give it
  --file-urls          links that work when the site is opened from disk
  --strict             fail when a page loses text (for an editor's CI); without it such a page
                       is published with that text kept apart, and a warning
  --corrections FILE   corrections (default: corrections.yaml beside the seeds folder)
  --cache DIR          cached parses and search bundles (default .cache/build; or BAOKU_CACHE)
  --no-cache           parse and index everything afresh
  --port N             npm start: the port to serve on (default 8080; or PORT)
  --help               this text`;

export function cliOptions(argv: string[]) {
  return options(
    USAGE,
    {
      options: {
        seeds: { type: 'string', default: process.env.SEEDS ?? join(ROOT, 'seeds') },
        out: { type: 'string', default: process.env.OUT ?? join(ROOT, '_site') },
        base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
        'site-url': { type: 'string', default: process.env.SITE_URL },
        title: { type: 'string' },
        paper: { type: 'string' },
        'file-urls': { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        cache: { type: 'string', default: process.env.BAOKU_CACHE },
        'no-cache': { type: 'boolean', default: false },
        corrections: { type: 'string' },
        port: { type: 'string', default: process.env.PORT ?? '8080' },
      },
      allowPositionals: false,
    },
    argv,
  ).values;
}

/**
 * @param localUrl the address `npm start` serves at: the site's address when none is given
 */
export async function runBuild(argv: string[], localUrl?: string): Promise<{ out: string; base: string } | null> {
  const o = cliOptions(argv);
  const siteUrl = o['site-url'] ?? localUrl;
  try {
    const r = await build({
      seeds: o.seeds,
      out: o.out,
      base: o.base,
      ...(siteUrl ? { siteUrl } : {}),
      fileUrls: o['file-urls'],
      strictLossless: o.strict,
      ...(o.title ? { title: o.title } : {}),
      ...(o.corrections ? { corrections: o.corrections } : {}),
      ...(o['no-cache'] ? { cache: false as const } : o.cache ? { cache: o.cache } : {}),
      ...(o.paper ? { paper: o.paper } : {}),
      log: (l) => console.log(`· ${l}`),
    });
    for (const i of r.issues) if (i.level !== 'doubt') console.log(`${i.level}: ${i.file}${i.line ? `:${i.line}` : ''}: ${i.message}`);
    // Doubtful articles last, grouped, so that an editor sees where to look (and what to put in corrections.yaml).
    const doubts = r.issues.filter((i) => i.level === 'doubt');
    for (const i of doubts) console.log(`doubtful: ${i.file}:${i.line ?? 0}: ${i.message}`);
    const warnings = r.issues.filter((i) => i.level === 'warning').length;
    const errors = r.issues.filter((i) => i.level === 'error').length;
    console.log(
      `built: ${r.pagesRead} pages read, ${r.articles} articles, ${warnings} warnings${doubts.length ? `, ${doubts.length} doubtful articles (npm run parse -- FILE --explain)` : ''}${errors ? `, ${errors} files skipped` : ''}, ${r.seconds.toFixed(1)} s → ${o.out}`,
    );
    if (!siteUrl) console.log('no --site-url: canonical links, the feed and the sitemap are left out (give the address the site is deployed at, e.g. --site-url https://example.org)');
    console.log(`steps: ${Object.entries(r.timings).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ')} (render and index run side by side)`);
    return { out: o.out, base: o.base };
  } catch (err) {
    if (err instanceof BuildError) {
      console.error(`build failed: ${err.message}`);
      process.exitCode = 1;
      return null;
    }
    throw err;
  }
}

export async function runServe(out: string, port: number, base: string): Promise<void> {
  const b = normalizeBase(base);
  let server;
  try {
    server = await serve({ root: out, port, base: b });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    console.error(`serve failed: port ${port} is in use; try --port ${port + 1} (or PORT=${port + 1})`);
    process.exitCode = 1;
    return;
  }
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`serving ${out} at http://localhost:${actual}${b}  (Ctrl+C to stop)`);
}
