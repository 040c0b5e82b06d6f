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
import { closesOnByline, endsSigned } from './byline.ts';
import { isBanner } from './furniture.ts';
import { bigrams, type Head, SAYS_LITTLE, share } from './pairs.ts';
import { BULLETED, CAPTION_OPENER, DAY_OPENS, KINSOKU, leadReads, MD_HEADING, NUMBERED, OPENS_REPORT, SIDEBAR_LABEL, SUB_DASH, TERMINAL, visibleLength } from './chars.ts';
import type { Layout } from './blocks.ts';
import { wrappedEnd } from './headline.ts';
import { compact } from './text.ts';
import { CAPTION_MAX_CHARS, PICTURE_GAP, type Classified } from './classify.ts';

export interface RawArticle {
  kind: 'news' | 'feature' | 'photo';
  /** The lead block (news) or byline block (feature). */
  anchor: Classified | null;
  headline: Classified[];
  /** Text and subhead blocks, in reading order. */
  body: Classified[];
  credit: Classified | null;
  groupTitle: Classified[];
  /** A byline printed after the body: `（记者 孙八）`. */
  endByline: Classified | null;
  /** Why the article starts and ends where it does, for `parse --explain`. */
  why: string[];
  /** What makes the article doubtful: an editor should look at it. */
  doubts: string[];
}

export interface Segmented {
  articles: RawArticle[];
  furniture: Classified[];
  /** Headline-like blocks that belong to no body: `滨河区召开工作会议 部署…` before another headline. */
  stranded: Classified[];
  /** Where the page prints a headline: before its body or after it, and the evidence. */
  orientation: Orientation;
}

/**
 * Where a page prints headlines. Narrow OCR columns of the seed kind print a
 * headline after its body; exports, pdftotext and OCR of whole pages print it
 * before. `votes` counts the evidence each way.
 */
export interface Orientation {
  value: 'before' | 'after';
  votes: { before: number; after: number };
}

/** A kicker (引题) is short; a longer headline line followed by another is a headline of its own. */
const KICKER_MAX = 20;
/** A caption is a few sentences at most (the seed pages' longest is 139 characters). */
const CAPTION_MAX = 200;
/** Caption columns are set narrower or wider than the article they sit in. */
const WIDTH_CHANGE = 1.5;
/** A line set across columns is this much wider than theirs at least. */
const ACROSS_COLUMNS = 1.3;

const isAnchor = (b: Classified) => b.kind === 'lead' || b.kind === 'byline';
const isHeadish = (b: Classified | undefined) => b?.kind === 'headline' || b?.kind === 'heading';

function medianWidth(b: Classified): number {
  const w = b.lines.map((l) => visibleLength(l.text)).sort((x, y) => x - y);
  return w[Math.floor(w.length / 2)] ?? 0;
}

/** Text that opens mid-sentence: a word or two and a mark (`了。”在巷子里…`). */
const GOES_ON = /^\s*[\u3400-\u9fff]{1,2}[，。、；：！？”]/;
/** Text that opens on a sentence's last word or two, which no paragraph does (`了。”在巷子里…`; `同时，…` may open one). */
const ENDS_GOING_ON = /^\s*[\u3400-\u9fff]{1,2}[。！？][”’」』]?/;
/** A caption without credit says what a picture shows in a sentence of at least this many characters. */
const GROUPED_CAPTION_MIN = 8;
/** A caption's only line this much shorter than the lines above it is a caption of its own, not their end. */
const SHORT_CAPTION = 0.8;
/** A caption without credit set apart in narrow columns: one sentence, of a caption's length, finished. */
const oneSentenceCaption = (b: Classified): boolean => {
  const text = textOf([b]).trim();
  const n = visibleLength(text);
  return n >= GROUPED_CAPTION_MIN && n <= CAPTION_MAX_CHARS && TERMINAL.test(text) && (text.match(/[。！？!?；;]/g) ?? []).length === 1;
};
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
  // How many blocks over the credit make a caption whole in itself, where the text above them ends a paragraph.
  let whole = 0;
  for (let j = creditAt - 1; j >= 0; j--) {
    const b = blocks[j];
    if (!prevOk(b) || !b) break;
    // Text signed at its end (`…按时用暖。（记者 任杰）`) closes a report, not a caption; an interview's turn
    // (`负责人：我们将把…`) is no caption's either.
    if (closesOnByline(b.lines.map((l) => l.text)) || TURN.test(b.lines[0]?.text ?? '')) break;
    // A caption is set narrower or wider than the text around it: its width is its longest line's.
    const w = b.lines.length >= 3 ? medianWidth(b) : Math.max(...b.lines.map((l) => visibleLength(l.text)));
    // (A caption's first line, opening on what the picture shows and running on, over its last line: one caption.)
    const runsInto = out.length === 1 && b.lines.length === 1 && SAYS_PICTURE.test(textOf([b])) && !TERMINAL.test(textOf([b]).trim());
    // (Nor is a caption's last line, alone after a blank line OCR put in it, as wide as the caption: the lines
    // above that it goes on from set its width, `…占有率分别达85%和` / `33%，是…基地。`.)
    const bottom = blocks[out[0] ?? -1];
    // (Not one its credit closes on its own line, `…文化广场夜景。 （资料图片）`: a caption so short is whole, unless a word or
    // two, `产基地。 本报记者 韩冰 摄`, that goes on from the lines above whatever their width.)
    const creditBeside = bottom?.lines.at(-1)?.no === blocks[creditAt]?.lines[0]?.no;
    const ownLine = creditBeside && bottom !== undefined && visibleLength(textOf([bottom])) >= GROUPED_CAPTION_MIN;
    const lastLine = out.length === 1 && bottom !== undefined && bottom.lines.length === 1 && !ownLine && !SAYS_PICTURE.test(textOf([bottom])) && !CAPTION_OPENER.test(textOf([bottom])) && !TERMINAL.test(textOf([b]).trim());
    // Nor from lines above that stop mid-sentence where the text after the credit goes on from them (`…现在再也不用担心` /
    // picture / `了。”在巷子里…`; in a column, whatever the text after opens on: `…三大产业` / caption / credit /
    // `合计贡献了…`): a paragraph the picture cut. (A caption set across the columns, OCR's blank line in it, goes on.)
    const after = blocks[creditAt + 1];
    if (out.length === 1 && after?.kind === 'text' && (GOES_ON.test(after.lines[0]?.text ?? '') || !b.widerThanColumn) && !TERMINAL.test(textOf([b]).trim()) && !SAYS_PICTURE.test(textOf([b]))) break;
    // Nor does one far shorter than the lines above go on from them where they stop mid-sentence (a column the picture
    // cut, `…更换了老旧管网，`).
    // (Unless it opens on a word's last character or two, set across the columns: `…图为近` / `日，工人在车间赶制订单。`.)
    const wordGoesOn = ownLine && bottom?.lines.length === 1 && b.widerThanColumn && GOES_ON.test(bottom.lines[0]?.text ?? '');
    if (out.length === 1 && ownLine && !wordGoesOn && bottom?.lines.length === 1 && b.lines.length >= 2 && visibleLength(textOf([bottom])) < w * SHORT_CAPTION && !TERMINAL.test(textOf([b]).trim())) break;
    if (width === 0 || runsInto || lastLine || (out.length === 1 && wordGoesOn)) width = w;
    else if (b.lines.length >= 3 || out.length === 1) {
      if (w > width * WIDTH_CHANGE || w * WIDTH_CHANGE < width) break;
    }
    // A caption is a few sentences: one that would grow past that has reached the article above it.
    const size = out.reduce((n, k) => n + visibleLength(textOf([blocks[k] as Classified])), 0);
    if (out.length > 0 && size + visibleLength(textOf([b])) > CAPTION_MAX) break;
    // A caption opening on its day (`5月9日，…`) does not go on from text above: that stops mid-sentence (a paragraph
    // the picture cut, `…及时帮助独居老人解决生活中的困`), or ends one, set right over it (`…快捷便民服务。`).
    const top = blocks[out[0] ?? -1];
    if (top && DAY_OPENS.test(top.lines[0]?.text ?? '') && (!TERMINAL.test(textOf([b]).trim()) || top.blanksBefore === 0)) break;
    // Nor, whole in itself after a blank line (`南湖区新建的文化广场夜景。`), from a paragraph above that ends too
    // (what the picture shows, `图为…`, may follow what happened, in a block of its own), unless the walk
    // finds the caption's opening mark further up (`▲7月3日，…。`, set across the columns OCR read between).
    // (A line set across the columns over another as wide, OCR's blank line between them, is the same caption's: no
    // column's text is wider than its column.)
    const wide = (x: Classified) => visibleLength(textOf([x]));
    const acrossBoth = b.lines.length === 1 && top?.lines.length === 1 && b.widerThanColumn && top.widerThanColumn && wide(b) * WIDTH_CHANGE >= wide(top) && wide(top) * WIDTH_CHANGE >= wide(b);
    if (whole === 0 && top && top.blanksBefore > 0 && !acrossBoth && !PICTURE_SHOWS.test(top.lines[0]?.text ?? '') && TERMINAL.test(textOf([top]).trim()) && TERMINAL.test(textOf([b]).trim())) whole = out.length;
    // A whole caption opening on its mark (`▲7月3日，…。`), set across the columns that OCR read
    // between it and its credit: the caption is that line alone, what is between the columns' text.
    const opens = CAPTION_OPENER.test(b.lines[0]?.text ?? '') || WHOLE_CAPTION.test(textOf([b]));
    // (So is one set in a column's paragraph, the text above it stopping mid-sentence: `…先后开工建设重` / `▲5月9日，…。` /
    // `点项目46个，…`.)
    if (opens && out.length > 0 && b.lines.length === 1 && TERMINAL.test(textOf([b]).trim()) && (w > width * ACROSS_COLUMNS || stopsMidSentence(blocks[j - 1]))) return [j];
    out.unshift(j);
    // (Nor does it begin above the blank lines a picture leaves over it.)
    if (opens || b.blanksBefore >= PICTURE_GAP) return opens || whole === 0 ? out : out.slice(-whole);
  }
  return whole === 0 ? out : out.slice(-whole);
}

/** A turn of an interview opening on who speaks: `记者：`, `负责人：`, `主持人：`. */
const TURN = /^\s*[\u3400-\u9fff]{2,5}\s*[：:]/;


/** Blocks above a credit's walk up to look for a whole caption when the walk took text that says no picture. */
const CAPTION_REACH = 3;
/** …and for one that opens on `图为`, in the same run of text (OCR sets the credit after the column beside the picture). */
const PICTURE_REACH = 16;

/**
 * Text a credit's walk up took that says no picture, a few blocks under a
 * whole caption (`6月3日，…。图为…`) that has no credit: OCR set the credit
 * after the text beside the picture, and the caption is the one above.
 */
