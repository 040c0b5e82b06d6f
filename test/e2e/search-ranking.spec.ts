/**
 * Ranking as the search issue asks: the query as typed (words adjacent) above
 * looser matches, and the sort switch giving newest or oldest first.
 */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive, type ArchiveArticle } from '../../src/archive/index.ts';
import { parseSeeds, ROOT } from '../../scripts/lib/build.ts';
import { searchKey } from '../../scripts/lib/queries.ts';
import { searchDate } from '../../src/search/record.ts';

async function articles(): Promise<Map<string, ArchiveArticle>> {
  const seeds = join(ROOT, 'seeds');
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seeds, f));
  return new Map(buildArchive(await parseSeeds(files, [], true)).articles.map((a) => [a.url, a]));
}

test('two words: the articles that have them side by side come first; sort by date both ways', async ({ page }, info) => {
  const byUrl = await articles();
  const base = new URL(info.project.use.baseURL ?? '/').pathname;
  const article = (u: string) => byUrl.get('/' + new URL(u, 'http://x/').pathname.slice(base.length).replace(/^\/+/, ''))!;
  await page.goto('search/');
  await page.waitForFunction(() => typeof window.baokuSearch === 'function');

  const [first, second] = ['示范区', '党工委'];
  const ranked = (await page.evaluate((q) => window.baokuSearch!(q), `${first} ${second}`)).map(article);
  const adjacent = ranked.map((a) => searchKey(a).includes(first + second));
  expect(adjacent.some(Boolean)).toBe(true);
  expect(adjacent.some((x) => !x)).toBe(true);
  // Every article with the words side by side ranks above every article without.
  expect(adjacent.indexOf(false)).toBeGreaterThan(adjacent.lastIndexOf(true));

  const dateOf = (a: ArchiveArticle) => searchDate(a) ?? '';
  const newest = (await page.evaluate((q) => window.baokuSearch!(q, { sort: 'newest' }), first)).map(article).map(dateOf);
  expect(newest).toEqual([...newest].sort().reverse());
  const oldest = (await page.evaluate((q) => window.baokuSearch!(q, { sort: 'oldest' }), first)).map(article).map(dateOf);
  expect(oldest).toEqual([...oldest].sort());
  expect(oldest.length).toBeGreaterThan(10);
});

test('two words: the page a reader opens shows, once the count is in, the first page in rank order', async ({ page }) => {
  // 示范区 and 党工委 stand in most months, side by side in fewer: the first page is shown from the
  // newest months, and set in rank order (side by side first) once every month has been counted.
  await page.goto(`search/?q=${encodeURIComponent('示范区 党工委')}`);
  await page.waitForFunction(() => document.getElementById('search-status')?.getAttribute('data-phase') === 'done', null, { timeout: 30_000 });
  const shown = await page.$$eval('#search-results .result-title', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const ranked = await page.evaluate(async () => (await window.baokuSearch!('示范区 党工委')).map((u) => new URL(u, location.href).pathname));
  expect(shown.length).toBe(10);
  expect(shown).toEqual(ranked.slice(0, 10));
});
