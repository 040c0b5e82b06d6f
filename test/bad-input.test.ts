/**
 * Bad input dropped into seeds/ beside good pages: each gives a warning or an
 * error naming the file and the reason, and every other page builds unchanged.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { build, BuildError, keepLostText, ROOT, type BuildOptions, type BuildResult } from '../scripts/lib/build.ts';
import { parsePage } from '../src/parse/index.ts';
import { layoutPage } from '../src/synth/layout.ts';
import { rng } from '../src/synth/random.ts';
import { shiftYears, swapNames } from '../src/synth/vary.ts';
import { fixtures, seedName } from './helpers/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'baoku-bad-'));
const good = join(work, 'good');
const mixed = join(work, 'mixed');
let clean: BuildResult;
let result: BuildResult;

/** A page no other file holds: a seed page's articles with other names, laid out again. */
function freshPage(which: number, seed: number, style: 'A' | 'B' | 'C'): string {
  const f = fixtures()[which]!;
  const page = parsePage(f.input, { file: seedName(f) });
  const random = rng(seed);
  // Other names and other years: other text, so other articles than the seed page's.
  return layoutPage(shiftYears(swapNames(page.articles, random), 1), { style, width: 14, random, issueDate: page.issueDate });
}

const BAD: Record<string, Buffer | string> = {
  'empty.txt': '',
  'binary.txt': Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)),
  'gbk.txt': iconv.encode(freshPage(0, 1, 'A'), 'gbk'),
  'bom.txt': '\uFEFF' + freshPage(1, 2, 'A'),
  'crlf.txt': freshPage(2, 3, 'B').replace(/\n/g, '\r\n'),
  'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(freshPage(3, 4, 'A'), 'utf16le')]),
  'long-line.txt': '本报讯（记者张三）1月5日，' + '示范区召开会议，研究部署工作。'.repeat(70_000),
  'no-article.txt': '这是一段没有导语的文字，记录了某地的一些情况。\n\n第二段文字，继续叙述。\n',
  '000 副本.txt': readFileSync(join(ROOT, 'seeds/000_78348f0966f3b958.txt')),
  'html.txt': '本报讯（记者张三）1月5日，<script>alert(1)</script>示范区召开会议。\n',
  '第 3 版 示范区.txt': freshPage(4, 5, 'C'),
};

before(async () => {
  mkdirSync(good);
  mkdirSync(mixed);
  for (const f of readdirSync(join(ROOT, 'seeds'))) {
    copyFileSync(join(ROOT, 'seeds', f), join(good, f));
    copyFileSync(join(ROOT, 'seeds', f), join(mixed, f));
  }
  for (const [name, content] of Object.entries(BAD)) writeFileSync(join(mixed, name), content);
  clean = await build({ seeds: good, out: join(work, 'site-good'), index: false, cache: false });
  result = await build({ seeds: mixed, out: join(work, 'site-mixed'), index: false, cache: false });
});
after(() => rmSync(work, { recursive: true, force: true }));

const said = (file: string) => result.issues.filter((i) => i.file === file).map((i) => `${i.level}: ${i.message}`);