function wholeCaptionAbove(blocks: Classified[], walk: number[], taken: Set<number>): number[] {
  if (walk.length === 0 || walk.some((k) => SAYS_PICTURE.test(textOf([blocks[k] as Classified])))) return walk;
  const top = walk[0] as number;
  for (let j = top - 1; j >= Math.max(0, top - CAPTION_REACH); j--) {
    const b = blocks[j];
    if (!b || taken.has(b.index) || isAnchor(b)) break;
    if (b.kind === 'text' && (WHOLE_CAPTION.test(textOf([b])) || pointingCaption(b))) return [j];
  }
  // Further up the same text, a caption that says what the picture shows (`图为…项` / `目签约仪式现场。`).
  for (let j = top - 1; j >= Math.max(0, top - PICTURE_REACH); j--) {
    const b = blocks[j];
    if (!b || taken.has(b.index)) break;
    // (Its first line, without a mark, may read as a headline's.)
    const opens = (/^\s*图为/.test(b.lines[0]?.text ?? '') && (b.kind === 'text' || b.kind === 'headline')) || pointingCaption(b);
    if (!opens && b.kind !== 'text') break;
    if (!opens) continue;
    const out = [j];
    for (let k = j; !TERMINAL.test(textOf([blocks[k] as Classified]).trim()); k++) {
      const next = blocks[k + 1];
      if (!next || next.kind !== 'text' || k + 1 >= top || out.length >= 3) return walk;
      out.push(k + 1);
    }
    return visibleLength(textOf(out.map((k) => blocks[k] as Classified))) <= CAPTION_MAX_CHARS * 2 ? out : walk;
  }
  return walk;
}

/** How many blocks after a credit reading by columns may have put the caption it stands under. */
const CAPTION_READ_LATER = 6;

/**
 * A credit reading by columns set in a column, under text that ends rows above it, while its caption
 * (`▲7月3日，…。`, set across the columns on the line above the credit) is read a few blocks later:
 * that caption is the credit's, not the column's text.
 */
function captionAcross(blocks: Classified[], credit: Classified, taken: Set<number>): number[] {
  const line = lineOf(credit);
  const above = blocks[credit.index - 1];
  if (above && (above.lines.at(-1)?.no ?? -1) >= line - 1) return [];
  for (let k = credit.index + 1; k <= credit.index + CAPTION_READ_LATER && k < blocks.length; k++) {
    const b = blocks[k] as Classified;
    if (b.kind !== 'text' || taken.has(b.index) || b.lines.length !== 1 || b.lines[0]?.no !== line - 1) continue;
    const text = textOf([b]);
    if (visibleLength(text) <= CAPTION_MAX && TERMINAL.test(text.trim())) return [b.index];
  }
  return [];
}

/**
 * A credit set left of its caption's start, on the line under it: reading by columns puts the credit first.
 * The caption is then the text block right after it that ends on the line above the credit.
 */
function captionReadAfter(blocks: Classified[], credit: Classified, taken: Set<number>): number[] {
  const b = blocks[credit.index + 1];
  if (!b || b.kind !== 'text' || taken.has(b.index)) return [];
  const last = b.lines[b.lines.length - 1]?.no ?? -1;
  const text = textOf([b]);
  return last === lineOf(credit) - 1 && visibleLength(text) <= CAPTION_MAX && TERMINAL.test(text.trim()) ? [b.index] : [];
}

/** A caption that points at its picture (`▲5月9日，…。`, OCR's `全5月9日，…。`), finished: a caption wherever it stands. */
const pointingCaption = (b: Classified): boolean => {
  const text = textOf([b]).trim();
  return b.kind === 'text' && CAPTION_OPENER.test(b.lines[0]?.text ?? '') && TERMINAL.test(text) && visibleLength(text) <= CAPTION_MAX;
};

/** A caption whole in itself: when and what happened, then what the picture shows (`6月3日，…。图为…`). */
const WHOLE_CAPTION = /^\s*\d{1,2}月\d{1,2}日[^。]*。.*图为/;

/** A long caption is a sentence of its own between two image gaps, or one that says what the picture shows. */
const LONG_CAPTION_MAX = 160;
const SAYS_PICTURE = /图为|^\s*\d{1,2}月\d{1,2}日|^\s*[➡⬅→←▲]/;
/** A paragraph that says what a picture shows: `图为…`. */
const PICTURE_SHOWS = /^\s*图为/;
/** A paragraph saying what a picture shows (`图为…`) or pointing at it (`⬅昨日，…`): a caption wherever it stands. */
const pointsAtPicture = (b: Classified) => PICTURE_SHOWS.test(b.lines[0]?.text ?? '') || CAPTION_OPENER.test(b.lines[0]?.text ?? '');
function longCaption(blocks: Classified[], b: Classified): boolean {
  if (b.kind !== 'text' || b.lines.length !== 1) return false;
  const n = visibleLength(b.lines[0]?.text ?? '');
  if (n > LONG_CAPTION_MAX || !TERMINAL.test(b.lines[0]?.text.trim() ?? '')) return false;
  // A paragraph saying what the picture shows (`图为…。`), or pointing at it (`⬅昨日，…。`), is its caption wherever it stands.
  if (pointsAtPicture(b)) return true;
  if (b.blanksBefore < 2) return false;
  // One short sentence under the blank lines a picture leaves (`东江区湿地公园里，成群的白鹭在水面上觅食嬉戏。`).
  if (b.blanksBefore >= PICTURE_GAP && n <= CAPTION_MAX_CHARS && (b.lines[0]?.text.match(/[。！？!?]/g) ?? []).length === 1) return true;
  const next = blocks[b.index + 1];
  return next === undefined || next.blanksBefore >= 2 || SAYS_PICTURE.test(b.lines[0]?.text ?? '');
}

const newArticle = (kind: RawArticle['kind'], anchor: Classified | null): RawArticle => ({
  kind,
  anchor,
  headline: [],
  body: [],
  credit: null,
  groupTitle: [],
  endByline: null,
  why: [],
  doubts: [],
});

const lineOf = (b: Classified | undefined) => b?.lines[0]?.no ?? 0;
const textOf = (bs: Classified[]) => bs.map((b) => b.lines.map((l) => l.text).join('')).join('');


/** A headline's words are in its article's first paragraphs: the text compared is that long at most. */
const SEGMENT_WORDS = 600;
/** A headline shares this much more with one side than with the other to say which it belongs to. */
const SIDE_MARGIN = 0.15;

/**
 * Decides where the page prints headlines, from what each run of headline
 * blocks before a lead or byline shares with the text before it and after it
 * (both articles open with a lead either way), and from how the page
 * begins and ends (a page that opens on a headline prints it before its body;
 * one that ends on a headline, after).
 */
export function orient(flow: Classified[], layout: Layout): Orientation {
  const votes = { before: 0, after: 0 };
  const runs: Array<[number, number]> = [];
  flow.forEach((b, i) => {
    if (!isHeadish(b)) return;
    const last = runs.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  });
  // The text between two runs (after one run, before the next), its first words only, made once each.
  const segments = new Map<number, string>();
  const segmentText = (k: number) => {
    let text = segments.get(k);
    if (text === undefined) {
      const from = k > 0 ? (runs[k - 1]?.[1] ?? -1) + 1 : 0;
      const to = k < runs.length ? (runs[k]?.[0] ?? flow.length) : flow.length;
      text = '';
      for (let i = from; i < to && text.length < SEGMENT_WORDS; i++) for (const l of flow[i]?.lines ?? []) text += l.text;
      text = text.slice(0, SEGMENT_WORDS);
      segments.set(k, text);
    }
    return text;
  };
  runs.forEach(([from, to], k) => {
    // A run followed by running text may be a subhead, which shares words with its section either way.
    const next = flow[to + 1];
    if (next && !isAnchor(next)) return;
    const head = bigrams(textOf(flow.slice(from, to + 1)));
    const before = share(head, segmentText(k));
    const after = share(head, segmentText(k + 1));
    if (after - before > SIDE_MARGIN) votes.before++;
    else if (before - after > SIDE_MARGIN) votes.after++;
  });
  if (flow.length > 0 && isHeadish(flow[0] as Classified)) votes.before++;
  if (flow.length > 0 && isHeadish(flow.at(-1) as Classified)) votes.after++;
  // A paragraph a line prints headlines before their body (exports) unless the page says otherwise clearly: narrow
  // columns' lines as long as an export's paragraphs (`…共享优质课程资源。（记者 范文）` / `…三所乡村学校投入使用`).
  if (layout === 'paragraph') return { value: votes.after >= votes.before + PARAGRAPH_AFTER ? 'after' : 'before', votes };
  return { value: votes.before > votes.after ? 'before' : 'after', votes };
}
/** How many more headlines must say the text before them than after for a page of paragraphs to print them after. */
const PARAGRAPH_AFTER = 2;

