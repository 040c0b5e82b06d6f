/**
 * Stage 5: segmented blocks → the page model's articles. Rebuilds paragraphs
 * (joining column breaks), drops paragraphs the extraction repeated, reads
 * bylines, dates and headlines, and records where every article came from.
 */
import type { Article, Block, Dropped, Headline, Warning } from '../model.ts';
import { END_BYLINE, INLINE_END_BYLINE, parseByline, signedAtEnd, type People } from './byline.ts';
import { LEAD, leadByline, MD_HEADING, unspaced } from './chars.ts';
import type { Layout } from './blocks.ts';
import type { Classified } from './classify.ts';
import { findDateline, formatDate, type PageTime, type YMD } from './dates.ts';
import { assignHeadline, type HeadLine } from './headline.ts';
import { articleId } from './id.ts';
import { bigrams, SAYS_LITTLE, share } from './pairs.ts';
import type { Line } from './normalize.ts';
import type { RawArticle } from './segment.ts';
import { cleanParagraph, compact, endsSentence, joinLines, removeLayoutSpaces, tidyHeadline } from './text.ts';

/** A paragraph shorter than this may repeat by chance (`会议要求，…`); longer repeats are extraction faults. */
const DUPLICATE_MIN = 40;
/** An opening paragraph this short may continue after a column break. */
const SHORT_OPENING = 60;

interface Unit {
  type: Block['type'];
  lines: Line[];
}

export interface AssembleContext {
  file: string;
  layout: Layout;
  time: PageTime;
  issueDate: YMD | null;
  /** Whether the issue date was printed or given (not inferred): features take it as their date. */
  issueDateKnown: boolean;
  /** Compact texts of paragraphs already placed on this page, for duplicate detection. */
  seen: Set<string>;
  dropped: Dropped[];
  warnings: Warning[];
  /** Seed lines that are blank, so that line spans can step over them. */
  blank: (no: number) => boolean;
}

const stripMarkdown = (s: string) => s.replace(MD_HEADING, '');

/**
 * Body blocks → paragraph units: a block is a paragraph in narrow columns, a line is one in exports.
 * Subheads are a feature's; in a report or a caption a short unpunctuated block is a
 * fragment of text cut by a column break (`会议通报了滨河区 《关于`).
 */
function toUnits(blocks: Classified[], layout: Layout, subheads: boolean): Unit[] {
  const units: Unit[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading' || (subheads && b.kind === 'headline')) units.push({ type: 'heading', lines: b.lines });
    else if (layout === 'paragraph') for (const l of b.lines) units.push({ type: 'paragraph', lines: [l] });
    else units.push(...paragraphsOf(b.lines).map((lines): Unit => ({ type: 'paragraph', lines })));
  }
  return units;
}

/** A paragraph's first line in narrow columns, indented two characters: `  修缮工程历时半年，…`. */
const INDENTED = /^\s{1,4}[\u3400-\u9fff“"‘（(《]/;
/**
 * A block of narrow column lines holds as many paragraphs as it has indented lines after a finished
 * sentence (`…历史风貌。` / `  修缮工程历时半年，…`): `pdftotext -layout` prints no blank line between them.
 */
function paragraphsOf(lines: Line[]): Line[][] {
  const out: Line[][] = [];
  for (const [i, l] of lines.entries()) {
    const prev = lines[i - 1];
    if (i === 0 || (INDENTED.test(l.text) && endsSentence(prev?.text ?? ''))) out.push([l]);
    else out.at(-1)?.push(l);
  }
  return out;
}

/** A unit with its reading text, computed once. */
interface Text extends Unit {
  text: string;
}

function dedupe(units: Text[], ctx: AssembleContext): Text[] {
  return units.filter((u) => {
    if (u.type !== 'paragraph') return true;
    const key = compact(u.text);
    if (key.length < DUPLICATE_MIN) return true;
    if (ctx.seen.has(key)) {
      const line = u.lines[0]?.no ?? 0;
      ctx.dropped.push({ text: joinLines(u.lines.map((l) => l.text)), line, reason: '与前文段落逐字重复（提取时重复）' });
      ctx.warnings.push({ message: 'paragraph repeated by the extraction: kept once', line });
      return false;
    }
    ctx.seen.add(key);
    return true;
  });
}

/** A line wholly in parentheses (`（来源：人民日报）`): a paragraph of its own, whole. */
const IN_PARENS = /^\s*[（(][^（()）]*[）)]\s*$/;
/** A paragraph that stops mid-sentence continues in the next one (a column break): `…保障一方` / `平安是…`. */
function mergeColumnBreaks(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const prev = out.at(-1);
    if (prev && prev.type === 'paragraph' && u.type === 'paragraph' && !endsSentence(prev.lines.at(-1)?.text ?? '') && !(prev.lines.length === 1 && IN_PARENS.test(prev.lines[0]?.text ?? ''))) {
      prev.lines = [...prev.lines, ...u.lines];
    } else {
      out.push({ type: u.type, lines: [...u.lines] });
    }
  }
  return out;
}

