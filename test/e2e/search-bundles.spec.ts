/**
 * Date order across search bundles. The index comes in bundles (a year, and the
 * newest days apart), and one year can span several of them: sorting by date
 * must give the date order of the whole archive, not of each bundle, and ties
 * in relevance go newest first. A synthetic archive across a month's end has
 * several bundles in one year.
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
import { makeArchive } from '../../scripts/make-archive.ts';

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

test('sorting by date orders the whole archive, across the bundles of one year; relevance ties go newest first', async ({ page }) => {
  const shards = (JSON.parse(readFileSync(join(dir, 'site/pagefind/shards.json'), 'utf8')) as { shards: string[] }).shards;
  expect(shards.filter((k) => k.startsWith('2015')).length).toBeGreaterThan(1);

  await page.goto(`${origin}/search/`);
  await page.waitForFunction(() => typeof window.baokuSearch === 'function');
  const article = (u: string) => byPath.get(new URL(u, origin).pathname) as ArchiveArticle;
  const dateOf = (a: ArchiveArticle) => a.date ?? a.issueDate ?? '';
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
