/**
 * The search index: each bundle's records → Pagefind, in a worker thread of its
 * own, so that the build's main thread can render pages meanwhile (Pagefind is
 * a process of its own, but its answers are read on the thread that asked; on
 * the main thread they wait behind Eleventy's synchronous writes).
 *
 * main thread                          worker
 *   startIndexer() ───────────────────→ loads, starts Pagefind
 *   run(job, bundles):
 *     { job, port } ──────────────────→ indexShards: takes one bundle at a
 *     each bundle, newest first ─→ port   time off the port (waiting for it if
 *                                        need be), indexes it or links it
 *                                        from the cache
 *              ←── { log } … { done } ──
 *   stop() ──── { stop } ─────────────→ closes Pagefind, exits
 *
 * The bundles are all handed over before rendering starts, because Eleventy
 * keeps the main thread from answering anything until it is done; the worker
 * starts on the first while the others are made, and takes them off the port
 * one at a time, so it holds one month, not the archive.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { gunzipSync } from 'node:zlib';
import { isMainThread, MessageChannel, type MessagePort, parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { once } from 'node:events';
import * as pagefind from 'pagefind';
import { addBundle, DIRECTORY, type Directory, directoryFiles, KeySet, type Listing, STARTER } from '../../src/search/directory.ts';
import { fragmentOf, fragmentUrl, metaFragments } from '../../src/search/pagefind-meta.ts';
import { indexText } from '../../src/search/normalize.ts';
import { INDEX_LANGUAGE, indexedRecord, type SearchRecord, UNDATED_SHARD } from '../../src/search/record.ts';
import { progress } from './progress.ts';
import { versionOf } from './version.ts';
import { moduleWorker } from './worker.ts';

export interface IndexJob {
  out: string;
  cacheDir: string | null;
  /** The bundles, newest first, and how many articles each holds. */
  bundles: Array<{ key: string; count: number }>;
}

/**
 * One bundle: the hash of its records as printed (`plainRecord`) and the
 * records, or `null` for a bundle already in place.
 */
export interface Bundle {
  key: string;
  hash: string;
  records: SearchRecord[] | null;
}

/**
 * Records in flight to Pagefind: a record is cut into words and sent as soon as
 * one before it is answered, so this thread's work and Pagefind's overlap
 * (1,200 records: 0.45–0.5 s, against 0.7–0.85 s sent 256 at a time and each
 * batch awaited).
 */
const IN_FLIGHT = 64;

export class IndexError extends Error {
  override name = 'IndexError';
}

/** What a search bundle depends on besides its articles: the code that makes records of them, and Pagefind. */
export const searchVersion = (root: string): Promise<string> =>
  versionOf(root, ['src/search/record.ts', 'src/search/normalize.ts', 'src/search/directory.ts', 'src/eleventy/format.ts', 'node_modules/pagefind/package.json']);

/**
 * A bundle to send to the worker. A bundle is told changed by its articles'
 * hashes (`articleHash`: their data but keywords, which is all a record is made
 * of), the code that makes records and Pagefind's version: one with the
 * previous build's hash that is still in place is sent without records, and
 * records are made only for the others.
 */
export function bundleOf(
  key: string,
  articleHashes: string[],
  records: () => SearchRecord[],
  context: { version: string; out: string; previous: Record<string, string> },
): Bundle {
  const h = createHash('sha256').update(context.version).update(key);
  for (const a of articleHashes) h.update(a);
  const hash = h.digest('hex').slice(0, 16);
  const inPlace = context.previous[key] === hash && existsSync(join(context.out, 'pagefind', key, 'pagefind.js'));
  return { key, hash, records: inPlace ? null : records() };
}

/**
 * The archive is indexed a month at a time, each month its own bundle under
 * `pagefind/<key>/` (Pagefind holds an index in memory while it builds it:
 * 17 GB for 50,000 articles in one), and the search page loads only the
 * months that can hold a query, as the directory (`directory.ts`, written
 * here into `pagefind/where/`) tells, newest first (`pagefind/shards.json`).
 * A bundle whose articles did not change stays in place or is linked from the
 * cache, not indexed again; its keys for the directory are kept in the cache
 * beside it. Returns each bundle's hash.
 */
