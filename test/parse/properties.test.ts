/**
 * Property tests: the gold pages' articles, laid out again in each extraction
 * style with other column widths, another order, other names and other years,
 * must parse back to the same articles.
 */
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Page } from '../../src/model.ts';
import { parsePage } from '../../src/parse/index.ts';
import { fixtures, seedName } from '../helpers/fixtures.ts';
import { compare, relayout } from '../helpers/relayout.ts';

const pages = fixtures().map((f) => parsePage(f.input, { file: seedName(f) }));
const RUNS = Number(process.env.PROPERTY_RUNS ?? 40);

describe('articles laid out again parse back to the same articles', () => {
  for (const style of ['A', 'B', 'C'] as const) {
    it(`in style ${style}, at any width, in any order, with other names and years`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: pages.length - 1 }),
          fc.integer({ min: 8, max: 22 }),
          fc.integer({ min: -30, max: 30 }),
          fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          (which, width, years, seed) => {
            const c = relayout(pages[which] as Page, style, width, years, seed);
            compare(c.expected, c.parsed, style, c.context);
          },
        ),
        { numRuns: RUNS },
      );
    });
  }
});
