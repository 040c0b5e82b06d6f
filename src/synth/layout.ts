/**
 * Lays articles out again as a page text in one of the three extraction styles,
 * for property tests and synthetic archives. It prints what extraction leaves:
 *  - `A` (wrapped): narrow columns of a given width, blank lines at paragraph ends
 *    and sometimes mid-sentence (column breaks), headlines after their body, a
 *    headline sometimes run into the next lead or a signed piece's byline, spaced-out photo credits;
 *  - `B` (paragraph): a paragraph a line with ASCII punctuation, headlines first,
 *    editor credits at the top, a caption inside a feature;
 *  - `C` (markdown): an issue header, `#` headlines and `####` subheads, spaces at
 *    the original wraps, captions after an image gap.
 */
import type { Article, Headline } from '../model.ts';
import { LEAD } from '../parse/chars.ts';
import { int, pick } from './random.ts';

export type Style = 'A' | 'B' | 'C';

export interface LayoutOptions {
  style: Style;
  /** Column width in characters for style A (8–40). */
  width: number;
  random: () => number;
  /** Printed in style C's header line: `2018.9.17 星期一`. */
  issueDate?: string | null;
}

const WEEKDAY = ['日', '一', '二', '三', '四', '五', '六'];

/** Marks a line may not open on: a typesetter moves the character before one down with it. */
const CLOSING = /[，。、；：！？）」』”’》〉,.;:!?)]/;

/**
 * Splits text into lines of `width` characters (counting a character as one column), as print
 * sets them: a line never opens on a closing mark (`场，` goes down together, the line above one short).
 */
function wrap(text: string, width: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; ) {
    let end = Math.min(i + width, chars.length);
    while (end < chars.length && end - i > 1 && CLOSING.test(chars[end] as string)) end--;
    out.push(chars.slice(i, end).join(''));
    i = end;
  }
  return out;
}

const toAscii = (s: string) =>
  s.replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';').replace(/（/g, '(').replace(/）/g, ')').replace(/[“”]/g, '"');

function headlineLines(h: Headline | null): string[] {
  if (!h) return [];
  return [h.kicker, h.main, h.sub].filter((x): x is string => Boolean(x)).flatMap((x) => x.split('\n'));
}

function bylineLine(a: Article): string {
  const parts: string[] = [];
  if (a.byline.reporters.length) parts.push(`本报记者 ${a.byline.reporters.join(' ')}`);
  if (a.byline.correspondents.length) parts.push(`本报通讯员 ${a.byline.correspondents.join(' ')}`);
  return parts.join(' ');
}

function creditLine(a: Article, r: () => number, style: Style): string[] {
  if (a.byline.photographers.length === 0) return [];
  const plain = `本报记者 ${a.byline.photographers.join(' ')} 摄`;
  if (style !== 'A' || r() < 0.5) return [plain];
  // Narrow columns set a credit out character by character: `本 报 记` / `者 孙 悦` / `摄`.
  const spaced = [...plain.replace(/\s+/g, '')].join(' ');
  return wrap(spaced, 6).map((l) => l.trim());
}

