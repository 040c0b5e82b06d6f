/** The real build, seeds → _site, into a temporary folder, checked as a user would look at it. */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build, ROOT, type BuildResult } from '../scripts/lib/build.ts';
import { candidates, DIRECTORY, fileOf, type Listing, lookup, queryKeys } from '../src/search/directory.ts';
import { normalizeForSearch, phraseParts, queryWords } from '../src/search/normalize.ts';
import { bundleKey, searchableText, shardsOf } from '../src/search/record.ts';

const work = mkdtempSync(join(tmpdir(), 'baoku-build-'));
const seeds = join(work, 'seeds');
const out = join(work, 'site');
let result: BuildResult;

const XSS = '本报讯（记者张三）1月5日，<script>alert(1)</script>示范区召开会议，<img src=x onerror=alert(2)>研究部署工作。\n';

before(async () => {
  mkdirSync(seeds);
  for (const f of readdirSync(join(ROOT, 'seeds'))) copyFileSync(join(ROOT, 'seeds', f), join(seeds, f));
  writeFileSync(join(seeds, 'zz-script.txt'), XSS);
  result = await build({ seeds, out, cache: false });
});
after(() => rmSync(work, { recursive: true, force: true }));

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));

describe('npm run build', () => {
  it('opens an issue and the home page with a table of its 版面 that jumps to each', () => {
    for (const file of [join(out, result.archive.issues[0]!.url, 'index.html'), join(out, 'index.html')]) {
      const page = readFileSync(file, 'utf8');
      const toc = /<nav class="toc" aria-label="本期版面">([\s\S]*?)<\/nav>/.exec(page)?.[1] ?? '';
      const jumps = [...toc.matchAll(/href="#(p\d+)"/g)].map((m) => m[1]);
      assert.ok(jumps.length > 0, file);
      for (const id of jumps) assert.ok(page.includes(`id="${id}"`), `${file}: #${id}`);
    }
  });
  it('writes no localhost address without a site URL, and leaves out what needs an absolute one', () => {
    const html = walk(out).filter((f) => /\.(html|xml|txt|json)$/.test(f));
    for (const f of html) assert.ok(!readFileSync(f, 'utf8').includes('localhost'), f);
    assert.ok(!existsSync(join(out, 'feed.xml')) && !existsSync(join(out, 'sitemap.xml')) && !existsSync(join(out, 'sitemap-1.xml')));
    assert.equal(readFileSync(join(out, 'robots.txt'), 'utf8'), 'User-agent: *\nAllow: /\n');
    const article = readFileSync(join(out, result.archive.articles[0]!.url, 'index.html'), 'utf8');
    assert.ok(!article.includes('rel="canonical"') && !article.includes('og:url') && !article.includes('订阅'));
  });
  it('reads every seed page and publishes every article at a dated URL', () => {
    assert.equal(result.pagesRead, 6);
    assert.ok(result.articles >= 41);
    for (const a of result.archive.articles) {
      assert.match(a.url, /^\/(\d{4}\/\d{2}\/\d{2}|undated)\/[a-z0-9]+\/$/);
      assert.ok(existsSync(join(out, a.url, 'index.html')), a.url);
    }
  });
  it('writes a home page, a page per date and per 版面, a calendar and a search page, all in Chinese', () => {
    for (const p of ['index.html', 'search/index.html', 'calendar/index.html', 'people/index.html', '2020/index.html', '2020/01/index.html']) {
      assert.ok(existsSync(join(out, p)), p);
    }
    for (const issue of result.archive.issues) assert.ok(existsSync(join(out, issue.url, 'index.html')), issue.url);
    for (const page of result.archive.pages) assert.ok(existsSync(join(out, page.url, 'index.html')), page.url);
    for (const f of walk(out).filter((f) => f.endsWith('.html'))) assert.match(readFileSync(f, 'utf8'), /<html lang="zh-CN">/, f);
  });
  it('shows HTML in a page as text and runs none of it', () => {
    const a = result.archive.articles.find((x) => x.source.file === 'zz-script.txt');
    assert.ok(a);
    const html = readFileSync(join(out, a.url, 'index.html'), 'utf8');
    const body = html.slice(html.indexOf('<div class="body'));
    assert.ok(!/<script>alert/.test(body), 'script tag in the body');
    assert.ok(!/<img /.test(body), 'img tag in the body');
    assert.match(body, /&#x3C;script>alert\(1\)&#x3C;\/script>/);
  });
  it('writes a Pagefind bundle a month (the newest, ten days), newest first, together holding every article', () => {
    const { shards } = JSON.parse(readFileSync(join(out, 'pagefind/shards.json'), 'utf8')) as { shards: string[] };
    const dates = result.archive.articles.map((a) => a.issueDate ?? a.date);
    const newest = dates.reduce<string>((m, d) => (d && d.slice(0, 7) > m ? d.slice(0, 7) : m), '');
    const months = [...new Set(dates.map((d) => bundleKey(d, newest)))];
    assert.deepEqual(shards, months.filter((m) => m !== 'undated').sort().reverse().concat(months.includes('undated') ? ['undated'] : []));
    assert.ok(shards.some((s) => /^\d{4}-\d{2}$/.test(s)) && /^\d{4}-\d{2}-[123]$/.test(shards[0]!));
    assert.ok(shards.length > 3);
    let pages = 0;
    for (const s of shards) {
      assert.ok(existsSync(join(out, 'pagefind', s, 'pagefind.js')));
      assert.ok(!existsSync(join(out, 'pagefind', s, 'pagefind-ui.js')), 'Pagefind\'s own interface is not published');
      const entry = JSON.parse(readFileSync(join(out, 'pagefind', s, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      pages += Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    }
    assert.equal(pages, result.articles);
    assert.ok(existsSync(join(out, 'assets/search.js')));
  });
  it('writes a directory that names, for any run of an article\'s characters, that article\'s bundle', () => {
    const listing = JSON.parse(readFileSync(join(out, 'pagefind/shards.json'), 'utf8')) as Listing;
    const where = listing.where!;
    const bundlesOf = (q: string) =>
      candidates(listing.shards.length, queryKeys(queryWords(q).map(phraseParts)).map((k) => lookup(readFileSync(join(out, 'pagefind', DIRECTORY, `${fileOf(k, where.files)}.txt`), 'utf8'), k))).map((i) => listing.shards[i]);
    const shardOf = new Map(shardsOf(result.archive).flatMap((s) => s.articles.map((a) => [a.url, s.key])));
    let checked = 0;
    for (const a of result.archive.articles) {
      const text = normalizeForSearch(searchableText(a)).replace(/\s+/g, '');
      const bundle = shardOf.get(a.url);
      // Runs of 1 to 8 characters from all over the article, names and numbers among them.
      for (let at = 0; at < text.length; at += 17) {
        const end = at + 1 + (at % 8);
        const q = text.slice(at, end);
        // A number or a word of letters is searched whole (`8日` is not in `18日`).
        const cut = (a: string | undefined, b: string | undefined) => /[a-z0-9]/.test(a ?? '') && /[a-z0-9]/.test(b ?? '');
        if (!/[\p{Script=Han}a-z0-9]/u.test(q) || cut(text[at - 1], text[at]) || cut(text[end - 1], text[end])) continue;
        assert.ok(bundlesOf(q).includes(bundle), `${q} (${a.url}) not found in ${bundle}`);
        checked++;
      }
    }
    assert.ok(checked > 1000);
    // Words no article has: no bundle.
    assert.deepEqual(bundlesOf('鑫鑫鑫鑫'), []);
  });
  it('reports what it met, with file and line', () => {
    assert.ok(result.issues.some((i) => i.file === '002_9d0e4784a406f90c.txt' && i.line === 44 && /repeated/.test(i.message)));
  });
});
