/**
 * Re-laid-out pages for the property tests: a gold page's articles, varied and
 * laid out again, and a comparison that names what differs.
 */
import assert from 'node:assert/strict';
import type { Article, Page } from '../../src/model.ts';
import { parsePage } from '../../src/parse/index.ts';
import { layoutPage, type Style } from '../../src/synth/layout.ts';
import { rng, shuffle } from '../../src/synth/random.ts';
import { shiftIso, shiftYears, swapNames } from '../../src/synth/vary.ts';
import { LEAD } from '../../src/parse/chars.ts';
import { canon } from './score.ts';

const headline = (a: Article) => (a.headline ? [...canon([a.headline.kicker, a.headline.main, a.headline.sub].join(''))].sort().join('') : '');
const body = (a: Article) => canon(a.body.map((b) => b.text).join(''));
const people = (a: Article) => JSON.stringify([a.byline.reporters, a.byline.correspondents, a.byline.photographers].map((x) => x.map(canon).sort()));

/** Orders a page's articles at random, keeping what real pages keep: a photo after a headlined article or a photo. */
export function reorder(articles: Article[], style: Style, random: () => number): Article[] {
  const usable = articles.filter((a) => style !== 'A' || a.kind !== 'photo' || a.byline.photographers.length > 0);
  const photos = usable.filter((a) => a.kind === 'photo');
  const texts = shuffle(random, usable.filter((a) => a.kind !== 'photo'));
  const out: Article[] = [];
  for (const t of texts) {
    out.push(t);
    // Photos go after an article with a headline (a caption runs back to the nearest headline).
    if (t.headline) while (photos.length && random() < 0.5) out.push(photos.shift() as Article);
  }
  if (photos.length) {
    const lastHeadlined = out.map((a) => Boolean(a.headline) || a.kind === 'photo').lastIndexOf(true);
    out.splice(lastHeadlined + 1, 0, ...photos);
  }
  return out;
}

export function compare(expected: Article[], page: Page, style: Style, context: string): void {
  const got = page.articles;
  assert.equal(got.length, expected.length, `${context}: ${got.length} articles for ${expected.length}\n${got.map((a) => `${a.kind} ${body(a).slice(0, 20)}`).join('\n')}`);
  expected.forEach((e, i) => {
    const g = got[i] as Article;
    const where = `${context}, article ${i + 1} (${body(e).slice(0, 16)}…)`;
    assert.equal(g.kind, e.kind, `${where}: kind`);
    assert.equal(body(g), body(e), `${where}: body`);
    assert.equal(headline(g), headline(e), `${where}: headline`);
    assert.equal(people(g), people(e), `${where}: byline`);
    if (e.date !== null && !(e.kind === 'feature' && style !== 'C')) assert.equal(g.date, e.date, `${where}: date`);
  });
}


export interface Case {
  text: string;
  expected: Article[];
  parsed: Page;
  context: string;
}

/** A report whose lead was lost in extraction: `本报讯（记者…）` gone, the rest as printed. */
export function withoutLead(a: Article): Article {
  const first = a.body[0];
  if (a.kind !== 'news' || !first || !LEAD.test(first.text)) return a;
  const text = first.text.replace(LEAD, '').replace(/^[\s，,]+/, '');
  if (text === '') return a;
  return { ...a, body: [{ ...first, text }, ...a.body.slice(1)], byline: { reporters: [], correspondents: [], photographers: [], text: '' } };
}

/** A photo printed with no credit. */
const withoutCredit = (a: Article): Article => ({ ...a, byline: { reporters: [], correspondents: [], photographers: [], text: '' } });

/**
 * OCR's stray spaces, as the seed pages show them (`1 月`, `示范区 （高新区） 班子`): beside figures
 * and brackets often, between two characters now and then. Lines keep their characters.
 */
export function straySpaces(text: string, random: () => number, rate = 1): string {
  return text
    .split('\n')
    .map((line) => {
      const cs = [...line];
      let out = '';
      cs.forEach((c, i) => {
        out += c;
        const n = cs[i + 1];
        if (n === undefined || i === 0 || c === ' ' || n === ' ') return;
        const near = /[\d（）()]/.test(c) !== /[\d（）()]/.test(n);
        if (random() < (near ? 0.3 : 0.01) * rate) out += ' ';
      });
      return out;
    })
    .join('\n');
}

/**
 * Paragraphs OCR ran on with no blank line after them (the seed pages' narrow columns do), now and
 * then the next line opening on a space; headlines keep the blank lines around them.
 */
export function paragraphsRunOn(text: string, random: () => number, rate: number): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    // Between two paragraphs of text: a finished sentence, and three lines after it.
    if (l === '' && /[。！？]$/.test(lines[i - 1] ?? '') && lines[i - 2] && lines[i + 1] && lines[i + 2] && lines[i + 3] && random() < rate) {
      if (random() < 0.5) lines[i + 1] = ` ${lines[i + 1]}`;
      continue;
    }
    out.push(l);
  }
  return out.join('\n');
}

/**
 * A headline's first line OCR set on the row of the text above it, after its last sentence and a
 * space (`…全镇各村负责人参加会议。 临溪镇部署` / `防汛工作`), as it sets a headline's last line on the row
 * of the lead under it: a headline of a few lines with no mark, under a finished paragraph.
 */
