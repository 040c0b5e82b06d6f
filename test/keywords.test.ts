import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cutDictionaries, readDictionaries, type Dictionaries } from '../src/search/dictionary.ts';
import { extractKeywords, loadDictionary, type KeywordInput } from '../src/search/keywords.ts';
import { parsePage } from '../src/parse/index.ts';
import { loadCut, readWhole } from '../scripts/lib/keywords-worker.ts';
import { fixtures } from './helpers/fixtures.ts';

/** The numbers jieba takes from its files, computed as its C++ does. */
function jiebaNumbers(d: Dictionaries) {
  const lines = (t: string) => t.split('\n').slice(0, t.endsWith('\n') ? -1 : undefined);
  const freqs = lines(d.dict).map((l) => Number(l.split(' ')[1]));
  const sorted = [...freqs].sort((a, b) => a - b);
  const idf = lines(d.idf);
  let sum = 0;
  for (const l of idf) sum += parseFloat(l.split(' ')[1]!);
  return {
    sum: freqs.reduce((a, b) => a + b, 0),
    min: sorted[0],
    median: sorted[Math.floor(sorted.length / 2)],
    idfAverage: sum / idf.length,
  };
}

const words = (text: string) => text.split('\n').filter(Boolean).map((l) => l.split(' ')[0]!);

/** A small random dictionary of words over a few characters, and its idf list, by seed. */
function randomDictionaries(seed: number): Dictionaries {
  let s = seed;
  const random = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const chars = '甲乙丙丁戊己庚辛壬癸子丑寅卯';
  const word = () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => chars[Math.floor(random() * chars.length)]).join('');
  const dict = Array.from({ length: 40 + Math.floor(random() * 40) }, () => `${word()} ${1 + Math.floor(random() * 500)} n`);
  const idf = Array.from({ length: 30 + Math.floor(random() * 30) }, () => `${word()} ${(random() * 12).toFixed(9)}`);
  return { dict: dict.join('\n') + '\n', idf: idf.join('\n') + '\n' };
}

describe('jieba dictionaries cut to the texts', () => {
  it('keeps the words that occur and the numbers jieba takes from the whole', () => {
    const whole: Dictionaries = {
      dict: '甲乙 100 n\n乙丙 50 n\n丙 10 n\n丁 5 n\n戊己 20 n\n己 7 n\n',
      idf: '甲乙 3.5\n丁 11.25\n乙丙 7.125\n戊己 2.0\n',
    };
    const cut = cutDictionaries(readDictionaries(whole)!, ['甲乙丙'])!;
    const kept = words(cut.dict).filter((w) => !/[\ue000-\uf8ff]/.test(w));
    assert.deepEqual(kept, ['甲乙', '乙丙', '丙']);
    assert.deepEqual(words(cut.idf).filter((w) => !/[\ue000-\uf8ff]/.test(w)), ['甲乙', '乙丙']);
    assert.deepEqual(jiebaNumbers(cut), jiebaNumbers(whole));
  });

  it('keeps them for random dictionaries and texts, with fillers no text holds', () => {
    let cuts = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const whole = randomDictionaries(seed);
      const texts = [['甲乙丙', '丁戊', '子丑寅卯'][seed % 3]!, seed % 2 ? '\ue000己庚' : '辛'];
      const cut = cutDictionaries(readDictionaries(whole)!, texts);
      if (!cut) continue; // nearly nothing left out
      cuts++;
      assert.deepEqual(jiebaNumbers(cut), jiebaNumbers(whole), `seed ${seed}`);
      for (const w of words(cut.dict)) {
        if (/[\ue000-\uf8ff]/.test(w)) assert.ok(!texts.some((t) => [...w].some((c) => t.includes(c))), `filler ${w} is in a text`);
        else assert.ok(texts.some((t) => [...w].every((c) => t.includes(c))), `${w} cannot occur`);
      }
      for (const w of words(cut.idf)) if (!/[\ue000-\uf8ff]/.test(w)) assert.ok(texts.some((t) => [...w].every((c) => t.includes(c))), `${w} cannot occur`);
    }
    assert.ok(cuts > 150, `only ${cuts} of 200 were cut`);
  });

  it('does not cut what it could not keep exactly', () => {
    assert.equal(readDictionaries({ dict: '甲 1.5 n\n', idf: '甲 1.0\n' }), null);
    assert.equal(readDictionaries({ dict: '甲 1\n', idf: '甲 1.0\n' }), null);
    // Every word occurs: nothing left out to make the fillers of.
    assert.equal(cutDictionaries(readDictionaries({ dict: '甲 3 n\n乙 4 n\n', idf: '甲 1.0\n' })!, ['甲乙']), null);
  });

  it('gives jieba the same keywords as the whole dictionary, weights and all', async () => {
    const pages = fixtures().map((f) => ({ f, page: parsePage(f.input, { file: `${f.name}.txt` }) }));
    const articles: KeywordInput[] = pages.flatMap(({ f, page }) => page.articles.map((a, i) => ({ id: `${f.name}-${i}`, text: a.body.map((b) => b.text).join('\n') })));
    // The bylines' names, added to the dictionary as the build adds them (at the median weight).
    const names = [...new Set(pages.flatMap(({ page }) => page.articles.flatMap((a) => [...a.byline.reporters, ...a.byline.correspondents])))];
    assert.ok(names.length > 3);
    // And words that are in the texts, as a name in an article's text would be.
    names.push(...articles.slice(0, 6).map((a) => a.text.replace(/[^\u4e00-\u9fff]/g, '').slice(20, 23)));
    const whole = await readWhole();
    assert.ok(whole, 'the whole dictionaries could not be read to be cut');
    // One page's articles (a day added), then every page's.
    for (const some of [articles.slice(0, 8), articles]) {
      loadDictionary();
      const expected = extractKeywords(some, names, 15);
      assert.equal(await loadCut(whole, some), 'cut');
      assert.deepEqual(extractKeywords(some, names, 15), expected);
    }
    assert.ok(articles.length > 20);
  });
});

describe('the dictionary jieba ships', () => {
  it('is cut to a page a small part of itself', async () => {
    const whole = (await readWhole())!;
    const text = readFileSync(join(fixtures()[0]!.dir, 'input.txt'), 'utf8');
    const kept = words(cutDictionaries(whole, [text])!.dict).length;
    assert.ok(kept < whole.dict.lines.length / 10, `${kept} of ${whole.dict.lines.length} words kept`);
  });
});

describe('tags', () => {
  it('leave out words every report has and keep a name jieba cuts short whole', async () => {
    const text = '王家鹏强调，必须更加重视防汛工作。该区防汛物资储备充足。王家鹏到防汛一线检查堤坝，王家鹏要求各地做好防汛准备。';
    const tags = extractKeywords([{ id: 'a', text }], [], 8).get('a') ?? [];
    assert.ok(tags.includes('防汛'), tags.join(' '));
    for (const noise of ['必须', '更加', '该区', '王家']) assert.ok(!tags.includes(noise), `${noise} in ${tags.join(' ')}`);
    if (tags.some((t) => t.startsWith('王家'))) assert.ok(tags.includes('王家鹏'), tags.join(' '));
  });
});
