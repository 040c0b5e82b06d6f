/**
 * Stage 2: numbered lines → blocks. A block is a run of non-blank lines; it is
 * also cut where a new article or caption visibly begins inside a run:
 *  - a line that opens with a lead (`共发放物资3万余件。` / ` 本报讯（记者周文涛）5月9日…`),
 *  - a headline run into the next lead on one line (`全力冲刺四季度 本报讯（记者周文涛） 5 月 3 日`),
 *  - a caption arrow (`赶制订单 忙而有序` / `⬅昨日，金穗`).
 */
import { closesOnByline, END_BYLINE, endsAsSource, endsSigned, isPhotoCredit, isSourceCredit, SOURCE_CREDIT_TAIL, parseByline, signsWithoutRole, TEXT_BY } from './byline.ts';
import { cutJump, isBanner, isFurniture, isFurnitureLine, mastheadPiece, paperName } from './furniture.ts';
import { BULLET_REPORT, CAPTION_MARK, DAY_OPENS, ENDS_CREDIT, HAN, LEAD, LEAD_ANYWHERE, leadByline, leadWrapped, PAPER_LEAD_ANYWHERE, MD_HEADING, NUMBERED, BULLETED, OPENS_REPORT, PARAGRAPH_INDENT, SENTENCE_PUNCT, SIDEBAR_LABEL, TERMINAL, visibleLength } from './chars.ts';
import type { Line } from './normalize.ts';
import { joinLines } from './text.ts';

export interface Block {
  lines: Line[];
  /** Blank lines between this block and the one before (an image left ≥ 2 in styles B and C). */
  blanksBefore: number;
}

export type Layout = 'wrapped' | 'paragraph';

/** Column widths of OCR'd narrow columns are 8–22 characters; exported paragraphs are far longer. */
const WRAPPED_MAX_MEDIAN = 30;
/** Past that, lines wrap at a column when more than this share of the long ones stop mid-sentence. */
const WRAPPED_OPEN_SHARE = 0.6;
/** A page of mostly short lines is still an export when at least this many long lines, nearly all ending a sentence, are a fifth of it. */
const PARAGRAPHS_MIN = 3;
const PARAGRAPH_OPEN_SHARE = 0.3;
/** …or when this share of its lines holding a sentence's marks end one (a narrow column's: under a quarter). */
const SENTENCES_ENDED = 0.75;
const SENTENCE_MARK = /[，。,]/;
/**
 * A column sets its full lines at one length (or one short, a mark's character gone down); an
 * export's paragraphs, cut where they may be, are each their own length: long lines at most this
 * share of which stand at one length are paragraphs.
 */
const ONE_LENGTH_SHARE = 0.25;
/** …and lines stopping mid-sentence, at least this many, this share of them within a few characters of one length, are a column's. */
const OPEN_AT_ONE_MIN = 5;
const OPEN_AT_ONE_SHARE = 0.8;
const MEASURE_SLACK = 2;
const LENGTHS_MIN = 5;

/**
 * Style A wraps every line at the column width; styles B and C give a paragraph a line.
 * @example detectLayout(lines) // 'wrapped' for `本报讯（记者周文涛） 1 月` / `8日，滨河区 …`
 */
export function detectLayout(lines: Line[]): Layout {
  // Is the median line (of those not blank) at most WRAPPED_MAX_MEDIAN long? Counted, not sorted.
  let filled = 0;
  let short = 0;
  let long = 0;
  let open = 0;
  let sentences = 0;
  let ended = 0;
  // The long lines' lengths (not columns a tool ran together), and those of the ones stopping mid-sentence.
  const lengths: number[] = [];
  const openLengths: number[] = [];
  for (const l of lines) {
    const n = visibleLength(l.text);
    if (n === 0) continue;
    // A markdown export (style C) gives a paragraph a line, however short its page.
    if (MD_HEADING.test(l.text)) return 'paragraph';
    filled++;
    // (A caption's line ends on its credit: `…装箱。 记者 范文 摄`.)
    const ends = endsSigned([l.text]) || endsOnCredit(l.text);
    if (SENTENCE_MARK.test(l.text)) {
      sentences++;
      if (ends) ended++;
    }
    if (n <= WRAPPED_MAX_MEDIAN) short++;
    else {
      long++;
      if (!ends) open++;
      // (Not columns a tool ran together, two column lines a space apart, `…和几 经热闹起来。…`: of any length.)
      if (!runTogether(l.text)) {
        lengths.push(n);
        if (!ends) openLengths.push(n);
      }
    }
  }
  if (filled === 0) return 'paragraph';
  const eachItsOwn = lengths.length >= LENGTHS_MIN && atOneLength(lengths, 1) <= lengths.length * ONE_LENGTH_SHARE;
  // Lines that stop mid-sentence at one length are a column's full lines, however short its paragraphs (wide
  // columns: most lines end one); an export's lines a column break cut are each their own length.
  const oneMeasure = openLengths.length >= OPEN_AT_ONE_MIN && atOneLength(openLengths, MEASURE_SLACK) >= openLengths.length * OPEN_AT_ONE_SHARE;
  // A short export (a masthead, headlines, bylines, a few paragraphs) has more short lines than long
  // ones; its long lines are paragraphs that end a sentence, which no column's lines do, and so do
  // nearly all its lines of sentences, where a column's lines mostly stop inside one.
  if (short > Math.floor(filled / 2)) {
    const paragraphs =
      (long >= PARAGRAPHS_MIN && long * 5 >= filled && (open <= long * PARAGRAPH_OPEN_SHARE || eachItsOwn)) || (sentences >= PARAGRAPHS_MIN && ended >= sentences * SENTENCES_ENDED);
    return paragraphs && !oneMeasure ? 'paragraph' : 'wrapped';
  }
  // Wide columns wrap too (a page set in two or three columns): most of their lines stop mid-sentence,
  // where an export's line is a paragraph and ends one.
  return (open > long * WRAPPED_OPEN_SHARE || oneMeasure) && !eachItsOwn ? 'wrapped' : 'paragraph';
}

