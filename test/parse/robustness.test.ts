/** Bad input gives warnings, never a crash; equal inputs give equal output. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { rng, shuffle } from '../../src/synth/random.ts';
import * as parseModule from '../../src/parse/index.ts';
import { checkLossless, parsePage } from '../../src/parse/index.ts';
import { Page } from '../../src/model.ts';
import { fixtures, seedName } from '../helpers/fixtures.ts';
import { propertyRuns } from '../helpers/property.ts';

const [first] = fixtures();

describe('bad input to the parser', () => {
  it('an empty page gives a warning and no articles', () => {
    const p = parsePage('', { file: 'empty.txt' });
    assert.equal(p.articles.length, 0);
    assert.ok(p.warnings.some((w) => w.message === 'empty page'));
  });
  it('a page with no recognisable article is published as one untitled article holding all its text', () => {
    const text = '这是一段没有导语的文字，记录了某地的一些情况。\n\n第二段文字，继续叙述，没有署名。';
    const p = Page.parse(parsePage(text, { file: 'plain.txt' }));
    assert.equal(p.articles.length, 1);
    assert.equal(p.articles[0]?.headline, null);
    assert.equal(checkLossless(text, p).total, 0);
    assert.ok(p.warnings.some((w) => /untitled/.test(w.message)));
  });
  it('a single 1 MB line parses without crashing and loses nothing', () => {
    const text = '本报讯（记者张三）1月5日，' + '示范区召开会议，研究部署工作。'.repeat(70_000);
    assert.ok(text.length > 1_000_000);
    const p = parsePage(text, { file: 'long.txt' });
    assert.equal(p.articles.length, 1);
    assert.equal(checkLossless(text, p).total, 0);
  });
  it('several PDF pages in one file are named with the line where one ends; the form feed after the last page is not', () => {
    const one = '本报讯（记者张三）1月5日，示范区召开会议。\n\f';
    assert.ok(!parsePage(one, { file: 'one.txt' }).warnings.some((w) => /PDF pages/.test(w.message)));
    const three = '本报讯（记者张三）1月5日，示范区召开会议。\n\f本报讯（记者李四）1月5日，全区开展检查。\n\f第三页正文。\n\f';
    const w = parsePage(three, { file: 'three.txt' }).warnings.find((x) => /PDF pages/.test(x.message));
    assert.match(w?.message ?? '', /holds 3 PDF pages \(a page ends at line 2, 3\)/);
    assert.equal(w?.line, 2);
  });
  it('HTML in the text stays text', () => {
    const text = '本报讯（记者张三）1月5日，<script>alert(1)</script>示范区召开会议。';
    const p = parsePage(text, { file: 'x.txt' });
    assert.match(p.articles[0]?.body[0]?.text ?? '', /<script>alert\(1\)<\/script>/);
  });
});

describe('equal input, equal output', () => {
  it('CRLF, BOM and LF versions of a page give the same page model', () => {
    const lf = parsePage(first!.input, { file: seedName(first!) });
    assert.deepEqual(parsePage(first!.input.replace(/\n/g, '\r\n'), { file: seedName(first!) }), lf);
    assert.deepEqual(parsePage('\uFEFF' + first!.input, { file: seedName(first!) }), lf);
  });
});

describe('public surface', () => {
  it('parse/index exports parsePage and checkLossless, nothing else', () => {
    assert.deepEqual(Object.keys(parseModule).sort(), ['checkLossless', 'parsePage']);
  });
  it('the page model has the fields the site and the scorer read', () => {
    assert.deepEqual(Object.keys(Page.shape).sort(), ['articles', 'dropped', 'furniture', 'issueDate', 'issueDateSource', 'layout', 'printed', 'source', 'warnings', 'year']);
  });
});

describe('text as extraction tools scramble it loses nothing', () => {
  const inputs = fixtures().map((f) => f.input.split('\n'));
  /** A fixture's lines set side by side, blank lines added or removed, blocks in another order. */
  const scramble = (which: number, seed: number): string => {
    const random = rng(seed);
    const lines = [...(inputs[which] as string[])];
    const out: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const r = random();
      const line = lines[i] as string;
      if (r < 0.15 && i + 1 < lines.length) out.push(`${line}${' '.repeat(1 + Math.floor(random() * 8))}${lines[++i]}`);
      else if (r < 0.2) out.push(line, '');
      else if (r < 0.25 && line.trim() === '') continue;
      else out.push(line);
    }
    const blocks = out.join('\n').split(/\n\n+/);
    return shuffle(random, blocks).join('\n\n');
  };
  const lost = (text: string) => {
    const report = checkLossless(text, parsePage(text, { file: 'scrambled.txt' }));
    return { total: report.total, missing: JSON.stringify(report.missing.slice(0, 5)) };
  };
  it('lines set side by side, blank lines added or removed, blocks in another order: every character is kept', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: inputs.length - 1 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (which, seed) => {
        const { total, missing } = lost(scramble(which, seed));
        assert.equal(total, 0, missing);
      }),
      propertyRuns(),
    );
  });
  it('keeps headline lines that found no text when the report they stood over goes on with the paragraph before', () => {
    // Cases the property found: a caption's lines set as headlines beside it, one of them taken by the
    // caption's paragraph, and the text under them joined to it.
    for (const [which, seed] of [[0, 701165519], [1, 1194785758]] as const) {
      const { total, missing } = lost(scramble(which, seed));
      assert.equal(total, 0, `fixture ${which}, seed ${seed}: ${missing}`);
    }
  });
  it('keeps a picture\'s title whose caption is a paragraph the extraction repeated (dropped as a repeat)', () => {
    // A case the property found: a subhead over a repeated paragraph and a credit, another headline under it.
    const { total, missing } = lost(scramble(2, 147836622));
    assert.equal(total, 0, missing);
  });
});
