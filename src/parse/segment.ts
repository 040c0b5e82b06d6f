/**
 * Stage 4: classified blocks → articles, photos, furniture and stranded text.
 *
 * The three extraction styles differ in one thing that matters here: where a
 * headline stands. Narrow OCR columns (style A, `wrapped`) print it after its
 * body; exports with a paragraph a line (styles B and C, `paragraph`) print it
 * before. Everything else is shared:
 *  - a lead (`本报讯（记者…）`) opens a news report, a byline line (`本报记者 周文涛`)
 *    opens a feature;
 *  - a photo credit (`本报记者 韩志远 摄`) closes a caption; in styles B and C a
 *    short line after an image gap is a caption without credit;
 *  - headline-like blocks followed by more text inside an article are subheads.
 */
import { CAPTION_OPENER, MD_HEADING, SUB_DASH, visibleLength } from './chars.ts';
import type { Layout } from './blocks.ts';
import type { Classified } from './classify.ts';

export interface RawArticle {
  kind: 'news' | 'feature' | 'photo';
  /** The lead block (news) or byline block (feature). */
  anchor: Classified | null;
  headline: Classified[];
  /** Text and subhead blocks, in reading order. */
  body: Classified[];
  credit: Classified | null;
  groupTitle: Classified[];
}

export interface Segmented {
  articles: RawArticle[];
  furniture: Classified[];
  /** Headline-like blocks that belong to no body: `滨河区召开工作会议 部署…` before another headline. */
  stranded: Classified[];
}

/** A kicker (引题) is short; a longer headline line followed by another is a headline of its own. */
const KICKER_MAX = 20;
/** Caption columns are set narrower or wider than the article they sit in. */
const WIDTH_CHANGE = 1.5;

const isAnchor = (b: Classified) => b.kind === 'lead' || b.kind === 'byline';
const isHeadish = (b: Classified) => b.kind === 'headline' || b.kind === 'heading';

function medianWidth(b: Classified): number {
  const w = b.lines.map((l) => visibleLength(l.text)).sort((x, y) => x - y);
  return w[Math.floor(w.length / 2)] ?? 0;
}

/** The caption blocks a credit closes: in narrow columns, text back to the nearest headline. */
function captionBefore(blocks: Classified[], creditAt: number, layout: Layout, taken: Set<number>): number[] {
  const out: number[] = [];
  const prevOk = (b: Classified | undefined) =>
    b !== undefined && !taken.has(b.index) && (b.kind === 'text' || (layout === 'paragraph' && b.kind === 'headline'));
  if (layout === 'paragraph') {
    const b = blocks[creditAt - 1];
    return prevOk(b) ? [creditAt - 1] : [];
  }
  let width = 0;
  for (let j = creditAt - 1; j >= 0; j--) {
    const b = blocks[j];
    if (!prevOk(b) || !b) break;
    if (b.lines.length >= 3) {
      const w = medianWidth(b);
      if (width === 0) width = w;
      else if (w > width * WIDTH_CHANGE || w * WIDTH_CHANGE < width) break;
    }
    out.unshift(j);
    if (CAPTION_OPENER.test(b.lines[0]?.text ?? '')) break;
  }
  return out;
}

const newArticle = (kind: RawArticle['kind'], anchor: Classified | null): RawArticle => ({
  kind,
  anchor,
  headline: [],
  body: [],
  credit: null,
  groupTitle: [],
});

/**
 * Splits a run of headline blocks standing before a lead into headlines: the last
 * is the lead's, any before it lost their body in extraction.
 */
function splitHeadlineRun(run: Classified[]): Classified[][] {
  const groups: Classified[][] = [];
  let lastLen = 0;
  for (const b of run) {
    const first = b.lines[0]?.text ?? '';
    const continues =
      groups.length > 0 && (SUB_DASH.test(first) || MD_HEADING.test(first) || lastLen <= KICKER_MAX);
    if (!continues) groups.push([]);
    groups[groups.length - 1]?.push(b);
    lastLen = visibleLength(b.lines.at(-1)?.text ?? '');
  }
  return groups;
}

/** Headlines with commas in exports: a headline candidate right before a headline or an anchor is one. */
function promoteHeadlines(blocks: Classified[]): Classified[] {
  const out = [...blocks];
  for (let i = out.length - 2; i >= 0; i--) {
    const b = out[i] as Classified;
    const next = out[i + 1] as Classified;
    if (b.headlineCandidate && (isAnchor(next) || isHeadish(next))) out[i] = { ...b, kind: 'headline' };
  }
  return out;
}