export function headlinesRunOn(text: string, random: () => number, rate: number): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    let end = i + 2;
    while (end < lines.length && lines[end] !== '' && end - i <= 4) end++;
    const head = lines.slice(i + 2, end);
    // (A headline's lines: no mark, and no credit's words, which a spaced-out credit's lines hold, `本 报 记` / `者 孙 悦` / `摄`.)
    const isHead = head.length >= 2 && head.length <= 3 && head.every((h) => !/[，。；：、！？,;:!?]|摄|记者|本 报/.test(h)) && lines[end] === '';
    if (/[。！？]$/.test(l) && lines[i + 1] === '' && isHead && random() < rate) {
      out.push(`${l} ${head[0]}`, ...head.slice(1));
      i = end - 1;
      continue;
    }
    out.push(l);
  }
  return out.join('\n');
}

/**
 * A paragraph a line (styles B and C) as an export cuts it at a column break, the rest after a
 * blank line (the seed page of style B has many: `…部署下一阶段经济工作和疫情防` / `控工作。…`):
 * past its first sentence mark, as a column holds a line of it at least. Not a caption.
 */
export function columnBreaks(text: string, random: () => number, rate: number): string {
  const lines = text.split('\n');
  return lines
    .flatMap((l, i) => {
      const cs = [...l];
      if (cs.length < 40 || !/[。！？]$/.test(l) || (lines[i - 1] === '' && lines[i - 2] === '') || random() >= rate) return [l];
      const mark = cs.findIndex((c) => /[,，、;；。]/.test(c));
      if (mark < 0 || mark + 6 >= cs.length - 6) return [l];
      let at = mark + 6 + Math.floor(random() * (cs.length - mark - 12));
      // (Print never opens a line on a comma or a closing mark: it stays on the line before.)
      while (at < cs.length - 1 && /[，,、；;：:。）)”！？]/.test(cs[at] as string)) at++;
      return [cs.slice(0, at).join(''), '', cs.slice(at).join('')];
    })
    .join('\n');
}

/** Furniture a page prints at a column's foot or head: an editor's credit, a footer, a promotion. */
const FURNITURE = ['责任编辑：林舟', '本版图片来源：本报资料', '- 3 -', '美编：谢文 校对：许可', '获取更多精彩资讯，请扫码关注', '新闻热线：0391-1234567'];
/**
 * Page furniture where a column ends or begins: after a finished paragraph, now and then (not
 * inside a caption and its credit, which stand together under their picture).
 */
export function furnitureBetween(text: string, random: () => number, rate: number): string {
  const lines = text.split('\n');
  const out: string[] = [];
  lines.forEach((l, i) => {
    out.push(l);
    const soon = lines.slice(i + 1, i + 8).join('');
    if (l === '' && /[。！？）]$/.test(lines[i - 1] ?? '') && !/摄|供图|资料图|新华社发/.test(soon) && random() < rate) out.push(FURNITURE[Math.floor(random() * FURNITURE.length)] as string, '');
  });
  return out.join('\n');
}

export interface Variation {
  /** Share of reports whose lead is lost. */
  leadless?: number;
  /** Photos lose their credits and stand together after the longest article (styles B and C). */
  groupedCaptions?: boolean;
  /** OCR's stray spaces (style A), at this rate. */
  straySpaces?: number;
  /** Share of paragraph ends OCR ran on with no blank line (style A). */
  runOn?: number;
  /** Share of long paragraphs an export cut at a column break (styles B and C). */
  columnBreaks?: number;
  /** Share of finished paragraphs followed by page furniture. */
  furniture?: number;
  /** Share of headlines of two or three lines whose first line OCR set after the text above (style A). */
  headlinesRunOn?: number;
}

/** Lays a page's articles out again in `style` at `width`, with other names and years shifted by `years`. */
export function relayout(source: Page, style: Style, width: number, years: number, seed: number, vary: Variation = {}): Case {
  const random = rng(seed);
  const issueDate = shiftIso(source.issueDate, years);
  let articles = shiftYears(swapNames(source.articles, random), years);
  articles = reorder(articles, style, random);
  if (vary.leadless) {
    const share = vary.leadless;
    // A report with neither headline nor lead cannot be told from the text before it (`…送上慰问品。` /
    // `雨雪挡不住匆匆脚步…`): only reports with a headline lose their lead here.
    articles = articles.map((a) => (a.headline && random() < share ? withoutLead(a) : a));
  }
  if (vary.groupedCaptions && style !== 'A') {
    const photos = articles.filter((a) => a.kind === 'photo').map(withoutCredit);
    const rest = articles.filter((a) => a.kind !== 'photo');
    const longest = rest.reduce((k, a, i) => (body(a).length > body(rest[k] as Article).length ? i : k), 0);
    articles = [...rest.slice(0, longest + 1), ...photos, ...rest.slice(longest + 1)];
  }
  // A feature takes its date from a printed issue date (style C) and from nothing else.
  const expected = articles.map((a) => (a.kind === 'feature' ? { ...a, date: style === 'C' ? issueDate : null } : a));
  const laid = layoutPage(articles, { style, width, random, issueDate });
  const cut = vary.columnBreaks && style !== 'A' ? columnBreaks(laid, random, vary.columnBreaks) : laid;
  const furnished = vary.furniture ? furnitureBetween(cut, random, vary.furniture) : cut;
  const ranOn = vary.runOn && style === 'A' ? paragraphsRunOn(furnished, random, vary.runOn) : furnished;
  const runOnHeads = vary.headlinesRunOn && style === 'A' ? headlinesRunOn(ranOn, random, vary.headlinesRunOn) : ranOn;
  const text = vary.straySpaces && style === 'A' ? straySpaces(runOnHeads, random, vary.straySpaces) : runOnHeads;
  const parsed = parsePage(text, { file: `synthetic-${style}.txt` });
  const context = `${source.source} as ${style}, width ${width}, years ${years > 0 ? '+' : ''}${years}, seed ${seed}`;
  return { text, expected, parsed, context };
}