/** Subheads are a feature's: one short block, no deck dash, inside a feature. */
const SUBHEAD_MAX = 30;
/** A subhead wrapped over two lines a page of paragraphs read as two blocks is a few words. */
const WRAPPED_SUBHEAD_MAX = 12;
const isDebris = (b: Classified) =>
  visibleLength(textOf([b])) <= 1 || (b.lines.every((l) => visibleLength(l.text) <= 2) && (b.lines.length > 1 || /[.,'`|]/.test(textOf([b]))));
const headingLevel = (b: Classified): number => MD_HEADING.exec(b.lines[0]?.text ?? '')?.[1]?.length ?? 0;
function deeperHeading(b: Classified, a: RawArticle): boolean {
  const level = headingLevel(b);
  const own = a.headline.map(headingLevel).filter((n) => n > 0);
  return level > 0 && own.length > 0 && level > Math.min(...own);
}
/** A subhead of any piece, a report's too: a box's label (`相关链接`, `记者手记`) or a numbered section's (`一、深化改革`). */
const alwaysSubhead = (b: Classified): boolean => b.lines.length <= 2 && (SIDEBAR_LABEL.test(textOf([b]).trim()) || NUMBERED.test(b.lines[0]?.text ?? '') || BULLETED.test(b.lines[0]?.text ?? ''));
/** Such a subhead is kept one in a report too, where other headline lines in the body are text a column cut. */
const asSubhead = (b: Classified): Classified => (b.kind === 'headline' && alwaysSubhead(b) ? { ...b, kind: 'heading' } : b);
/** Two lines of one subhead a page of paragraphs read as two blocks (`老店迎来` / `新客`): one block again. */
const wrappedSubhead = (words: Classified[]): boolean =>
  words.length === 2 && words.every((w) => w.kind === 'headline' && w.lines.length === 1) && visibleLength(textOf(words)) <= WRAPPED_SUBHEAD_MAX;
const oneSubhead = (run: Classified[]): Classified[] => (wrappedSubhead(run) ? [{ ...(run[0] as Classified), lines: run.flatMap((b) => b.lines) }] : run);
function isSubhead(run: Classified[], current: RawArticle | null, next: Classified): boolean {
  // A lone character beside it, or lines of a character or two (`旦.` / `由里`), are OCR's reading of a
  // rule or a picture's edge, not another headline.
  const words = run.length > 1 ? run.filter((r) => !isDebris(r)) : run;
  // A markdown heading of a lower level than the article's own (`### 延伸产业链` under `## …`) is its subhead.
  if (current && run.length === 1 && deeperHeading(run[0] as Classified, current)) return true;
  // A box's label (`相关链接`, `记者手记`) or a numbered section's subhead (`二、强化要素保障`) sets apart text of the piece above it.
  // (A bulleted line over a lead is a 简讯 item's headline: `■ 图书馆延长开放时间` / `本报讯…`.)
  if (current && run.length === 1 && alwaysSubhead(run[0] as Classified) && !(BULLETED.test(run[0]?.lines[0]?.text ?? '') && (next.kind === 'lead' || OPENS_REPORT.test(next.lines[0]?.text ?? '')))) return true;
  // (Or two lines of one a page of paragraphs set apart, wrapped in a narrow column: `老店迎来` / `新客`.)
  if (!current || current.kind !== 'feature' || (words.length !== 1 && !wrappedSubhead(words))) return false;
  const b = words[0] as Classified;
  const first = b.lines[0]?.text ?? '';
  if (b.lines.length > 2 || visibleLength(textOf(run)) > SUBHEAD_MAX || SUB_DASH.test(first)) return false;
  return !OPENS_REPORT.test(next.lines[0]?.text ?? '');
}

/**
 * A headline-like block of full column lines followed by text is that text's
 * beginning, cut by a column break (`聚焦绿色低碳、数字` / `经济、现代物流、新`).
 */
function runOn(flow: Classified[]): Classified[] {
  const out = [...flow];
  for (let i = out.length - 2; i >= 0; i--) {
    const b = out[i] as Classified;
    const next = out[i + 1];
    // Unless the text after it opens a paragraph or a report (`近日，…`): then this is a headline as long as a column line.
    const fills = b.fillsColumn || (b.fillsColumnButLast && KINSOKU.test(next?.lines[0]?.text ?? ''));
    if (isHeadish(b) && fills && next?.kind === 'text' && !next.opensParagraph && !OPENS_REPORT.test(next.lines[0]?.text ?? '')) out[i] = { ...b, kind: 'text' };
  }
  return out;
}

/** Text that stops mid-sentence continues after whatever stands between (a column break). */
const stopsMidSentence = (b: Classified | undefined) => b !== undefined && (b.kind === 'text' || b.kind === 'lead') && !endsSigned(b.lines.map((l) => l.text));

/**
 * Splits a run of headline blocks standing before a lead into headlines: the last
 * is the lead's, any before it lost their body in extraction.
 */
function splitHeadlineRun(run: Classified[]): Classified[][] {
  const groups: Classified[][] = [];
  let last = '';
  for (const b of run) {
    const first = b.lines[0]?.text ?? '';
    // (A line's wrapped end, `…产城融合的先` / `行样板区`, goes on with it.)
    const continues =
      groups.length > 0 && (SUB_DASH.test(first) || MD_HEADING.test(first) || visibleLength(last) <= KICKER_MAX || (b.lines.length === 1 && wrappedEnd(last, first)));
    if (!continues) groups.push([]);
    groups[groups.length - 1]?.push(b);
    last = b.lines.at(-1)?.text ?? '';
  }
  return groups;
}

/**
 * Headlines with commas (`…：“25311”，书写…答卷`): in exports, a headline
 * candidate right before a headline or an anchor is one; in narrow columns,
 * one between headline lines (or the page's furniture) and a lead or a signed
 * piece's byline, or one over a deck (`——…`, OCR's `一一…`).
 */
function promoteHeadlines(blocks: Classified[], layout: Layout): Classified[] {
  const out = layout === 'paragraph' ? blocks.map(cutByColumn) : [...blocks];
  for (let i = out.length - 2; i >= 0; i--) {
    const b = out[i] as Classified;
    const next = out[i + 1] as Classified;
    const before = out[i - 1];
    const promote =
      layout === 'paragraph'
        ? isAnchor(next) || isHeadish(next)
        : (isAnchor(next) && (before === undefined || isHeadish(before) || before.kind === 'furniture')) ||
          (next.kind === 'headline' && (SUB_DASH.test(next.lines[0]?.text ?? '') || (before !== undefined && isHeadish(before))));
    if (b.headlineCandidate && promote) out[i] = { ...b, kind: 'headline' };
  }
  return out;
}

/** The nearest block at or before `j` that is no page furniture (an export sets `责任编辑：…` among the paragraphs). */
function pastFurniture(blocks: Classified[], j: number): number {
  while (j > 0 && blocks[j]?.kind === 'furniture') j--;
  return j;
}

/** A comma or 、 inside a line, not at its end. */
const MARK_INSIDE = /[，,、](?!\s*$)/;
/**
 * A paragraph a line: a short line holding a comma or 、 over text is a
 * paragraph's start that a column break cut off (`据了解，为做好今年` /
 * `汛期各项工作，…`), not a headline (one with a comma ends on `！` or
 * `？`, or stands over a lead), where it holds two, or one after text inside a report
 * or under a signed piece's subhead.
 */
function cutByColumn(b: Classified, i: number, blocks: Classified[]): Classified {
  if (b.kind !== 'headline' || b.lines.length !== 1 || alwaysSubhead(b)) return b;
  const text = b.lines[0]?.text.trim() ?? '';
  if (/[！？!?]$/.test(text) || blocks[i + 1]?.kind !== 'text') return b;
  // (Not over a report whose lead was lost: `稳增长，促发展` / `7月1日至3日，…`, `…专题招商` / `就智能制造…项目开展洽谈` / `近日，…`.)
  if (OPENS_REPORT.test(blocks[i + 1]?.lines[0]?.text ?? '')) return b;
  // Two commas or more are no headline's, anywhere (`优化营商环境，提升服务效能，打造亲商、安商高地`).
  if ((text.match(/[，,、；;]/g) ?? []).length >= 2) return { ...b, kind: 'text' };
  if (!MARK_INSIDE.test(text)) return b;
  let j = i - 1;
  while (j >= 0 && !isAnchor(blocks[j] as Classified)) j--;
  const opened = blocks[j]?.kind;
  // One: after text inside a report, its lead's paragraph too (a signed piece's subheads may hold one, `产业新城，打造新名片`), or right
  // under a signed piece's subhead that stands after its text. (Never a section's number: `二、强化要素保障`.)
  // (Past page furniture set between: `责任编辑：…`.)
  const above = pastFurniture(blocks, i - 1);
  const under = blocks[above]?.kind;
  // (Or a report whose lead was lost, opening on when it happened under its headline: `近日，…`.)
  let k = above;
  while (k >= 0 && (blocks[k]?.kind === 'text' || blocks[k]?.kind === 'furniture')) k--;
  const leadless = blocks[k]?.kind === 'headline' && k + 1 <= above && OPENS_REPORT.test(blocks[k + 1]?.lines[0]?.text ?? '');
  const afterText = (under === 'text' || under === 'lead') && (opened === 'lead' || leadless);
  const underSubhead = (under === 'heading' || (under === 'headline' && blocks[pastFurniture(blocks, above - 1)]?.kind === 'text')) && opened === 'byline';
  return afterText || underSubhead ? { ...b, kind: 'text' } : b;
}

/**
 * In narrow columns, a sentence a column left unfinished goes on in the text
 * after it, however wide that is set (`…各部门要为群众当好` / `“服务员”“勤务员”，…`):
 * two wide lines after it are no caption in smaller type. (One wide line, or
 * lines after a picture's gap, are: a column cut mid-sentence often stands
 * right over a picture's caption.)
 */
function runsOn(before: Classified | undefined): boolean {
  if (!before || (before.kind !== 'text' && before.kind !== 'lead')) return false;
  const last = before.lines.at(-1)?.text.trim() ?? '';
  return last !== '' && !TERMINAL.test(last);
}

export function segment(input: Classified[], layout: Layout): Segmented {
  const blocks = promoteHeadlines(input, layout);
  const furniture = blocks.filter((b) => b.kind === 'furniture');
  const taken = new Set<number>(furniture.map((b) => b.index));
  const photos: RawArticle[] = [];
  const stranded: Classified[] = [];

  // Photos first: a credit closes the caption before it.
  for (const credit of blocks.filter((b) => b.kind === 'credit')) {
    const across = layout === 'wrapped' ? captionAcross(blocks, credit, taken) : [];
    const before = across.length > 0 ? [] : wholeCaptionAbove(blocks, captionBefore(blocks, credit.index, layout, taken), taken);
    const caption = across.length > 0 ? across : before.length > 0 ? before : captionReadAfter(blocks, credit, taken);
    taken.add(credit.index);
    if (caption.length === 0) {
      furniture.push(credit);
      continue;
    }
    const photo = newArticle('photo', null);
    photo.credit = credit;
    photo.why.push(
      before.length > 0
        ? `line ${lineOf(credit)}: a photo credit closes the caption before it`
        : `line ${lineOf(credit)}: a photo credit under the caption on the line above it, read before it by columns`,
    );
    for (const i of caption) {
      const b = blocks[i];
      if (b) photo.body.push(b);
      taken.add(i);
    }
    // Text before it stopping mid-sentence may go on in it: the caption may have taken a paragraph's end.
    const first = Math.min(...caption);
    // (Not one opening on its day: the text above goes on past the picture.)
    const onItsDay = DAY_OPENS.test(blocks[first]?.lines[0]?.text ?? '');
    if (layout === 'wrapped' && stopsMidSentence(blocks[first - 1]) && !taken.has(first - 1) && !onItsDay) photo.doubts.push('caption may begin inside a paragraph');
    photos.push(photo);
  }
  const uncredited = (b: Classified, why: string) => {
    const photo = newArticle('photo', null);
    photo.body.push(b);
    photo.why.push(why);
    photo.doubts.push('caption without credit');
    taken.add(b.index);
    photos.push(photo);
  };
  // Captions without credit: after an image gap (styles B and C), unless a lead follows (then it is a headline);
  // in narrow columns, one line of a sentence set wider than the columns, or a sentence after a picture's blank lines.
  for (const b of blocks) {
    if (!(b.captionCandidate || (layout === 'paragraph' && longCaption(blocks, b))) || taken.has(b.index)) continue;
    // (Not text of a column's width opening mid-sentence, a word's end and its mark: `隐患，确保安全度汛。`, a column's
    // lines moved; a caption's line set across the columns may: `一，先后被授予…`.)
    if (layout === 'wrapped' && !b.widerThanColumn && GOES_ON.test(b.lines[0]?.text ?? '')) continue;
    const next = blocks.slice(b.index + 1).find((n) => !taken.has(n.index) && !n.captionCandidate);
    // (Not a paragraph no headline could be: sentences longer than a caption's shortest, and finished.)
    if (layout === 'paragraph' && next && isAnchor(next) && !pointsAtPicture(b) && !(b.lines.length === 1 && visibleLength(textOf([b])) > CAPTION_MAX_CHARS && TERMINAL.test(textOf([b]).trim()))) continue;
    if (layout === 'wrapped' && b.lines.length > 1 && b.blanksBefore < PICTURE_GAP && runsOn(blocks[b.index - 1])) continue;
    uncredited(
      b,
      layout === 'paragraph'
        ? PICTURE_SHOWS.test(b.lines[0]?.text ?? '')
          ? `line ${lineOf(b)}: a paragraph saying what a picture shows: a caption without credit`
          : `line ${lineOf(b)}: a short line after an image gap, no lead after it: a caption without credit`
        : b.blanksBefore >= PICTURE_GAP
          ? `line ${lineOf(b)}: one sentence after the blank lines a picture leaves: a caption without credit`
          : `line ${lineOf(b)}: one sentence set wider than the columns: a caption without credit`,
    );
  }
  // In narrow columns, a sentence of a line (or two) after a report its byline closed, before a headline or a lead (or
  // the page's foot): a caption without credit, not that report's text going on (`…确保居民按时用暖。（记者 梁辰）` /
  // `松林县湿地公园里，成群的白鹭在水面上觅食嬉戏。` / `…新场景`).
  if (layout === 'wrapped')
    for (const b of blocks) {
      // (Of two lines, the first set wider than the column: a paragraph's end read out of its columns' order fills it.)
      if (taken.has(b.index) || b.kind !== 'text' || b.lines.length > (b.widerThanColumn ? 2 : 1) || OPENS_REPORT.test(b.lines[0]?.text ?? '')) continue;
      const before = blocks[b.index - 1];
      const after = blocks[b.index + 1];
      const closed = before !== undefined && (before.kind === 'endByline' || ((before.kind === 'text' || before.kind === 'lead') && closesOnByline(before.lines.map((l) => l.text))));
      // (Or before another picture's caption: `…用暖。（记者 邵宁）` / `…湿地公园里，…嬉戏。` / `5月9日，…修剪果树。（记者 苏航 摄）`.)
      const captionAfter = after !== undefined && photos.some((ph) => ph.body.includes(after));
      if (!closed || !(after === undefined || captionAfter || ['headline', 'lead', 'furniture'].includes(after.kind)) || !oneSentenceCaption(b)) continue;
      uncredited(b, `line ${lineOf(b)}: one sentence after a report its byline closed: a caption without credit`);
    }
  // In narrow columns, a sentence set between a paragraph's two parts, the first stopping mid-sentence and the second
  // going on from it (`…再也不用担心` / `5月9日，…修剪果树。` / `了。”在巷子里…`): a picture cut the paragraph, and the
  // sentence is its caption, its credit set apart or lost.
  if (layout === 'wrapped')
    for (const b of blocks) {
      // (Or one already read as a caption without credit, set wider than the columns.)
      const alone = photos.find((ph) => !ph.credit && ph.body.length === 1 && ph.body[0] === b);
      if ((taken.has(b.index) && !alone) || b.kind !== 'text' || b.lines.length > 2 || !oneSentenceCaption(b)) continue;
      const before = blocks[b.index - 1];
      const after = blocks[b.index + 1];
      // (The paragraph's second part may have gone to the credit at the column's foot, as its caption: it comes back below.)
      const afterCaption = after !== undefined && photos.some((ph) => ph.credit && ph.body[0] === after);
      if (!before || !after || taken.has(before.index) || (taken.has(after.index) && !afterCaption) || (before.kind !== 'text' && before.kind !== 'lead') || after.kind !== 'text') continue;
      // (Or text going on in any way where the sentence is set wider than the column and says what a picture shows:
      // `…刚刚处理完` / `5月9日，…修剪果树。` / `一起线路故障，…`.)
      // (Or opens on the day the picture was taken: `…危险化学品` / `5月9日，…修剪果树。` / `领域要持续…`.)
      const picture = b.widerThanColumn && (SAYS_PICTURE.test(textOf([b])) || DAY_OPENS.test(b.lines[0]?.text ?? ''));
      if (TERMINAL.test(textOf([before]).trim()) || !(ENDS_GOING_ON.test(after.lines[0]?.text ?? '') || picture)) continue;
      // Its credit, OCR set at the column's foot, may have taken a paragraph there that says no picture: it is this caption's.
      const credited = photos.find((ph) => {
        const at = ph.credit?.index ?? -1;
        return at > b.index && at - b.index <= PICTURE_REACH && ph.body.every((x) => x.kind === 'text' && !SAYS_PICTURE.test(textOf([x]))) &&
          blocks.slice(b.index + 1, at).every((x) => x.kind !== 'lead' && x.kind !== 'byline' && x.kind !== 'endByline' && x.kind !== 'credit');
      });
      if (credited) {
        for (const x of credited.body) taken.delete(x.index);
        credited.body = [b];
        credited.why = [`line ${lineOf(b)}: one sentence between a paragraph's two parts is the caption of the credit at the column's foot, not the paragraph over it`];
        credited.doubts = credited.doubts.filter((d) => d !== 'caption may begin inside a paragraph');
        taken.add(b.index);
        if (alone) photos.splice(photos.indexOf(alone), 1);
        continue;
      }
      if (!alone) uncredited(b, `line ${lineOf(b)}: one sentence between a paragraph's two parts: a caption without credit`);
    }
  // In narrow columns, a sentence of a line right under a picture's credit, where the text above the picture ends a
  // sentence: the next picture's caption, without credit (`…湿地公园里，成群的白鹭在水面上觅食嬉戏。` under
  // `…夜景。 （资料图片）`), not that text going on.
  if (layout === 'wrapped')
    for (const photo of [...photos]) {
      const b = blocks[(photo.credit?.index ?? -2) + 1];
      const above = blocks[Math.min(...photo.body.map((x) => x.index)) - 1];
      // (Not a report whose lead was lost, opening on when it happened: `近日，位于…修缮，重新向游人开放。`.)
      if (!b || taken.has(b.index) || b.kind !== 'text' || b.lines.length !== 1 || stopsMidSentence(above) || OPENS_REPORT.test(b.lines[0]?.text ?? '') || !oneSentenceCaption(b)) continue;
      uncredited(b, `line ${lineOf(b)}: one sentence of a line under a picture's credit: another caption, without credit`);
    }
  // A paragraph a line: a headline right over a credited caption, another headline (or the page's foot) right
  // under its credit, is the picture's title (`金秋稻香`), not the next article's kicker.
  if (layout === 'paragraph') {
    for (const photo of photos) {
      const first = photo.body[0]?.index ?? 0;
      const above = blocks[first - 1];
      const under = blocks[(photo.credit?.index ?? -2) + 1];
      if (!photo.credit || !above || above.kind !== 'headline' || taken.has(above.index) || !(under === undefined || under.kind === 'headline' || under.kind === 'furniture')) continue;
      photo.groupTitle = [above];
      taken.add(above.index);
    }
  }
  // In narrow columns, headline lines between photos (or under a banner, `图片新闻`) are the group's title (`赶制订单 忙而有序`).
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
      // (Under furniture: a banner, or the masthead at the page's top; not an editor's credit or a footer a column's
      // text stops over, `…告会。` / `获取更多精彩资讯，请扫码关注` / `市委宣讲团走进…`, the headline of the text above.)
      const underBanner = before?.kind === 'furniture' && (isBanner(textOf([before])) || blocks.slice(0, j).every((x) => x.kind === 'furniture'));
      if (title.length > 0 && (j < 0 || before?.kind === 'credit' || underBanner)) {
        photo.groupTitle = title;
        for (const b of title) taken.add(b.index);
      }
    }
  }

  const flow = runOn(blocks.filter((b) => !taken.has(b.index)));
  const orientation = orient(flow, layout);
  const { articles, stranded: lost, inText, inLead } = orientation.value === 'before' ? headlineFirst(flow) : headlineLast(flow);
  lost.push(...completeLeads(articles));
  resumeLeads(articles);
  stranded.push(...rehome(articles, lost, layout, orientation.value === 'after', inText));
  signLoose(articles, stranded);
  headlineRunsOn(articles);
  goOn(articles);
  parallelSubheads(articles);
  for (const h of [...stranded]) if (endsHeadline(h, inLead)) stranded.splice(stranded.indexOf(h), 1);
  const sure = Math.abs(orientation.votes.before - orientation.votes.after) >= 2 || layout === 'paragraph';
  if (!sure) for (const a of articles) if (a.headline.length > 0) a.doubts.push('headline placement guessed');

  // Photos interleave with articles by where they start in the text.
  const all = [...articles, ...photos];
  const startOf = (a: RawArticle) =>
    Math.min(...[...a.headline, ...(a.anchor ? [a.anchor] : []), ...a.body, ...a.groupTitle].map((b) => b.lines[0]?.no ?? Infinity));
  all.sort((a, b) => startOf(a) - startOf(b));
  return { articles: all, furniture, stranded, orientation };
}

/** A headline line before the lead's headline that shares this much with the lead is that headline's first. */
const JOIN_SHARE = 0.5;
/** A stranded headline that shares this much with a headless article's first words is that article's. */
const REHOME_SHARE = 0.34;
/** A paragraph that shares this much with a headline left without text is where that headline's article begins. */
const SPLIT_SHARE = 0.4;
/** A kicker's length, at most, that may stand alone over its text, its main headline set apart from it (`新春走基层`). */
const KICKER_ALONE = 6;
/** Text with no lead whose first words share this much with the report before it goes on with that report. */
const GOES_ON_SHARE = 0.3;
/** A headline's words are in its article's lead: the first paragraph, so far. */
const LEAD_WORDS = 200;
/** A headline sharing less than this with its own article's first words was placed by position alone. */
const OWN_SHARE = 0.1;

/** A later paragraph saying a report's headline this much (and twice what its opening says) may begin that headline's report. */
const LATER_SHARE = 0.4;
const OPENS_LATER = 1.5;

/** A signed piece's sections: at least this many, their subheads opening alike. */
const PARALLEL_MIN = 2;
/** The characters parallel subheads open on alike (`聚焦实体经济…`, `聚焦人才引育…`; `以改革为…`, `以开放为…`). */
const PARALLEL_OPENING = 2;

/** A report with neither lead nor byline, under a headline of a line or two a subhead's length, not opening as a report does. */
const section = (a: RawArticle | undefined): a is RawArticle =>
  a !== undefined &&
  a.kind === 'news' &&
  !a.anchor &&
  !a.endByline &&
  a.body.length > 0 &&
  a.headline.reduce((n, h) => n + h.lines.length, 0) <= 2 &&
  visibleLength(textOf(a.headline)) <= SUBHEAD_MAX &&
  !OPENS_REPORT.test(a.body[0]?.lines[0]?.text ?? '');

/** Sections a signed piece with no text of its own takes from afar: two at least, one after another. */
const SECTIONS_MIN = 2;

/**
 * A signed piece's sections read as reports of their own (OCR, a page of one feature): right under
 * the piece, reports with neither lead nor byline, none opening as a report does (on when it
 * happened), whose headlines of a line or two open alike, as a feature's subheads do (`聚焦实体经济…`,
 * `聚焦人才引育…`, …), are the piece's sections, their headlines its subheads.
 */
function parallelSubheads(articles: RawArticle[]): void {
  const opening = (a: RawArticle) => compact(textOf(a.headline)).slice(0, PARALLEL_OPENING);
  for (let i = 0; i < articles.length; i++) {
    const piece = articles[i] as RawArticle;
    const first = articles[i + 1];
    if (piece.kind !== 'feature' || !section(first) || !/^[\u3400-\u9fff]{2}$/.test(opening(first))) continue;
    let j = i + 1;
    while (section(articles[j]) && opening(articles[j] as RawArticle) === opening(first)) j++;
    if (j - (i + 1) < PARALLEL_MIN) continue;
    for (const s of articles.splice(i + 1, j - (i + 1))) {
      piece.body.push({ ...(s.headline[0] as Classified), kind: 'heading', lines: s.headline.flatMap((h) => h.lines) }, ...s.body);
      piece.why.push(`line ${lineOf(s.headline[0])}: a subhead opening as the others under the signed piece do: its section, not a report of its own`);
    }
  }
}

/**
 * Whether a report's headline is another's, run on into it: a report whose lead
 * was lost, after one with no headline of its own (`本报讯…项目集中开工。…` /
 * `7月2日晚，…举办夏季读书分享会。` / `南湖社区举办夏季读书分享会`).
 * A report's opening says its headline's words; here a later paragraph, after a
 * finished sentence, says them and the opening hardly does.
 */
function saysLater(a: RawArticle, head: Head): boolean {
  if (a.kind !== 'news') return false;
  const blocks = [...(a.anchor ? [a.anchor] : []), ...a.body];
  const own = share(head, paragraphAt(blocks, 0));
  // (No paragraph says more than all: an opening saying half of it says enough.)
  if (own * 2 > 1) return false;
  for (let j = 1; j < blocks.length; j++) {
    const b = blocks[j] as Classified;
    if (b.kind !== 'text' || !TERMINAL.test(blocks[j - 1]?.lines.at(-1)?.text.trim() ?? '')) continue;
    const said = share(head, paragraphAt(blocks, j));
    // (Half as much again where the paragraph opens as a report does, on when it happened: `3月9日，…`.)
    if (said >= LATER_SHARE && (said >= 2 * own || (OPENS_REPORT.test(b.lines[0]?.text ?? '') && said >= OPENS_LATER * own))) return true;
  }
  return false;
}

/**
 * A signed piece whose last subhead is its headline, and the text under that a
 * report whose lead was lost, run on (`…站一会儿。` / `老屋的枣树` / `全国春季…现场会今天召开。…` /
 * `全国春季…现场会召开`): headlines under their text, the piece's headline said by the
 * text after its last subhead and not by its opening, and no subhead after that. The
 * report is cut off and given the headline; the subhead heads the piece.
 * @returns the report, or null
 */
function reportAfterFeature(a: RawArticle): RawArticle | null {
  let k = a.body.length - 1;
  while (k >= 0 && a.body[k]?.kind !== 'headline' && a.body[k]?.kind !== 'heading') k--;
  const sub = a.body[k];
  if (!sub || k + 1 >= a.body.length || sub.lines.length > 2) return null;
  const head = bigrams(textOf(a.headline));
  const said = share(head, paragraphAt(a.body, k + 1));
  if (said < REPORT_SAYS || said < 2 * share(head, paragraphAt(a.body, 0))) return null;
  const report = newArticle('news', null);
  report.body = a.body.splice(k + 1);
  a.body.pop();
  report.headline = a.headline;
  a.why = a.why.filter((w) => !w.startsWith(`line ${lineOf(a.headline[0])}: headline`));
  a.headline = [sub];
  if (a.endByline && a.endByline.index > sub.index) [report.endByline, a.endByline] = [a.endByline, null];
  report.why.push(`line ${lineOf(report.body[0])}: text after a signed piece's last subhead that says the headline under it: a report whose lead was lost`);
  a.why.push(`line ${lineOf(sub)}: the last subhead heads the piece; the headline under the text after it is that text's`);
  report.doubts.push('headline matched by its words');
  return report;
}
/** A report's text after a signed piece's last subhead says this much of the headline under it. */
const REPORT_SAYS = 0.5;

/**
 * An article's headline with lines set apart put back where its lead says them,
 * one after the other (`…会议暨安全生产` + `委员会第三次会议强调` in `…安全生产委员会
 * 第三次会议…`), cutting the headline block they go on from; null when the lead
 * says no such join.
 */
function readOn(a: RawArticle, lines: Classified[]): Classified[] | null {
  const lead = compact(textOf([...(a.anchor ? [a.anchor] : []), ...a.body.slice(0, 1)]));
  const start = compact(textOf(lines)).slice(0, 2);
  if (start.length < 2) return null;
  for (const [i, h] of a.headline.entries()) {
    const k = h.lines.findIndex((l) => {
      const end = compact(l.text).slice(-2);
      return end.length === 2 && lead.includes(end + start);
    });
    if (k < 0) continue;
    const rest = h.lines.slice(k + 1);
    const cut = rest.length > 0 ? [{ ...h, lines: h.lines.slice(0, k + 1) }, ...lines, { ...h, lines: rest }] : [h, ...lines];
    return [...a.headline.slice(0, i), ...cut, ...a.headline.slice(i + 1)];
  }
  return null;
}

/** The paragraph that opens at block `j`: the blocks after it while each stops mid-sentence (a column break's blank line stands inside it). */
function paragraphAt(blocks: Classified[], j: number): string {
  let end = j + 1;
  while (end < blocks.length && stopsMidSentence(blocks[end - 1])) end++;
  return textOf(blocks.slice(j, end));
}

/**
 * Headlines left without a body, or set apart from it: OCR sets the headlines
 * (and bylines) of modules standing side by side on one row, and their bodies
 * come after one another below (`让实干成为最鲜明的底色` / `本报评论员` …
 * `事业成于实干，发展贵在落实。`). What is placed again: stranded headlines, a
 * headline that shares nothing with the text it was given by position, and a
 * byline with its headline and no text. Each goes first to the article without
 * a headline whose first words it shares most (a third of its character pairs
 * at least), else to the paragraph, after a finished sentence, that shares
 * most with it (nearly half), which then starts an article of its own. What
 * finds nothing goes back where position put it.
 * @returns the headline blocks no article took
 */
function rehome(articles: RawArticle[], stranded: Classified[], layout: Layout, headlinesAfter: boolean, inText = new Set<Classified>()): Classified[] {
  interface Loose {
    headline: Classified[];
    anchor: Classified | null;
    from: RawArticle | null;
    /** Given up by its report for a later paragraph that says its words (not to go back by that report's). */
    later?: boolean;
  }
  const pool: Loose[] = [];
  for (const b of stranded) {
    const last = pool.at(-1);
    if (last && !last.from && (last.headline.at(-1)?.index ?? -2) === b.index - 1) last.headline.push(b);
    else pool.push({ headline: [b], anchor: null, from: null });
  }
  const first = (a: RawArticle, words = SEGMENT_WORDS) => {
    let text = '';
    for (const b of [...(a.anchor ? [a.anchor] : []), ...a.body]) {
      for (const l of b.lines) text += l.text;
      if (text.length >= words) break;
    }
    return text.slice(0, words);
  };
  const hasText = (a: RawArticle) => a.body.length > 0 || (a.kind === 'news' && a.anchor !== null);
  // A headline block that says nothing of the text position gave it to may be another's (OCR's headline rows).
  for (const a of [...articles]) {
    if (a.kind === 'photo' || a.headline.length === 0) continue;
    let text = hasText(a) ? first(a, LEAD_WORDS) : '';
    if (headlinesAfter && a.kind === 'feature') {
      const report = reportAfterFeature(a);
      if (report) articles.splice(articles.indexOf(a) + 1, 0, report);
      continue;
    }
    // (Headlines under their text only: a headline over it marks where its report begins.)
    if (headlinesAfter && saysLater(a, bigrams(textOf(a.headline)))) {
      pool.push({ headline: a.headline, anchor: null, from: a, later: true });
      a.why = a.why.filter((w) => !w.startsWith(`line ${lineOf(a.headline[0])}: headline`));
      a.headline = [];
      continue;
    }
    if (share(bigrams(textOf(a.headline)), text) >= OWN_SHARE && a.headline.length === 1) continue;
    // Of several headline blocks, where one says the words of the first paragraph, the others are
    // measured against that paragraph alone: the text after it may be another article's, run on.
    // (The paragraph, not its first block: a column break's blank line may stand inside it.)
    const opening = paragraphAt([...(a.anchor ? [a.anchor] : []), ...a.body], 0);
    if (a.headline.some((b) => share(bigrams(textOf([b])), opening) >= OWN_SHARE)) text = opening;
    for (const b of [...a.headline]) {
      if (share(bigrams(textOf([b])), text) >= OWN_SHARE) continue;
      // A deck (`——…`) under a headline line that stays is that headline's, whatever it says.
      const above = a.headline[a.headline.indexOf(b) - 1];
      if (above && SUB_DASH.test(b.lines[0]?.text ?? '')) continue;
      // Nor does a long line's wrapped end (`…产城融合的先` / `行样板区`).
      if (above && b.lines.length === 1 && wrappedEnd(above.lines.at(-1)?.text ?? '', textOf([b]))) continue;
      a.headline = a.headline.filter((x) => x !== b);
      pool.push({ headline: [b], anchor: null, from: a });
    }
  }
  if (pool.length === 0) return stranded;
  const taken = new Set<Loose>();
  const give = (loose: Loose, to: RawArticle, score: number, under = false) => {
    taken.add(loose);
    // (Under the kicker it joins, whatever stands first: `新春走基层` over `守护万家灯火的人`.)
    to.headline = under ? [...to.headline, ...loose.headline] : (readOn(to, loose.headline) ?? [...to.headline, ...loose.headline].sort((x, y) => x.index - y.index));
    if (loose.anchor && !to.anchor) {
      to.anchor = loose.anchor;
      to.kind = 'feature';
    }
    to.why.push(`line ${lineOf(loose.headline[0])}: a headline set apart from its text, matched by the words it shares with it (${Math.round(score * 100)} %)`);
    to.doubts.push('headline matched by its words');
  };

  // Articles without a headline take the loose headline they share most with.
  const heads = pool.map((l) => bigrams(textOf(l.headline)));
  const pairs: Array<{ k: number; a: RawArticle; score: number }> = [];
  for (const a of articles) {
    if (a.kind === 'photo' || !hasText(a)) continue;
    // (Nor one headed by a short line alone, a kicker, but for a headline set on the same row: `-layout` shifts
    // a main headline set large into the column left of it, beside its kicker: `守护万家灯火的人   新春走基层`.)
    const kicker = a.headline.length === 1 && a.headline[0]?.lines.length === 1 ? a.headline[0] : undefined;
    if (a.headline.length > 0 && (kicker === undefined || visibleLength(textOf([kicker])) > KICKER_ALONE)) continue;
    const text = first(a);
    heads.forEach((head, k) => {
      if (pool[k]?.later && pool[k]?.from === a) return;
      if (kicker && pool[k]?.headline[0]?.lines[0]?.no !== kicker.lines[0]?.no) return;
      const score = share(head, text);
      if (score >= REHOME_SHARE) pairs.push({ k, a, score });
    });
  }
  pairs.sort((x, y) => y.score - x.score);
  const filled = new Set<RawArticle>();
  for (const { k, a, score } of pairs) {
    const loose = pool[k] as Loose;
    if (taken.has(loose) || filled.has(a)) continue;
    filled.add(a);
    give(loose, a, score, a.headline.length > 0);
  }

  // Text that ran on into another article: the paragraph sharing most with a loose headline starts its article.
  pool.forEach((loose, k) => {
    if (taken.has(loose)) return;
    // Unless, in narrow columns, it stands right over another headline whose text says its words: that
    // headline's kicker, set apart by a blank line (a row of phrases over a signed piece's headline).
    const last = loose.headline.at(-1)?.index ?? -2;
    const under = loose.from || layout !== 'wrapped' ? undefined : articles.find((a) => a.kind !== 'photo' && a.headline[0]?.index === last + 1);
    const says = under ? share(heads[k] as Head, textOf([...(under.anchor ? [under.anchor] : []), ...under.body])) : 0;
    if (under && says >= SPLIT_SHARE) {
      give(loose, under, says);
      return;
    }
    let best: { a: RawArticle; j: number; score: number; own: number } | null = null;
    for (const a of articles) {
      // (A signed piece's paragraphs say its subheads' words: a line of them set apart is no new article's headline.)
      if (a.kind === 'photo' || a.kind === 'feature') continue;
      // After the lead too: a report's text may start right after another's lead (`…借阅图书。` / `近日，…`).
      for (let j = a.anchor?.kind === 'lead' ? 0 : 1; j < a.body.length; j++) {
        const b = a.body[j] as Classified;
        const before = (j === 0 ? a.anchor : a.body[j - 1]) ?? undefined;
        if (b.kind !== 'text' || (j === 0 ? !TERMINAL.test(before?.lines.at(-1)?.text.trim() ?? '') : stopsMidSentence(before))) continue;
        const score = share(heads[k] as Head, textOf(a.body.slice(j, j + 2)).slice(0, SEGMENT_WORDS / 2));
        if (score < SPLIT_SHARE || score < (best?.score ?? 0)) continue;
        // Of two paragraphs that share as much with what follows them, the one holding the words itself.
        const own = share(heads[k] as Head, textOf([b]).slice(0, SEGMENT_WORDS / 2));
        if (!best || score > best.score || own > best.own) best = { a, j, score, own };
      }
    }
    // A lead that says its words more than any paragraph does: the headline is that report's (one of
    // a row of headlines over it, `…宣讲报告会` / `东江区专场举行`), not the start of a new article.
    // (The lead's paragraph: the paragraphs after it may be another report's, run on.)
    const leads = articles.filter((a) => a.anchor?.kind === 'lead').map((a) => ({ a, score: share(heads[k] as Head, paragraphAt([a.anchor as Classified, ...a.body], 0).slice(0, LEAD_WORDS)) }));
    const lead = leads.sort((x, y) => y.score - x.score)[0];
    // (So is a line that stood inside a sentence: the rest of a headline OCR set rows below it.)
    const placed = loose.from !== null || loose.headline.every((h) => inText.has(h));
    if (lead && placed && lead.score >= SPLIT_SHARE && lead.score > (best?.score ?? 0)) {
      give(loose, lead.a, lead.score);
      return;
    }
    if (!best) return;
    const split = newArticle('news', null);
    split.body = best.a.body.splice(best.j);
    // A byline after the text closes the part it follows.
    if (best.a.endByline && best.a.endByline.index > (split.body[0]?.index ?? Infinity)) {
      const said = `line ${lineOf(best.a.endByline)}: a byline after`;
      split.endByline = best.a.endByline;
      split.why.push(...best.a.why.filter((w) => w.startsWith(said)));
      best.a.why = best.a.why.filter((w) => !w.startsWith(said));
      best.a.endByline = null;
    }
    articles.splice(articles.indexOf(best.a) + 1, 0, split);
    give(loose, split, best.score);
    split.why.push(`line ${lineOf(split.body[0])}: text sharing the words of a headline set apart from it: a new article`);
    // The text position gave the headline to, right after, left with neither headline nor lead: the
    // same report's next paragraphs, its headline set between them (OCR).
    const from = loose.from;
    if (from && articles[articles.indexOf(split) + 1] === from && from.headline.length === 0 && !from.anchor && from.kind === 'news' && !(from.credit && split.credit)) {
      // (Two bylines after text: the first stays where it stands, in the text, the last closes the report.)
      if (split.endByline && from.endByline) split.body.push(split.endByline);
      split.body.push(...from.body);
      split.endByline = from.endByline ?? split.endByline;
      split.credit ??= from.credit;
      split.groupTitle.push(...from.groupTitle);
      // Its other headline blocks, still looking for text, go back here if they find none.
      for (const other of pool) if (other.from === from) other.from = split;
      split.why.push(...from.why.filter((w) => w.includes('byline after')), `line ${lineOf(from.body[0])}: text its headline stood over, which went to the paragraph before: the report goes on`);
      articles.splice(articles.indexOf(from), 1);
    }
  });

  // What found no text goes back where position put it.
  for (const l of pool) {
    if (taken.has(l) || !l.from) continue;
    l.from.headline = [...l.from.headline, ...l.headline].sort((x, y) => x.index - y.index);
  }
  return pool.filter((l) => !taken.has(l) && !l.from).flatMap((l) => l.headline).sort((x, y) => x.index - y.index);
}

/** Text opening on a word's last character and a mark (`议，部署…`), or a sentence's last word or two (`了。…`): no paragraph opens so. */
const WORD_GOES_ON = new RegExp(`^\\s*[\\u3400-\\u9fff][，。；：！？]|${ENDS_GOING_ON.source}`);

/**
 * A lead OCR read on a row of headlines, whole in its date and byline but stopping mid-sentence with no text
 * after it (`本报讯【记者 X】5月9日，…召开防汛工作会`), goes on with the first text after it that opens on a
 * word's last character (`议，部署今年防汛工作。`) where that text stands after a finished sentence in another
 * article (`…三百余份。`): the rest of that article is the lead's.
 */
function resumeLeads(articles: RawArticle[]): void {
  for (const a of articles) {
    const lead = a.anchor;
    if (lead?.kind !== 'lead' || a.body.length > 0 || lead.lines.length > 2 || TERMINAL.test(textOf([lead]).trim()) || closesOnByline(lead.lines.map((l) => l.text))) continue;
    let found: { from: RawArticle; j: number } | null = null;
    for (const from of articles) {
      if (from === a) continue;
      const j = from.body.findIndex((b, k) => {
        const before = k === 0 ? from.anchor : from.body[k - 1];
        return b.index > lead.index && b.kind === 'text' && WORD_GOES_ON.test(b.lines[0]?.text ?? '') && before !== null && before !== undefined && TERMINAL.test(textOf([before]).trim());
      });
      if (j >= 0 && (!found || (from.body[j]?.index ?? 0) < (found.from.body[found.j]?.index ?? 0))) found = { from, j };
    }
    if (!found) continue;
    const moved = found.from.body.splice(found.j);
    a.body.push(...moved);
    a.why.push(`line ${lineOf(moved[0])}: text opening on a word's end, after a finished sentence, goes on from the lead that stops mid-sentence`);
    a.doubts.push('lead completed by position');
  }
}

/**
 * OCR reads a row of headlines across the columns, and with it the first line
 * of a lead standing on that row (`本报讯〈记者潘峰) 7` beside `赛落幕`): the
 * lead's next lines come later, at the head of its column's text (`月25日，…`).
 * A lead cut inside its date or byline goes on with the first text after it
 * that completes them, in order, with the text after that up to the next
 * article; an article left with nothing but headlines gives them up to find
 * their text by their words.
 * @returns the headline blocks given up
 */
const CUT_LEAD = /(?:\d[年月]?|[电讯])$/;
const MISREAD_FIGURE = /(?<=[）)】〉])\s*[\]|lI]\s*(?=月\s*$)/;
function completeLeads(articles: RawArticle[]): Classified[] {
  const loose: Classified[] = [];
  let after = -1;
  for (const a of [...articles]) {
    const lead = a.anchor;
    if (lead?.kind !== 'lead' || lead.lines.length > 2) continue;
    // (A month's figure OCR misread as a bar or a letter, `…）]月`, is a figure still.)
    const text = textOf([lead]).replace(MISREAD_FIGURE, '1');
    // Cut inside its date (`…) 7`, `2031年12月3`), its byline (`（记者朱`), or after a dateline (`…电`).
    if (!CUT_LEAD.test(text.trim()) && (text.match(/[（(〈《]/g) ?? []).length <= (text.match(/[）)〉》]/g) ?? []).length) continue;
    const reads = leadReads(text);
    // (A date may be cut over a text's first lines too: `2031年12月3` / `1日上午，…`.)
    const completes = (b: Classified | undefined) => b?.kind === 'text' && leadReads(text + textOf([b]).slice(0, 24)) > reads;
    // (Its next line, short and set apart by a blank line, may look like a headline's: `员刘洋）2020年1`.)
    const next = a.body[0];
    if (reads >= 2 || completes(next) || (next?.kind === 'headline' && leadReads(text + textOf([next])) > reads)) continue;
    let found: { from: RawArticle; j: number } | null = null;
    for (const from of articles) {
      const j = from.body.findIndex((b) => b.index > lead.index && b.index > after && completes(b));
      if (j >= 0 && (!found || (from.body[j]?.index ?? 0) < (found.from.body[found.j]?.index ?? 0))) found = { from, j };
    }
    if (!found) continue;
    const { from, j } = found;
    after = from.body[j]?.index ?? after;
    if (from === a) continue;
    const moved = from.body.splice(j);
    // A signed piece left with nothing keeps the text from where a paragraph says its headline's words
    // more than the lead's headline's (a commentary's text, run on after the lead's in its column).
    if (from.body.length === 0 && from.anchor && from.headline.length > 0 && a.headline.length > 0) {
      const own = bigrams(textOf(from.headline));
      const theirs = bigrams(textOf(a.headline));
      const k = moved.findIndex((b, i) => i > 0 && !stopsMidSentence(moved[i - 1]) && share(own, textOf([b])) > share(theirs, textOf([b])));
      if (k > 0) from.body.push(...moved.splice(k));
    }
    a.body.push(...moved);
    a.why.push(`line ${lineOf(moved[0])}: the text that completes the lead's date or byline, read after the row of headlines its first line stood on`);
    a.doubts.push('lead completed by position');
    if (from.body.length === 0 && !from.anchor && !from.endByline) {
      loose.push(...from.headline);
      articles.splice(articles.indexOf(from), 1);
    }
  }
  return loose;
}