export async function indexShards(
  job: IndexJob,
  bundle: (n: number) => Promise<Bundle>,
  log: (line: string) => void,
): Promise<Record<string, string>> {
  const { bundles, out, cacheDir } = job;
  const report = progress(log);
  const total = bundles.reduce((n, b) => n + b.count, 0);
  const hashes: Record<string, string> = {};
  const where: Directory = new Map();
  /** The newest bundle (the newest month's ten days) changes with every day added. */
  const newest = bundles[0]?.key !== UNDATED_SHARD ? bundles[0]?.key : undefined;
  let done = 0;
  // Bundles of the previous build that no longer exist go.
  for (const old of existsSync(join(out, 'pagefind')) ? await readdir(join(out, 'pagefind')) : []) {
    if (!bundles.some((b) => b.key === old) && old !== 'shards.json' && old !== DIRECTORY && old !== STARTER) await rm(join(out, 'pagefind', old), { recursive: true, force: true });
  }
  const keysFile = (key: string, hash: string) => (cacheDir ? join(cacheDir, 'pagefind', `${key}-${hash}.keys`) : null);
  for (const [n, { count }] of bundles.entries()) {
    const { key, hash, records } = await bundle(n);
    hashes[key] = hash;
    const target = join(out, 'pagefind', key);
    // A copy in the cache of the newest month would cost each day the linking of its thousand files
    // (a twentieth of a second at 10k articles), for a site lost some day.
    const cached = cacheDir && key !== newest ? join(cacheDir, 'pagefind', `${key}-${hash}`) : null;
    if (!records || (cached && existsSync(cached))) {
      if (records && cached) {
        await rm(target, { recursive: true, force: true });
        await linkTree(cached, target);
      }
      addBundle(where, n, (await savedKeys(keysFile(key, hash))) ?? (await bundleKeys(target)));
      done += count;
      report('indexed', done, total);
      continue;
    }
    const keys = new KeySet();
    // The newest month's records of the last build, added while this build read its pages, if they are this bundle's first.
    const guessed = await takeGuess(key, records);
    if (guessed) {
      done += guessed.records.length;
      for (const r of guessed.records) keys.addIndexed(indexText(r.content));
      log(`search: ${key} indexed over the last build's ${guessed.records.length} records, ${records.length - guessed.records.length} added`);
    }
    const { index, errors } = guessed ? { index: guessed.index, errors: [] } : await newIndex();
    if (!index) throw new IndexError(`Pagefind could not start: ${errors.join('; ')}`);
    try {
      await addAll(index, records.slice(guessed?.records.length ?? 0), keys, () => report('indexed', ++done, total));
      // The next build's guess, saved while Pagefind writes.
      const writing = writeOver(index, target, records);
      await Promise.all([writing, cacheDir && key === newest ? saveGuess(join(cacheDir, 'pagefind', GUESS_FILE), key, records) : null]);
    } finally {
      await index.deleteIndex();
    }
    const strings = keys.strings();
    addBundle(where, n, strings);
    if (cacheDir) {
      const dir = join(cacheDir, 'pagefind');
      await mkdir(dir, { recursive: true });
      // This bundle's older copies (`2015-07-<hash>`, `2015-07-<hash>.keys`; a year's `2015-<hash>`, made by an earlier version).
      for (const old of await readdir(dir)) if (old.slice(0, old.lastIndexOf('-')) === key) await rm(join(dir, old), { recursive: true, force: true });
      if (cached) await linkTree(target, cached);
      await writeFile(keysFile(key, hash) as string, strings.join('\n'));
    }
  }
  await writeDirectory(join(out, 'pagefind'), bundles.map((b) => b.key), where);
  const first = bundles[0] ? await readFile(join(out, 'pagefind', bundles[0].key, 'pagefind-entry.json'), 'utf8') : null;
  await writeStarter(join(out, 'pagefind', STARTER), first ? (JSON.parse(first) as { version: string }).version : null);
  return hashes;
}

/** The starters of sites built before there was one (`npm run bench -- --search-only`). */
export async function ensureStarters(sites: string[]): Promise<void> {
  for (const site of sites) await writeStarter(join(site, 'pagefind', STARTER), null);
  await pagefind.close();
}

/**
 * `pagefind/start/`: Pagefind's code (the same files in every bundle) and an
 * index of one record no search asks for (every search filters by bundle), for
 * the search page to start Pagefind from as it loads. Written again only when
 * the bundles' Pagefind `version` is not its own.
 */