/** How many of these lengths stand within `slack` characters under one of them: a column's measure, or none. */
function atOneLength(lengths: number[], slack: number): number {
  let most = 0;
  for (const n of lengths) most = Math.max(most, lengths.filter((m) => m <= n && m >= n - slack).length);
  return most;
}

/**
 * Two pieces a column's line long, or longer, one space apart: columns run together (`…连接高铁站和几 经热闹起来。卖早点的…`),
 * not a lead's names (`新华社北京3月11日电(记者 方晓 程远)记者从…`).
 */
function runTogether(text: string): boolean {
  const long = text.trim().split(' ').map((p) => visibleLength(p) >= COLUMN_PIECE);
  return long.some((x, i) => x && long[i + 1] === true);
}
const COLUMN_PIECE = 8;

function endsOnCredit(text: string): boolean {
  const m = CREDIT_TAIL.exec(text);
  return m?.[2] !== undefined && isPhotoCredit(m[2]);
}

/** Splits `全力冲刺四季度 本报讯（记者…` into the headline tail and the lead. */
function splitAtLead(line: Line): Line[] {
  if (LEAD.test(line.text)) return [line];
  // Our paper's or an agency's marker, then another paper's (looked for only where `报讯` is).
  return cutAtLead(line, LEAD_ANYWHERE) ?? (line.text.includes('报讯') ? cutAtLead(line, PAPER_LEAD_ANYWHERE) : null) ?? cutAtByline(line) ?? [line];
}

/** A headline's words (a deck's `、` in them, no sentence's mark), then a signed piece's byline after a space: `防汛工作 本报记者 方晓`. */
const HEADLINE_THEN_BYLINE = /^(\s*[^\s，。；：！？,;:!?][^，。；：！？,;:!?]*?)\s+((?:本报|新华社)?(?:特约|首席|见习|实习)?(?:记\s*者|通讯员)\s*[\u3400-\u9fff].*)$/;

/**
 * A headline's last line run into the byline of the signed piece under it (`防汛工作 本报记者 方晓`), as
 * OCR runs one into a lead: the headline's words, no mark in them, and the byline, whole.
 */
function cutAtByline(line: Line): Line[] | null {
  const m = line.text.includes('记') || line.text.includes('通讯员') ? HEADLINE_THEN_BYLINE.exec(line.text) : null;
  // (Not a byline whole, a name before its roles: `林舟 本报特约通讯员 韩冰`; a name is two or three characters.)
  if (!m?.[1] || !m[2] || !isBylineLine(m[2]) || !/[\u3400-\u9fff]{4}/.test(m[1]) || isBylineLine(line.text)) return null;
  return [
    { no: line.no, text: m[1] },
    { no: line.no, text: m[2] },
  ];
}

function cutAtLead(line: Line, markers: RegExp): Line[] | null {
  markers.lastIndex = 0;
  for (let m = markers.exec(line.text); m; m = markers.exec(line.text)) {
    const head = line.text.slice(0, m.index).trimEnd();
    const rest = line.text.slice(m.index);
    // A lead proper (a byline or a date after its marker), after a headline's words: no sentence before it.
    if (head.trim() === '' || SENTENCE_PUNCT.test(head) || !opensLead(rest)) continue;
    return [
      { no: line.no, text: head },
      { no: line.no, text: rest },
    ];
  }
  return null;
}