/**
 * Text with no lead under a headline line that says little of it, whose words
 * go on with the report before it, is that report's: the line is one OCR set
 * among the text (a deck's line, `“小田”变“大田”` over `东江区农技站推广土地
 * 托管…` after a report on the same), not a new article's headline.
 */
function goOn(articles: RawArticle[]): void {
  for (let k = articles.length - 1; k > 0; k--) {
    const a = articles[k] as RawArticle;
    const before = articles[k - 1] as RawArticle;
    if (a.kind !== 'news' || a.anchor || a.endByline || before.kind !== 'news' || before.anchor?.kind !== 'lead') continue;
    // Text with neither headline nor lead that opens on what only follows something said (`会议要求，…`): the report
    // before it goes on, its headline's last line set elsewhere.
    if (a.headline.length === 0) {
      if (!followsOn(a, before)) continue;
      before.body.push(...a.body);
      before.why.push(`line ${lineOf(a.body[0])}: text with no headline or lead opening on what only follows something said: the report goes on`);
      before.doubts.push('text joined by what it says');
      articles.splice(k, 1);
      continue;
    }
    if (before.headline.length > 0 && a.headline.length === 1 && opensInside(textOf(a.headline))) {
      // A headline's end OCR set rows below it (`稳链强链成效显“` … `引凤还巢”势头好`): no headline opens inside a quotation.
      before.headline.push(...a.headline);
      before.body.push(...a.body);
      before.why.push(`line ${lineOf(a.headline[0])}: a headline line that opens inside a quotation ends the headline above; the report goes on`);
      before.doubts.push('headline line inside the text');
      articles.splice(k, 1);
      continue;
    }
    if (OPENS_REPORT.test(a.body[0]?.lines[0]?.text ?? '')) continue;
    // A short headline line read right after a lead's paragraph, under a headline as short that ends on the stray mark
    // OCR reads off large type (`乡村夜市点亮;` / lead / `消费新场景` / `据了解，…`): the last line of that headline set
    // large in a narrow column; the report goes on. (Without the mark, a brief with no lead after a brief with one:
    // `新开两条公交线路` / `本报讯…` / `图书馆延时开放` / `市图书馆…`.)
    if (before.body.length <= 1 && before.anchor && LARGE_TYPE_MARK.test(before.headline.at(-1)?.lines.at(-1)?.text ?? '') && largeTypeTail(a.headline, before)) {
      endHeadlineWith(before, a.headline.flatMap((h) => h.lines));
      before.body.push(...a.body);
      before.why.push(`line ${lineOf(a.headline[0])}: a short headline line right after the lead's paragraph, under a headline as short: the headline's last line; the report goes on`);
      before.doubts.push('headline line inside the text');
      articles.splice(k, 1);
      continue;
    }
    const text = textOf(a.body).slice(0, LEAD_WORDS);
    const says = share(bigrams(textOf(a.headline)), text);
    if (says >= REHOME_SHARE) continue;
    // (Text that opens on what only follows something said before it, `据了解，…`, `此外，…`, under a line that says
    // none of its words, goes on whatever its words from a report no more than its lead's paragraph and one more.)
    const goesOn = says === 0 && before.body.length <= 1 && followsOn(a, before);
    if (!goesOn && share(bigrams(text), textOf([before.anchor, ...before.body]).slice(0, SEGMENT_WORDS)) < GOES_ON_SHARE) continue;
    // The line stays a line of its own in the report (a subhead), not the start of its next paragraph.
    before.body.push(...a.headline.map((b): Classified => ({ ...b, kind: 'heading' })), ...a.body);
    before.why.push(`line ${lineOf(a.headline[0])}: a headline line that says little of the text under it, which goes on with this report: the report goes on`);
    before.doubts.push('headline line inside the text');
    articles.splice(k, 1);
  }
}

