import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inFigures } from '../../src/parse/numerals.ts';

describe('dates and 版次 in Chinese numerals', () => {
  it('reads years digit by digit, their zeros as type sets them and as OCR reads them', () => {
    assert.equal(inFigures('一九八五年'), '1985年');
    assert.equal(inFigures('二〇〇五年'), '2005年');
    assert.equal(inFigures('一九○五年'), '1905年');
    assert.equal(inFigures('二OO五年'), '2005年');
    assert.equal(inFigures('二0O八年'), '2008年');
  });
  it('reads months and days with their tens', () => {
    assert.equal(inFigures('三月十六日'), '3月16日');
    assert.equal(inFigures('十月一日'), '10月1日');
    assert.equal(inFigures('十一月二十日'), '11月20日');
    assert.equal(inFigures('十二月三十一日'), '12月31日');
    assert.equal(inFigures('二月廿五日'), '2月25日');
    assert.equal(inFigures('七月卅一日'), '7月31日');
    assert.equal(inFigures('一九八五年三月十六日 星期六'), '1985年3月16日 星期六');
  });
  it('reads a day with no month only where a lead or a wire marker puts it', () => {
    assert.equal(inFigures('新华社北京十四日电'), '新华社北京14日电');
    assert.equal(inFigures('本报讯廿九日下午'), '本报讯29日下午');
    assert.equal(inFigures('本报讯（记者陈平）四日，'), '本报讯（记者陈平）4日，');
    assert.equal(inFigures('一日三餐'), '一日三餐');
    assert.equal(inFigures('他用了十五日'), '他用了十五日');
  });
  it('reads a 版次 between 第 and 版', () => {
    assert.equal(inFigures('第二版 经济新闻'), '第2版 经济新闻');
    assert.equal(inFigures('第十二版'), '第12版');
  });
  it('leaves numerals that are no date alone: counts, a lunar month, words', () => {
    for (const s of ['一百二十万元', '三万余亩', '第一季度', '一个月', '正月十五', '正月十五日', '十五年来', '三年来', '一日三餐']) assert.equal(inFigures(s), s);
  });
});