/** A lead proper: its marker with a byline, or with when it happened after it (`本报讯 3月5日起`, `本报讯 即日起`). */
function opensLead(text: string): boolean {
  const m = LEAD.exec(text);
  if (!m) return false;
  // Its parenthesis or role word follows the marker (the byline may end on the next line: `本报讯（记者朱琳` / `）1月…`).
  const marker = m[1] ?? '';
  const after = text.slice(text.indexOf(marker) + marker.length);
  if (/^\s*(?:[（(【〔［〈《]|记\s*者|通讯员)/.test(after)) return true;
  // Or it ends the line, its byline on the next (`新华社北京6月14日电` / `（记者 …）`): a dateline ends on 电 or 讯.
  if (after.trim() === '' && /[电讯]$/.test(marker)) return true;
  return leadByline(m) !== undefined || /^\s*(?:\d|即日|近日|日前|昨天|昨日|今天|今日)/.test(text.slice(m[0].length));
}

/** A name in a credit, its characters set apart or not (`任杰`, `白 雪`). */
const NAME = `[${HAN}](?: ?[${HAN}]){1,3}`;
/** A credit at the end of a caption's line: `图为社员将草莓装箱。 记者 任杰 摄`, `新华社发（任杰 摄）`. Group 1 the caption, group 2 the credit. */
const CREDIT_TAIL = new RegExp(`^(.*[。！？!?”」）)])\\s*((?:(?:新华社|中新社)发\\s*)?[（(〈《<]?\\s*(?:[${HAN}]{2,7}\\s*)?${NAME}(?:\\s+${NAME})*\\s*[/／]?\\s*摄影?(?:报道)?\\s*[）)〉》>]?)\\s*$`);
/** A byline line opens with a role word: `本报记者 钱七 文/图`, `□记者 张三`, `通讯员 李四`. */
const BYLINE_OPENING = /^\s*[□■◎●○◇◆★☆]*\s*(?:本\s*报|新华社)?\s*(?:特约|见习|实习|首席)?\s*(?:记\s*者|通\s*讯\s*员|摄\s*影)/;
const ROLE_CHAR = /[记员摄图]/;
/** A byline line is short: `本报记者 钱七 文/图`. */
const BYLINE_LINE_MAX = 32;

/** A line that is a byline or credit alone (`本报记者 钱七 文/图`, `本报评论员`, `（记者 孙八）`): a block of its own. */
function isBylineLine(text: string): boolean {
  // `文 | 张三`, `作者：张三`: who did what before the names.
  if (TEXT_BY.test(text)) return visibleLength(text) <= BYLINE_LINE_MAX && parseByline(text) !== null;
  // Every other byline or credit holds a role word (记者, 通讯员, 评论员) or 摄: most lines hold none;
  // a picture's source (`新华社发`, `资料图片`) says where it came from instead.
  if (!ROLE_CHAR.test(text)) return (endsAsSource(text) && isSourceCredit(text)) || signsWithoutRole(text);
  if (visibleLength(text) > BYLINE_LINE_MAX) return false;
  if (signsWithoutRole(text) || END_BYLINE.test(text) || isPhotoCredit(text)) return true;
  // A wrapped line of text may hold a role word too (`报社记者程远、`): a byline line opens with one.
  return BYLINE_OPENING.test(text) && parseByline(text) !== null;
}


/** A credit saying 图 before the names, at the end of a caption's line: `…装箱。 图/本报记者 林木`. */
const PICTURE_BY_TAIL = new RegExp(`^(.*[。！？!?”」）)])\\s*([（(]?\\s*(?:图|摄影)\\s*[/／:：]\\s*(?:本报)?(?:记者|通讯员)?\\s*[${HAN}]{2,4}(?:\\s+[${HAN}]{2,4})*\\s*[）)]?)\\s*$`);

const PICTURE_BY_HINT = /图\s*[/／]\s*[^文\s]|摄影\s*[/／:：]/;

/** Splits a caption's line at a credit run into it. */
function splitAtCredit(line: Line): Line[] {
  const m = CREDIT_TAIL.exec(line.text) ?? PICTURE_BY_TAIL.exec(line.text) ?? SOURCE_CREDIT_TAIL.exec(line.text) ?? ROLE_CREDIT_TAIL.exec(line.text) ?? titleCredit(line.text);
  if (!m || !m[1] || !m[2] || !isPhotoCredit(m[2])) return [line];
  return [
    { no: line.no, text: m[1] },
    { no: line.no, text: m[2] },
  ];
}

/** A credit that says its role after a caption of a few words with no mark to end them: `滨江新区夜景 本报记者 许 文 摄`. */
const ROLE_CREDIT_TAIL = new RegExp(`^(.*[^\\s，,、：:])\\s+((?:本报|新华社)?(?:特约|首席)?(?:摄影)?(?:记者|通讯员)\\s*${NAME}(?:\\s+${NAME})*\\s*摄影?)\\s*$`);

/** A picture's title of a few words and its taker's name: `东风小区新装的电梯 孟 涛 摄`. Groups: the title, the credit. */
const TITLE_CREDIT = new RegExp(`^([^。，、；：！？,;:!?]+[^\\s。，、；：！？,;:!?])\\s+(${NAME}\\s*摄)\\s*$`);
/** A title's line is short. */
const TITLE_CREDIT_MAX = 30;
/** A title is words of its own: not a credit's role or a name a wrap spaced out (`本报记者 林木 摄`, `本 报 记 者`). */
const NO_TITLE = /记者|通讯员|本报|摄影|新华社|(?:^|\s)\S(?:\s|$)/;
const titleCredit = (text: string) => {
  const m = visibleLength(text) <= TITLE_CREDIT_MAX ? TITLE_CREDIT.exec(text) : null;
  return m?.[1] && [...m[1].replace(/\s+/g, '')].length >= 4 && !NO_TITLE.test(m[1]) ? m : null;
};

/** A line that is only a credit's last word (or its closing bracket), its names on the line above. */
const LONE_CREDIT_END = /^\s*(?:摄影?\s*[）)]?|[）)])\s*$/;
/** What a byline says last, wrapped to a line of its own: `文/图`, `图/文`, `报道`. */
const BYLINE_TAIL = /^\s*(?:文\s*[/／]\s*图|图\s*[/／]\s*文|报\s*道|整\s*理|采\s*写)\s*$/;
/** A credit's wrapped tail on a line of its own is a few characters: `片）`, `社发`, `峰 摄）`. */
const CREDIT_TAIL_MAX = 6;

/**
 * A caption's line that ends on a credit's first characters, the rest on the next line (`…在生产。 本`,
 * `…修剪果树。（记` / `者 白露 摄）`, `…果树。 （记者 潘` / `峰 摄）`, `…夜景。 （` / `资料图片）`). Group 1 the caption, group 2
 * the credit's start.
 */
const CREDIT_HEAD = new RegExp(`^(.*[。！？!?”」）)])(?:\\s+|(?=[（(〈]))((?:[（(〈]\\s?[${HAN}]{0,4}|[${HAN}]{1,4})(?:\\s+[${HAN}]{1,2}){0,2})$`);

