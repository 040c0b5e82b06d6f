/**
 * Dates: the year a page belongs to, and the date an article's lead gives.
 *
 * A dateline rarely prints its year (`5月8日，滨河区…`), so the page's year is
 * reasoned from what the page does print: an issue header, full dates in leads
 * (`2018年11月26日上午`), and years mentioned in the text, where a future target
 * (`到2035年`, `2035年远景目标`) or a starting point (`2015年3月1日建成以来`)
 * counts for little.
 */
import { LEAD } from './chars.ts';
import { inFigures } from './numerals.ts';

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export interface Dateline {
  date: string | null;
  dateEnd?: string;
  /** The expression that decided it: `5月3日至6日`, `日前`. */
  found: string | null;
}

/** `2018年11月26日`, `2018 年 11 月 27 日` (spaces already removed in clean text), `2018年5月3至6日`. */
const FULL_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})(?:日|(?=[至到\-—~～](?:\d{1,2}月)?\d{1,2}日))/g;
/** `5月8日`, and a span's first day without its 日: `5月3至6日`. */
const MONTH_DAY = /(\d{1,2})月(\d{1,2})(?:日|(?=[至到\-—~～](?:\d{1,2}月)?\d{1,2}日))/g;
/** The end of a span: `5月3日至6日`, `3月1日至3月5日`. */
const RANGE_END = /^[至到\-—~～](?:(\d{1,2})月)?(\d{1,2})日/;
/** Words that place an event without a date: `日前，记者从市统计局获悉`, `近日`, `昨日`, `去年以来`. */
const RELATIVE = /日前|近日|近期|昨日|昨天|今日|今天|前日|前天|连日来|以来/g;
/** A year in numerals: `一九八五年`, `二〇〇五年`. */
const YEAR_IN_NUMERALS = /[一二][〇零○ＯO0一二三四五六七八九]{3}年/;
/** A year in the text: `2020年`, `2020 年`. */
const YEAR = /(\d{4})\s*年/g;
/** A target or horizon, not the present: `到2035年`, `2035年远景目标`, `至2025年`. */
const FUTURE_BEFORE = /(?:到|至|展望)\s*$/;
const FUTURE_AFTER = /^\s*年\s*(?:远景|前|目标|奋斗目标|基本)/;
/** A starting point: `2015年3月1日建成以来`. */
const SINCE_AFTER = /^[^，。,；]{0,12}以来/;

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

