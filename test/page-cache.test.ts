/** The parse cache: which pages a rebuild takes as they were without reading them. */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseSeeds, ROOT } from '../scripts/lib/build.ts';
import { PageCache } from '../scripts/lib/page-cache.ts';
import type { SourcePage } from '../src/archive/index.ts';

const work = mkdtempSync(join(tmpdir(), 'baoku-cache-'));
after(() => rmSync(work, { recursive: true, force: true }));

const source = (text: string): SourcePage =>
  ({ page: { source: 'p.txt', articles: [], warnings: [] }, meta: {}, lines: text.split('\n') }) as unknown as SourcePage;

/** A page file, its times set `ago` ms back; what one build with a cache in `dir` kept of it. */
async function builtOnce(dir: string, name: string, ago: number, version = 'v1'): Promise<{ path: string; stamp: string }> {
  const path = join(work, name);
  writeFileSync(path, '一行\n两行');
  const t = new Date(Date.now() - ago);
  utimesSync(path, t, t);
  const cache = new PageCache(dir, version);
  const stamp = cache.stamp(path, null)!;
  cache.set('k1', source('一行\n两行'), path, stamp);
  await cache.save();
  return { path, stamp };
}

describe('the parse cache', () => {
  it('gives a file unchanged since the last build as that build had it, with its key', async () => {
    const dir = join(work, 'a');
    const { path, stamp } = await builtOnce(dir, 'a.txt', 3_600_000);
    const next = new PageCache(dir, 'v1');
    assert.equal(next.stamp(path, null), stamp);
    assert.deepEqual(next.unchanged(path, stamp)?.lines, ['一行', '两行']);
    assert.equal(next.unchanged(path, stamp)?.key, 'k1');
  });
  it('reads a file again when its status changed, even with its size and times put back', async () => {
    const dir = join(work, 'b');
    const { path, stamp } = await builtOnce(dir, 'b.txt', 3_600_000);
    writeFileSync(path, '一行\n三行'); // the same size
    const t = new Date(Date.now() - 3_600_000);
    utimesSync(path, t, t);
    const next = new PageCache(dir, 'v1');
    const now = next.stamp(path, null)!;
    assert.notEqual(now, stamp); // the time of the change to its status cannot be put back
    assert.equal(next.unchanged(path, now), null);
  });
  it('reads a file again that changed within two seconds of the last build (times kept to the second)', async () => {
    const dir = join(work, 'c');
    const { path, stamp } = await builtOnce(dir, 'c.txt', 500);
    assert.equal(new PageCache(dir, 'v1').unchanged(path, stamp), null);
  });
  it('reads a page again whose sidecar changed within two seconds of the last build', async () => {
    const dir = join(work, 'f');
    const path = join(work, 'f.txt');
    const sidecar = join(work, 'f.meta.json');
    writeFileSync(path, '一行');
    writeFileSync(sidecar, '{"pageName":"要闻"}');
    const t = new Date(Date.now() - 3_600_000);
    utimesSync(path, t, t);
    const cache = new PageCache(dir, 'v1');
    const stamp = cache.stamp(path, sidecar)!;
    cache.set('k1', source('一行'), path, stamp);
    await cache.save();
    assert.equal(new PageCache(dir, 'v1').unchanged(path, stamp), null);
    utimesSync(sidecar, t, t);
    const old = cache.stamp(path, sidecar)!;
    cache.set('k1', null, path, old);
    await cache.save();
    assert.deepEqual(new PageCache(dir, 'v1').unchanged(path, old)?.lines, ['一行']);
  });
  it('reads every file again for another parser', async () => {
    const dir = join(work, 'd');
    const { path, stamp } = await builtOnce(dir, 'd.txt', 3_600_000, 'v1');
    assert.equal(new PageCache(dir, 'v2').unchanged(path, stamp), null);
  });
  it('counts a sidecar added, changed or removed as a change of its page', async () => {
    const dir = join(work, 'e');
    const { path, stamp } = await builtOnce(dir, 'e.txt', 3_600_000);
    const sidecar = join(work, 'e.meta.json');
    writeFileSync(sidecar, '{"pageName":"要闻"}');
    const cache = new PageCache(dir, 'v1');
    const withSidecar = cache.stamp(path, sidecar)!;
    assert.notEqual(withSidecar, stamp);
    writeFileSync(sidecar, '{"pageName":"综合"}');
    const changed = cache.stamp(path, sidecar)!;
    assert.notEqual(changed, withSidecar);
    rmSync(sidecar);
    assert.equal(cache.stamp(path, sidecar), null); // the build then reads the page, and finds no sidecar
  });
});

describe('reading the pages with a cache', () => {
  it('says a page must be parsed before it parses any (jieba starts then), and nothing when none must', async () => {
    const seeds = join(work, 'seeds');
    mkdirSync(seeds);
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const f of readdirSync(join(ROOT, 'seeds'))) {
      copyFileSync(join(ROOT, 'seeds', f), join(seeds, f));
      utimesSync(join(seeds, f), hourAgo, hourAgo);
    }
    const files = () => readdirSync(seeds).sort().map((f) => join(seeds, f));
    const read = async () => {
      const said: string[] = [];
      const sources = await parseSeeds(files(), [], true, { cache: new PageCache(join(work, 'seeds-cache'), 'v1'), log: () => said.push('read'), onChange: () => said.push('changed') });
      return { said: said.filter((s, i) => s !== said[i - 1]), sources };
    };
    const first = await read();
    assert.deepEqual(first.said, ['changed', 'read']);
    const again = await read();
    assert.deepEqual(again.said, ['read']);
    assert.deepEqual(again.sources, first.sources);
    // Touched, not changed: read again, its parse found by its text.
    const [touched] = files();
    utimesSync(touched!, new Date(), new Date());
    assert.deepEqual((await read()).said, ['read']);
    writeFileSync(join(seeds, '2020-02-01_01.txt'), '本报讯（记者张三）1月5日，示范区召开会议。\n');
    assert.deepEqual((await read()).said, ['changed', 'read']);
  });
});