/** A caption's line that ends on the role word of a credit OCR wrapped (`…装箱。 记者` / `林木摄`). */
const ROLE_TAIL = /^(.*[。！？!?”」）)])\s+((?:本报)?(?:特约)?(?:记者|通讯员|摄影记者))$/;

/**
 * A caption's last line cut before the role word it ends on, which goes to the
 * credit under it (`林木摄`, no role word of its own); null where there is none.
 */
function roleTail(caption: Line | undefined, credit: Line): [Line, Line] | null {
  if (!caption || !ENDS_CREDIT.test(credit.text) || ROLE_CHAR.test(credit.text.replace(ENDS_CREDIT, '')) || visibleLength(credit.text) > 8) return null;
  const m = ROLE_TAIL.exec(caption.text.trimEnd());
  if (!m?.[1] || !m[2]) return null;
  return [
    { no: caption.no, text: m[1] },
    { no: caption.no, text: m[2] },
  ];
}

/** A caption's line ending on a credit's names, its `摄` on the next line: `…装箱。 记者 苏航` / `摄`. */
const creditGoesOn = (above: string, line: string): boolean => {
  if (!LONE_CREDIT_END.test(line)) return false;
  const m = CREDIT_TAIL.exec(`${above.trimEnd()} ${line.trim()}`);
  return m?.[2] !== undefined && isPhotoCredit(m[2]);
};

/** What a line is, as far as cutting blocks goes: computed once a line. */
interface LineFlags {
  lead: boolean;
  furniture: boolean;
  byline: boolean;
}

/** A lead line that stops on a name of its byline, no brackets (`本报讯 记者江枫`). */
const BARE_LEAD_END = /^[^，。；,;（(【〔）)】〕]*[\u3400-\u9fff]\s*$/;
/** The rest of such a byline on the next line: a role word, names (`通讯员方晓 报道`). */
const BYLINE_GOES_ON = /^\s*(?:特约|见习|实习)?(?:记\s*者|通\s*讯\s*员)/;
/** A lead whose byline in words stops at the line's end (`本报讯 记者江枫`), and its next role on the line after. */
const bylineGoesOn = (lead: string, next: string): boolean => LEAD.test(lead) && BARE_LEAD_END.test(lead) && BYLINE_GOES_ON.test(next) && !/摄/.test(next);
/** A bracket left open at a line's end (`…（记者 苏`), closed a few characters into the next (`航）`). */
const closesBracket = (above: string, next: string): boolean => /[（(](?:\s*[^\s（(）)]){0,10}$/.test(above.trimEnd()) && /^[^（(）)]{1,12}[）)]/.test(next.trim());

/**
 * Does `line` open a block after the lines of the block so far? A credit
 * wrapped over lines (`本报记者 宋` / `崇飞 摄`, `本 报 记` / `者 诸 葛` / `亮 明 摄`) stays one.
 */
function startsBlock(line: Line, flags: LineFlags, block: Line[]): boolean {
  const prev = block.at(-1);
  if (flags.furniture || flags.lead) return true;
  if (CAPTION_MARK.test(line.text) && /^\s*[^\s上下左右图]/.test(line.text)) return true;
  if (!flags.byline) return false;
  // Inside running text a role word and names may begin a line (`记者程远、市医疗队`): not a byline.
  if (prev && /[、，,]/.test(line.text) && !TERMINAL.test(prev.text.trim())) return false;
  // Nor under a line stopping on a clause's mark, in a narrow column (`马骏）日前，` / `记者从省科技`).
  if (prev && /[，、：,:]$/.test(prev.text.trim()) && !/摄/.test(line.text)) return false;
  // A lead's byline wrapped in a narrow column (`本报讯 记者江枫` / `通讯员方晓 报道`) goes on with the lead.
  if (prev && bylineGoesOn(prev.text, line.text)) return false;
  const wraps = (above: Line[]) => {
    const text = above.map((l) => l.text.trim()).join('');
    return visibleLength(text) <= BYLINE_LINE_MAX && isBylineLine(`${text}${line.text.trim()}`);
  };
  return !(prev !== undefined && (wraps([prev]) || (block.length > 1 && wraps(block))));
}