export function isValidDate({ y, m, d }: YMD): boolean {
  if (m < 1 || m > 12 || d < 1 || y < MIN_YEAR || y > MAX_YEAR) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export const formatDate = ({ y, m, d }: YMD): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export function parseIso(s: string): YMD {
  const [y, m, d] = s.split('-').map(Number);
  return { y: y ?? 0, m: m ?? 0, d: d ?? 0 };
}

const dayNumber = ({ y, m, d }: YMD): number => Date.UTC(y, m - 1, d) / 86_400_000;

export function addDays(date: YMD, days: number): YMD {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Where the page stands in time: an exact reference date, or only a year. */
export interface PageTime {
  ref: YMD | null;
  year: number | null;
}

/**
 * Places a month and day in the year that puts it nearest the reference date:
 * a `12月29日` lead on a page of 2019-01-03 is 2018-12-29.
 */
export function placeMonthDay(m: number, d: number, time: PageTime): YMD | null {
  if (time.ref) {
    const ref = time.ref;
    let best: YMD | null = null;
    for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
      const c = { y, m, d };
      if (!isValidDate(c)) continue;
      if (!best || Math.abs(dayNumber(c) - dayNumber(ref)) < Math.abs(dayNumber(best) - dayNumber(ref))) best = c;
    }
    return best;
  }
  if (time.year !== null) {
    const c = { y: time.year, m, d };
    return isValidDate(c) ? c : null;
  }
  return null;
}

/** Every full date printed in the text. */
export function fullDates(text: string): YMD[] {
  const out: YMD[] = [];
  for (const m of inFigures(text).matchAll(FULL_DATE)) {
    const c = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    if (isValidDate(c)) out.push(c);
  }
  return out;
}

/**
 * The year a page's text speaks from, by weighted mentions; ties go to the later year.
 * @example pageYear('2015年3月1日建成以来…2018年，该区…') // 2018
 */
export function pageYear(text: string): number | null {
  const score = new Map<number, number>();
  const compact = text.replace(/\s+/g, '');
  const compactText = YEAR_IN_NUMERALS.test(compact) ? inFigures(compact) : compact;
  for (const m of compactText.matchAll(YEAR)) {
    const y = Number(m[1]);
    if (y < MIN_YEAR || y > MAX_YEAR) continue;
    const before = compactText.slice(Math.max(0, m.index - 3), m.index);
    const after = compactText.slice(m.index + 4);
    let w = 1;
    if (FUTURE_BEFORE.test(before) || FUTURE_AFTER.test(after)) w = 0;
    else if (SINCE_AFTER.test(after.slice(1))) w = 0.5;
    score.set(y, (score.get(y) ?? 0) + w);
  }
  let best: number | null = null;
  let bestScore = 0;
  for (const [y, s] of score) {
    if (s > bestScore || (s === bestScore && best !== null && y > best)) {
      best = y;
      bestScore = s;
    }
  }
  return bestScore > 0 ? best : null;
}

/** What OCR reads for the digit 1 in a date: `]月23日`, `1]月`, `l2月`. */
const OCR_ONE = /[\]\[lI|丨](?=\d{0,3}[月日])|(?<=\d)[\]\[lI|丨](?=\d{0,2}[月日])/g;

/** A date as OCR misreads it, read as printed: `1]月23日` → `11月23日`. The text itself is left as extracted. */
const ocrDigits = (s: string): string => s.replace(OCR_ONE, '1');
const HAS_OCR_ONE = new RegExp(OCR_ONE.source);

/**
 * The date a lead gives: the first date or time word in it. A relative word that
 * comes first means the lead gives no exact date (`日前，记者从…获悉` → null),
 * unless the issue date is known and the word is exact (`昨日` → the day before).
 * @example findDateline('本报讯（记者周文涛）5月3日至6日，滨河区…', {ref:null, year:2019})
 *   // {date:'2019-05-03', dateEnd:'2019-05-06', found:'5月3日至6日'}
 */
export function findDateline(text: string, time: PageTime, issueDate: YMD | null): Dateline {
  const plain = inFigures(text.replace(/\s+/g, ''));
  if (!HAS_OCR_ONE.test(plain)) return readDateline(plain, time, issueDate);
  // OCR reads a 1 as `]`, or adds a `]` beside one: read it both ways, and keep the date nearer the page's.
  const asOne = readDateline(ocrDigits(plain), time, issueDate);
  const dropped = readDateline(plain.replace(OCR_ONE, ''), time, issueDate);
  // Read without the mark, a date must still be a date (`]月17日` is no `月17日`, and a later 今天 is not its date).
  if (!/\d/.test(dropped.found ?? '')) return asOne.date || !dropped.date ? asOne : dropped;
  if (!time.ref || !asOne.date || !dropped.date) return asOne.date ? asOne : dropped;
  const ref = dayNumber(time.ref);
  return Math.abs(dayNumber(parseIso(dropped.date)) - ref) < Math.abs(dayNumber(parseIso(asOne.date)) - ref) ? dropped : asOne;
}

/**
 * A day with no month, as a local paper prints the days of its own week:
 * right after the lead's marker and byline (`本报讯（记者 张三）3日上午，…`) or
 * inside a wire marker (`新华社北京3日电`).
 */
const DAY_OPENS = /^(\d{1,2})日(?![\d至到—-])/;
/** Days of a span with no month: `2日至3日`, `2至3日`. Groups: first day, last day. */
const DAY_SPAN = /^(\d{1,2})日?[至到—~～-](\d{1,2})日/;
/** A day of the issue's month or the month before, said so: `本月3日`, `上月28日`. */
const MONTH_WORD_DAY = /^(本月|上月)(\d{1,2})日/;
const DAY_IN_MARKER = /(?<![\d月])(\d{1,2})日[电讯]$/;
/** A month OCR could not read, a mark for its figure (`本报北京/月25日讯`, `…）/月25日，`): the day is read alone. */
const GARBLED_MONTH = /^[^\d\u3400-\u9fff\s，。、（）()]月(\d{1,2})日/;
const GARBLED_MONTH_IN_MARKER = /(?<!\d)[^\d\u3400-\u9fff\s，。（）()]月(\d{1,2})日[电讯]$/;

/** The last day numbered `d` on or before the reference date: `28日` on a page of 7月4日 is 6月28日. */
function placeDay(d: number, ref: YMD): YMD | null {
  for (let back = 0; back < 2; back++) {
    const month = new Date(Date.UTC(ref.y, ref.m - 1 - back, 1));
    const c = { y: month.getUTCFullYear(), m: month.getUTCMonth() + 1, d };
    if (isValidDate(c) && dayNumber(c) <= dayNumber(ref)) return c;
  }
  return null;
}

function dayOnly(t: string, time: PageTime): Dateline | null {
  if (!time.ref || !/日/.test(t.slice(0, 40))) return null;
  const lead = LEAD.exec(t);
  if (!lead) return null;
  const said = MONTH_WORD_DAY.exec(t.slice(lead[0].length));
  if (said) {
    const month = new Date(Date.UTC(time.ref.y, time.ref.m - 1 - (said[1] === '上月' ? 1 : 0), 1));
    const c = { y: month.getUTCFullYear(), m: month.getUTCMonth() + 1, d: Number(said[2]) };
    return isValidDate(c) ? { date: formatDate(c), found: said[0] } : null;
  }
  const span = DAY_SPAN.exec(t.slice(lead[0].length));
  const first = span ? placeDay(Number(span[1]), time.ref) : null;
  if (span && first) {
    const end = { ...first, d: Number(span[2]) };
    return isValidDate(end) && end.d > first.d ? { date: formatDate(first), dateEnd: formatDate(end), found: span[0] } : { date: formatDate(first), found: span[0] };
  }
  const m = DAY_OPENS.exec(t.slice(lead[0].length)) ?? DAY_IN_MARKER.exec(lead[1] ?? '') ?? GARBLED_MONTH.exec(t.slice(lead[0].length)) ?? GARBLED_MONTH_IN_MARKER.exec(lead[1] ?? '');
  const day = m ? placeDay(Number(m[1]), time.ref) : null;
  return day && m ? { date: formatDate(day), found: m[0] } : null;
}

function readDateline(t: string, time: PageTime, issueDate: YMD | null): Dateline {
  const day = dayOnly(t, time);
  if (day) return day;
  type Hit = { index: number; kind: 'full' | 'md' | 'rel'; m: RegExpMatchArray };
  const hits: Hit[] = [];
  const first = (re: RegExp, kind: Hit['kind']) => {
    re.lastIndex = 0;
    const m = re.exec(t);
    if (m) hits.push({ index: m.index, kind, m });
  };
  first(FULL_DATE, 'full');
  first(MONTH_DAY, 'md');
  first(RELATIVE, 'rel');
  hits.sort((a, b) => a.index - b.index || (a.kind === 'full' ? -1 : 1));
  const hit = hits[0];
  if (!hit) return { date: null, found: null };
  if (hit.kind === 'rel') {
    const word = hit.m[0];
    const offset = { 昨日: -1, 昨天: -1, 今日: 0, 今天: 0, 前日: -2, 前天: -2 }[word];
    if (offset !== undefined && issueDate) return { date: formatDate(addDays(issueDate, offset)), found: word };
    return { date: null, found: word };
  }
  let start: YMD | null;
  if (hit.kind === 'full') {
    start = { y: Number(hit.m[1]), m: Number(hit.m[2]), d: Number(hit.m[3]) };
    if (!isValidDate(start)) start = null;
  } else {
    start = placeMonthDay(Number(hit.m[1]), Number(hit.m[2]), time);
  }
  if (!start) return { date: null, found: hit.m[0] };
  const rest = t.slice(hit.index + hit.m[0].length);
  const range = RANGE_END.exec(rest);
  const result: Dateline = { date: formatDate(start), found: hit.m[0] };
  if (range) {
    const end = { y: start.y, m: range[1] ? Number(range[1]) : start.m, d: Number(range[2]) };
    if (end.m < start.m) end.y += 1;
    if (isValidDate(end) && dayNumber(end) > dayNumber(start)) {
      result.dateEnd = formatDate(end);
      result.found = hit.m[0] + range[0];
    }
  }
  return result;
}
