/**
 * Page furniture: text printed on the page that belongs to no article.
 *  - the issue header of style C: `2018.9.17 星期一 ■编辑:罗兰 (010)12345678 …`;
 *  - editor credits: `编辑:马骏` / `版式:朱琳` / `校对:胡斌` / `组版:林峰`;
 *  - QR-code promos: `获取更多精彩资讯，请扫码关注“滨河发布”微信公众号`;
 *  - picture credits: `本版图片来源: 滨河区融媒体中心`;
 *  - page headers: `第3版`, `A3 版`, `要闻`-style 版名 lines with a page number.
 */
import { compact } from './text.ts';

/** `编辑:马骏`, `责任编辑：张三`, `■组版:林峰`. */
const EDITOR_CREDIT = /(?:^|[■□\s])(?:责任编辑|责编|编辑|美编|版式|校对|组版|排版|审读|审校|终审|制图|版式设计)\s*[:：]/;
/** `请扫码关注…微信公众号`, `扫描二维码下载…客户端`. */
const QR_PROMO = /(?:扫码|扫一扫|扫描二维码|二维码)[^。]{0,30}(?:关注|下载|阅读|订阅)|关注[^。]{0,20}(?:微信公众号|客户端)/;
/** `本版图片来源: 滨河区融媒体中心`, `图片提供：…`. */
const PICTURE_CREDIT = /^(?:本版)?(?:图片|照片|图)(?:来源|提供)\s*[:：]/;
/** `第3版`, `A3版`, `第 05 版：要闻`. Group 1 the page number, group 2 the page's name. */
export const PAGE_HEADER = /^(?:第\s*(\d{1,3})\s*版|[A-Z](\d{1,2})\s*版)(?:\s*[:：”“"]?\s*(\S{1,8}))?$/;

/** A page's name alone (`要闻`, `经济`): a few characters. */
export const PAGE_NAME = /^[\u3400-\u9fff]{2,4}$/;

/** A paper's name alone on a line: `江城晚报`, `临海日报`, `南湖报`. */
export const PAPER_NAME = /^\s*([\u3400-\u9fff]{1,8}(?:日报|晚报|早报|晨报|时报|商报|都市报|青年报|农民报|法治报|周报|报))\s*$/;

/**
 * An issue-date header: `2018.9.17 星期一`, `2018年9月17日 星期一`, `2018-09-17 周一`.
 * Groups: year, month, day.
 */
export const ISSUE_HEADER = /^\s*(\d{4})\s*[.．/\-年]\s*(\d{1,2})\s*[.．/\-月]\s*(\d{1,2})\s*日?\s*(?:星期|周|礼拜)[一二三四五六日天]/;

/** A column's banner, printed above its items: `简讯`, `快讯`. */
const BANNER = /^(?:简讯|短讯|快讯|要闻简报|新闻简讯|本地简讯|一周要闻)$/;

/** Is this block (its lines joined) page furniture? */
export function isFurniture(text: string): boolean {
  const t = compact(text);
  if (t.length === 0) return false;
  if (ISSUE_HEADER.test(text)) return true;
  if (PICTURE_CREDIT.test(t)) return true;
  if (PAGE_HEADER.test(text.trim()) || BANNER.test(t) || isOcrNoise(text)) return true;
  if (t.length <= 120 && QR_PROMO.test(t)) return true;
  if (t.length <= 160 && EDITOR_CREDIT.test(text) && !/[。]/.test(t)) return true;
  return false;
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
  if (text.length > 80) return false;
  if (text.length <= 20 && isOcrNoise(text)) return true;
  if (!MAYBE_FURNITURE_LINE.test(text)) return false;
  const t = compact(text);
  if (t.length === 0 || t.length > 40) return false;
  return ISSUE_HEADER.test(text) || PAGE_HEADER.test(text.trim()) || BANNER.test(t) || (EDITOR_CREDIT.test(text) && !/[。，]/.test(t)) || (PICTURE_CREDIT.test(t) && !/[。，、]$/.test(t));
}

/** Letters and marks OCR makes of a picture's texture: `HHo`, `SEA`, `|`, `-丰 口`. */
const NOISE_MARK = /[A-Za-z|\\<>[\]{}~_=+^`@#$&*-]/g;
const HAN_CHAR = /[\u3400-\u9fff]/g;
const HAS_NOISE_MARK = new RegExp(NOISE_MARK.source);

/**
 * A short line OCR read out of a picture: letters or marks among at most three
 * Chinese characters (`听 HHo`, `饼 SEA`, `-丰 口`), no digit. Page furniture
 * rather than a headline's first line.
 */
export function isOcrNoise(text: string): boolean {
  if (!HAS_NOISE_MARK.test(text)) return false;
  const t = compact(text);
  if (t.length === 0 || t.length > 10 || /\d/.test(t)) return false;
  const marks = (t.match(NOISE_MARK) ?? []).length;
  const han = (t.match(HAN_CHAR) ?? []).length;
  return marks >= 1 && han <= 3 && marks + han === t.length;
}