/** A text's last line with a headline's first words after its sentence's end: `…参加会议。 临溪镇部署`. */
const HEADLINE_RUN_ON = /^(.*[\u3400-\u9fff\d”’」』）)] ?[。！？][”’」』）)]?)\s+([\u3400-\u9fff“《"][^，。；：、！？,;:!?]*)$/;
const SENTENCE_THEN_SPACE = /[。！？][”’」』）)]?\s/;
const WIDE_GAP = /\S\s{2,}\S/;
/** A headline's line: no sentence's or clause's mark (quotes, a title's marks and a dash it may hold). */
const NO_MARK = /^[^，。；：、！？,;:!?]*$/;
/** A headline's longest: its words run on after a text and the lines under them. */
const RUN_ON_HEADLINE_MAX = 60;

/**
 * OCR sets a headline's first words on the row of the text above it, after its last sentence
 * (`…全镇各村负责人参加会议。 临溪镇部署` / `防汛工作` / blank): where the words after the sentence's end
 * and the lines under them, up to a blank line, hold no mark and are a headline's length, they are a
 * line of their own. (Running text after a sentence's end goes on with marks in it, or ends on one.)
 */
function headlineRunOn(lines: Line[]): Line[] {
  const out: Line[] = [];
  lines.forEach((l, i) => {
    // (Not a row of columns OCR left whole, their gaps wide.)
    const m = SENTENCE_THEN_SPACE.test(l.text) && !WIDE_GAP.test(l.text) ? HEADLINE_RUN_ON.exec(l.text) : null;
    if (!m?.[1] || !m[2]) return void out.push(l);
    let j = i + 1;
    while (j < lines.length && (lines[j]?.text.trim() ?? '') !== '' && j - i <= 2) j++;
    const under = lines.slice(i + 1, j).map((x) => x.text);
    const words = [m[2], ...under].join('');
    const ends = j >= lines.length || (lines[j]?.text.trim() ?? '') === '';
    // (A headline's lines hold words: two characters a line at least, not OCR's debris, `口 各` / `本`.)
    if (!ends || under.length === 0 || ![m[2], ...under].every((t) => NO_MARK.test(t) && !WIDE_GAP.test(t) && /[\u3400-\u9fff]{2}/.test(t)) || !NO_MARK.test(m[2]) || visibleLength(words) > RUN_ON_HEADLINE_MAX || LEAD.test(under[0] ?? '')) return void out.push(l);
    out.push({ no: l.no, text: m[1] }, { no: l.no, text: '' }, { no: l.no, text: m[2] });
  });
  return out;
}

export function toBlocks(lines: Line[]): Block[] {
  lines = headlineRunOn(lines);
  const blocks: Block[] = [];
  let current: Line[] = [];
  let blanks = 0;
  let pendingBlanks = 0;
  /** The line before is furniture or a byline, which ends its block. */
  let prevStandsAlone = false;
  const flush = () => {
    if (current.length > 0) blocks.push({ lines: current, blanksBefore: pendingBlanks });
    current = [];
  };
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current.length > 0) {
        flush();
        blanks = 0;
      }
      blanks++;
      continue;
    }
    if (current.length === 0) {
      pendingBlanks = blanks;
      // OCR wraps a caption's credit: `…装箱。 记者` / `林木摄`. The role word goes with the name.
      const prev = blocks.at(-1);
      const cut = prev && blanks > 0 ? roleTail(prev.lines.at(-1), line) : null;
      if (prev && cut) {
        prev.lines = [...prev.lines.slice(0, -1), cut[0]];
        current.push(cut[1]);
      }
      // A bracket a column break left open (`…课程资源。（` / blank / `记者 彭悦）`, `…（记者 苏` / blank / `航）`,
      // `…（记者 金 涛 通讯员` / blank / `许诺）`), or a lead's byline said in words that it cut (`本报讯 记者温岚` /
      // blank / `通讯员龚琳 报道`): the text goes on in it.
      // (So does a credit's 摄 a blank line set under it: `…装箱。 记者 苏航` / blank / `摄`.)
      else if (prev && (closesBracket(prev.lines.at(-1)?.text ?? '', line.text) || (prev.lines.length === 1 && bylineGoesOn(prev.lines[0]?.text ?? '', line.text)) || creditGoesOn(prev.lines.at(-1)?.text ?? '', line.text))) {
        blocks.pop();
        current = prev.lines;
        pendingBlanks = prev.blanksBefore;
      }
    }
    blanks = 0;
    // A credit wrapped before its 摄 (`…装箱。 记者 杜鹃` / `摄`): its words leave the caption's line.
    const above = current.at(-1);
    // A credit on a line or two of its own under its caption, its 摄 wrapped to the next (`（记者 秦朗` / `摄）`,
    // `本 报 记` / `者 李 娜` / `摄`): a block of its own.
    // (Or its role word alone on the line above its name, in a column of a few characters: `（记者` / `江枫 摄）`.)
    const roleAbove = ENDS_CREDIT.test(line.text) && visibleLength(above?.text ?? '') <= CREDIT_TAIL_MAX && ROLE_CHAR.test(above?.text ?? '');
    const creditLines = LONE_CREDIT_END.test(line.text) || roleAbove ? [1, 2].find((k) => current.length > k && TERMINAL.test(current.at(-1 - k)?.text.trim() ?? '') && isPhotoCredit(`${current.slice(-k).map((l) => l.text.trim()).join('')}${line.text.trim()}`)) : undefined;
    if (creditLines !== undefined) {
      const credit = current.splice(-creditLines, creditLines);
      flush();
      pendingBlanks = 0;
      current.push(...credit, line);
      prevStandsAlone = true;
      continue;
    }
    // A credit OCR wrapped over three lines in a narrow column (`…果树。 （记` / `者 任杰` / `摄）`): its head leaves the caption's line.
    const over = current.at(-2);
    const head3 = above && over && LONE_CREDIT_END.test(line.text) ? CREDIT_HEAD.exec(over.text.trimEnd()) : null;
    if (above && over && head3?.[1] && head3[2] && isPhotoCredit(`${head3[2]}${above.text.trim()}${line.text.trim()}`)) {
      current.splice(-2, 2, { no: over.no, text: head3[1] });
      flush();
      pendingBlanks = 0;
      current.push({ no: over.no, text: head3[2] }, above, line);
      prevStandsAlone = true;
      continue;
    }
    const wrapped = above && LONE_CREDIT_END.test(line.text) ? CREDIT_TAIL.exec(`${above.text.trimEnd()} ${line.text.trim()}`) : null;
    if (above && wrapped?.[1] && wrapped[2] && isPhotoCredit(wrapped[2])) {
      current[current.length - 1] = { no: above.no, text: wrapped[1] };
      flush();
      pendingBlanks = 0;
      current.push({ no: above.no, text: wrapped[2].replace(ENDS_CREDIT, '').trim() }, line);
      prevStandsAlone = true;
      continue;
    }
    // A credit wrapped after its first characters (`…在生产。 本` / `报记者 张伟 摄`): they go down to it.
    // (Or a source's credit, `…夜景。 （资料图` / `片）`, `…小麦。 新华` / `社发`: a short line completes it.)
    const head = above && (ENDS_CREDIT.test(line.text) || visibleLength(line.text) <= CREDIT_TAIL_MAX) ? CREDIT_HEAD.exec(above.text.trimEnd()) : null;
    // (Its bracket may close on the line after: `…果树。 （记` / `者 夏阳 摄` / `）`.)
    const credit = head?.[2] ? `${head[2]}${line.text.trim()}` : '';
    if (above && head?.[1] && head[2] && (isPhotoCredit(credit) || (/^[（(]/.test(credit) && !/[）)]/.test(credit) && isPhotoCredit(`${credit}）`)))) {
      current[current.length - 1] = { no: above.no, text: head[1] };
      flush();
      pendingBlanks = 0;
      current.push({ no: above.no, text: head[2] }, line);
      prevStandsAlone = true;
      continue;
    }
    const jump = cutJump(line.text);
    const pieces = jump ? jump.map((text) => ({ no: line.no, text })) : splitAtLead(line);
    const last = pieces.at(-1) as Line;
    if (ENDS_CREDIT.test(last.text) || PICTURE_BY_HINT.test(last.text) || endsAsSource(last.text)) pieces.splice(-1, 1, ...splitAtCredit(last));
    for (const piece of pieces) {
      // A caption opening on its day, its credit under it, set right under another piece's finished sentence
      // (`…快捷便民服务。` / `5月9日，…修剪果树。` / `（记者 方晓 摄）`): the caption is a block of its own.
      const day = current.at(-1);
      if (day && current.length >= 2 && CAPTION_ON_ITS_DAY.test(day.text) && TERMINAL.test(current.at(-2)?.text.trim() ?? '') && isPhotoCredit(piece.text.trim())) {
        current.pop();
        flush();
        pendingBlanks = 0;
        current.push(day);
      }
      const prev = current.at(-1);
      // The page's first line may be its paper's name (`北川日报`), run into what follows it.
      const masthead = blocks.length === 0 && current.length === 1 && prev !== undefined && paperName(prev.text) !== null;
      const flags: LineFlags = { lead: LEAD.test(piece.text) || BULLET_REPORT.test(piece.text), furniture: isFurnitureLine(piece.text) || mastheadPiece(piece.text, piece.no), byline: isBylineLine(piece.text) };
      const standsAlone = flags.furniture || (flags.byline && !/[、，,]/.test(piece.text));
      // (A credit's 摄 wrapped under its name, `（记者 秦朗` / `摄）`, or a source's last characters, `（资料图` / `片）`, close it.)
      const closesCredit =
        prev !== undefined &&
        (LONE_CREDIT_END.test(piece.text) || (prevStandsAlone && visibleLength(piece.text) <= CREDIT_TAIL_MAX)) &&
        isPhotoCredit(`${current.map((l) => l.text.trim()).join('')}${piece.text.trim()}`);
      // (A byline's last words wrapped under it, `本报记者 苏航` / `文/图`, close it too.)
      const closesByline = prev !== undefined && prevStandsAlone && BYLINE_TAIL.test(piece.text) && parseByline(`${current.map((l) => l.text.trim()).join(' ')} ${piece.text.trim()}`) !== null;
      if (prev && !closesCredit && !closesByline && (startsBlock(piece, flags, current) || masthead || prevStandsAlone)) {
        flush();
        pendingBlanks = 0;
      }
      current.push(piece);
      prevStandsAlone = standsAlone;
    }
  }
  flush();
  return blocks;
}