describe('bad input beside good pages', () => {
  it('every good page builds unchanged: the same articles at the same addresses', () => {
    const mixedByUrl = new Map(result.archive.articles.map((a) => [a.url, a]));
    for (const a of clean.archive.articles) {
      const b = mixedByUrl.get(a.url);
      assert.ok(b, `${a.url} (${a.source.file}) is missing`);
      assert.deepEqual({ ...b, source: null, original: null, pageKey: null, pageNumber: null, prev: null, next: null, keywords: null },
        { ...a, source: null, original: null, pageKey: null, pageNumber: null, prev: null, next: null, keywords: null });
    }
  });
  it('an empty file is reported and publishes nothing', () => {
    assert.ok(said('empty.txt').some((m) => /empty or blank file: not published/.test(m)), said('empty.txt').join('\n'));
    assert.ok(!result.archive.pages.some((p) => p.source === 'empty.txt'));
  });
  it('a binary file is refused with its reason', () => assert.ok(said('binary.txt').some((m) => /^error: not text/.test(m)), said('binary.txt').join('\n')));
  it('GBK, BOM, CRLF and UTF-16 pages are read as the text they are', () => {
    for (const f of ['gbk.txt', 'bom.txt', 'crlf.txt', 'utf16.txt']) {
      const arts = result.archive.articles.filter((a) => a.source.file === f);
      assert.ok(arts.length >= 3, `${f}: ${arts.length} articles`);
      assert.ok(arts.every((a) => /[\u4e00-\u9fff]{4}/.test(a.body[0]?.text ?? '')), `${f} is mojibake`);
      assert.ok(!said(f).some((m) => m.startsWith('error')), said(f).join('\n'));
    }
  });
  it('a single 1 MB line builds as one article', () => {
    assert.equal(result.archive.articles.filter((a) => a.source.file === 'long-line.txt').length, 1);
  });
  it('a page with no recognisable article becomes one untitled article, nothing dropped', () => {
    const arts = result.archive.articles.filter((a) => a.source.file === 'no-article.txt');
    assert.equal(arts.length, 1);
    assert.equal(arts[0]?.headline, null);
    assert.ok(said('no-article.txt').some((m) => /untitled/.test(m)));
  });
  it('the same page under two names is reported and kept once', () => {
    const names = ['000 副本.txt', '000_78348f0966f3b958.txt'];
    const reports = names.flatMap((n) => said(n)).filter((m) => /same page as/.test(m));
    assert.equal(reports.length, 1, names.flatMap(said).join('\n'));
    assert.equal(result.archive.pages.filter((p) => names.includes(p.source)).length, 1);
  });
  it('HTML in a page is shown as text', () => {
    const a = result.archive.articles.find((x) => x.source.file === 'html.txt');
    const page = readFileSync(join(work, 'site-mixed', a!.url, 'index.html'), 'utf8');
    assert.ok(!page.includes('<script>alert(1)'));
  });
  it('a file name with spaces and Chinese characters builds', () => {
    assert.ok(result.archive.articles.some((a) => a.source.file === '第 3 版 示范区.txt'));
  });
});

/** Every file of a built site, by its path inside it. */
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name).slice(dir.length)).sort();

/** A bundle's fragment files, each with its inode (the same inode: the file was not written again). */
const fragmentFiles = (site: string, bundle: string): Map<string, number> => {
  const dir = join(site, 'pagefind', bundle, 'fragment');
  return new Map(readdirSync(dir).map((n) => [n, statSync(join(dir, n)).ino]));
};

/** Two sites with the same files, byte for byte. */
function same(a: string, b: string): void {
  assert.deepEqual(files(a), files(b));
  for (const f of files(a)) assert.ok(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), `${f} differs`);
}

describe('reproducible builds', () => {
  it('two builds of the same input write byte-identical sites, the second from the parse cache', async () => {
    const a = join(work, 'r1');
    const b = join(work, 'r2');
    const cache = join(work, 'cache');
    await build({ seeds: good, out: a, cache });
    await build({ seeds: good, out: b, cache });
    same(a, b);
  });
  it('rendered in Eleventy runs of 7 pages, the site is the same as rendered in one', async () => {
    const one = join(work, 'c1');
    const many = join(work, 'c7');
    await build({ seeds: good, out: one, cache: false, index: false });
    const logged: string[] = [];
    await build({ seeds: good, out: many, cache: false, index: false, renderChunk: 7, log: (l) => logged.push(l) });
    assert.ok(logged.some((l) => /^rendered 14\/\d+ pages$/.test(l)), `rendered in one run: ${logged.join('; ')}`);
    same(many, one);
  });
});

