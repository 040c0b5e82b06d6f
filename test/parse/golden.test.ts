import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Page } from '../../src/model.ts';
import { checkLossless, parsePage } from '../../src/parse/index.ts';
import { expected, fixtures, seedName } from '../helpers/fixtures.ts';
import { scorePage, summarize } from '../helpers/score.ts';

const all = fixtures();

describe('golden fixtures: each page parses to its expected page model', () => {
  for (const f of all) {
    it(`${f.name} parses as recorded in expected.json`, () => {
      const page = parsePage(f.input, { file: seedName(f) });
      assert.deepEqual(page, expected(f.dir, 'expected.json', page));
    });
  }
});

describe('every page model is valid and loses no text', () => {
  for (const f of all) {
    it(`${f.name} validates against the schema and keeps every character`, () => {
      const page = Page.parse(parsePage(f.input, { file: seedName(f) }));
      const loss = checkLossless(f.input, page);
      assert.equal(loss.total, 0, `lost: ${JSON.stringify(loss.missing.slice(0, 10))}`);
    });
  }
});

describe('the parser reads the gold pages as a careful reader does', () => {
  const scored = all.filter((f) => f.gold).map((f) => ({ f, s: scorePage(f.gold!, parsePage(f.input, { file: seedName(f) })) }));
  const summary = summarize(scored.map((x) => x.s));
  const misses = scored.flatMap(({ f, s }) => s.misses.map((m) => `${f.name}: ${m}`)).join('\n');

  it('finds every article and no other (segment F1 = 100)', () => assert.equal(summary.segment_f1, 100, misses));
  it('gives every headline as printed, and none where the text has none', () => {
    assert.equal(summary.headline, 100, misses);
    assert.equal(summary.no_headline_kept_empty, 100, misses);
  });
  it('dates every dateline', () => assert.equal(summary.date, 100, misses));
  it('names every reporter, correspondent and photographer', () => assert.equal(summary.byline, 100, misses));
  it('tells news, features and photos apart', () => assert.equal(summary.kind, 100, misses));
  it('reads bodies exactly (≥ 95 %)', () => assert.ok(summary.body_exact >= 95, `${summary.body_exact}\n${misses}`));
  it('leaves no layout space between Chinese characters and no furniture in articles', () => {
    assert.equal(summary.cjk_gaps, 0);
    assert.equal(summary.furniture_leaks, 0);
  });
});
