import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArchive, deriveTitle, withKeywords, type SourcePage } from '../src/archive/index.ts';
import { listPages } from '../src/archive/lists.ts';
import { sitemapFiles, sitemapPaths } from '../src/eleventy/sitemap.ts';
import { chunks, plan, prepare, type RenderSet } from '../src/archive/plan.ts';
import { parsePage } from '../src/parse/index.ts';
import { issueFor } from '../src/eleventy/date-pick.ts';
import { citation } from '../src/eleventy/format.ts';
import { fixtures, seedName } from './helpers/fixtures.ts';

const sources: SourcePage[] = fixtures().map((f) => ({ page: parsePage(f.input, { file: seedName(f) }), meta: {}, lines: f.input.split('\n') }));

describe('the archive', () => {
  it('keeps every article URL when another page is added or removed', () => {
    const all = new Map(buildArchive(sources).articles.map((a) => [a.id, a.url]));
    for (let skip = 0; skip < sources.length; skip++) {
      const fewer = buildArchive(sources.filter((_, i) => i !== skip));
      for (const a of fewer.articles) assert.equal(a.url, all.get(a.id));
    }
  });
  it('keeps the same page under two names once, and says so', () => {
    const first = sources[0]!;
    const twice = buildArchive([...sources, { ...first, page: { ...first.page, source: 'copy of first.txt' } }]);
    assert.equal(twice.pages.length, sources.length);
    assert.ok(twice.warnings.some((w) => w.file === 'copy of first.txt' && /same page/.test(w.message)));
  });
  it('links articles to their neighbours on the page, pages to theirs in the issue', () => {
    const archive = buildArchive(sources);
    const page = archive.pages[0]!;
    const [a, b] = page.articles;
    assert.equal(archive.byId.get(a!)?.next, b);
    assert.equal(archive.byId.get(b!)?.prev, a);
  });
  it('derives a title from the lead when the text has no headline', () => {
    assert.equal(deriveTitle('本报讯（记者张三）7月25日上午，示范区召开推进会。会议强调…'), '7月25日上午，示范区召开推进会');
  });
  it('indexes people by name with their articles, newest printed first', () => {
    const archive = buildArchive(sources);
    for (const p of archive.people) {
      const dates = p.articles.map((id) => archive.byId.get(id)?.issueDate ?? archive.byId.get(id)?.date ?? '');
      assert.deepEqual(dates, [...dates].sort().reverse(), p.name);
    }
  });
});

describe('the render plan', () => {
  it('is the same made with what was prepared before keywords, and a keyword changes its article\'s page', () => {
    const bare = buildArchive(sources);
    const keywords = new Map(bare.articles.map((a, i) => [a.id, i % 2 ? ['示范区', '建设'] : ['白鹭湖']]));
    const archive = withKeywords(bare, keywords);
    const direct = plan(archive, { base: '/' }, null).fingerprints;
    assert.deepEqual(plan(archive, { base: '/' }, null, prepare(bare)).fingerprints, direct);
    const first = bare.articles[0]!;
    const changed = plan(withKeywords(bare, new Map([...keywords, [first.id, ['别的']]])), { base: '/' }, direct, prepare(bare));
    assert.ok(changed.render.articles.some((a) => a.id === first.id));
    assert.ok(!changed.render.articles.some((a) => a.id === bare.articles[1]!.id));
  });
  it('cuts what to render into Eleventy runs of at most n pages, each page once and in order', () => {
    const { render } = plan(buildArchive(sources), {}, null);
    const flat = (sets: RenderSet[]) => sets.flatMap((s) => [...s.articles, ...s.issues, ...s.pages, ...s.people, ...s.tags, ...s.months, ...s.years]);
    for (const n of [1, 7, 1000]) {
      const runs = chunks(render, n);
      assert.ok(runs.every((r) => flat([r]).length <= n && flat([r]).length > 0));
      assert.deepEqual(flat(runs), flat([render]));
    }
    assert.equal(chunks({ articles: [], issues: [], pages: [], people: [], tags: [], months: [], years: [] }, 5).length, 1);
  });
});

