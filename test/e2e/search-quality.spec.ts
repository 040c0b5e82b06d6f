/**
 * Search returns exactly the articles that contain what the reader typed,
 * measured in the browser with the real Pagefind bundle over a query set built
 * from the archive (≥ 150 queries). Fails below recall 1.00 or precision 0.99,
 * or when the count the search page shows is not the number of articles.
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { buildArchive } from '../../src/archive/index.ts';
import { parseSeeds, ROOT } from '../../scripts/lib/build.ts';
import { buildQueries, truth, type QueryClass } from '../../scripts/lib/queries.ts';
import { readdirSync } from 'node:fs';

test('every query finds all the articles containing it and no others', async ({ page }, info) => {
  const seeds = join(ROOT, 'seeds');
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seeds, f));
  const archive = buildArchive(await parseSeeds(files, [], true));
  const queries = buildQueries(archive.articles);
  expect(queries.length).toBeGreaterThanOrEqual(150);

  await page.goto('search/');
  await page.waitForFunction(() => typeof window.baokuSearch === 'function');
  const { got, counts } = await page.evaluate(async (qs) => {
    const got: Record<string, string[]> = {};
    const counts: Record<string, number> = {};
    for (const q of qs) {
      got[q] = await window.baokuSearch!(q);
      // The count the search page shows, made apart from the ordered results.
      counts[q] = await window.baokuCount!(q);
    }
    return { got, counts };
  }, queries.map((q) => q.q));

  const base = new URL(info.project.use.baseURL ?? '/').pathname;
  const strip = (u: string) => '/' + new URL(u, 'http://x/').pathname.slice(base.length).replace(/^\/+/, '');
  const rows = new Map<QueryClass, { n: number; recall: number; precision: number; worstR: number; worstP: number }>();
  const failures: string[] = [];
  for (const { q, kind } of queries) {
    const want = truth(archive.articles, q);
    const have = new Set((got[q] ?? []).map(strip));
    const hit = [...have].filter((u) => want.has(u)).length;
    const recall = want.size ? hit / want.size : 1;
    const precision = have.size ? hit / have.size : 1;
    if (recall < 1 || precision < 1) failures.push(`${kind} 「${q}」: ${have.size} found, ${want.size} contain it, ${hit} right`);
    if (counts[q] !== want.size) failures.push(`${kind} 「${q}」: counted ${counts[q]}, ${want.size} contain it`);
    const row = rows.get(kind) ?? { n: 0, recall: 0, precision: 0, worstR: 1, worstP: 1 };
    row.n++;
    row.recall += recall;
    row.precision += precision;
    row.worstR = Math.min(row.worstR, recall);
    row.worstP = Math.min(row.worstP, precision);
    rows.set(kind, row);
  }
  const table = [...rows].map(([k, r]) => `| ${k} | ${r.n} | ${(r.recall / r.n).toFixed(2)} (${r.worstR.toFixed(2)}) | ${(r.precision / r.n).toFixed(2)} (${r.worstP.toFixed(2)}) |`);
  const n = queries.length;
  const recall = [...rows.values()].reduce((s, r) => s + r.recall, 0) / n;
  const precision = [...rows.values()].reduce((s, r) => s + r.precision, 0) / n;
  const report = ['| class | queries | recall mean (worst) | precision mean (worst) |', '|---|---|---|---|', ...table, `| all | ${n} | ${recall.toFixed(3)} | ${precision.toFixed(3)} |`].join('\n');
  console.log(report);
  await info.attach('search-quality.md', { body: report + '\n\n' + failures.join('\n'), contentType: 'text/markdown' });
  expect(recall, failures.join('\n')).toBe(1);
  expect(precision, failures.join('\n')).toBeGreaterThanOrEqual(0.99);
  expect(failures.filter((f) => f.includes('counted')), 'the counts shown').toEqual([]);
});
