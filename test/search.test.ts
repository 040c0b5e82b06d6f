import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArchive, type ArchiveArticle } from '../src/archive/index.ts';
import { parsePage } from '../src/parse/index.ts';
import { decodeCbor, fragmentUrl, metaFragments, PagefindFormatError } from '../src/search/pagefind-meta.ts';
import { addBundle, bundleMonth, candidates, decodeSet, directoryFiles, encodeSet, fileOf, KeySet, lookup, queryKeys } from '../src/search/directory.ts';
import { indexText, phraseParts, queryWords } from '../src/search/normalize.ts';
import { bundleKey, searchableText, shardRecords, shardsOf, UNDATED_SHARD } from '../src/search/record.ts';

describe('search bundles', () => {
  it('are months, the newest month its tens of days, and the undated articles', () => {
    assert.equal(bundleKey('2019-05-23'), '2019-05');
    assert.equal(bundleKey('2019-04-30', '2019-05'), '2019-04');
    assert.deepEqual(['2019-05-01', '2019-05-10', '2019-05-11', '2019-05-20', '2019-05-21', '2019-05-31'].map((d) => bundleKey(d, '2019-05')), ['2019-05-1', '2019-05-1', '2019-05-2', '2019-05-2', '2019-05-3', '2019-05-3']);
    assert.equal(bundleKey(null, '2019-05'), UNDATED_SHARD);
    assert.deepEqual(['2019-05-2', '2019-05', UNDATED_SHARD].map(bundleMonth), ['2019-05', '2019-05', null]);
  });
  const article = (id: string, issueDate: string | null, date = issueDate) =>
    ({ id, url: `/${id}/`, date, issueDate, title: id, titleDerived: false, kind: 'news', headline: null, groupTitle: null, body: [], people: [] }) as unknown as ArchiveArticle;
  it('come newest first, each record naming its bundle', () => {
    const shards = shardsOf({ articles: [article('a', '2018-12-31'), article('b', null), article('c', '2019-05-23'), article('d', '2019-05-02'), article('e', '2019-02-11')] });
    assert.deepEqual(shards.map((s) => [s.key, s.articles.map((a) => a.id).join('')]), [['2019-05-3', 'c'], ['2019-05-1', 'd'], ['2019-02', 'e'], ['2018-12', 'a'], [UNDATED_SHARD, 'b']]);
    assert.deepEqual(shardRecords(shards[2]!).map((r) => r.filters.bundle), [['2019-02']]);
    assert.deepEqual(shardRecords(shards[0]!).map((r) => [r.filters.bundle, r.filters.month]), [[['2019-05-3'], ['2019-05']]]);
  });
  it('make a month one bundle again once a day of the next is added', () => {
    const may = [article('a', '2019-05-02'), article('b', '2019-05-15'), article('c', '2019-05-31')];
    assert.deepEqual(shardsOf({ articles: may }).map((s) => s.key), ['2019-05-3', '2019-05-2', '2019-05-1']);
    assert.deepEqual(shardsOf({ articles: [...may, article('d', '2019-06-01')] }).map((s) => [s.key, s.articles.length]), [['2019-06-1', 1], ['2019-05', 3]]);
  });
  it('file an article under the day it was printed, whatever date its lead gives', () => {
    // Printed in May: one lead dates its story in March, another (misread) in 2091.
    const shards = shardsOf({ articles: [article('a', '2019-04-30'), article('b', '2019-05-20', '2019-03-28'), article('c', '2019-05-21', '2091-01-05'), article('d', null, '2018-02-03')] });
    assert.deepEqual(shards.map((s) => [s.key, s.articles.map((a) => a.id).join('')]), [['2019-05-3', 'c'], ['2019-05-2', 'b'], ['2019-04', 'a'], ['2018-02', 'd']]);
    const [b] = shardRecords(shards[1]!);
    assert.deepEqual([b?.meta.date, b?.filters.month, b?.sort.date], ['2019-05-20', ['2019-05'], '2019-05-20']);
  });
});

