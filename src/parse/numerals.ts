/**
 * Dates and 版次 printed in Chinese numerals, as papers of earlier decades set
 * them (`一九九二年十月二十日`, `新华社北京十月十九日电`, `第二版`, `二〇〇五年`,
 * `廿五日`), read as figures. Only what reads a date or a page number sees
 * them so: an article's text keeps what was printed.
 */

/** A zero as type sets it (`〇`, `零`, `○`) and as OCR reads it (`O`, `Ｏ`, `0`). */
const DIGIT: Record<string, number> = { 〇: 0, 零: 0, '○': 0, Ｏ: 0, O: 0, '0': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

const UNIT = '[一二三四五六七八九]';
const DAY = `(?:三十一?|[二廿]十?${UNIT}?|卅一?|十${UNIT}?|${UNIT})`;
/**
 * A year of four numerals before 年; a month before 月; a day after a month or a
 * lead (`本报讯 廿九日`), or before a wire marker's 电 (`十四日电`); a 版次 between 第 and 版.
 */
const NUMERALS = new RegExp(
  `([一二][〇零○ＯO0一二三四五六七八九]{3})(?=\\s*年)` +
    `|(十[一二]?|${UNIT})(?=\\s*月)` +
    `|(?<=(?:月|[讯电）)】])\\s*)(${DAY})(?=\\s*日)` +
    `|(${DAY})(?=日[电讯])` +
    `|(?<=第\\s*)([一二三四五六七八九十]{1,3})(?=\\s*版)`,
  'g',
);
/** Checked first: most lines hold none of these forms (`三年`, `一日`, `十分` are none). */
const MAYBE = /[〇零○ＯO0一二三四五六七八九]{4}\s*年|[一二三四五六七八九十]\s*月|[一二三四五六七八九十廿卅]日[电讯]|[讯电）)】]\s*[一二三四五六七八九十廿卅]|第\s*[一二三四五六七八九十]{1,3}\s*版/;

/** A number in numerals: digit by digit (`一九八五`), or with tens (`十六`, `二十`, `廿五`, `三十一`). */
function valueOf(s: string): number {
  if (!/[十廿卅]/.test(s)) return Number([...s].map((c) => DIGIT[c] ?? 0).join(''));
  let tens = 1;
  let rest = s;
  if (s.startsWith('廿')) [tens, rest] = [2, s.slice(1)];
  else if (s.startsWith('卅')) [tens, rest] = [3, s.slice(1)];
  else if (s[0] !== '十') [tens, rest] = [DIGIT[s[0] as string] ?? 0, s.slice(2)];
  else rest = s.slice(1);
  if (rest.startsWith('十')) rest = rest.slice(1);
  return tens * 10 + (rest ? (DIGIT[rest] ?? 0) : 0);
}

/**
 * The text with the numerals of its dates and 版次 written as figures.
 * @example inFigures('一九九二年十月二十日 星期二') // '1992年10月20日 星期二'
 * @example inFigures('第二版 经济新闻') // '第2版 经济新闻'
 */
export function inFigures(text: string): string {
  if (!MAYBE.test(text)) return text;
  return text.replace(NUMERALS, (m) => String(valueOf(m)));
}
