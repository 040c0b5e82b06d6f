/**
 * `npm run build [-- --seeds DIR --out DIR --base /archive/ --site-url URL --title T --paper P --file-urls --lenient]`
 * Builds the archive into _site/ and prints a one-line summary; exits non-zero on a real failure.
 */
import { parseArgs } from 'node:util';
import { build, BuildError, ROOT } from './lib/build.ts';
import { join } from 'node:path';

export function cliOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      seeds: { type: 'string', default: process.env.SEEDS ?? join(ROOT, 'seeds') },
      out: { type: 'string', default: process.env.OUT ?? join(ROOT, '_site') },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
      'site-url': { type: 'string', default: process.env.SITE_URL ?? 'http://localhost:8080' },
      title: { type: 'string' },
      paper: { type: 'string' },
      'file-urls': { type: 'boolean', default: false },
      lenient: { type: 'boolean', default: false },
      cache: { type: 'string', default: process.env.BAOKU_CACHE },
      'no-cache': { type: 'boolean', default: false },
      corrections: { type: 'string' },
      port: { type: 'string', default: process.env.PORT ?? '8080' },
    },
    allowPositionals: false,
  });
  return values;
}

export async function runBuild(argv: string[]): Promise<{ out: string; base: string } | null> {
  const o = cliOptions(argv);
  try {
    const r = await build({
      seeds: o.seeds,
      out: o.out,
      base: o.base,
      siteUrl: o['site-url'],
      fileUrls: o['file-urls'],
      strictLossless: !o.lenient,
      ...(o.title ? { title: o.title } : {}),
      ...(o.corrections ? { corrections: o.corrections } : {}),
      ...(o['no-cache'] ? { cache: false as const } : o.cache ? { cache: o.cache } : {}),
      ...(o.paper ? { paper: o.paper } : {}),
      log: (l) => console.log(`· ${l}`),
    });
    for (const i of r.issues) console.log(`${i.level === 'error' ? 'error' : 'warning'}: ${i.file}${i.line ? `:${i.line}` : ''}: ${i.message}`);
    const warnings = r.issues.filter((i) => i.level === 'warning').length;
    const errors = r.issues.filter((i) => i.level === 'error').length;
    console.log(
      `built: ${r.pagesRead} pages read, ${r.articles} articles, ${warnings} warnings${errors ? `, ${errors} files skipped` : ''}, ${r.seconds.toFixed(1)} s → ${o.out}`,
    );
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

if (import.meta.url === `file://${process.argv[1]}`) await runBuild(process.argv.slice(2));