function layoutA(articles: Article[], o: LayoutOptions): string[] {
  const r = o.random;
  // Each article's lines before its headline, and its headline lines.
  const parts = articles.map((a, i) => {
    const body: string[] = [];
    if (a.kind === 'photo') {
      // A group title stands between two photos of the group.
      if (a.groupTitle && articles[i - 1]?.kind === 'photo') body.push(a.groupTitle, '');
      const w = Math.max(5, Math.min(o.width - 2, int(r, 5, 9)));
      for (const b of a.body) body.push(...wrap(b.text, w), '');
      body.push(...creditLine(a, r, 'A'), '');
      return { body, head: [] as string[] };
    }
    if (a.kind === 'feature') body.push(bylineLine(a), '');
    for (const b of a.body) {
      if (b.type === 'heading') {
        body.push(...wrap(b.text, Math.max(4, Math.ceil([...b.text].length / 2))), '');
        continue;
      }
      const lines = wrap(b.text, o.width);
      // Now and then a column break falls inside the paragraph.
      const cut = lines.length > 3 && r() < 0.3 ? int(r, 1, lines.length - 2) : -1;
      lines.forEach((l, k) => {
        body.push(l);
        if (k === cut) body.push('');
      });
      body.push('');
    }
    const head = headlineLines(a.headline);
    return { body, head: head.length > 2 ? [head[0] as string, '', ...head.slice(1)] : head };
  });
  const out: string[] = [];
  parts.forEach((p, i) => {
    out.push(...p.body);
    if (p.head.length === 0) return;
    out.push(...p.head);
    // A headline's last line can run into the next lead on the same line (a lead's marker, as OCR saw it),
    // or into the byline of the signed piece under it (`防汛工作 本报记者 方晓`).
    const next = articles[i + 1];
    const nextBody = parts[i + 1]?.body;
    if (next?.kind === 'news' && nextBody?.[0] && LEAD.test(nextBody[0]) && r() < 0.3) out[out.length - 1] += ` ${nextBody.shift()}`;
    else if (next?.kind === 'feature' && nextBody?.[0] && /^(?:本报)?(?:记者|通讯员)/.test(nextBody[0]) && r() < 0.3) out[out.length - 1] += ` ${nextBody.shift()}`;
    out.push('');
  });
  return out;
}

function layoutParagraphs(articles: Article[], o: LayoutOptions): string[] {
  const r = o.random;
  const B = o.style === 'B';
  const out: string[] = [];
  if (!B && o.issueDate) {
    const [y, m, d] = o.issueDate.split('-').map(Number);
    const wd = WEEKDAY[new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay()];
    out.push(`${y}.${m}.${d} 星期${wd} ■编辑:${pick(r, ['罗兰', '何婷', '高翔'])} ■组版:${pick(r, ['林峰', '胡斌'])}`, '');
  }
  if (B) out.push('编辑:马骏', '版式:朱琳', '校对:胡斌', '');
  const fix = (s: string) => (B ? toAscii(s) : s);
  const spacedWraps = (s: string) => (B ? s : wrap(s, int(r, 16, 22)).join(' '));
  const photoText = (p: Article) => [
    '',
    '',
    fix(p.body.map((b) => b.text).join('')),
    '',
    ...creditLine(p, r, o.style).flatMap((l) => [l, '']),
  ];
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i] as Article;
    if (a.kind === 'photo') {
      out.push(...photoText(a));
      continue;
    }
    const h = a.headline;
    if (h) {
      if (B) {
        out.push(fix([h.kicker, h.main].filter(Boolean).join(' ').replace(/\n/g, ' ')), '');
        if (h.sub) out.push(fix(h.sub.replace(/\n/g, ' ')), '');
      } else {
        if (h.kicker) out.push(h.kicker.replace(/\n/g, ' '), '');
        out.push(`# ${h.main.replace(/\n/g, ' ')}`, '');
        if (h.sub) out.push(h.sub.replace(/\n/g, ' '), '');
      }
    }
    if (a.kind === 'feature') out.push(bylineLine(a), '');
    // A photo that follows a feature is set inside it, after its second paragraph.
    const inside = a.kind === 'feature' && articles[i + 1]?.kind === 'photo' && r() < 0.7 ? (articles[i + 1] as Article) : null;
    let paragraphs = 0;
    for (const b of a.body) {
      if (b.type === 'heading') out.push(B ? fix(b.text) : `#### ${b.text}`, '');
      else {
        out.push(fix(spacedWraps(b.text)), '');
        paragraphs++;
        if (inside && paragraphs === 2) out.push(...photoText(inside));
      }
    }
    if (inside && paragraphs < 2) out.push(...photoText(inside));
    if (inside) i++;
  }
  return out;
}

export function layoutPage(articles: Article[], o: LayoutOptions): string {
  return (o.style === 'A' ? layoutA(articles, o) : layoutParagraphs(articles, o)).join('\n') + '\n';
}

