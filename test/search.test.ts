import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArchiveArticle } from '../src/archive/index.ts';
import { bundleKey, shardRecords, shardsOf, UNDATED_SHARD } from '../src/search/record.ts';

describe('search bundles', () => {
  it('are the newest month, the rest of its year, each earlier year', () => {
    const newest = '2019-05-23';
    assert.equal(bundleKey('2019-05-23', newest), '2019-05');
    assert.equal(bundleKey('2019-05-01', newest), '2019-05');
    assert.equal(bundleKey('2019-04-30', newest), '2019');
    assert.equal(bundleKey('2019-01-01', newest), '2019');
    assert.equal(bundleKey('2018-05-23', newest), '2018');
    assert.equal(bundleKey(null, newest), UNDATED_SHARD);
  });
  it('adding a day changes only the newest month until a month closes', () => {
    const keys = (newest: string) => ['2019-05-03', '2019-05-19', '2019-04-30'].map((d) => bundleKey(d, newest));
    assert.deepEqual(keys('2019-05-19'), ['2019-05', '2019-05', '2019']);
    assert.deepEqual(keys('2019-05-31'), keys('2019-05-19'));
    assert.deepEqual(keys('2019-06-01'), ['2019', '2019', '2019']);
  });
  it('come newest first, each record naming its bundle', () => {
    const article = (id: string, date: string | null) => ({ id, url: `/${id}/`, date, issueDate: date, title: id, titleDerived: false, kind: 'news', headline: null, groupTitle: null, body: [], people: [] }) as unknown as ArchiveArticle;
    const shards = shardsOf({ articles: [article('a', '2018-12-31'), article('b', null), article('c', '2019-05-23'), article('d', '2019-05-02'), article('e', '2019-02-11')] });
    assert.deepEqual(shards.map((s) => [s.key, s.articles.map((a) => a.id).join('')]), [['2019-05', 'cd'], ['2019', 'e'], ['2018', 'a'], [UNDATED_SHARD, 'b']]);
    assert.deepEqual(shardRecords(shards[1]!).map((r) => r.filters.bundle), [['2019']]);
  });
});