/** A caption's first line, opening on the day the picture was taken: `5月9日，…`, `▲5月9日，…`. */
const CAPTION_ON_ITS_DAY = new RegExp(`^\\s*[▲△►→➡]?${DAY_OPENS.source.slice(1)}`);

/**
 * On a page of a paragraph a line, each line is a block of its own, blank lines between them or
 * not (an export may print none: `…一万二千吨。` / `为了那一池清水` / `本报记者 何小平`); only
 * furniture keeps its lines together (`获取更多精彩资讯，` / `请扫码关注…`).
 */
export function paragraphBlocks(blocks: Block[]): Block[] {
  return blocks.flatMap((b) => {
    if (b.lines.length === 1 || wrappedNarrow(b)) return [b];
    // (Furniture of several lines, and a credit wrapped under a caption, `（资料图` / `片）`, stay whole.)
    const text = joinLines(b.lines.map((l) => l.text));
    if (isFurniture(text) || isPhotoCredit(text)) return [b];
    return b.lines.map((line, i) => ({ lines: [line], blanksBefore: i === 0 ? b.blanksBefore : 0 }));
  });
}

/** A line of a caption set under a small picture, on a page of long lines: a few characters. */
const NARROW_LINE = 16;
/**
 * Lines of a few characters each that a sentence runs through, its marks inside them (`青川县新建的文化广` /
 * `场夜景。 （资料图` / `片）`): a caption wrapped under a small picture, one block, not a paragraph a line.
 */
const wrappedNarrow = (b: Block): boolean =>
  b.lines.every((l, i) => visibleLength(l.text) <= NARROW_LINE && (i === 0 || l.no === (b.lines[i - 1]?.no ?? 0) + 1)) && b.lines.slice(0, -1).some((l) => !TERMINAL.test(l.text.trim())) && b.lines.some((l) => /[，。；]/.test(l.text));

