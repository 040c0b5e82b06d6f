/**
 * Pages set in traditional characters, as papers of Hong Kong, Macao, Taiwan and
 * overseas print them, in the three extraction styles: read as the same pages in
 * simplified characters are, their text given back as printed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../src/model.ts';
import { checkLossless, parsePage } from '../../src/parse/index.ts';
import { readTraditional } from '../../src/parse/traditional.ts';

const parse = (lines: string[]) => {
  const text = lines.join('\n');
  const page = parsePage(text, { file: 'p.txt' });
  assert.equal(checkLossless(text, page).total, 0, 'no text lost');
  return page;
};
const body = (a: Article) => a.body.map((b) => b.text).join('');
const read = (a: Article) => [a.headline?.main, a.byline.reporters, a.byline.correspondents, a.date];

describe('pages in traditional characters', () => {
  it('reads the characters of the conventions in simplified forms, one for one, and gives them back', () => {
    assert.equal(readTraditional('本报讯（记者 秦朗）7月3日'), null);
    const r = readTraditional('本報訊（記者 陳偉明）3月15日電');
    assert.equal(r?.text, '本报讯（记者 陈偉明）3月15日电');
    assert.equal(r?.restore('本报讯（记者 陈偉明）'), '本報訊（記者 陳偉明）');
  });
  it('leaves a traditional form as printed where the page prints its simplified form too, or another traditional form of it', () => {
    const r = readTraditional('皇后來訪後，爲民為民');
    assert.equal(r?.text, '皇后来访後，为民為民');
    assert.equal(r?.restore(r.text), '皇后來訪後，爲民為民');
  });
  it('reads narrow columns, headlines after their text, with the masthead at the foot (style A)', () => {
    const p = parse([
      ' 本報訊（記者陳偉明） 3 月',
      '15日，市政府召開全市經濟工',
      '作會議，總結去年工作，部署今',
      '年任務。',
      '市政府召開經濟工作會議',
      '',
      ' 本報訊（通訊員 黃麗華）日',
      '前，市圖書館推出“閱讀進社',
      '區”活動，爲居民送去圖書兩',
      '千餘冊。',
      '圖書館送書進社區',
      '',
      '　　港島日報　2023年3月16日　星期四　第3版　要聞　責任編輯：李國強',
      '',
    ]);
    assert.deepEqual(p.printed, { paper: '港島日報', pageNumber: 3, pageName: '要聞' });
    assert.equal(p.issueDate, '2023-03-16');
    assert.deepEqual(p.articles.map(read), [
      ['市政府召開經濟工作會議', ['陳偉明'], [], '2023-03-15'],
      ['圖書館送書進社區', [], ['黃麗華'], null],
    ]);
    assert.equal(body(p.articles[0] as Article), '本報訊（記者陳偉明）3月15日，市政府召開全市經濟工作會議，總結去年工作，部署今年任務。');
  });
  it('reads an export with a paragraph a line: wire copy, and a feature signed 文/圖 (style B)', () => {
    const p = parse([
      '港島日報 2023年3月16日 星期四 第A5版 港聞 責任編輯：李國強',
      '',
      '市政府召開經濟工作會議',
      '本報訊（記者 陳偉明）3月15日，市政府召開全市經濟工作會議，總結去年工作，部署今年任務。',
      '會議要求，各部門要緊盯目標，狠抓落實。',
      '',
      '前兩月經濟運行總體平穩',
      '新華社北京3月15日電（記者 王小明）國家統計局15日發佈數據，前兩月經濟運行總體平穩。',
      '',
      '春日踏青好時節',
      '本報記者 張曉東 文/圖',
      '春天來了，郊外的油菜花開得正旺。',
      '',
    ]);
    assert.deepEqual(p.printed, { paper: '港島日報', pageNumber: 5, pageName: '港聞' });
    assert.deepEqual(p.articles.map((a) => [a.kind, ...read(a), a.byline.photographers]), [
      ['news', '市政府召開經濟工作會議', ['陳偉明'], [], '2023-03-15', []],
      ['news', '前兩月經濟運行總體平穩', ['王小明'], [], '2023-03-15', []],
      ['feature', '春日踏青好時節', ['張曉東'], [], '2023-03-16', ['張曉東']],
    ]);
    assert.equal(p.articles[2]?.byline.text, '本報記者 張曉東 文/圖');
  });
  it('reads markdown (style C)', () => {
    const p = parse([
      '# 港島日報',
      '',
      '2023年3月16日 星期四 第3版',
      '',
      '## 市政府召開經濟工作會議',
      '',
      '本報訊（記者 陳偉明）3月15日，市政府召開全市經濟工作會議。',
      '',
      '## 圖書館送書進社區',
      '',
      '本報訊（通訊員 黃麗華）日前，市圖書館推出“閱讀進社區”活動。',
      '',
    ]);
    assert.deepEqual(p.printed, { paper: '港島日報', pageNumber: 3 });
    assert.deepEqual(p.articles.map(read), [
      ['市政府召開經濟工作會議', ['陳偉明'], [], '2023-03-15'],
      ['圖書館送書進社區', [], ['黃麗華'], null],
    ]);
  });
});