describe('long lists', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `a${n - i}`); // newest first: a250 … a1
  it('are cut into full pages of 100 counted from the oldest, the newest 100–199 on the first page', () => {
    const pages = listPages({ url: '/tags/白鹭湖/', articles: ids(350) });
    assert.deepEqual(pages.map((p) => p.url), ['/tags/白鹭湖/', '/tags/白鹭湖/2/', '/tags/白鹭湖/1/']);
    assert.deepEqual(pages.map((p) => [p.from, p.to, p.ids.length]), [[201, 350, 150], [101, 200, 100], [1, 100, 100]]);
    assert.deepEqual(pages.flatMap((p) => p.ids), ids(350));
    assert.deepEqual(pages.map((p) => [p.newer, p.older]), [[null, '/tags/白鹭湖/2/'], ['/tags/白鹭湖/', '/tags/白鹭湖/1/'], ['/tags/白鹭湖/2/', null]]);
    assert.deepEqual(pages[0]!.pages, [{ n: 2, url: '/tags/白鹭湖/2/', newest: 'a200', oldest: 'a101' }, { n: 1, url: '/tags/白鹭湖/1/', newest: 'a100', oldest: 'a1' }]);
    assert.deepEqual(listPages({ url: '/people/x/', articles: ids(199) }).map((p) => p.ids.length), [199]);
    assert.deepEqual(listPages({ url: '/people/x/', articles: [] }).map((p) => p.ids.length), [0]);
  });
  it('a full page never changes as articles are added: a new day renders the first page, and a new full page when there is one', () => {
    const keyed = (n: number) => new Map(listPages({ url: '/t/', articles: ids(n) }).map((p) => [p.url, JSON.stringify({ ...p, of: null })]));
    for (let n = 100; n < 600; n++) {
      const [before, after] = [keyed(n), keyed(n + 1)];
      const changed = [...after].filter(([url, page]) => before.get(url) !== page).map(([url]) => url);
      assert.ok(changed.length <= 3 && changed.includes('/t/'), `${n} → ${n + 1}: ${changed.join(' ')}`);
      assert.ok([...before.keys()].every((url) => after.has(url)), `${n} → ${n + 1}: a page went`);
    }
  });
});

describe('the sitemap', () => {
  it('lists every address once, in files of at most the limit, the first starting with the home page', () => {
    const archive = buildArchive(sources);
    const paths = sitemapPaths(archive);
    assert.equal(new Set(paths).size, paths.length);
    assert.ok(archive.articles.every((a) => paths.includes(a.url)));
    const files = sitemapFiles(archive, 7);
    assert.equal(files.length, Math.ceil(paths.length / 7));
    assert.ok(files.every((f, i) => f.url === `/sitemap-${i + 1}.xml` && f.paths.length <= 7));
    assert.deepEqual(files.flatMap((f) => f.paths), paths);
    assert.equal(files[0]?.paths[0], '/');
    assert.equal(sitemapFiles(archive).length, 1);
  });
});

describe('lists of a person or a tag', () => {
  it('put the newest printed first, by the day printed, not by the date a lead gives', () => {
    const page = (day: string, lead: string) => {
      const text = `本报讯（记者林舟）${lead}，新区召开会议，研究部署${day}的工作。\n`;
      return { page: parsePage(text, { file: `${day}.txt`, meta: { issueDate: day } }), meta: { issueDate: day }, lines: text.split('\n') } satisfies SourcePage;
    };
    // Printed later, but its lead dates it weeks back.
    const archive = buildArchive([page('2031-03-01', '2月27日'), page('2031-03-20', '1月5日')]);
    const person = archive.people.find((p) => p.name === '林舟');
    const printed = person?.articles.map((id) => archive.byId.get(id)?.issueDate);
    assert.deepEqual(printed, ['2031-03-20', '2031-03-01']);
  });
});

describe('the date picker of 往期回顾', () => {
  it('opens the chosen day, else the nearest issue before it, else the first after it', async () => {
    const dates = ['2031-03-01', '2031-03-03', '2031-03-10'];
    assert.equal(issueFor('2031-03-03', dates), '2031-03-03');
    assert.equal(issueFor('2031-03-05', dates), '2031-03-03');
    assert.equal(issueFor('2031-02-01', dates), '2031-03-01');
    assert.equal(issueFor('2032-01-01', dates), '2031-03-10');
    assert.equal(issueFor('2031-03-05', []), null);
  });
});

describe('citations', () => {
  const archive = buildArchive(sources);
  const a = archive.articles.find((x) => x.people.length > 0 && !x.titleDerived)!;
  it('cite an online newspaper per GB/T 7714 where the site is known, with BibTeX and RIS beside it', async () => {
    const c = citation(a, { paper: '临海日报', url: 'https://example.org/x/', dateInferred: false, pageStated: true });
    assert.match(c.text, /^[^.]+\. .+\[N\/OL\]\. 临海日报, \d{4}-\d{2}-\d{2}\(\d+\)\[引用日期\]\. https:\/\/example\.org\/x\/\.$/);
    assert.deepEqual(c.notes, []);
    assert.match(c.bibtex, /^@article\{baoku-[a-z0-9]+,\n {2}author = \{.+\},\n {2}title = /);
    assert.match(c.ris, /^TY {2}- NEWS\nAU {2}- .+[\s\S]*T2 {2}- 临海日报[\s\S]*UR {2}- https:\/\/example\.org\/x\/\nLA {2}- zh\nER {2}- $/);
  });
  it('never name 本报, print a page number the file never stated, or hide an inferred date or a title taken from the lead', async () => {
    const derived = archive.articles.find((x) => x.titleDerived)!;
    const c = citation(derived, { paper: null, url: null, dateInferred: true, pageStated: false });
    assert.ok(!c.text.includes('本报,') && c.text.includes('［报纸名不详］'));
    assert.match(c.text, /\[N\]\. ［报纸名不详］, \d{4}-\d{2}-\d{2}\.$/, 'no (page), no URL');
    assert.ok(c.text.includes('［原文无标题］'));
    assert.deepEqual(c.notes.length, 4);
  });
});