describe('rebuilds render only what changed', () => {
  const all = readdirSync(join(ROOT, 'seeds')).sort(); // what the good folder holds
  /** A seeds folder holding the first `n` good pages, built once with a cache. */
  async function builtWith(name: string, n: number): Promise<{ seeds: string; site: string; cache: string }> {
    const dirs = { seeds: join(work, `${name}-seeds`), site: join(work, `${name}-site`), cache: join(work, `${name}-cache`) };
    mkdirSync(dirs.seeds);
    for (const f of all.slice(0, n)) copyFileSync(join(good, f), join(dirs.seeds, f));
    await build({ seeds: dirs.seeds, out: dirs.site, cache: dirs.cache });
    return dirs;
  }
  /** A site's search bundles: months, and the newest month's tens of days (`2021-03-2`), oldest first. */
  const bundlesOf = (site: string): string[] => readdirSync(join(site, 'pagefind')).filter((d) => /^\d{4}-\d{2}(?:-[123])?$/.test(d)).sort();
  /** The newest bundle of a built site: ten days of the newest month (`2021-03-2`). */
  const newestBundle = (site: string): string => bundlesOf(site).at(-1)!;
  /** A page of the newest bundle not in the seeds: the file name gives its date, the last of the bundle's ten days. */
  const pageIn = (bundle: string): string => `${bundle.slice(0, 7)}-${({ 1: '10', 2: '20', 3: '28' } as Record<string, string>)[bundle.at(-1)!]}_09.txt`;
  /** Asserts that a site is what a full build of the seeds gives (built afresh into `<name>-full`). */
  async function sameAsFull(name: string, seeds: string, site: string, options: Partial<BuildOptions> = {}): Promise<void> {
    const full = join(work, `${name}-full`);
    rmSync(full, { recursive: true, force: true });
    await build({ seeds, out: full, cache: false, ...options });
    same(site, full);
  }
  it('adding a page, then removing one, gives the site a full build gives', async () => {
    const { seeds, site, cache } = await builtWith('inc', 4);
    copyFileSync(join(good, all[4]!), join(seeds, all[4]!));
    const added = await build({ seeds, out: site, cache });
    await sameAsFull('inc', seeds, site);
    assert.ok(added.timings.render !== undefined);
    rmSync(join(seeds, all[1]!));
    await build({ seeds, out: site, cache });
    await sameAsFull('inc', seeds, site);
  });
  it('adding a page to the newest month re-indexes its ten days only, and the site is what a full build gives', async () => {
    const { seeds, site, cache } = await builtWith('month', 5);
    const bundles = bundlesOf(site);
    const [older, newest] = [bundles[0]!, bundles.at(-1)!];
    assert.notEqual(older, newest);
    const stamp = (bundle: string) => statSync(join(site, 'pagefind', bundle, 'pagefind-entry.json'));
    const before = { older: stamp(older), newest: stamp(newest), fragments: fragmentFiles(site, newest) };
    // Another page of the newest month's newest ten days.
    assert.match(newest, /^\d{4}-\d{2}-[123]$/);
    writeFileSync(join(seeds, pageIn(newest)), freshPage(4, 11, 'B'));
    await build({ seeds, out: site, cache });
    assert.equal(stamp(older).ino, before.older.ino, `${older} was written again`);
    assert.equal(stamp(older).mtimeMs, before.older.mtimeMs, `${older} was written again`);
    // Written again: a new file (whose inode number may be the freed one's), at another time.
    assert.ok(stamp(newest).ino !== before.newest.ino || stamp(newest).mtimeMs !== before.newest.mtimeMs, `${newest} was not re-indexed`);
    // The month's articles that were there before keep their fragment files; the new page's are new.
    const after = fragmentFiles(site, newest);
    const kept = [...after].filter(([name, ino]) => before.fragments.get(name) === ino);
    assert.equal(kept.length, before.fragments.size, 'a fragment of an unchanged article was written again');
    assert.ok(after.size > before.fragments.size);
    await sameAsFull('month', seeds, site);
  });
  it("the first day of a month makes the month before one bundle again, its ten-day bundles gone; the site is what a full build gives", async () => {
    const { seeds, site, cache } = await builtWith('rollover', 5);
    const month = newestBundle(site).slice(0, 7);
    const [y, m] = month.split('-').map(Number) as [number, number];
    const next = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
    writeFileSync(join(seeds, `${next}_01.txt`), freshPage(4, 13, 'A'));
    await build({ seeds, out: site, cache });
    const bundles = bundlesOf(site);
    assert.ok(bundles.includes(month), bundles.join(' '));
    assert.deepEqual(bundles.filter((b) => b.startsWith(`${month}-`)), []);
    assert.equal(bundles.at(-1), `${next.slice(0, 7)}-1`);
    await sameAsFull('rollover', seeds, site);
  });
  it('a page edited with its size and times put back, and a sidecar added, are seen by the rebuild', async () => {
    const { seeds, site, cache } = await builtWith('edit', 5);
    // Files older than the last build: a rebuild takes them from the cache by their status alone.
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const f of readdirSync(seeds)) utimesSync(join(seeds, f), hourAgo, hourAgo);
    await build({ seeds, out: site, cache });
    const [first, second] = readdirSync(seeds).sort();
    const text = readFileSync(join(seeds, first!), 'utf8');
    const edited = text.replace('示范区', '开发区'); // as many bytes
    assert.notEqual(edited, text);
    writeFileSync(join(seeds, first!), edited);
    utimesSync(join(seeds, first!), hourAgo, hourAgo);
    writeFileSync(join(seeds, second!.replace(/\.txt$/, '.meta.json')), JSON.stringify({ pageName: '测试版' }));
    const rebuilt = await build({ seeds, out: site, cache });
    assert.ok(rebuilt.archive.pages.some((p) => p.name === '测试版'));
    await sameAsFull('edit', seeds, site);
  });
  it("keeps an older month's bundle in the cache, not the newest month's; a site lost is made again from it", async () => {
    const { seeds, site, cache } = await builtWith('older', 5);
    const newest = newestBundle(site);
    const january = `${newest.slice(0, 4)}-01`;
    assert.notEqual(january, newest.slice(0, 7));
    const copies = (key: string) => readdirSync(join(cache, 'pagefind')).filter((n) => n.slice(0, n.lastIndexOf('-')) === key && !n.endsWith('.keys'));
    assert.deepEqual(copies(newest), [], 'the newest month is in the cache');
    // A page from January of the newest month's year: that month's bundle is indexed and kept.
    writeFileSync(join(seeds, `${january}-05_09.txt`), freshPage(4, 12, 'A'));
    await build({ seeds, out: site, cache });
    assert.equal(copies(january).length, 1);
    // The site lost: January's bundle is linked from the cache (the same files), the newest month indexed again.
    rmSync(site, { recursive: true });
    await build({ seeds, out: site, cache });
    const entry = (dir: string) => statSync(join(dir, 'pagefind-entry.json')).ino;
    assert.equal(entry(join(site, 'pagefind', january)), entry(join(cache, 'pagefind', copies(january)[0]!)));
    await sameAsFull('older', seeds, site);
  });
  it("indexes a day added to the newest month over the month's records of the last build, as a full build would", async () => {
    const { seeds, site, cache } = await builtWith('guess', 5);
    const newest = newestBundle(site);
    writeFileSync(join(seeds, pageIn(newest)), freshPage(4, 11, 'B'));
    const logged: string[] = [];
    await build({ seeds, out: site, cache, log: (l) => logged.push(l) });
    const guessed = logged.find((l) => l.startsWith(`search: ${newest} indexed over`));
    assert.match(guessed ?? logged.join('\n'), /over the last build's [1-9]\d* records, [1-9]\d* added$/);
    await sameAsFull('guess', seeds, site);
    // A page of that month changed: the last build's records are not this one's first — the guess is dropped.
    writeFileSync(join(seeds, pageIn(newest)), freshPage(4, 12, 'C'));
    logged.length = 0;
    await build({ seeds, out: site, cache, log: (l) => logged.push(l) });
    assert.ok(!logged.some((l) => l.includes('indexed over')), logged.join('\n'));
    await sameAsFull('guess', seeds, site);
  });
  it('a correction merging articles of two pages, made and then taken back, gives the site a full build gives', async () => {
    const { seeds, site, cache } = await builtWith('corrected', 5);
    const [a, b] = fixtures().map((f) => parsePage(f.input, { file: seedName(f) }).articles[0]!.id);
    const corrections = join(work, 'corrected.yaml');
    for (const text of [`- merge: [${a}, ${b}]\n`, '[]\n']) {
      writeFileSync(corrections, text);
      await build({ seeds, out: site, cache, corrections });
      await sameAsFull('corrected', seeds, site, { corrections });
    }
  });
  it('a fragment left holding another article (as a clash of short hashes would leave it) is written again', async () => {
    const { seeds, site, cache } = await builtWith('clash', 5);
    const newest = newestBundle(site);
    const dir = join(site, 'pagefind', newest, 'fragment');
    const [a, b] = readdirSync(dir).sort();
    // Pagefind does not write a fragment whose file name is already there: b now holds a's article.
    rmSync(join(dir, b!));
    copyFileSync(join(dir, a!), join(dir, b!));
    writeFileSync(join(seeds, pageIn(newest)), freshPage(4, 11, 'B'));
    await build({ seeds, out: site, cache });
    await sameAsFull('clash', seeds, site);
  });
});