describe('reading a Pagefind bundle', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  it('decodes the CBOR Pagefind writes: lists, text, numbers, maps', () => {
    // [ "1.6", [ ["und_ab", 500, ""] ], {"a": -2} ]
    const cbor = bytes(0x83, 0x63, 0x31, 0x2e, 0x36, 0x81, 0x83, 0x66, ...Buffer.from('und_ab'), 0x19, 0x01, 0xf4, 0x60, 0xa1, 0x61, 0x61, 0x21);
    assert.deepEqual(decodeCbor(cbor), ['1.6', [['und_ab', 500, '']], new Map([['a', -2]])]);
  });
  it('refuses what it cannot read, saying where', () => {
    assert.throws(() => decodeCbor(bytes(0x83, 0x01)), /CBOR ends at byte 2/);
    assert.throws(() => decodeCbor(bytes(0x9f, 0x01, 0xff)), /indefinite lengths/);
    assert.throws(() => decodeCbor(bytes(0x01, 0x02)), /ends at byte 1 of 2/);
  });
  it('finds the fragments a meta file names, and the URL a fragment is of', () => {
    const mark = [...Buffer.from('pagefind_dcd')];
    const meta = bytes(...mark, 0x82, 0x63, 0x31, 0x2e, 0x36, 0x82, 0x82, 0x65, ...Buffer.from('und_a'), 0x01, 0x82, 0x65, ...Buffer.from('und_b'), 0x02);
    assert.deepEqual(metaFragments(meta), ['und_a', 'und_b']);
    assert.throws(() => metaFragments(bytes(...mark, 0x81, 0x01)), PagefindFormatError);
    assert.throws(() => metaFragments(bytes(0x81, 0x01)), /not a Pagefind file/);
    assert.equal(fragmentUrl(Uint8Array.from(Buffer.from('pagefind_dcd{"url":"/2015/07/05/x/","content":"字"}'))), '/2015/07/05/x/');
  });
});

describe('what search reads of an article', () => {
  it('holds a byline printed apart from the body, so that a name printed only there is found', () => {
    const text = '老街巷里的新生活\n\n本报记者 林舟\n\n清晨七点，老城区的巷子里已经热闹起来。\n\n湿地公园里，白鹭在水面上觅食嬉戏。\n\n本报记者 方远 摄\n';
    const archive = buildArchive([{ page: parsePage(text, { file: '2031-07-04_01.txt', meta: { issueDate: '2031-07-04' } }), meta: { issueDate: '2031-07-04' }, lines: text.split('\n') }]);
    const texts = archive.articles.map(searchableText).join('\n');
    assert.ok(texts.includes('林舟'), texts);
    assert.ok(texts.includes('方远'), texts);
  });
});

describe('the search directory', () => {
  const keysOf = (text: string) => {
    const k = new KeySet();
    k.addIndexed(indexText(text));
    return new Set(k.strings());
  };
  it('keys every word and every pair of neighbours, as a query asks for them', () => {
    const keys = keysOf('白鹭湖公园（一期）11.29公顷，ABC 项目');
    for (const q of ['白鹭湖', '湖公园', '园一期', '一期11.29公顷', '29', '11', 'abc项目', '公']) {
      for (const k of queryKeys(queryWords(q).map(phraseParts))) assert.ok(keys.has(k), `${q}: ${k}`);
    }
    assert.ok(!keys.has('白 湖'));
  });
  it('asks for a few pairs spread over a long word', () => {
    assert.deepEqual(queryKeys([['白', '鹭', '湖']]), ['白 鹭', '鹭 湖']);
    assert.deepEqual(queryKeys([['一', '二', '三', '四', '五', '六', '七']]), ['一 二', '三 四', '四 五', '六 七']);
    assert.deepEqual(queryKeys([['沁'], ['2020']]), ['沁', '2020']);
  });
  it('writes each key once, in the file its hash names, with its bundles as ranges', () => {
    const where = new Map<string, number[]>();
    addBundle(where, 0, ['白 鹭', '白']);
    addBundle(where, 1, ['白 鹭']);
    addBundle(where, 2, ['白 鹭', '湖']);
    const files = directoryFiles(where);
    assert.equal(files.length, 1);
    assert.deepEqual(lookup(files[0]!, '白 鹭'), [0, 1, 2]);
    assert.deepEqual(lookup(files[0]!, '白'), [0]);
    assert.equal(lookup(files[0]!, '鹭'), null);
    assert.equal(encodeSet([0, 1, 2, 5, 7, 8]), '0-2,5,7-8');
    assert.deepEqual(decodeSet('0-2,5,7-8'), [0, 1, 2, 5, 7, 8]);
    assert.deepEqual(candidates(3, [[0, 1, 2], [0, 2]]), [0, 2]);
    assert.deepEqual(candidates(3, [[0, 1], null]), []);
    assert.ok(fileOf('白 鹭', 64) >= 0 && fileOf('白 鹭', 64) < 64);
  });
});