export async function writeStarter(dir: string, version: string | null): Promise<void> {
  const entry = await readFile(join(dir, 'pagefind-entry.json'), 'utf8').catch(() => null);
  if (entry && (version === null || (JSON.parse(entry) as { version?: string }).version === version)) return;
  await rm(dir, { recursive: true, force: true });
  const { index, errors } = await newIndex();
  if (!index) throw new IndexError(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addCustomRecord({ url: '/', content: 'start', language: INDEX_LANGUAGE });
    if (added.errors.length) throw new IndexError(`Pagefind refused the starter record: ${added.errors.join('; ')}`);
    const w = await index.writeFiles({ outputPath: dir });
    if (w.errors.length) throw new IndexError(`Pagefind could not write ${dir}: ${w.errors.join('; ')}`);
    await Promise.all(UNUSED.map((n) => rm(join(dir, n), { force: true })));
  } finally {
    await index.deleteIndex();
  }
}

/** `pagefind/where/` and `pagefind/shards.json`, which names the bundles and says how the directory is cut. */
async function writeDirectory(dir: string, keys: string[], where: Directory): Promise<void> {
  const files = directoryFiles(where);
  const version = createHash('sha256');
  for (const f of files) version.update(f).update('\0');
  // A day added changes the few files where the newest month gained a key: the others are left as they are.
  const folder = join(dir, DIRECTORY);
  await mkdir(folder, { recursive: true });
  const old = new Set(await readdir(folder));
  await Promise.all(
    files.map(async (text, i) => {
      const file = join(folder, `${i}.txt`);
      old.delete(`${i}.txt`);
      if ((await readFile(file, 'utf8').catch(() => null)) !== text) await writeFile(file, text);
    }),
  );
  await Promise.all([...old].map((name) => rm(join(folder, name), { recursive: true, force: true })));
  const listing: Listing = { shards: keys, where: { files: files.length, version: version.digest('hex').slice(0, 12) } };
  await writeFile(join(dir, 'shards.json'), JSON.stringify(listing) + '\n');
}

/** A bundle's keys as a build saved them in the cache, if it did. */
async function savedKeys(file: string | null): Promise<string[] | null> {
  if (!file) return null;
  try {
    const text = await readFile(file, 'utf8');
    return text ? text.split('\n') : [];
  } catch {
    return null;
  }
}