describe('npm run build on a real failure', () => {
  // As `npm run build` runs it: the bundled script (`scripts/run.mjs`).
  const run = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts/run.mjs'), 'build', ...args], { encoding: 'utf8', cwd: ROOT });
  it('exits non-zero with one clear line when the output cannot be written', () => {
    // A folder inside a file: no user, root included, can write there.
    const blocker = join(work, 'a-file');
    writeFileSync(blocker, '');
    const r = run(['--seeds', good, '--out', join(blocker, 'site')]);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr.trim(), /^build failed: cannot write the output folder .*a-file\/site/);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  });
  it('exits non-zero naming the corrections file when it is invalid', () => {
    const bad = join(work, 'bad-corrections.yaml');
    writeFileSync(bad, '- id: abc\n  colour: red\n');
    const r = run(['--seeds', good, '--out', join(work, 'x'), '--corrections', bad]);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /bad-corrections\.yaml: invalid correction/);
  });
  it('answers --help with its options, and an option it does not know with one line and them (exit 2)', () => {
    const help = run(['--help']);
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /^npm run build -- \[options\]/);
    assert.match(help.stdout, /--seeds DIR .*\n(.*\n)*.*--strict /);
    const wrong = run(['--seed', good]);
    assert.equal(wrong.status, 2);
    const [first, blank, usage] = wrong.stderr.split('\n');
    assert.deepEqual([first, blank, usage?.startsWith('npm run build')], ["Unknown option '--seed'", '', true]);
    assert.doesNotMatch(wrong.stderr, /^\s+at /m);
  });
  it('runs from a folder whose path has spaces and Chinese in it, and names its scripts when asked for another', () => {
    const copy = join(work, '报库 副本');
    for (const f of ['scripts', 'src', 'templates', '.eleventy.ts', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, f), join(copy, f), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    const r = spawnSync(process.execPath, [join(copy, 'scripts/run.mjs'), 'build', '--seeds', good, '--out', join(copy, '_site')], { encoding: 'utf8', cwd: copy });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^built: 5 pages read, 40 articles/m);
    assert.ok(existsSync(join(copy, '_site/index.html')));
    const wrong = spawnSync(process.execPath, [join(ROOT, 'scripts/run.mjs'), 'bulid'], { encoding: 'utf8', cwd: ROOT });
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /^usage: node scripts\/run\.mjs <script> .*build.*start/);
  });
  it('exits zero and lists the warnings when pages are merely odd', () => {
    const r = run(['--seeds', good, '--out', join(work, 'y')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /warning: 002_9d0e4784a406f90c\.txt:44: /);
    assert.match(r.stdout, /^built: 5 pages read, 40 articles, \d+ warnings/m);
  });
});

