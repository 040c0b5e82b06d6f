/**
 * What only an archive bigger than the seed pages shows, on a synthetic one of
 * 64 pages across a month's end (`npm run make-archive`):
 * - date order across search bundles: the index comes in bundles (a year, the
 *   newest days apart) and one year can span several; sorting by date must
 *   give the date order of the whole archive, and relevance ties go newest first;
 * - a tag's list longer than a page: full pages counted from the oldest, the
 *   newest on the first page, each reachable from it.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArchiveArticle } from '../../src/archive/index.ts';
import { build } from '../../scripts/lib/build.ts';
import { searchKey } from '../../scripts/lib/queries.ts';
import { serve } from '../../scripts/lib/static-server.ts';
import { makeArchive } from '../../scripts/lib/make-archive.ts';
import { searchDate } from '../../src/search/record.ts';

let dir = '';
let server: Server | null = null;
let origin = '';
let byPath = new Map<string, ArchiveArticle>();

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = mkdtempSync(join(tmpdir(), 'bundles-'));
  await makeArchive(64, join(dir, 'pages'), 5, '2015-06-24');
  const r = await build({ seeds: join(dir, 'pages'), out: join(dir, 'site'), cache: false, strictLossless: false });
  byPath = new Map(r.archive.articles.map((a) => [a.url, a]));
  server = await serve({ root: join(dir, 'site'), port: 0, host: '127.0.0.1' });
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(() => {
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('sorting by date orders the whole archive, across the month bundles; relevance ties go newest first', async ({ page }) => {
  const shards = (JSON.parse(readFileSync(join(dir, 'site/pagefind/shards.json'), 'utf8')) as { shards: string[] }).shards;
  expect(shards.filter((k) => k.startsWith('2015')).length).toBeGreaterThan(1);

  await page.goto(`${origin}/search/`);
  await page.waitForFunction(() => typeof window.baokuSearch === 'function');
  const article = (u: string) => byPath.get(new URL(u, origin).pathname) as ArchiveArticle;
  const dateOf = (a: ArchiveArticle) => searchDate(a) ?? '';
  const query = '发展';

  const newest = (await page.evaluate((q) => window.baokuSearch!(q, { sort: 'newest' }), query)).map(article);
  const dates = newest.map(dateOf);
  expect(new Set(dates.map((d) => d.slice(0, 7))).size).toBeGreaterThan(1);
  expect(dates).toEqual([...dates].sort().reverse());
  const oldest = (await page.evaluate((q) => window.baokuSearch!(q, { sort: 'oldest' }), query)).map(article).map(dateOf);
  expect(oldest).toEqual([...dates].sort());

  // Pagefind scores every match of an exact phrase the same: after the words
  // as typed, ties go newest first, across the bundles too.
  const ranked = (await page.evaluate((q) => window.baokuSearch!(q), query)).map(article).map(dateOf);
  expect(ranked).toEqual(dates);
  const [first, second] = ['示范区', '建设'];
  const two = (await page.evaluate((q) => window.baokuSearch!(q), `${first} ${second}`)).map(article);
  const adjacent = two.map((a) => searchKey(a).includes(first + second));
  expect(adjacent.some(Boolean) && adjacent.some((x) => !x)).toBe(true);
  expect(adjacent.indexOf(false)).toBeGreaterThan(adjacent.lastIndexOf(true));
  for (const group of [two.filter((_, i) => adjacent[i]), two.filter((_, i) => !adjacent[i])]) {
    const d = group.map(dateOf);
    expect(d).toEqual([...d].sort().reverse());
  }
});

test('the newest month, searched in bundles of ten days, is found whole by its month filter and by a date range', async ({ page }) => {
  const shards = (JSON.parse(readFileSync(join(dir, 'site/pagefind/shards.json'), 'utf8')) as { shards: string[] }).shards;
  const newestMonth = [...byPath.values()].map((a) => searchDate(a) ?? '').sort().at(-1)?.slice(0, 7) ?? '';
  expect(shards[0]).toMatch(new RegExp(`^${newestMonth}-[123]$`));
  await page.goto(`${origin}/search/`);
  await page.waitForFunction(() => typeof window.baokuSearch === 'function');
  const query = '发展';
  const holding = [...byPath.values()].filter((a) => searchKey(a).includes(query));
  const inMonth = (m: string) => holding.filter((a) => (searchDate(a) ?? '').startsWith(m)).map((a) => a.url).sort();
  for (const month of [newestMonth, shards.find((k) => k.length === 7) ?? '']) {
    expect(inMonth(month).length).toBeGreaterThan(0);
    const byFilter = await page.evaluate(([q, m]) => window.baokuSearch!(q, { filters: { month: [m] } }), [query, month] as const);
    expect(byFilter.map((u) => new URL(u, origin).pathname).sort()).toEqual(inMonth(month));
    const byRange = await page.evaluate(([q, m]) => window.baokuSearch!(q, { from: `${m}-01`, to: `${m}-31` }), [query, month] as const);
    expect(byRange.map((u) => new URL(u, origin).pathname).sort()).toEqual(inMonth(month));
  }
});

test('a long list: the newest on the tag\'s own page, older ones a hundred a page, every article reachable', async ({ page }) => {
  const tags = new Map<string, ArchiveArticle[]>();
  for (const a of byPath.values()) for (const k of a.keywords) tags.set(k, [...(tags.get(k) ?? []), a]);
  const [name, articles] = [...tags].sort((a, b) => b[1].length - a[1].length)[0]!;
  expect(articles.length).toBeGreaterThanOrEqual(200);

  await page.goto(`${origin}/tags/${encodeURIComponent(name)}/`);
  await expect(page.locator('main p').first()).toContainText(`${articles.length} 篇`);
  const older = page.locator('nav.list-pages a');
  const pages = await older.count();
  expect(pages).toBe(Math.floor(articles.length / 100) - 1);
  const items = page.locator('ol.items > li');
  expect(await items.count()).toBe(articles.length - 100 * pages);
  await expect(page.locator('ol.items')).toHaveAttribute('start', String(articles.length));

  const seen = new Set(await items.locator('a.item-title').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)));
  // The newest full page: linked from the first page, and back.
  await older.first().click();
  await expect(page.locator('h1')).toContainText(`（第 ${pages} 页）`);
  await expect(page.locator('ol.items')).toHaveAttribute('start', String(100 * pages));
  for (const p of await items.locator('a.item-title').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))) seen.add(p);
  while ((await page.locator('nav.pager a[rel="next"]').count()) > 0) {
    await page.locator('nav.pager a[rel="next"]').click();
    expect(await items.count()).toBe(100);
    for (const p of await items.locator('a.item-title').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))) seen.add(p);
  }
  await expect(page.locator('h1')).toContainText('（第 1 页）');
  expect(seen.size).toBe(articles.length);
  await page.locator('nav.pager a[rel="prev"]').click();
  await expect(page.locator('h1')).toContainText(pages > 1 ? '（第 2 页）' : name);
});