const withText = (u: Unit): Text => ({ type: u.type, lines: u.lines, text: cleanParagraph(u.lines.map((l) => stripMarkdown(l.text))) });

function headlineOf(blocks: Classified[]): Headline | null {
  const lines: HeadLine[] = [];
  for (const b of blocks) {
    for (const l of b.lines) {
      const heading = MD_HEADING.exec(l.text);
      lines.push({ text: tidyHeadline(stripMarkdown(l.text)), block: b.index, markdown: heading !== null, level: heading?.[1]?.length ?? 0 });
    }
  }
  return assignHeadline(lines);
}

function spansOf(nos: number[], ctx: AssembleContext): Array<[number, number]> {
  const sorted = [...new Set(nos)].sort((a, b) => a - b);
  const spans: Array<[number, number]> = [];
  for (const n of sorted) {
    const last = spans.at(-1);
    if (last) {
      let gapBlank = true;
      for (let k = last[1] + 1; k < n; k++) if (!ctx.blank(k)) gapBlank = false;
      if (gapBlank) {
        last[1] = n;
        continue;
      }
    }
    spans.push([n, n]);
  }
  return spans;
}

/**
 * A lead's lines joined for its byline: where a line opens on a space inside the byline's brackets
 * (`新华社北京9月17日电（记者 程远` / ` 邵宁）…`), the space stays: two names, not one.
 */
function leadJoin(lines: string[]): string {
  if (!lines.some((l, i) => i > 0 && (l.startsWith(' ') || l.startsWith('\t')))) return joinLines(lines);
  const groups: string[][] = [[]];
  let open = false;
  for (const line of lines) {
    const group = groups.at(-1) as string[];
    if (open && /^\s/.test(line) && /[\u3400-\u9fff]$/.test(group.at(-1)?.trimEnd() ?? '')) groups.push([line]);
    else group.push(line);
    const [o, c] = [Math.max(line.lastIndexOf('（'), line.lastIndexOf('(')), Math.max(line.lastIndexOf('）'), line.lastIndexOf(')'))];
    if (o !== c) open = o > c;
  }
  return groups.map(joinLines).join(' ');
}

const emptyPeople = (): People => ({ reporters: [], correspondents: [], photographers: [] });