/** A bundle's keys read back from its fragments (a site kept without its cache). */
async function bundleKeys(target: string): Promise<string[]> {
  const keys = new KeySet();
  const entry = JSON.parse(await readFile(join(target, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  for (const { hash } of Object.values(entry.languages)) {
    for (const f of metaFragments(gunzipSync(await readFile(join(target, `pagefind.${hash}.pf_meta`))))) {
      keys.addIndexed(fragmentOf(gunzipSync(await readFile(join(target, 'fragment', `${f}.pf_fragment`)))).content);
    }
  }
  return keys.strings();
}

/** Adds records to an index, `IN_FLIGHT` at a time; Pagefind keeps them in the order they were sent. */
async function addAll(index: pagefind.PagefindIndex, records: SearchRecord[], keys: KeySet | null, added: () => void): Promise<void> {
  let next = 0;
  const send = async () => {
    while (next < records.length) {
      const record = indexedRecord(records[next++] as SearchRecord);
      keys?.addIndexed(record.content);
      const refused = (await index.addCustomRecord(record)).errors;
      if (refused.length) {
        next = records.length; // the others stop sending
        throw new IndexError(`Pagefind refused ${record.url}: ${refused.join('; ')}`);
      }
      added();
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, send));
}

/** Where the newest month's records are kept for the next build's guess, in the cache's `pagefind/`. */
export const GUESS_FILE = 'newest.v8';

/**
 * A guess at the newest month's bundle: the records the last build indexed it
 * with, added to an index while this build reads its pages, before its archive
 * exists. A day added puts its articles after the month's others, so those
 * records, unchanged, are the bundle's first; Pagefind's output depends on the
 * records and their order only, so the bundle comes out as if indexed afresh.
 * `takeGuess` checks that it is so, record for record, and drops the guess
 * otherwise. (Adding a day to 10k articles: the month's 900 records are added
 * while the pages are read, not after.)
 */
interface Guess {
  key: string;
  records: SearchRecord[];
  index: pagefind.PagefindIndex;
}

let guessing: Promise<Guess | null> | null = null;

/** Starts the guess from the records the last build saved (none: no guess). */
async function guess(file: string): Promise<Guess | null> {
  let saved: { key: string; records: SearchRecord[] };
  try {
    saved = deserialize(await readFile(file)) as typeof saved;
  } catch {
    return null; // none saved yet, or by another Node
  }
  const { index } = await newIndex();
  if (!index) return null;
  try {
    await addAll(index, saved.records, null, () => {});
    return { ...saved, index };
  } catch {
    await index.deleteIndex().catch(() => {});
    return null;
  }
}

/** The guess, if it is the first part of this bundle's records; a guess that missed is closed. */
async function takeGuess(key: string, records: SearchRecord[]): Promise<Guess | null> {
  const g = await guessing;
  guessing = null;
  if (!g) return null;
  const json = (r: SearchRecord | undefined) => JSON.stringify(r);
  if (g.key === key && g.records.length <= records.length && g.records.every((r, i) => json(r) === json(records[i]))) return g;
  await g.index.deleteIndex();
  return null;
}

/** The records a month was indexed with, for the next build's guess: written whole, then put in place. */
async function saveGuess(file: string, key: string, records: SearchRecord[]): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, serialize({ key, records }));
  await rename(`${file}.tmp`, file);
}

/** Pagefind's ready-made search interfaces, which the search page does not use (430 kB a bundle). */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js'];

/**
 * Writes a bundle over its previous self, keeping the fragments of articles
 * that did not change (`pagefind-meta.ts`): a day added to a month of a
 * thousand articles writes thirty fragments, not a thousand. Everything else
 * of the old bundle goes first: the word and filter indexes are new anyway, and
 * the files Pagefind rewrites in place may be hard links into the cache.
 * Pagefind's names are short hashes, so a new fragment could take the name of
 * an old one and not be written; each record's URL must then be in exactly one
 * fragment of the new bundle, else it is written again from nothing.
 */
async function writeOver(index: pagefind.PagefindIndex, target: string, records: SearchRecord[]): Promise<void> {
  const write = async () => {
    const w = await index.writeFiles({ outputPath: target });
    if (w.errors.length) throw new IndexError(`Pagefind could not write its index into ${target}: ${w.errors.join('; ')}`);
    await Promise.all(UNUSED.map((n) => rm(join(target, n), { force: true })));
  };
  const old = existsSync(target) ? await readdir(target) : [];
  await Promise.all(old.filter((n) => n !== 'fragment').map((n) => rm(join(target, n), { recursive: true, force: true })));
  await write();
  if (!old.includes('fragment')) return;
  const used = await fragmentsOf(target, records);
  if (!used) {
    await rm(target, { recursive: true, force: true });
    return write();
  }
  const stale = (await readdir(join(target, 'fragment'))).filter((n) => !used.has(n));
  await Promise.all(stale.map((n) => rm(join(target, 'fragment', n), { force: true })));
}

/**
 * The fragment files a bundle's meta files name, if they hold the records'
 * URLs, each once; `null` otherwise, or where the bundle is not as Pagefind
 * 1.x writes it.
 */
async function fragmentsOf(target: string, records: SearchRecord[]): Promise<Set<string> | null> {
  try {
    const entry = JSON.parse(await readFile(join(target, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const files = new Set<string>();
    for (const { hash } of Object.values(entry.languages)) {
      for (const f of metaFragments(gunzipSync(await readFile(join(target, `pagefind.${hash}.pf_meta`))))) files.add(`${f}.pf_fragment`);
    }
    const urls = await Promise.all([...files].map(async (f) => fragmentUrl(gunzipSync(await readFile(join(target, 'fragment', f))))));
    const expected = records.map((r) => r.url).sort();
    return urls.length === expected.length && urls.sort().every((u, i) => u === expected[i]) ? files : null;
  } catch {
    return null; // a file missing or unreadable
  }
}

/**
 * A bundle copied as hard links: no file of a bundle is changed in place once
 * written (Pagefind does not write a hashed file that is there, and the others
 * are removed before it writes over a bundle), so the cache and the site can
 * share its files. A plain copy where links cannot be made (another file system).
 */
async function linkTree(from: string, to: string): Promise<void> {
  try {
    await mkdir(to, { recursive: true });
    const entries = await readdir(from, { withFileTypes: true });
    await Promise.all(entries.map((e) => (e.isDirectory() ? linkTree(join(from, e.name), join(to, e.name)) : link(join(from, e.name), join(to, e.name)))));
  } catch {
    await rm(to, { recursive: true, force: true });
    await cp(from, to, { recursive: true });
  }
}

type Reply = { log: string } | { done: Record<string, string> } | { error: string };

export interface Indexer {
  /** Indexes the bundles (made one by one as they are handed over); progress lines come back through `log`. */
  run(job: IndexJob, bundles: Iterable<Bundle>, log: (line: string) => void): Promise<Record<string, string>>;
  /** Starts guessing at the newest month's bundle from the records the last build saved in `file` (`GUESS_FILE`). */
  guess(file: string): void;
  /** Stops the worker and its Pagefind service, whether or not it ran. */
  stop(): Promise<void>;
}

/**
 * The search index in a worker thread, started before there is anything to
 * index: while the pages are parsed it loads its code and starts Pagefind.
 */
export function startIndexer(): Indexer {
  const worker = moduleWorker('search-index', { indexer: true });
  const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
  let failure: Error | null = null;
  worker.once('error', (err) => (failure = err));
  return {
    run(job, bundles, log) {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        const { port1, port2 } = new MessageChannel();
        let settled = false;
        worker.on('message', (m: Reply) => {
          if ('log' in m) {
            log(m.log);
          } else if ('done' in m) {
            settled = true;
            resolve(m.done);
          } else {
            settled = true;
            reject(new IndexError(m.error));
          }
        });
        worker.once('error', (err) => ((settled = true), reject(err)));
        void exited.then((code) => {
          if (!settled) reject(new IndexError(`the search index worker stopped (exit code ${code})`));
        });
        // The job first: the worker starts on the first bundle while this thread makes the next.
        worker.postMessage({ job, port: port2 }, [port2]);
        try {
          for (const b of bundles) port1.postMessage(b);
        } finally {
          port1.close(); // after the last bundle, or when making one failed: the worker stops waiting
        }
      });
    },
    guess(file) {
      worker.postMessage({ guess: file });
    },
    async stop() {
      worker.postMessage({ stop: true });
      // A worker busy past a minute is stopped the hard way.
      const timer = setTimeout(() => void worker.terminate(), 60_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * The next bundle off its port: at once if it is there, else when it comes —
 * the first is indexed while the main thread still makes the others. Taken one
 * at a time, the others wait on the port, serialized.
 */
async function nextBundle(port: MessagePort, n: number, count: number): Promise<Bundle> {
  const ready = receiveMessageOnPort(port);
  if (ready) return ready.message as Bundle;
  const stop = new AbortController();
  const { signal } = stop;
  const next = await Promise.race([once(port, 'message', { signal }).then(([b]) => b as Bundle), once(port, 'close', { signal }).then(() => null)]).finally(() => stop.abort());
  if (!next) throw new IndexError(`bundle ${n + 1} of ${count} never arrived`);
  return next;
}

/** Pagefind's service, started when the worker starts; the first bundle to index takes it. */
let warm: ReturnType<typeof pagefind.createIndex> | null = null;
function newIndex(): ReturnType<typeof pagefind.createIndex> {
  const index = warm ?? pagefind.createIndex({});
  warm = null;
  return index;
}

if (!isMainThread && parentPort && (workerData as { indexer?: boolean })?.indexer) {
  const port = parentPort;
  warm = pagefind.createIndex({});
  port.on('message', async (m: { job?: IndexJob; port?: MessagePort; guess?: string; stop?: boolean }) => {
    if (m.guess && !guessing) guessing = guess(m.guess);
    if (m.job && m.port) {
      const { job, port: bundles } = m;
      const bundle = (n: number) => nextBundle(bundles, n, job.bundles.length);
      try {
        port.postMessage({ done: await indexShards(job, bundle, (line) => port.postMessage({ log: line })) });
      } catch (err) {
        port.postMessage({ error: (err as Error).message });
      }
    }
    if (m.stop) {
      if (warm) await warm.catch(() => null);
      await pagefind.close();
      port.close();
    }
  });
}