/** An editor's note's label alone on its line: `【编者按】`, `编者按：`, `编者的话`. */
const NOTE_LABEL = /^\s*[【〔\[（(]?\s*(?:编者按|编者的话|编后语?)\s*[】〕\]）)]?\s*[:：]?\s*$/;

/** An editor's note's label alone on its line goes with the note under it (`【编者按】` / `入冬以来，…`). */
export function joinNoteLabels(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    const next = blocks[i + 1];
    if (next && b.lines.length === 1 && NOTE_LABEL.test(b.lines[0]?.text ?? '')) {
      out.push({ lines: [...b.lines, ...next.lines], blanksBefore: b.blanksBefore });
      i++;
    } else out.push(b);
  }
  return out;
}

/** Sentence punctuation: a headline line has none (`百年古桥完成保护性修缮`). */
const SENTENCE = /[。，；,;！？!?：:、]/;
const HEADLINE_LINE_MAX = 30;
/** Headline lines a block may open with. */
const PEEL_MAX = 3;

/**
 * Headline lines that run straight into a lead or byline with no blank line
 * between, as pdftotext prints a headline-first page (`全省职业技能大赛落幕` /
 * `本报讯（记者 梁辰）…`), become a block of their own; so do those before a
 * paragraph's first line, two characters short of the column (`width`), that
 * has a sentence mark in it (`日前，新建的三所乡村`). Only there: in narrow OCR
 * columns a paragraph's first line often has no punctuation either.
 */
export function peelHeadlines(blocks: Block[], width = 0, oneColumnFlow = false): Block[] {
  blocks = blocks.flatMap(cutSubheads);
  if (oneColumnFlow) blocks = blocks.flatMap((b) => cutParagraphEnds(b, width));
  const out: Block[] = [];
  const opensParagraph = (text: string) => width > 0 && visibleLength(text) === width - PARAGRAPH_INDENT && SENTENCE.test(text);
  blocks.forEach((b, i) => {
    let k = 0;
    while (k < Math.min(PEEL_MAX, b.lines.length - 1) && headlineShaped(b.lines[k]?.text ?? '')) k++;
    const opening = b.lines[k]?.text ?? '';
    if (k > 0 && k < b.lines.length && (opensPiece(opening) || opensReport(opening) || (k + 1 < b.lines.length && opensParagraph(opening)))) {
      out.push({ lines: b.lines.slice(0, k), blanksBefore: b.blanksBefore });
      b = { lines: b.lines.slice(k), blanksBefore: 0 };
    }
    // Headline lines at the end of a block whose text ends a sentence, the next block opening a
    // piece: `健康手册三百余份。` / `图书馆延长开放时间` / `本报讯（…`, as `pdftotext -layout` runs 简讯
    // (OCR leaves one blank line before the lead; -layout more where the column beside holds a picture).
    let t = 0;
    const n = b.lines.length;
    while (t < Math.min(PEEL_MAX, n - 1) && headlineShaped(b.lines[n - 1 - t]?.text ?? '', true) && !closesByline(b.lines.slice(0, n - t))) t++;
    let peel = t > 0 && n - t > 0 && endsText(b.lines.slice(0, n - t));
    if (peel) {
      // The page's footer after them (`第3版 要闻 责任编辑：…`) is no text: past it, they are the page's last lines.
      const next = blocks.slice(i + 1).find((x) => !isFurniture(joinLines(x.lines.map((l) => l.text))));
      peel = next ? opensAfterHeadline(next) : !closesPage(b.lines.slice(n - t));
    }
    if (peel) {
      out.push({ lines: b.lines.slice(0, n - t), blanksBefore: b.blanksBefore });
      out.push({ lines: b.lines.slice(n - t), blanksBefore: 0 });
    } else out.push(b);
  });
  return out;
}

/**
 * Does this block open what may follow a headline under its text: a lead or a byline, a caption
 * (`图为…`, `▲…`), a 简讯 item (`■7月3日，…`) or banner (`简讯`), or, after a blank line, a report
 * opening on when it happened (`近日，…`)?
 */
function opensAfterHeadline(next: Block): boolean {
  const first = next.lines[0]?.text ?? '';
  if (opensPiece(openingOf(next)) || CAPTION_MARK.test(first) || BULLET_REPORT.test(first)) return true;
  return next.blanksBefore === 1 && (OPENS_REPORT.test(first) || (next.lines.length === 1 && isBanner(first)));
}

/** A line this much shorter than the column ends its paragraph. */
const SHORT_BY = 3;
/**
 * Narrow columns whose paragraph ends with no blank line after it (OCR): a
 * line that finishes a sentence well short of the column, between full lines,
 * ends its paragraph (`…为全年目标打下坚实基础。` / `去年以来，该中心…`), and the
 * text after it is a block of its own, where a report whose lead was lost may begin.
 */
function cutParagraphEnds(b: Block, width: number): Block[] {
  if (width <= 0 || b.lines.length < 3) return [b];
  // (A full line of this column, not two columns' lines run together.)
  const full = (l: Line | undefined) => l !== undefined && Math.abs(visibleLength(l.text) - width) <= 1;
  for (let k = 1; k + 1 < b.lines.length; k++) {
    const l = b.lines[k] as Line;
    if (!full(b.lines[k - 1]) || !full(b.lines[k + 1]) || visibleLength(l.text) > width - SHORT_BY || !TERMINAL.test(l.text.trim())) continue;
    return [{ lines: b.lines.slice(0, k + 1), blanksBefore: b.blanksBefore }, ...cutParagraphEnds({ lines: b.lines.slice(k + 1), blanksBefore: 0 }, width)];
  }
  return [b];
}