/**
 * A line read as a headline that runs into the text under it mid-word (`本届大赛共决出一等奖二十` / `名，获奖选手…`):
 * the text's first line, set on a row of headlines; no headline ends inside a word.
 */
function headlineRunsOn(articles: RawArticle[]): void {
  for (const a of articles) {
    const last = a.headline.at(-1);
    const first = a.body[0];
    if (a.kind !== 'news' || a.anchor || !last || !first || first.index !== last.index + 1 || !WORD_GOES_ON.test(first.lines[0]?.text ?? '')) continue;
    // (A headline that says the text's words stays one, its text's first line lost: `百年古桥完成保护性修缮` over `缮，重新…`.)
    if (share(bigrams(textOf([last])), textOf(a.body).slice(0, LEAD_WORDS)) >= SAYS_LITTLE) continue;
    a.headline.pop();
    a.body.unshift({ ...last, kind: 'text' });
    a.why.push(`line ${lineOf(last)}: a line that runs into the text under it mid-word is that text's, not a headline`);
  }
}

/** A sentence's opening that only follows something said before it: no article opens so. */
const FOLLOWS_ON = /^\s*(?:此外|另外|同时|其中|随后|据了解|据介绍|记者了解到|会议(?:要求|强调|指出|认为|提出|决定))\s*[，,]/;
const MEETING_SAID = /^\s*会议/;
/** Whether an article's text opens on what only follows what the report before it said (what a meeting asked, from a report of a meeting). */
const followsOn = (a: RawArticle, before: RawArticle): boolean => {
  const opening = a.body[0]?.lines[0]?.text ?? '';
  return FOLLOWS_ON.test(opening) && (!MEETING_SAID.test(opening) || /会议|会上/.test(textOf([...(before.anchor ? [before.anchor] : []), ...before.body])));
};

