/** The scorer the real-extraction tests and `npm run real-pages` use: how it matches articles. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePage } from '../src/parse/index.ts';
import { scorePage, type GoldPage } from './helpers/score.ts';

const gold = (body: string): GoldPage => ({
  seed: 't',
  year: 2031,
  issue_date: null,
  furniture: [],
  articles: [{ kind: 'photo', headline_compact: null, reporters: [], correspondents: [], photographers: [], date: null, body_compact: body }],
});

describe('fuzzy scoring', () => {
  const page = parsePage('东汀区湿地公固里，成群的白车在水面上现食嬉戏。\n', { file: 'p.txt' });
  it('matches a short text OCR misread by its characters, where its 3-grams fail', () => {
    const s = scorePage(gold('东江区湿地公园里，成群的白鹭在水面上觅食嬉戏。'), page, 'fuzzy');
    assert.equal(s.matched, 1, s.misses.join('\n'));
  });
  it('does not match a short text that is another', () => {
    const s = scorePage(gold('松林县新建的三所乡村学校正式投入使用。'), page, 'fuzzy');
    assert.equal(s.matched, 0);
  });
  it('matches exactly only the same text', () => {
    assert.equal(scorePage(gold('东江区湿地公园里，成群的白鹭在水面上觅食嬉戏。'), page, 'exact').matched, 0);
  });
});