function bylineOf(raw: RawArticle, leadRaw: string, lastText: string): Article['byline'] {
  const end = raw.endByline ? joinLines(raw.endByline.lines.map((l) => l.text)) : '';
  if (raw.kind === 'news') {
    // At the end of the last paragraph's line (`…压实责任。（记者 孙八）`), it stays in the text as printed.
    const lead = leadByline(LEAD.exec(leadRaw));
    // A lead naming no one (`本报讯 7月3日，…`) may be signed at the end with a name alone: `…86处。（陈晨）`.
    const inline = end ? undefined : (INLINE_END_BYLINE.exec(lastText)?.[1] ?? (lead === undefined && LEAD.test(leadRaw) ? signedAtEnd(lastText) : undefined));
    const inner = lead ?? END_BYLINE.exec(end)?.[1] ?? inline;
    const printed = [lead === undefined && inline === undefined ? '' : removeLayoutSpaces(inner ?? ''), end].filter(Boolean).join(' ');
    if (inner === undefined) return { ...emptyPeople(), text: printed };
    const people = parseByline(inner, { requireRole: false }) ?? emptyPeople();
    return { ...people, text: printed };
  }
  const block = raw.kind === 'photo' ? raw.credit : raw.anchor;
  const text = block ? joinLines(block.lines.map((l) => l.text)) : '';
  const people = (text ? parseByline(text, { requireRole: false }) : null) ?? emptyPeople();
  // A piece signed at its head and at its end (`本报记者 杜鹃` … `（记者 任杰）`) names both.
  const inner = END_BYLINE.exec(end)?.[1];
  const more = inner ? parseByline(inner, { requireRole: false }) : null;
  if (more) for (const role of ['reporters', 'correspondents', 'photographers'] as const) for (const n of more[role]) if (!people[role].includes(n)) people[role].push(n);
  return { ...people, text: [text.replace(/\s+/g, ' ').trim(), end].filter(Boolean).join(' ') };
}

/** A lowercase letter alone against a Chinese character (`i溪镇`): OCR's, not an abbreviation (`5G`, `AI`, `iPhone`). */
const STRAY_LETTER = /(?<![A-Za-z0-9])[a-z](?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])[a-z](?![A-Za-z0-9])/;
/**
 * A headline OCR garbled or a guess took from elsewhere: fewer than three Chinese characters in all
 * (`愉`), a stray letter run into them (`i镇部署…`), or a line saying a picture's day as a caption
 * does (`9月3日，某地…`). Published, but said to be doubtful.
 */
function garbled(h: Headline): boolean {
  const all = [h.kicker, h.main, h.sub].filter(Boolean).join('\n');
  return (all.match(/[\u3400-\u9fff]/g) ?? []).length < 3 || STRAY_LETTER.test(all) || /\d{1,2}月\d{1,2}日[，,]/.test(all);
}

/** How much of a report's opening a headline's words are looked for in. */
const OPENING = 200;
/**
 * A report's headline that says none of its opening's words: lines of another piece read as its headline
 * (OCR's `是祖父` / `满树的`, a feature's words, over `本报讯…`), or another report's headline. A report's
 * own headline says its lead's words (`百年古桥完成保护性修缮` over `…一座百年石拱古桥完成保护性修缮`).
 */
function saysNothing(h: Headline, body: Block[]): boolean {
  let opening = '';
  for (const b of body) {
    if (opening.length >= OPENING) break;
    opening += b.text;
  }
  return share(bigrams([h.kicker, h.main, h.sub].filter(Boolean).join('')), opening.slice(0, OPENING)) < SAYS_LITTLE;
}

/** A kicker that labels a piece of opinion: `社论`, `本报评论员文章`, `短评`, `时评`. */
const COMMENTARY_LABEL = /^(?:社论|(?:本报)?(?:特约)?评论员文章|编辑部文章|短评|时评|快评|述评|评论|本报评论|今日评论)$/;

