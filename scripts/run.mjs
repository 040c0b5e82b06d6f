/**
 * `node scripts/run.mjs <script> [args…]` runs `scripts/<script>.ts` as plain
 * JavaScript: what `npm run build`, `npm start` and the other scripts do.
 *
 * esbuild bundles the scripts, and the workers they start, into
 * `.cache/js/<hash of the sources>/` the first time they are run as they are
 * (a twentieth of a second), and Node then loads JavaScript only. Run under
 * tsx instead, every module Node loads — Eleventy's hundreds as well as ours —
 * passes through TypeScript hooks on a thread of their own, in each worker too:
 * a build took 0.15 s longer to start and a core-second more in all (measured
 * adding a day to a 10k archive, where that is a tenth of the time). The tests
 * run the same sources under tsx; so can anyone (`npx tsx scripts/parse.ts …`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The commands package.json runs (`scripts/<name>.ts`); the others are tools run with tsx. */
const COMMANDS = ['build', 'start', 'serve', 'parse', 'bench', 'make-archive'];
/** Modules started as worker threads: each a bundle of its own, found beside the script's (`scripts/lib/worker.ts`). */
const WORKERS = ['search-index', 'keywords-worker'];
/** What the bundles are made from: a change to any of these makes new ones. */
const SOURCES = ['scripts', 'src', 'templates'];
const KEPT = 3; // bundles of other sources kept, for builds still running from them

const [script, ...args] = process.argv.slice(2);
if (!script || !COMMANDS.includes(script)) {
  console.error(`usage: node scripts/run.mjs <script> [args…]   (script: ${COMMANDS.join(', ')})`);
  process.exit(2);
}

const dir = await bundled();
// The script sees the command line it would have been given on its own: node <script>.js args…
process.argv = [process.argv[0], join(dir, `${script}.js`), ...args];
await import(pathToFileURL(join(dir, `${script}.js`)).href);

/** The folder of bundles made from the sources as they are now, made if need be. */
async function bundled() {
  const hash = createHash('sha256');
  const files = [
    '.eleventy.ts',
    'tsconfig.json',
    'node_modules/esbuild/package.json',
    ...SOURCES.flatMap((d) => readdirSync(join(ROOT, d), { recursive: true }).map((n) => join(d, String(n)))),
  ].sort();
  for (const f of files) {
    const path = join(ROOT, f);
    if (statSync(path).isFile()) hash.update(f).update('\0').update(readFileSync(path)).update('\0');
  }
  const key = hash.digest('hex').slice(0, 16);
  const cache = join(ROOT, '.cache/js');
  const dir = join(cache, key);
  if (existsSync(join(dir, `${script}.js`))) return dir;

  // Made beside, then renamed into place: a build started meanwhile never reads a half-written bundle.
  const esbuild = await import('esbuild');
  const temp = `${dir}.${process.pid}.tmp`;
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries([
      ...COMMANDS.map((n) => [n, `scripts/${n}.ts`]),
      ...WORKERS.map((n) => [n, `scripts/lib/${n}.ts`]),
    ]),
    outdir: temp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  try {
    renameSync(temp, dir);
  } catch {
    rmSync(temp, { recursive: true, force: true }); // another run made it first
  }
  const others = readdirSync(cache)
    .filter((n) => n !== key)
    .map((n) => ({ path: join(cache, n), time: statSync(join(cache, n)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { path } of others.slice(KEPT)) rmSync(path, { recursive: true, force: true });
  return dir;
}