/** A line that opens a paragraph with its indent: a space, then a character of text. */
const INDENTED = /^\s+[\u3400-\u9fff“"‘]/;
/** A paragraph's indented first line that opens on when it happened: ` 近日，…`. */
const opensReport = (text: string | undefined) => text !== undefined && INDENTED.test(text) && OPENS_REPORT.test(text);
/** A box's label is a few characters (`相关链接`): longer lines are never one. */
const LABEL_MAX = 12;
/** The lines a subhead takes in a narrow column. */
const SUBHEAD_LINES_MAX = 2;

/**
 * A subhead set with no blank line around it, between a finished sentence and an indented paragraph
 * (`…高兴地说。` / ` 小小大棚` / ` 鼓起农民钱袋子` / ` 近年来，…`), is a block of its own.
 */
function cutSubheads(b: Block): Block[] {
  const { lines } = b;
  if (lines.length < 3) return [b];
  // The lines before `k`, the `n` lines from `k` (a block of their own), and the rest cut again.
  const cut = (k: number, n: number): Block[] => [
    { lines: lines.slice(0, k), blanksBefore: b.blanksBefore },
    { lines: lines.slice(k, k + n), blanksBefore: 0 },
    ...cutSubheads({ lines: lines.slice(k + n), blanksBefore: 0 }),
  ];
  for (let k = 1; k < lines.length - 1; k++) {
    const text = lines[k]?.text ?? '';
    // A box's label (`相关链接`) after a finished sentence or a line in parentheses, indented or not.
    if (text.length <= LABEL_MAX && SIDEBAR_LABEL.test(text.trim()) && /[。！？!?”）)]$/.test(lines[k - 1]?.text.trim() ?? '')) return cut(k, 1);
    if (!INDENTED.test(text)) {
      // A headline under its text, the next report's first line indented and opening on when it happened, no lead
      // (`…参加。（本报` / `记者 王刚）` / `全市春季植树活动启动` / ` 近日，…`): the headline a block of its own.
      const h = opensReport(lines[k + 1]?.text) ? 1 : k + 2 < lines.length && opensReport(lines[k + 2]?.text) && !INDENTED.test(lines[k + 1]?.text ?? '') && headlineShaped(lines[k + 1]?.text ?? '') ? 2 : 0;
      if (h > 0 && headlineShaped(text) && endsText(lines.slice(0, k))) return cut(k, h);
      // A numbered or bulleted section's subhead flush left (`一、深化改革`, `■ 强化保障`) between a finished sentence and an indented paragraph.
      const mark = NUMBERED.exec(text) ?? BULLETED.exec(text);
      if (mark && INDENTED.test(lines[k + 1]?.text ?? '') && TERMINAL.test(lines[k - 1]?.text.trim() ?? '') && headlineShaped(text.slice(mark[0].length))) return cut(k, 1);
      continue;
    }
    if (!TERMINAL.test(lines[k - 1]?.text.trim() ?? '')) continue;
    let r = 0;
    while (r < SUBHEAD_LINES_MAX && k + r < lines.length - 1 && headlineShaped(lines[k + r]?.text ?? '')) r++;
    if (r > 0 && INDENTED.test(lines[k + r]?.text ?? '')) return cut(k, r);
  }
  return [b];
}

const endsText = (lines: Line[]) => endsSigned(lines.map((l) => l.text));
/** Lines whose last closes a byline a narrow column wrapped (`…祭扫。（记者 陈` / `静）`): no headline line. */
const closesByline = (lines: Line[]) => closesOnByline(lines.map((l) => l.text));

/** Lines that close a page without being a headline: `（完）`, `（下转第2版）`. */
const closesPage = (lines: Line[]) => lines.some((l) => /^\s*[（(〈]|[）)〉]\s*$/.test(l.text));

/** A line that can be a headline's: short, Chinese, no sentence punctuation, no lead or byline. */
function headlineShaped(text: string, punctuated = false): boolean {
  const line = text.trim();
  const marks = punctuated ? !HEADLINE_MARKS.test(line) && !TERMINAL.test(line.replace(HEADLINE_END, '')) : !SENTENCE.test(line) && !TERMINAL.test(line);
  return visibleLength(line) <= HEADLINE_LINE_MAX && marks && /[\u3400-\u9fff]/.test(line) && !LEAD.test(line) && !isBylineLine(line);
}
/**
 * Between a finished sentence and a lead (or the page's foot), a headline may hold a colon, a comma
 * or a 、 (`临溪镇：部署防汛工作`, `夏收，一场与时间的赛跑`) and end on ！ or ？; never a full stop or
 * a semicolon, nor a mark at its end that a sentence goes on after.
 */
const HEADLINE_MARKS = /[。；;]|[，,：:、]$/;
const HEADLINE_END = /[！？!?]+["”’」』]?$/;

/** A block's first line, with the second when a narrow column wrapped a lead's marker (`新华社北京1月1日` / `电（记者 周涛）`). */
const openingOf = (b: Block) => {
  const [first, second] = b.lines;
  return first && second && leadWrapped(first.text, second.text) ? `${first.text.trim()}${second.text.trim()}` : (first?.text ?? '');
};

/** A line that opens a piece: a lead or a byline (not a photo credit). */
function opensPiece(text: string): boolean {
  return LEAD.test(text) || ((signsWithoutRole(text) || BYLINE_OPENING.test(text) || TEXT_BY.test(text)) && !/摄/.test(text) && isBylineLine(text));
}
