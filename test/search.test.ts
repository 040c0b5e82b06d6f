import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArchiveArticle } from '../src/archive/index.ts';
import { bundleKey, shardRecords, shardsOf, UNDATED_SHARD } from '../src/search/record.ts';

describe('search bundles', () => {
  it('cut the newest days finest: the newest 旬, the rest of its month, the rest of its year, each earlier year', () => {
    const newest = '2019-05-23';
    assert.equal(bundleKey('2019-05-23', newest), '2019-05-21');
    assert.equal(bundleKey('2019-05-21', newest), '2019-05-21');
    assert.equal(bundleKey('2019-05-20', newest), '2019-05');
    assert.equal(bundleKey('2019-05-01', newest), '2019-05');
    assert.equal(bundleKey('2019-04-30', newest), '2019');
    assert.equal(bundleKey('2019-01-01', newest), '2019');
    assert.equal(bundleKey('2018-05-23', newest), '2018');
    assert.equal(bundleKey(null, newest), UNDATED_SHARD);
    // The month's last 旬 runs to its end; the first has no rest of the month before it.
    assert.equal(bundleKey('2019-01-31', '2019-01-21'), '2019-01-21');
    assert.equal(bundleKey('2019-01-03', '2019-01-09'), '2019-01-01');
  });
  it('adding a day changes only the newest 旬 until a 旬 or a month closes', () => {
    const keys = (newest: string) => ['2019-05-03', '2019-05-12', '2019-05-19', '2019-04-30'].map((d) => bundleKey(d, newest));
    assert.deepEqual(keys('2019-05-19'), ['2019-05', '2019-05-11', '2019-05-11', '2019']);
    assert.deepEqual(keys('2019-05-20'), keys('2019-05-19'));
    assert.deepEqual(keys('2019-05-21'), ['2019-05', '2019-05', '2019-05', '2019']);
    assert.deepEqual(keys('2019-06-01'), ['2019', '2019', '2019', '2019']);
  });
  it('come newest first, each record naming its bundle', () => {
    const article = (id: string, date: string | null) => ({ id, url: `/${id}/`, date, issueDate: date, title: id, titleDerived: false, kind: 'news', headline: null, groupTitle: null, body: [], people: [] }) as unknown as ArchiveArticle;
    const shards = shardsOf({ articles: [article('a', '2018-12-31'), article('b', null), article('c', '2019-05-23'), article('d', '2019-05-02'), article('e', '2019-02-11')] });
    assert.deepEqual(shards.map((s) => [s.key, s.articles.map((a) => a.id).join('')]), [['2019-05-21', 'c'], ['2019-05', 'd'], ['2019', 'e'], ['2018', 'a'], [UNDATED_SHARD, 'b']]);
    assert.deepEqual(shardRecords(shards[1]!).map((r) => r.filters.bundle), [['2019-05']]);
  });
});