export function segment(input: Classified[], layout: Layout): Segmented {
  const blocks = layout === 'paragraph' ? promoteHeadlines(input) : input;
  const furniture = blocks.filter((b) => b.kind === 'furniture');
  const taken = new Set<number>(furniture.map((b) => b.index));
  const photos: RawArticle[] = [];
  const stranded: Classified[] = [];

  // Photos first: a credit closes the caption before it.
  for (const credit of blocks.filter((b) => b.kind === 'credit')) {
    const caption = captionBefore(blocks, credit.index, layout, taken);
    taken.add(credit.index);
    if (caption.length === 0) {
      furniture.push(credit);
      continue;
    }
    const photo = newArticle('photo', null);
    photo.credit = credit;
    for (const i of caption) {
      const b = blocks[i];
      if (b) photo.body.push(b);
      taken.add(i);
    }
    photos.push(photo);
  }
  // Captions without credit after an image gap (styles B and C), unless a lead follows: then it is a headline.
  for (const b of blocks) {
    if (!b.captionCandidate || taken.has(b.index)) continue;
    const next = blocks.slice(b.index + 1).find((n) => !taken.has(n.index) && !n.captionCandidate);
    if (next && isAnchor(next)) continue;
    const photo = newArticle('photo', null);
    photo.body.push(b);
    taken.add(b.index);
    photos.push(photo);
  }
  // In narrow columns, headline lines between photos are the group's title (`赶制订单 忙而有序`).
  if (layout === 'wrapped') {
    photos.sort((a, b) => (a.body[0]?.index ?? 0) - (b.body[0]?.index ?? 0));
    for (const photo of photos) {
      const first = photo.body[0]?.index ?? 0;
      const title: Classified[] = [];
      let j = first - 1;
      for (; j >= 0; j--) {
        const b = blocks[j];
        if (!b || taken.has(b.index) && b.kind !== 'credit') break;
        if (b.kind !== 'headline') break;
        title.unshift(b);
      }
      const before = blocks[j];
      if (title.length > 0 && (j < 0 || before?.kind === 'credit')) {
        photo.groupTitle = title;
        for (const b of title) taken.add(b.index);
      }
    }
  }

  const flow = blocks.filter((b) => !taken.has(b.index));
  const articles: RawArticle[] = [];
  let current: RawArticle | null = null;
  let pending: Classified[] = [];

  const open = (kind: RawArticle['kind'], anchor: Classified | null) => {
    current = newArticle(kind, anchor);
    articles.push(current);
    return current;
  };

  if (layout === 'wrapped') {
    const closeHeadline = () => {
      if (pending.length === 0) return;
      const c = current as RawArticle | null;
      if (c && c.headline.length === 0) c.headline = pending;
      else stranded.push(...pending);
      pending = [];
    };
    for (const b of flow) {
      if (isAnchor(b)) {
        closeHeadline();
        open(b.kind === 'lead' ? 'news' : 'feature', b);
      } else if (isHeadish(b)) {
        pending.push(b);
      } else {
        const c = (current as RawArticle | null) ?? open('news', null);
        if (pending.length > 0) c.body.push(...pending);
        pending = [];
        c.body.push(b);
      }
    }
    closeHeadline();
  } else {
    for (const b of flow) {
      if (isAnchor(b)) {
        const groups = splitHeadlineRun(pending);
        const headline = groups.pop() ?? [];
        for (const g of groups) stranded.push(...g);
        open(b.kind === 'lead' ? 'news' : 'feature', b).headline = headline;
        pending = [];
      } else if (isHeadish(b)) {
        pending.push(b);
      } else {
        let c = current as RawArticle | null;
        if (!c) {
          c = open('news', null);
          c.headline = pending;
        } else if (pending.length > 0) {
          c.body.push(...pending);
        }
        pending = [];
        c.body.push(b);
      }
    }
    stranded.push(...pending);
  }

  // Photos interleave with articles by where they start in the text.
  const all = [...articles, ...photos];
  const startOf = (a: RawArticle) =>
    Math.min(...[...a.headline, ...(a.anchor ? [a.anchor] : []), ...a.body, ...a.groupTitle].map((b) => b.lines[0]?.no ?? Infinity));
  all.sort((a, b) => startOf(a) - startOf(b));
  return { articles: all, furniture, stranded };
}