/** Text whose first quotation mark or bracket closes one (`引凤还巢”势头好`): the rest of something opened before it. */
function opensInside(text: string): boolean {
  return [['“', '”'], ['《', '》'], ['（', '）']].some(([open = '', close = '']) => {
    const c = text.indexOf(close);
    return c >= 0 && !text.slice(0, c).includes(open);
  });
}

/** Characters of a headline's end a loose line must follow, in its article's text, to continue that headline. */
const JOINT = 3;
/** Rows between where a loose byline's headline and the unsigned text's headline start, at most. */
const SIGN_ROWS = 3;

/**
 * A byline and headline lines with no text (`本报评论员` under `山的底色`, set in a column of
 * their own when the headline was set larger than the cells count): a headline line whose
 * words the lead of another article says right after the end of its headline continues that
 * headline (`…建设推` / `进会`: the lead says `建设推进会`); the rest, with the byline, go to
 * the article next to them that has text and neither lead nor byline.
 */
function signLoose(articles: RawArticle[], stranded: Classified[]): void {
  const leadOf = (a: RawArticle) => textOf([...(a.anchor ? [a.anchor] : []), ...a.body.slice(0, 2)]).replace(/\s/g, '').slice(0, LEAD_WORDS);
  for (const loose of [...articles]) {
    if (loose.kind !== 'feature' || loose.body.length > 0 || loose.anchor === null || loose.endByline) continue;
    loose.headline = loose.headline.flatMap((b) => {
      const kept = b.lines.filter((l) => {
        const line = l.text.replace(/\s/g, '');
        const home = articles.find((a) => {
          const head = a.headline.at(-1)?.lines.at(-1);
          return a !== loose && head !== undefined && line.length > 0 && leadOf(a).includes(head.text.replace(/\s/g, '').slice(-JOINT) + line);
        });
        if (!home) return true;
        endHeadlineWith(home, [l]);
        home.why.push(`line ${l.no}: a headline line its lead says right after the headline's end: the headline goes on`);
        return false;
      });
      return kept.length === 0 ? [] : [{ ...b, lines: kept }];
    });
    const from = lineOf(loose.headline[0] ?? loose.anchor);
    const near = (a: RawArticle) => Math.abs(lineOf(a.headline[0] ?? a.body[0]) - from);
    // A text that opens as a report does (`近日，…`, `3月5日，…`) is signed last: a signature signs an essay.
    const reportish = (a: RawArticle) => (OPENS_REPORT.test(a.body[0]?.lines[0]?.text ?? '') ? 1 : 0);
    const to = articles
      .filter((a) => a.kind !== 'photo' && a.body.length > 0 && a.anchor === null && a.endByline === null && near(a) <= SIGN_ROWS)
      .sort((x, y) => reportish(x) - reportish(y) || near(x) - near(y))[0];
    if (!to) {
      takeSections(articles, loose, stranded);
      continue;
    }
    to.anchor = loose.anchor;
    to.kind = 'feature';
    for (const b of loose.headline) {
      // A line under the headline's last goes on with it (`守住绿水青` / `山的底色`).
      const last = to.headline.at(-1);
      const under = last !== undefined && (b.lines[0]?.no ?? 0) === (last.lines.at(-1)?.no ?? 0) + 1;
      if (under) endHeadlineWith(to, b.lines);
      else to.headline = [...to.headline, b].sort((x, y) => lineOf(x) - lineOf(y));
    }
    to.why.push(`line ${lineOf(loose.anchor)}: a byline with no text of its own, beside text with no lead or byline: its byline`);
    to.doubts.push('byline matched by position');
    articles.splice(articles.indexOf(loose), 1);
  }
}

