import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyCorrections, Corrections } from '../src/archive/corrections.ts';
import { parsePage } from '../src/parse/index.ts';
import { fixtures, seedName } from './helpers/fixtures.ts';

const pages = fixtures().map((f) => parsePage(f.input, { file: seedName(f) }));
const first = pages[0]!.articles[0]!;
const second = pages[0]!.articles[1]!;

describe('corrections', () => {
  it('fixes a headline, a date and a byline by id, and notes it on the article', () => {
    const c = Corrections.parse([{ id: first.id, headline: { main: '更正后的标题' }, date: '2020-01-15', byline: { reporters: ['李娜'] }, note: '标题据原报校正' }]);
    const { pages: out, problems } = applyCorrections(pages, c);
    const a = out[0]!.articles[0]!;
    assert.deepEqual(problems, []);
    assert.equal(a.headline?.main, '更正后的标题');
    assert.equal(a.date, '2020-01-15');
    assert.deepEqual(a.byline.reporters, ['李娜']);
    assert.deepEqual(a.corrections, ['标题据原报校正']);
    assert.equal(a.id, first.id, 'the id stays, so the URL stays');
  });
  it('merges two articles into the first', () => {
    const { pages: out } = applyCorrections(pages, Corrections.parse([{ merge: [first.id, second.id] }]));
    const a = out[0]!.articles[0]!;
    assert.equal(out[0]!.articles.length, pages[0]!.articles.length - 1);
    assert.equal(a.body.length, first.body.length + second.body.length);
  });
  it('splits an article where a paragraph begins', () => {
    const at = first.body[2]!.text.slice(0, 8);
    const { pages: out } = applyCorrections(pages, Corrections.parse([{ split: first.id, before: at, headline: { main: '后半篇' } }]));
    const [a, b] = out[0]!.articles;
    assert.equal(a!.body.length, 2);
    assert.equal(b!.headline?.main, '后半篇');
    assert.ok(b!.body[0]!.text.startsWith(at));
    assert.notEqual(b!.id, a!.id);
  });
  it('names the pages it changed, each page an article of a merge came from', () => {
    const other = pages[1]!.articles[0]!;
    assert.deepEqual([...applyCorrections(pages, Corrections.parse([{ id: first.id, kind: 'feature' }])).changed], [pages[0]!.source]);
    assert.deepEqual([...applyCorrections(pages, Corrections.parse([{ merge: [first.id, other.id] }])).changed].sort(), [pages[0]!.source, pages[1]!.source].sort());
    assert.deepEqual([...applyCorrections(pages, Corrections.parse([{ split: first.id, before: first.body[2]!.text.slice(0, 8) }])).changed], [pages[0]!.source]);
    assert.deepEqual([...applyCorrections(pages, Corrections.parse([{ id: 'nosuchid', headline: null }])).changed], []);
  });
  it('reports a correction whose target no longer exists', () => {
    const { problems } = applyCorrections(pages, Corrections.parse([{ id: 'nosuchid', headline: null }, { merge: ['x1', first.id] }]));
    assert.deepEqual(problems.map((p) => p.index), [0, 1]);
    assert.match(problems[0]!.message, /no article nosuchid/);
  });
  it('refuses a correction with an unknown field', () => {
    assert.equal(Corrections.safeParse([{ id: 'a', colour: 'red' }]).success, false);
  });
});