describe('an output folder the build must not empty', () => {
  it('refuses a file, a folder of other files, and a path that cannot be made, at once and in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baoku-out-'));
    const file = join(dir, 'notes.md');
    writeFileSync(file, 'mine');
    const mine = join(dir, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'thesis.docx'), 'mine');
    for (const [out, said] of [
      [file, /is a file, not a folder/],
      [mine, /holds files no build wrote \(thesis\.docx\)/],
      ['/proc/baoku-site', /cannot write the output folder/],
    ] as const) {
      await assert.rejects(build({ seeds: join(dir, 'none'), out, cache: false }), (e: unknown) => e instanceof BuildError && said.test(e.message) && !e.message.includes('\n'), out);
    }
    assert.equal(readFileSync(file, 'utf8'), 'mine');
    assert.equal(readFileSync(join(mine, 'thesis.docx'), 'utf8'), 'mine');
  });
});

describe('a page that would lose text', () => {
  it('is published with the lines no article holds kept apart on its 版面 page, and a warning a cached build repeats', async () => {
    const text = '本报讯（记者张三）1月5日，示范区召开会议。\n孤立的一行文字\n';
    const page = parsePage(text, { file: 'odd.txt' });
    // As if the parser had lost the second line (it reads it as the report's headline, printed under it).
    const a = page.articles[0]!;
    a.headline = null;
    a.body = [{ type: 'paragraph', text: '本报讯（记者张三）1月5日，示范区召开会议。' }];
    a.source = { ...a.source, end: 1, spans: [[1, 1]] };
    keepLostText(text, text.split('\n'), page);
    assert.deepEqual(page.dropped.map((d) => [d.line, d.text]), [[2, '孤立的一行文字']]);
    assert.match(page.warnings.at(-1)?.message ?? '', /^text the parser placed in no article: 7 characters/);
  });
});