/**
 * A signed piece with no text of its own and none beside it (OCR read its headline and byline in a row of
 * headlines across the page, its text columns later): the first run of sections read as reports of their
 * own, two or more one after another (`小巷换新颜` + text, `老店迎来新客` + text), is its text, their
 * headlines its subheads.
 */
function takeSections(articles: RawArticle[], loose: RawArticle, stranded: Classified[]): void {
  for (let i = 0; i < articles.length; i++) {
    let j = i;
    while (section(articles[j])) j++;
    if (j - i < SECTIONS_MIN) continue;
    // (Its headline, where no text stood under it, is the headline read in the row over its byline.)
    const over = loose.headline.length === 0 ? stranded.find((b) => b.kind === 'headline' && lineOf(b) === lineOf(loose.anchor ?? undefined) - 1) : undefined;
    if (over) {
      loose.headline.push(over);
      stranded.splice(stranded.indexOf(over), 1);
    }
    for (const s of articles.splice(i, j - i)) {
      loose.body.push({ ...(s.headline[0] as Classified), kind: 'heading', lines: s.headline.flatMap((h) => h.lines) }, ...s.body);
      loose.why.push(`line ${lineOf(s.headline[0])}: a subhead over text with neither lead nor byline, a signed piece with no text of its own on the page: its section`);
    }
    loose.doubts.push('text matched by position');
    return;
  }
}

interface Built {
  articles: RawArticle[];
  stranded: Classified[];
  /** Stranded headline lines that stood inside a sentence, the text going on past them: another's line, or its own's. */
  inText?: Set<Classified>;
  /** Of those, the ones that stood inside a lead's sentence, with the report it opens. */
  inLead?: Map<Classified, RawArticle>;
}

/** Lines that go on the headline's last block: its last line's words went on to them. */
function endHeadlineWith(a: RawArticle, lines: Classified['lines']): void {
  const last = a.headline.at(-1);
  if (last) a.headline = [...a.headline.slice(0, -1), { ...last, lines: [...last.lines, ...lines] }];
}