export function assembleArticle(raw: RawArticle, ctx: AssembleContext): Article | null {
  const headline = headlineOf(raw.headline);
  // A commentary under its label (`社论`, `评论员文章`) is a piece of opinion, though no one signs it.
  const kind = raw.kind === 'news' && !raw.anchor && headline?.kicker !== undefined && COMMENTARY_LABEL.test(headline.kicker) ? 'feature' : raw.kind;
  const bodyBlocks = kind === 'news' && raw.anchor ? [raw.anchor, ...raw.body] : raw.body;
  const units = dedupe(mergeColumnBreaks(toUnits(bodyBlocks, ctx.layout, kind === 'feature')).map(withText), ctx);
  const body: Block[] = units.map((u) => ({ type: u.type, text: u.text })).filter((b) => b.text !== '');
  const firstParagraph = units.find((u) => u.type === 'paragraph');
  const leadRaw = firstParagraph ? leadJoin(firstParagraph.lines.map((l) => unspaced(l.text))) : '';
  if (body.length === 0 && !headline) {
    // A byline with nothing after it (OCR set it apart from its text): kept, and said.
    for (const b of [raw.anchor, raw.endByline, raw.credit]) {
      if (!b || raw.kind === 'news' && b === raw.anchor) continue;
      const line = b.lines[0]?.no ?? 0;
      ctx.dropped.push({ text: joinLines(b.lines.map((l) => l.text)), line, reason: '署名之后没有正文（正文未能找到）' });
      ctx.warnings.push({ message: 'byline with no text after it: its article was not found', line });
    }
    // So is a picture's title whose caption was a repeated paragraph.
    for (const b of raw.groupTitle) {
      const line = b.lines[0]?.no ?? 0;
      ctx.dropped.push({ text: joinLines(b.lines.map((l) => l.text)), line, reason: '图片标题之下没有图片说明' });
      ctx.warnings.push({ message: 'picture title with no caption under it', line });
    }
    return null;
  }

  let date: string | null = null;
  let dateEnd: string | undefined;
  if (kind === 'feature') {
    date = ctx.issueDateKnown && ctx.issueDate ? formatDate(ctx.issueDate) : null;
  } else {
    const paragraphs = body.filter((b) => b.type === 'paragraph').map((b) => b.text);
    let found = findDateline(paragraphs[0] ?? '', ctx.time, ctx.issueDate);
    // A short opening paragraph (`春寒料峭，田间地头一片繁忙。`) may have been cut from its dateline by a column break.
    if (found.found === null && [...(paragraphs[0] ?? '').replace(LEAD, '')].length < SHORT_OPENING) {
      found = findDateline(paragraphs.slice(0, 2).join(''), ctx.time, ctx.issueDate);
    }
    date = found.date;
    dateEnd = found.dateEnd;
  }

  const nos = [...raw.headline, ...(raw.anchor ? [raw.anchor] : []), ...raw.body, ...raw.groupTitle, ...(raw.credit ? [raw.credit] : []), ...(raw.endByline ? [raw.endByline] : [])]
    .flatMap((b) => b.lines.map((l) => l.no));
  const spans = spansOf(nos, ctx);
  const start = spans[0]?.[0] ?? 1;
  const end = spans.at(-1)?.[1] ?? start;

  const article: Article = {
    id: articleId(kind, body.map((b) => b.text).join('\n') || (headline?.main ?? '')),
    kind,
    headline,
    byline: bylineOf(raw, leadRaw, body.at(-1)?.text ?? ''),
    date,
    body,
    source: { file: ctx.file, start, end, spans },
  };
  if (dateEnd) article.dateEnd = dateEnd;
  if (raw.groupTitle.length > 0) {
    article.groupTitle = raw.groupTitle.map((b) => tidyHeadline(joinLines(b.lines.map((l) => l.text)))).join(' ');
  }
  const doubts = [...raw.doubts];
  if (kind !== 'photo' && !headline) {
    ctx.warnings.push({ message: 'no headline in the text: the site shows a title derived from the lead', line: start });
    doubts.push('no headline');
  }
  if (headline && garbled(headline)) doubts.push('headline garbled');
  else if (kind === 'news' && headline && saysNothing(headline, body)) doubts.push('headline says nothing of its text');
  if (kind === 'news' && !raw.anchor && !raw.endByline && article.byline.text === '') {
    if (!headline) ctx.warnings.push({ message: 'text with no lead or byline: published as an untitled article', line: start });
    doubts.push('no lead or byline');
  }
  if (doubts.length > 0) article.doubts = doubts;
  return article;
}