describe('bad input files', () => {
  it('reads a UTF-8 page with three bad bytes, skips empty files, and names a sub-folder, each with a warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baoku-badfiles-'));
    const seeds = join(dir, 'seeds');
    mkdirSync(join(seeds, 'more'), { recursive: true });
    const good = '本报讯（记者张三）1月5日，新区召开会议，研究部署工作。\n';
    const damaged = Buffer.concat([Buffer.from('本报讯（记者李四）1月6日，新区'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('举行活动，群众踊跃参加。\n')]);
    writeFileSync(join(seeds, '2031-01-07_01.txt'), good);
    writeFileSync(join(seeds, '2031-01-07_02.txt'), damaged);
    writeFileSync(join(seeds, '2031-01-07_03.txt'), '');
    writeFileSync(join(seeds, '2031-01-07_04.txt'), '  \n\n \t\n');
    writeFileSync(join(seeds, 'more', '2031-01-08_01.txt'), good);
    const r = await build({ seeds, out: join(dir, 'site'), cache: false });
    const said = r.issues.map((i) => `${i.file}: ${i.message}`);
    assert.ok(said.some((s) => /^2031-01-07_02\.txt: 3 bytes that are not UTF-8 were replaced/.test(s)), said.join('\n'));
    assert.ok(said.includes('2031-01-07_03.txt: empty or blank file: not published'), said.join('\n'));
    assert.ok(said.includes('2031-01-07_04.txt: empty or blank file: not published'), said.join('\n'));
    assert.ok(said.some((s) => /^more\/: a sub-folder of the seeds folder is not read/.test(s)), said.join('\n'));
    assert.equal(r.archive.pages.length, 2, 'the two pages with text, no empty 版面');
    assert.ok(r.archive.articles.some((a) => a.body.some((b) => b.text.includes('举行活动'))));
    assert.ok(!existsSync(join(dir, 'site', '2031', '01', '07', '3')));
  });
  it('flags a page of far more articles than a printed page holds', async () => {
    const text = Array.from({ length: 120 }, (_, i) => `标题${i}号新闻\n\n本报讯（记者张三）1月5日，新区召开第${i}次会议。\n`).join('\n');
    const page = parsePage(text, { file: 'big.txt' });
    assert.ok(page.warnings.some((w) => /articles on one page .*is this one page\?/.test(w.message)));
  });
});

describe('the archive settings beside the seeds folder (archive.json)', () => {
  it('give the paper, the title and the address; a wrong setting fails in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baoku-config-'));
    mkdirSync(join(dir, 'seeds'));
    writeFileSync(join(dir, 'seeds', '2031-01-07_01.txt'), '新区召开会议\n\n本报讯（记者林舟）1月6日，新区召开会议，研究部署工作。\n');
    writeFileSync(join(dir, 'archive.json'), JSON.stringify({ paper: '临海日报', title: '临海日报数字报', siteUrl: 'https://news.example.org' }));
    const r = await build({ seeds: join(dir, 'seeds'), out: join(dir, 'site'), cache: false });
    const a = r.archive.articles[0]!;
    const html = readFileSync(join(dir, 'site', a.url, 'index.html'), 'utf8');
    assert.match(html, /林舟\. 新区召开会议\[N\/OL\]\. 临海日报, 2031-01-07\(1\)\[<span data-today>引用日期<\/span>\]\. https:\/\/news\.example\.org\/2031\/01\/07\//);
    assert.match(html, /<title>[^<]*临海日报数字报/);
    assert.ok(!r.issues.some((i) => /no paper's name/.test(i.message)));
    writeFileSync(join(dir, 'archive.json'), JSON.stringify({ papr: '临海日报' }));
    await assert.rejects(build({ seeds: join(dir, 'seeds'), out: join(dir, 'site'), cache: false }), (e: unknown) => e instanceof BuildError && e.message === 'archive.json: papr: no such field (the fields: paper, title, siteUrl)');
  });
});