/** A stray mark OCR read off the edge of large type, ending a headline's line. */
const LARGE_TYPE_MARK = /[;；]\s*$/;
/** A headline set large in a narrow column holds a few characters a line (body type holds twelve to fifteen there): no more than this. */
const LARGE_HEAD_LINE = 10;

/**
 * Headline blocks that may be the last line of a report's headline set large in a narrow column, OCR reading it
 * among the lead's lines: one line of a few characters, no mark, read after the lead's first line (not beside it:
 * `南湖区部署防汛工作 老街巷里的新生活`, two columns' headlines in a row), under a headline as short.
 */
function largeTypeTail(h: Classified[], host: RawArticle): boolean {
  const text = textOf(h);
  return (
    host.headline.length > 0 &&
    h.length === 1 &&
    h[0]?.lines.length === 1 &&
    lineOf(h[0]) > lineOf(host.anchor ?? undefined) &&
    !/[，,。；;、：:！？!?]/.test(text) &&
    visibleLength(textOf(host.headline)) <= LARGE_HEAD_LINE &&
    // (A large headline's last line holds what its first left: no more.)
    visibleLength(text) <= visibleLength(host.headline.at(-1)?.lines.at(-1)?.text ?? '')
  );
}

/**
 * A headline line that stood inside a lead's first sentence (`…乡村夜市正式开` / `消费新场景` / `市，特色小吃…`)
 * and found no report saying its words (OCR misread them, `肯恤新场景`): the last line of the headline over that
 * lead, set large in a narrow column and read between the lead's lines.
 */
function endsHeadline(h: Classified, inLead: Map<Classified, RawArticle> | undefined): boolean {
  const host = inLead?.get(h);
  if (!host || !largeTypeTail([h], host)) return false;
  endHeadlineWith(host, h.lines);
  host.why.push(`line ${lineOf(h)}: a short headline line inside the lead's first sentence, found by no report's words: the last line of the headline over the lead`);
  host.doubts.push('headline line inside the text');
  return true;
}

const anchorWhy = (b: Classified) =>
  b.kind === 'lead' ? `line ${lineOf(b)}: a lead opens a report` : `line ${lineOf(b)}: a byline opens a signed piece`;

/** Headlines before their body: a run of headline blocks opens the article after it, with or without a lead. */
function headlineFirst(flow: Classified[]): Built {
  const articles: RawArticle[] = [];
  const stranded: Classified[] = [];
  const inText = new Set<Classified>();
  const inLead = new Map<Classified, RawArticle>();
  let current: RawArticle | null = null;
  let pending: Classified[] = [];
  let last: Classified | undefined;
  const open = (kind: RawArticle['kind'], anchor: Classified | null, headline: Classified[]) => {
    const groups = splitHeadlineRun(headline);
    let own = groups.pop() ?? [];
    // A headline line too long for a kicker whose words the lead says goes on with the headline under it
    // (`东江区党工委（扩大）会议暨…指挥部` over `第三次会议强调…`, the lead saying the first).
    const lead = anchor?.kind === 'lead' ? textOf([anchor]).slice(0, LEAD_WORDS) : '';
    while (own.length > 0 && groups.length > 0 && lead !== '' && share(bigrams(textOf(groups.at(-1) ?? [])), lead) >= JOIN_SHARE) own = [...(groups.pop() ?? []), ...own];
    for (const g of groups) stranded.push(...g);
    const note = current as RawArticle | null;
    if (note && own.length > 0 && note.headline.length === 0 && opensWithNote(note)) {
      // An editor's note set over the headline opens the piece under it.
      Object.assign(note, { kind: anchor ? kind : note.kind, anchor, headline: own });
      note.why.push(`line ${lineOf(own[0])}: headline under the editor's note that opens its piece`);
      return note;
    }
    current = newArticle(kind, anchor);
    current.headline = own;
    if (own.length > 0) current.why.push(`line ${lineOf(own[0])}: headline, printed before its body`);
    articles.push(current);
    return current;
  };
  for (const [i, b] of flow.entries()) {
    if (isHeadish(b)) {
      pending.push(b);
      continue;
    }
    let c = current as RawArticle | null;
    if (b.kind === 'endByline') {
      if (c && !c.endByline && pending.length === 0) {
        c.endByline = b;
        c.why.push(`line ${lineOf(b)}: a byline after the body closes it`);
      } else (c ?? open('news', null, pending)).body.push(b);
      last = b;
      continue;
    }
    if (c && pending.length === 0 && !isAnchor(b) && NOTE_OPENS.test(b.lines[0]?.text ?? '') && (c.anchor?.kind === 'lead' || c.body.length > 0) && !stopsMidSentence(last) && isHeadish(flow[i + 1])) {
      // An editor's note after a report's text, a headline under it, opens the piece under that headline.
      const note = open('news', null, []);
      note.body.push(b);
      note.why.push(`line ${lineOf(b)}: an editor's note opens the piece after it`);
      last = b;
      continue;
    }
    if (c && pending.length === 0 && continuesByline(c, b, last)) extendByline(c, b);
    else if (isAnchor(b) && b.kind === 'byline' && pending.length === 0 && c && opensWithNote(c)) {
      // An editor's note between a piece's headline and its byline opens that piece.
      c.kind = 'feature';
      c.anchor = b;
      c.why.push(`line ${lineOf(b)}: a byline under the editor's note that opens the piece`);
    } else if (isAnchor(b)) {
      open(b.kind === 'lead' ? 'news' : 'feature', b, pending).why.push(anchorWhy(b));
    } else if (pending.length > 0) {
      if (c && c.anchor?.kind === 'byline' && c.anchor === last && c.headline.length === 0 && c.body.length === 0) {
        // A byline set over its headline (`■ 本报记者 X` / headline / text): nothing between, the headline is its piece's.
        c.headline = pending;
        c.why.push(`line ${lineOf(pending[0])}: headline under the byline that opens its piece`);
      } else if (c && isSubhead(pending, c, b)) {
        c.body.push(...oneSubhead(pending).map(asSubhead));
      } else if (c && stopsMidSentence(last) && !OPENS_REPORT.test(b.lines[0]?.text ?? '')) {
        // Text stopped mid-sentence at a column's foot goes on past the headline lines set between, which
        // look for their article by their words (a line of this report's own headline, another's).
        stranded.push(...pending);
        for (const h of pending) inText.add(h);
        if (c.anchor === last && c.anchor?.kind === 'lead' && c.headline.length > 0) for (const h of pending) inLead.set(h, c);
      } else {
        c = open('news', null, pending);
        c.why.push(`line ${lineOf(b)}: text after a headline, no lead: a new article`);
      }
      (current as RawArticle | null)?.body.push(b);
    } else {
      (c ?? open('news', null, [])).body.push(b);
    }
    pending = [];
    last = b;
  }
  stranded.push(...pending);
  return { articles, stranded, inText, inLead };
}

/**
 * A byline of correspondents right under the reporters' that opened the piece, nothing between
 * (`本报记者 柯南` / `通讯员 王小川`): one byline. (Another reporter's, or a signature, is another piece's
 * that the columns set there.)
 */
const continuesByline = (c: RawArticle, b: Classified, last: Classified | undefined): boolean =>
  b.kind === 'byline' &&
  last !== undefined &&
  c.anchor === last &&
  last.kind === 'byline' &&
  CORRESPONDENTS.test(textOf([b])) &&
  !/通讯员|摄|评论员|[□◎]/.test(textOf([last]));
/** A byline naming correspondents only: `通讯员 王小川`, `特约通讯员 林木`, `实习生 刘洋`. */
const CORRESPONDENTS = /^\s*(?:本报)?(?:特约)?(?:通讯员|实习生)\s*[\u3400-\u9fff][^记摄]*$/;
function extendByline(c: RawArticle, b: Classified): void {
  c.anchor = { ...(c.anchor as Classified), lines: [...(c.anchor?.lines ?? []), ...b.lines] };
  c.why.push(`line ${lineOf(b)}: the byline goes on from the line before`);
}

/** An editor's note: `编者按：…`, `【编者按】`, `编者的话`. */
const EDITORS_NOTE = /^\s*[【〔[（(]?\s*(?:编者按|编者的话|编后)/;
/** A note set before its piece (an afterword, `编后`, follows its piece). */
const NOTE_OPENS = /^\s*[【〔[（(]?\s*(?:编者按|编者的话)/;
/** An article holding nothing but an editor's note (`编者按：…`), its byline still to come. */
const opensWithNote = (a: RawArticle): boolean => !a.anchor && a.kind === 'news' && a.body.length === 1 && EDITORS_NOTE.test(a.body[0]?.lines[0]?.text ?? '');

/** Headlines after their body (narrow OCR columns): a run of headline blocks closes the article before it. */
function headlineLast(flow: Classified[]): Built {
  const articles: RawArticle[] = [];
  const stranded: Classified[] = [];
  let current: RawArticle | null = null;
  let pending: Classified[] = [];
  let last: Classified | undefined;
  const open = (kind: RawArticle['kind'], anchor: Classified | null) => {
    current = newArticle(kind, anchor);
    articles.push(current);
    return current;
  };
  const closeHeadline = () => {
    if (pending.length === 0) return;
    const c = current as RawArticle | null;
    if (c && c.headline.length === 0) {
      c.headline = pending;
      c.why.push(`line ${lineOf(pending[0])}: headline, printed after its body`);
    } else stranded.push(...pending);
    pending = [];
  };
  for (const b of flow) {
    if (isHeadish(b)) {
      pending.push(b);
      continue;
    }
    const c = current as RawArticle | null;
    if (b.kind === 'endByline' && c && !c.endByline && pending.length === 0) {
      c.endByline = b;
      c.why.push(`line ${lineOf(b)}: a byline after the body`);
    } else if (c && pending.length === 0 && continuesByline(c, b, last)) extendByline(c, b);
    else if (isAnchor(b) && b.kind === 'byline' && pending.length === 0 && c && c.headline.length === 0 && opensWithNote(c)) {
      // An editor's note over a piece's byline opens that piece (its headline comes after it).
      c.kind = 'feature';
      c.anchor = b;
      c.why.push(`line ${lineOf(b)}: a byline under the editor's note that opens the piece`);
    } else if (isAnchor(b)) {
      closeHeadline();
      open(b.kind === 'lead' ? 'news' : 'feature', b).why.push(anchorWhy(b));
    } else if (pending.length > 0 && c && !isSubhead(pending, c, b) && !stopsMidSentence(last) && c.headline.length === 0) {
      closeHeadline();
      open('news', null).why.push(`line ${lineOf(b)}: text after a headline that closed the article before: a new article`);
      (current as RawArticle | null)?.body.push(b);
    } else {
      const into = c ?? open('news', null);
      into.body.push(...oneSubhead(pending).map(asSubhead), b);
      pending = [];
    }
    last = b;
  }
  closeHeadline();
  return { articles, stranded };
}
