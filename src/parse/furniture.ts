/**
 * Page furniture: text printed on the page that belongs to no article.
 *  - the issue header of style C: `2018.9.17 星期一 ■编辑:罗兰 (010)12345678 …`;
 *  - editor credits: `编辑:马骏` / `版式:朱琳` / `校对:胡斌` / `组版:林峰`;
 *  - QR-code promos: `获取更多精彩资讯，请扫码关注“滨河发布”微信公众号`;
 *  - picture credits: `本版图片来源: 滨河区融媒体中心`;
 *  - page headers: `第3版`, `A3 版`, `要闻`-style 版名 lines with a page number.
 */
import { compact } from './text.ts';
import { visibleLength } from './chars.ts';
import { inFigures } from './numerals.ts';

/** `编辑:马骏`, `责任编辑：张三`, `■组版:林峰`. */
/** Editors' roles as a page prints them: `责任编辑`, `责编`, `本版编辑`, `美编`, `校对`. */
const ROLES = '(?:本版)?(?:责任编辑|责编|值班编辑|新媒体编辑|编辑|美术编辑|美编|图片编辑|版式设计|版式|校对|组版|排版|审读|审校|审核|终审|制图|视觉设计|视觉|执行主编|主编|策划|统筹|监制)';
const EDITOR_CREDIT = new RegExp(`(?:^|[■□\\s（(])${ROLES}\\s*[:：/／]`);
/** `请扫码关注…微信公众号`, `扫描二维码下载…客户端`. */
const QR_PROMO = /(?:扫码|扫一扫|扫描二维码|二维码)[^。]{0,30}(?:关注|下载|阅读|订阅)|关注[^。]{0,20}(?:微信公众号|客户端)/;
/** `本版图片来源: 滨河区融媒体中心`, `图片提供：…`. */
const PICTURE_CREDIT = /^(?:本版)?(?:图片|照片|图)(?:来源|提供)\s*[:：]/;
/** `第3版`, `A3版`, `第 05 版：要闻`. Group 1 the page number, group 2 the page's name. */
export const PAGE_HEADER = /^(?:第\s*(\d{1,3})\s*版|[A-Z](\d{1,2})\s*版)(?:\s*[:：”“"]?\s*(\S{1,8}))?$/;

/** A page's name alone (`要闻`, `经济`): a few characters, never a weekday (the columns below may cut one from its date). */
export const PAGE_NAME = /^(?!(?:星期|周|礼拜)[一二三四五六日天]$)[\u3400-\u9fff]{2,4}$/;

/** A paper's name alone on a line: `江城晚报`, `临海日报`, `南湖报`. */
const PAPER_ENDS = '日报|晚报|早报|晨报|时报|商报|都市报|青年报|农民报|法治报|周报|周末|周刊|导报|快报|报';
/**
 * …and as a few papers' names end, alone on the masthead's line: `参考消息`, `21世纪经济报道` (not a banner's
 * `两会特别报道`, `系列报道`); an edition after it: `人民日报海外版`.
 */
export const PAPER_NAME = new RegExp(`^\\s*((?![^\\s]*(?:特别|专题|系列|深度|连续|追踪|独家|综合))[\\u3400-\\u9fff\\d]{1,8}(?:${PAPER_ENDS}|消息|报道)(?:[\\u3400-\\u9fff]{2}版)?)\\s*$`);

/** A paper's name as printed where OCR read its 日 as 目 (`北川目报`): no paper is a 目报. */
const asPrinted = (name: string): string => name.replace(/目报$/, '日报');

/** The paper's name in English after it or before it: `临海日报 LINHAI DAILY`, `CHINA DAILY 中国日报`. */
const ENGLISH_NAME = /\s+[A-Z][A-Z .&-]*$|^\s*[A-Z][A-Z .&-]*\s+(?=[\u3400-\u9fff])/;

/** A markdown export's heading mark: an export may set the paper's name as its first heading (`# 南江日报`). */
const HEADING_MARK = /^\s*#{1,6}\s+/;

/** The paper's name a line holds alone (its English name may follow), spaces OCR set inside it left out (`临海 日 报`), or null. */
export function paperName(text: string): string | null {
  if (text.length > 48) return null;
  const name = PAPER_NAME.exec(text.replace(HEADING_MARK, '').replace(ENGLISH_NAME, '').replace(/\s+/g, ''))?.[1];
  return name ? asPrinted(name) : null;
}

/**
 * An issue-date header: `2018.9.17 星期一`, `2018年9月17日 星期一`, `2018-09-17 周一`.
 * Groups: year, month, day.
 */
export const ISSUE_HEADER = /^\s*(\d{4})\s*[.．/\-年]\s*(\d{1,2})\s*[.．/\-月]\s*(\d{1,2})\s*日?\s*(?:星期|周|礼拜)[一二三四五六日天]/;

/**
 * The paper's imprint and service lines, at the page's foot or on its front:
 * `新闻热线：0391-1234567`, `国内统一连续出版物号 CN41-0012`, `邮发代号：35-12`,
 * `本报地址：…`, `值班总编：…`, `天气：晴`, `今日8版`, `…日报社出版`, a web address.
 */
const IMPRINT = /^\s*(?:(?:新闻热线|热线电话|报料热线|新闻线索|投稿邮箱|国内统一连续出版物号|国际标准连续出版物号|邮发代号|本报地址|社址|邮编|广告许可证|广告热线|发行热线|印刷单位|印刷|值班总编|值班编委|总编辑|社长|天气|零售价|定价)\s*[:：\s]|(?:今日|本期)\d{1,3}版$|\S{2,10}报社出版$|(?:https?:\/\/|www\.)\S+$)/i;
const HAN_SPACE = /(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g;
const IMPRINT_FIRST = new Set([...'新热报投国邮本社广发印值总天零定今wWhH']);
/** Checked on every short line: its first character, or its last words, before the pattern. */
function isImprint(text: string): boolean {
  let i = 0;
  while (text.charCodeAt(i) === 32) i++;
  if (text.length - i > 60 || !(IMPRINT_FIRST.has(text[i] ?? '') || text.endsWith('出版')) || text.includes('。')) return false;
  return IMPRINT.test(text);
}
/** A page number alone at the page's foot: `- 3 -`, `3`, or as an export prints its sheet: `第 3 页`, `第3页 共8页`, `3/8`. */
const PAGE_NUMBER = /^\s*(?:[-—－]?\s*\d{1,3}\s*[-—－]?|第\s*\d{1,3}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*[/／]\s*\d{1,3})\s*$/;

/** Where an article goes on or came from: `（下转第2版）`, `（上接第一版）`, `下转A2版`. */
const JUMP_WORDS = String.raw`(?:下转|上接|紧接|转|接|续)\s*(?:第\s*)?[A-Z]?\s*[\d一二三四五六七八九十]{1,3}\s*版\s*[①-⑩]?`;
const JUMP = new RegExp(String.raw`^\s*[（(〈]?\s*${JUMP_WORDS}\s*[）)〉]?\s*$`);
/** The same in parentheses, closing a paragraph's last line or opening a continued one's first. */
const JUMP_AT_END = new RegExp(String.raw`^(.*[。！？!?”」])\s*([（(]\s*${JUMP_WORDS}\s*[）)])\s*$`);
const JUMP_AT_START = new RegExp(String.raw`^(\s*[（(]\s*${JUMP_WORDS}\s*[）)])\s*(\S.*)$`);

/** A line with a jump run into its text, cut in two (the jump, furniture, on its own): else null. */
export function cutJump(text: string): [string, string] | null {
  if (!text.includes('版')) return null;
  const m = JUMP_AT_END.exec(text) ?? JUMP_AT_START.exec(text);
  return m?.[1] && m[2] ? [m[1], m[2]] : null;
}

/** A column's banner, printed above its items: `简讯`, `快讯`. */
const BANNER = /^(?:简讯|短讯|快讯|要闻简报|新闻简讯|本地简讯|一周要闻|图片新闻|新闻图片|图说新闻|今日导读|本期导读|本版导读|要闻导读|导读)$/;
/**
 * A front page's pointers to the pages inside, one or several run together: `▶ 全市春季植树活动启动 第2版`,
 * `城市更新要留住烟火气……A4版`, `详见第3版`. Furniture: the articles are on those pages.
 */
const TEASERS = /^(?:\s*[▶►▷■●◆◇·•]?\s*[^\s。，▶►▷]{2,40}?(?:\s+|…+|\.{2,})(?:详见)?(?:第\s*[A-Z]?\d{1,2}\s*版|[A-Z]\d{1,2}(?:版)?)\s*)+$/;
/** A column's banner alone on its line, spaced out or not (`简讯`, `简 讯`). */
export const isBanner = (text: string): boolean => BANNER.test(compact(text));

/** What a masthead line says: the issue date, 版次, 版名 and paper, as far as it says them. */
export interface Masthead {
  date?: { y: number; m: number; d: number };
  pageNumber?: number;
  pageName?: string;
  paper?: string;
}

/** `2023年5月8日`, `2023.05.08`, and as OCR reads the dots, none: `20230508`. */
const M_DATE = /^(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[.．/-]\s*(\d{1,2})\s*[.．/-]\s*(\d{1,2})|(0[1-9]|1[0-2])([0-3]\d))$/;
const dateOf = (m: RegExpExecArray) => ({ y: Number(m[1]), m: Number(m[2] ?? m[4] ?? m[6]), d: Number(m[3] ?? m[5] ?? m[7]) });
/** A weekday alone: `星期三`, `周三`. */
export const WEEKDAY = /^\s*(?:星期|周|礼拜)[一二三四五六日天]\s*$/;
const M_LUNAR = /^(?:农历|阴历)\S{2,12}$/;
/** `第5版`, `A05版`, `05版：要闻`, `第5版（要闻）`, `A5`, `A11文化`. Groups: number, name. */
const M_PAGE = /^(?:第\s*)?[A-Z]?(\d{1,3})\s*版(?:[:：]?(\S{2,6})|[（(](\S{2,6})[）)])?$|^[A-Z](\d{1,2})([\u3400-\u9fff]{2,4})?$/;
/**
 * A 版次 as tesseract reads a 1 after the section's letter: as `l` (`A1` → `Al`, `A11` → `Al1`), or
 * as `l1` (`A16` → `Al16`): an `l` that would make the number past 99 was never a digit.
 */
const OCR_PAGE = /^([A-Z])[lI|](\d{0,2})(?=版|[\u3400-\u9fff]|$)/;
/** …or with a stray letter OCR read from the rule beside it (`A8` → `Ag8`): no 版次 holds a lowercase letter. */
const OCR_PAGE_STRAY = /^([A-Z])[a-km-z](\d{1,2})(?=版|[\u3400-\u9fff]|$)/;
function pageWord(w: string): string {
  // (Only a word opening on a section's letter: most are none.)
  const c = w.charCodeAt(0);
  if (c < 65 || c > 90) return w;
  const stray = OCR_PAGE_STRAY.exec(w);
  if (stray) return `${stray[1]}${stray[2]}${w.slice(stray[0].length)}`;
  const m = OCR_PAGE.exec(w);
  if (!m?.[1]) return w;
  const digits = m[2] ?? '';
  return `${m[1]}${Number(`1${digits}`) > 99 ? digits : `1${digits}`}${w.slice(m[0].length)}`;
}
/**
 * A 版次 as OCR reads the wide space after it (`第3版　要闻` → `第3版 ”要闻`, `第10版“县域`) or a stroke
 * beside its number (`第1]版`): the quote mark is that space, the stroke no digit.
 */
const ocrPage = (text: string) => text.replace(/(第\s*\d{1,3})\s*[\]|]\s*版/, '$1版').replace(/((?:^|\s)(?:第\s*)?[A-Z]?\d{1,3}\s*版)\s*[“”"]\s*(?=[\u3400-\u9fff])/, '$1 ');
const M_PAGE_NAME = /^[\u3400-\u9fff]{2,4}$/;
/** A 版次 in figures alone, as some mastheads print it before the page's name: `03`, `3`. */
const BARE_PAGE = /^(?:0[1-9]|[1-9]\d?)$/;
/** A page's name without the brackets or the dot printed around it: `（要闻）`, `〈社会)`, `·要闻` → `要闻`. */
export const pageNameOf = (name: string): string => name.replace(/^[（(〈《<·・•]|[）)〉》>]$/g, '');
/** A page's name in brackets after its 版次, as printed or as OCR reads them: `（要闻）`, `〈文化)`. */
const M_PAGE_NAME_BRACKETED = /^[（(〈《<][\u3400-\u9fff]{2,4}[）)〉》>]$/;
/** Beside a date or a 版次, a paper's name may end in 新闻 or 消息 too. */
const M_PAPER = new RegExp(`^[\\u3400-\\u9fff\\d]{1,8}(?:${PAPER_ENDS}|新闻|消息)$`);
const M_LATIN = /^[A-Z][A-Z.&-]*$/;
/** A role alone (`责编`, its names the next words), with its name after a colon (`编辑：张三`) or run into it, as OCR may (`本版编辑高翔`). */
const M_ROLE = new RegExp(`^${ROLES}(?:[:：/／]\\S{0,8}|[\\u3400-\\u9fff]{2,3})?$`);
const M_NAME = /^[\u3400-\u9fff·]{2,4}$/;
const M_NAME_END = /^[\u3400-\u9fff]$/;
const M_CONTACT = /^(?:[(（]?\d{3,4}[)）]?[\d-]{5,}(?:转\d+)?|E-?mail[:：]\S+)$/i;
const SPACED_DATE = /\s[年月日版]|[年月第]\s/;
/** A masthead line's first word, when it opens on none of M_OPENERS: a paper's name or a page's name. */
const M_FIRST_NAME = /^(?:[\u3400-\u9fff\d]{1,8}(?:报|周末|周刊)|[\u3400-\u9fff]{2,4})$/;
/** The characters a masthead line's first word may open with (a date, 版次, Latin, a role word); other lines hold several words. */
const M_OPENERS = new Set([...'0123456789(（ABCDEFGHIJKLMNOPQRSTUVWXYZ第本责值新编美图版校组排审终制视执主策统监']);
/** Checked first, on every short line: one character and, rarely, a scan for a space. */
function mayOpenMasthead(text: string): boolean {
  let i = 0;
  while (text.charCodeAt(i) === 32) i++;
  if (i >= text.length) return false;
  if (M_OPENERS.has(text[i] as string)) return true;
  // (Or a dot between a page's name and its 版次: `要闻·A5`.)
  const space = text.indexOf(' ', i);
  if (space < 0) return text.includes('·') && text.length <= 16;
  for (let k = space + 1; k < text.length; k++) if (text.charCodeAt(k) !== 32) return true;
  return false;
}
/** What a masthead line's words are set apart by: spaces, and the marks some papers print between them. */
const M_SPLIT = /[\s■□◆◇●○|丨·・]+/;

/**
 * Reads a line of the masthead or the page's foot when every word on it is one
 * (`楚天都市报 2023年5月8日 星期一 A05版 要闻 责任编辑 张三`, `2023.05.08 星期一`,
 * `05版：要闻`, `责编 张三 美编 李四`): the issue date, 版次, 版名 and paper it
 * says, or null when a word is not a masthead's (a headline, running text).
 * A line of names needs its roles (`责编`), a line of a date alone its weekday
 * or a 版次 or a paper beside it.
 */
export function readMasthead(text: string): Masthead | null {
  // Checked first, on every short line: one character and, rarely, a scan for a space.
  if (text.length > 120 || !mayOpenMasthead(text) || /[，。、；！？,;!?]/.test(text)) return null;
  text = inFigures(text);
  if (text.includes('版')) text = ocrPage(text);
  // A masthead holds no sentence's marks.
  if (/[，。、；！？“”,;!?]/.test(text) || !/\d|编|校|版|报|^\s*[A-Z][lI|](?![A-Za-z])/.test(text)) return null;
  // Spaces inside a date or a 版次 (`2023 年 5 月 8 日`, `第 05 版`) are no word breaks.
  let joined = SPACED_DATE.test(text) ? text.replace(/\s+(?=[年月日版])/g, '').replace(/([年月第])\s+(?=\d)/g, '$1') : text;
  // A dotted date whose dots OCR lost, a space left for one (`202103 16`).
  if (/\d{6}\s\d{2}(?!\d)/.test(joined)) joined = joined.replace(/(?<!\d)(\d{6})\s(\d{2})(?!\d)/, '$1$2');
  const words = joined.trim().split(M_SPLIT).filter(Boolean);
  // Most lines that get here are a line of text: its first word is none a masthead opens with.
  const first = words[0] ?? '';
  if (!M_OPENERS.has(first[0] ?? '') && !M_FIRST_NAME.test(first)) return null;
  const out: Masthead = {};
  let kinds = 0;
  let afterRole = false;
  let afterPage = false;
  for (const [i, w] of words.entries()) {
    if (M_ROLE.test(w)) {
      afterRole = true;
      kinds |= 8;
      continue;
    }
    // (A name a space cut, `责编:韩 冰`: its last character alone.)
    if (afterRole && (M_NAME.test(w) || (M_NAME_END.test(w) && /[\u3400-\u9fff]$/.test(words[i - 1] ?? '')))) continue;
    afterRole = false;
    const wasPage = afterPage;
    afterPage = false;
    let m: RegExpExecArray | null;
    if ((m = M_DATE.exec(w))) {
      const d = dateOf(m);
      if (d.m < 1 || d.m > 12 || d.d < 1 || d.d > 31) return null;
      out.date ??= d;
      kinds |= 1;
    } else if (WEEKDAY.test(w) || M_LUNAR.test(w)) kinds |= 2;
    else if ((m = M_PAGE.exec(pageWord(w)))) {
      out.pageNumber ??= Number(m[1] ?? m[4]);
      const name = m[2] ?? m[3] ?? m[5];
      if (name) out.pageName ??= name;
      afterPage = !name;
      kinds |= 4;
    } else if (wasPage && (M_PAGE_NAME.test(w) || M_PAGE_NAME_BRACKETED.test(w))) out.pageName ??= pageNameOf(w);
    // A page's name before its 版次 (`要闻 A5`).
    else if (M_PAGE_NAME.test(w) && M_PAGE.test(pageWord(words[i + 1] ?? ''))) out.pageName ??= w;
    // A 版次 in figures alone before the page's name (`03 综合`): zero-padded, as no text writes a number, it
    // is the masthead's; unpadded (`3 综合`), only beside a date or the editors.
    else if ((i === 0 || kinds & 1) && BARE_PAGE.test(w) && M_PAGE_NAME.test(words[i + 1] ?? '')) {
      out.pageNumber = Number(w);
      afterPage = true;
      if (w.startsWith('0')) kinds |= 4;
    } else if (i === 0 && M_PAPER.test(w)) {
      out.paper = asPrinted(w);
      kinds |= 16;
    } else if (!(out.paper !== undefined && M_LATIN.test(w)) && !M_CONTACT.test(w)) return null;
  }
  // A date alone may be a line of text; with its weekday, a 版次, a paper or credits it is the masthead.
  const enough = kinds & 4 || kinds & 8 || (kinds & 1 && kinds & (2 | 16)) || (kinds & 16 && words.length > 1);
  return enough ? out : null;
}

/** How many lines from the top a masthead may stand. */
export const MASTHEAD_LINES = 5;

/**
 * A 版次 in figures with the page's name, on a line of its own (`15 要闻`, `03　综合`, and as OCR reads the
 * wide space between them, `03 ”社会`): the masthead's at the top.
 */
export const BARE_PAGE_LINE = /^\s*(0?[1-9]|[1-9]\d)(?:\s+[“”"]\s*|\s+)([\u3400-\u9fff]{2,4})\s*$/;
/** Names papers give their pages: with a 版次 in figures, the masthead's wherever pdftotext set it among the columns. */
const COMMON_PAGE_NAME = /^(?:要闻|综合|经济|社会|文化|体育|国际|国内|时政|财经|评论|理论|县域|区县|城区|城事|民生|副刊|文艺|教育|健康|科技|农业|法治|专版|专题|视点|观察|读书|旅游|人物|地方|新闻|本地|深度|关注|调查|党建|周刊|文体|公告|广告)$/;
const pageLineAnywhere = (text: string): boolean => COMMON_PAGE_NAME.test(BARE_PAGE_LINE.exec(text)?.[2] ?? '');

/**
 * A date in figures alone on one of the page's first lines (`2009.03.22`), or a 版次 in figures with
 * its name (`15 要闻`): the masthead's, though `-layout` set it among the columns' lines. (Text never
 * writes a date so; a line of text is no number and a word alone.)
 */
export const mastheadPiece = (text: string, no: number): boolean =>
  no <= MASTHEAD_LINES && ((/^\s*\d{4}\s*[.．/-]\s*\d{1,2}\s*[.．/-]\s*\d{1,2}\s*$/.test(text) && bareDate(text) !== null) || BARE_PAGE_LINE.test(text));

/** A date alone (`2023.05.08`, `2023年5月8日`): the issue's, when it stands in the masthead. */
/** A date in English, as a bilingual masthead prints it: `Tuesday, April 9, 2024`, `April 9, 2024`. */
const ENGLISH_DATE = /^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\s*$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
function englishDate(text: string): { y: number; m: number; d: number } | null {
  const m = text.length <= 40 ? ENGLISH_DATE.exec(text) : null;
  return m ? { y: Number(m[3]), m: MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1, d: Number(m[2]) } : null;
}

export function bareDate(text: string): { y: number; m: number; d: number } | null {
  const english = englishDate(text);
  if (english) return english;
  const t = text.replace(/\s+/g, '');
  // (In numerals, a date alone is short: `一九八五年三月十六日`.)
  const m = M_DATE.exec(t) ?? (t.length <= 16 && !/^\d/.test(t) ? M_DATE.exec(inFigures(t)) : null);
  return m ? dateOf(m) : null;
}

/** Longer than any furniture block: a QR promo or an editors' line runs to 160 characters with its spaces. */
const LONG_BLOCK = 240;

/** Is this block (its lines joined) page furniture? */
export function isFurniture(text: string): boolean {
  return furniture(text) || (spacedShort(text) && furniture(closed(text)));
}

/** OCR's stray spaces inside a short line's words (`本版 编辑 于洋`) are closed for a second look. */
const SPACED_MAX = 60;
const closed = (text: string): string => text.replace(HAN_SPACE, '');
/** (Running text, a sentence's marks in it, is looked at once: furniture holds none, or keeps them closed.) */
const spacedShort = (text: string): boolean => text.length <= SPACED_MAX && text.includes(' ') && !/[，。]/.test(text);

function furniture(text: string): boolean {
  if (text.length <= 16 && DOTTED_DATE.test(text)) return true;
  // A long block (running text, most of them) can only open as an issue header or a picture credit.
  if (text.length > LONG_BLOCK) return ISSUE_HEADER.test(text) || PICTURE_CREDIT.test(compact(text.slice(0, 24)));
  // (A masthead's line is short: its numerals are read as figures there only.)
  if (text.length <= 60) text = inFigures(text);
  const t = compact(text);
  if (t.length === 0) return false;
  if (ISSUE_HEADER.test(text)) return true;
  if (PICTURE_CREDIT.test(t)) return true;
  if (PAGE_HEADER.test(text.trim()) || BANNER.test(t) || isOcrNoise(text) || (text.includes('版') && TEASERS.test(text))) return true;
  if (t.length <= 120 && QR_PROMO.test(t)) return true;
  if (t.length <= 160 && EDITOR_CREDIT.test(text) && !/[。]/.test(t)) return true;
  if (t.length <= 60 && isImprint(text)) return true;
  if (PAGE_NUMBER.test(text) || JUMP.test(text) || pageLineAnywhere(text)) return true;
  return readMasthead(text) !== null;
}

/** What every furniture line holds one of: a colon (credits), 版, a weekday, a banner's word. Checked first: most lines are text. */
const MAYBE_FURNITURE_LINE = /[:：]|版|星期|周|礼拜|讯|要闻/;

/**
 * Furniture that stands on a line of its own (`第10版 要闻`, `简讯`, `责任编辑：于洋`,
 * `2031年7月4日 星期五`, `本版图片来源：北川日报资料`), which pdftotext prints with no
 * blank line around it. A QR promo may wrap over lines, and is left to its block;
 * so is a picture credit that stops on a comma.
 */
export function isFurnitureLine(text: string): boolean {
  return furnitureLine(text) || (spacedShort(text) && furnitureLine(closed(text)));
}

/**
 * A masthead's date in figures and dots alone on a line (`2014.01.01`), wherever the extraction set it
 * (pdftotext puts the masthead's pieces among the columns' lines): no text's line is that.
 */
const DOTTED_DATE = /^\s*\d{4}\s*[.．/]\s*\d{1,2}\s*[.．/]\s*\d{1,2}\s*$/;

function furnitureLine(text: string): boolean {
  if (DOTTED_DATE.test(text)) return true;
  // Long lines are text, but a masthead's row that -layout spread across the page with wide gaps.
  if (text.length > 80 && (text.length > 160 || visibleLength(text) > 60)) return false;
  if (text.length <= 20 && (isOcrNoise(text) || pageLineAnywhere(text))) return true;
  // A masthead line of other papers' forms (`A5 要闻`, `责编 张三`) may hold none of those words.
  if (!MAYBE_FURNITURE_LINE.test(text)) return readMasthead(text) !== null || isImprint(text);
  const n = visibleLength(text);
  if (n === 0 || n > 40) return false;
  text = inFigures(text);
  if (ISSUE_HEADER.test(text) || PAGE_HEADER.test(text.trim()) || JUMP.test(text) || (EDITOR_CREDIT.test(text) && !/[。，]/.test(text)) || (text.includes('版') && TEASERS.test(text))) return true;
  if (isImprint(text)) return true;
  // The whitespace-free text only for lines that may be a banner or a picture credit.
  if (/[讯闻报图照]/.test(text)) {
    const t = compact(text);
    if (BANNER.test(t) || (PICTURE_CREDIT.test(t) && !/[。，、]$/.test(t))) return true;
  }
  return readMasthead(text) !== null;
}

/** Letters and marks OCR makes of a picture's texture: `HHo`, `SEA`, `|`, `-丰 口`. */
const NOISE_MARK = /[A-Za-z|\\<>[\]{}~_=+^`@#$&*-]/g;
const HAN_CHAR = /[\u3400-\u9fff]/g;
const HAS_NOISE_MARK = new RegExp(NOISE_MARK.source);
/** Column rules OCR read as marks, cut from the rows they stood in (`。 。 |`, `。。`; one `”` or `“”` alone, no text's). */
const RULES = /^(?:(?:[。|”]{1,2}|“”)(?: (?:[。|”]{1,2}|“”))+|”|“”|[。|]{2})$/;

/**
 * A short line OCR read out of a picture: letters or marks among at most three
 * Chinese characters (`听 HHo`, `饼 SEA`, `-丰 口`), no digit, or the marks OCR
 * made of column rules (`。 。`). Page furniture rather than a headline's first line.
 */
export function isOcrNoise(text: string): boolean {
  if (RULES.test(text)) return true;
  if (!HAS_NOISE_MARK.test(text)) return false;
  const t = compact(text);
  if (t.length === 0 || t.length > 10 || /\d/.test(t)) return false;
  const marks = (t.match(NOISE_MARK) ?? []).length;
  const han = (t.match(HAN_CHAR) ?? []).length;
  return marks >= 1 && han <= 3 && marks + han === t.length;
}
