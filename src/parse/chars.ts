/**
 * Named character classes and patterns. Each one quotes the kind of seed line it
 * exists for, so that a reader knows why it is there before changing it.
 */

/** Han ideographs (CJK Unified, Extension A, Compatibility). */
export const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** Full-width punctuation and symbols that sit between Han characters: `，。、；：？！“”‘’（）《》【】—…·`. */
const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef\\u2018\\u2019\\u201c\\u201d\\u2014\\u2026\\u00b7';
/** A character that belongs to Chinese running text. */
export const CJK = `[${HAN}${CJK_PUNCT}]`;
const cjkRe = new RegExp(CJK);

/** Is this character (one UTF-16 unit) in `CJK`? Its ranges as numbers: a hot path. */
export function isCjk(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return ch !== undefined && cjkRe.test(ch);
  const c = ch.charCodeAt(0);
  if (c < 0x2014) return c === 0xb7;
  if (c <= 0x2026) return c === 0x2014 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2026;
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef);
}

/** Is this character an ASCII letter or digit? */
export function isAsciiAlnum(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return ch !== undefined && /[A-Za-z0-9]/.test(ch);
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Running text opens a sentence on where or when it is, then a comma (`会上，`,
 * `推进会上，`, `活动中，`, `座谈中，`, `此外，`, `据了解，`), or on who said it (`有关负责人介绍，`); a headline does not. A line that
 * does is a paragraph's first line, even when OCR sets it apart with blank lines.
 */
export const CLAUSE_OPENER =
  /^\s*(?:[\u3400-\u9fff]{0,6}(?:会上|会后|会前|会议期间|活动中|活动现场|过程中)|[\u3400-\u9fff]{1,3}(?:中|时)|[\u3400-\u9fff]{1,10}(?:介绍|表示|指出|认为|透露)|随后|此外|同时|其中|另外|据了解|据介绍|记者了解到|近年来|[\u3400-\u9fff]{1,6}以来)\s*[，,]/;

/** Visible length: characters that are not whitespace (a hot path: counted, not replaced). */
export function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0x3000 && c !== 0xa0) n++;
  }
  return n;
}

/**
 * Punctuation that only occurs inside running sentences, never in a headline:
 * `区领导李明参加调研。` — `，。；` and their ASCII forms in style B (`4月12日下午,滨河区`).
 */
export const SENTENCE_PUNCT = /[。，；,;]/;

/** A paragraph that ends here: `…并送上慰问品。` / `…"三个一"工作目标。”`. */
/**
 * A line opening on a character and the mark after it (`场，并通过…`): a line may not open on the mark,
 * so the character before it went down with it, and the line above is one short of its column.
 */
export const KINSOKU = /^\s*[\u3400-\u9fff][，、；：。！？]/;
export const TERMINAL = /[。！？!?…]["”’」』）)]*$|[。！？!?][”’」』]?$/;

/** Role words a lead's byline opens with: `记者`, `本报通讯员`, `特约通讯员`, `实习生`. */
/** A role word as a lead's or an end byline's parenthesis holds it: `记者`, `本报融媒体记者`, `新华社记者`, `通讯员`. */
export const LEAD_ROLE = '(?:本报|新华社)?(?:融媒体|全媒体|特约|见习|实习|首席)?(?:记\\s*者|通讯员|实习生)';
/** A space OCR set beside a dateline's figures (`新华社北京6 月14 日电`). */
const DIGIT_SPACE = '(?<=[\\d月日])\\s|\\s(?=[\\d月日])';
/** …or between two characters of its place (`本报北 京8月16日讯`). */
const DATELINE_SPACE = `${DIGIT_SPACE}|(?<=[\\u3400-\\u9fff])\\s(?=[\\u3400-\\u9fff])`;
/** When a lead says it happened in words (`本月2日`, `昨日`), after a byline with no brackets: no name's. */
const SAID_WHEN = '本月|上月|今年|去年|近日|日前|昨日|今日|昨天|今天|前天|当天|当日|连日|近期|目前';
/**
 * The opening of a news report, which starts an article:
 * `本报讯（记者周文涛）`, ` 本报讯 （记 者林晓东）`, `本报讯(记者周文涛)`,
 * the agency forms other papers print: `新华社北京3月1日电（记者 张三）`, `据新华社电`, `中新网3月1日电`, `本报北京1月5日讯`, `本报北京1月5日电`,
 * a site's or the paper's 消息 (`央视网消息（记者 王刚）：`, `本报综合消息`),
 * the byline said in words: `本报讯 记者王五 通讯员赵六 报道`, or before the date with no 报道 (`本报讯 记者王五 3月5日，…`),
 * and OCR's misreadings of the parenthesis before a role word: `本报讯〈记者 张明)`, `本报讯 “通讯员 江枫)`, `电【〈记者`, `本报讯〈《记者`,
 * or its loss: `本报讯 记者林舟) 8月2日`, and OCR's 汛 or 迅 for 讯 before a parenthesis (`本报汛（记者`); other papers' brackets: `本报讯〔记者 张明〕`, `本报讯【记者 张明】`.
 * Group 1 is the marker; group 2, 3 or 4 the byline (in parentheses, misread ones, or in words).
 */
export const LEAD = new RegExp(
  `^\\s*(?:[■●▲◆]\\s*)?(本\\s*报\\s*讯|本\\s*报\\s*[汛迅](?=\\s*[（(〈《【〔])|本[刊台网]讯|[\\u3400-\\u9fff]{1,8}报讯(?=\\s|[（(〈《【〔\\d]|记者|通讯员|融媒体|全媒体)|本报(?!\\s?(?:记者|通讯员|评论员|特约))\\s?(?:[^\\s（(，。]|${DATELINE_SPACE}){1,12}讯(?!员)|本报(?!\\s?(?:记者|通讯员|评论员|特约))\\s?(?:[^\\s（(，。致来发]|${DIGIT_SPACE}){0,12}电|据?(?:新华社|中新社|人民网|新华网|中新网|央视网|央广网|光明网|中国新闻网)(?:[^（(，。\\s]|${DATELINE_SPACE}){0,14}电|(?:本报(?:综合)?|[\\u3400-\\u9fff]{1,6}网)消息` +
    // No marker, the byline said in words before a colon: `记者 赵丽 报道：`, `本报记者 张三 通讯员 李四 报道：`.
    `|(?=${LEAD_ROLE}\\s*[${HAN}·]{2,4}(?:\\s*(?:${LEAD_ROLE})?\\s*[${HAN}·]{2,4}){0,3}\\s*报\\s*道\\s*[：:]))\\s*(?:[【\\[]\\s*(?=[〈《<“"]))?` +
    '(?:[（(〔【［]([^）)〕】］]{0,60})[）)〕】］]' +
    `|[〈《<“"]{0,2}\\s*(${LEAD_ROLE}[^）)〉》>”";]{0,50})[）)〉》>”";]` +
    `|((?:${LEAD_ROLE}\\s*(?:(?:(?!报\\s*道|${SAID_WHEN})[${HAN}·]){2,8}\\s*)+)+)(?:报\\s*道|(?=\\d{1,2}\\s*[月日]|${SAID_WHEN})))?`,
);

/**
 * A report opens on when it happened (`7月3日下午，`, `13日晚，`, `近日，`, `日前，`,
 * `即日起`) or on where the reporter learned it (`记者从…获悉`): text that does,
 * after a headline-like line, is a new report whose lead was lost (or that never
 * had one), not the next section of the piece above.
 */
const WHEN = String.raw`(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*日\s*(?:上午|下午|中午|晚上?|早上?|凌晨|傍晚|夜间)?\s*[，,]|近日|日前|昨日|昨天|今天|今日|连日来|近期|即日起|记者\s*(?:近日|日前|昨日|昨天|今天|今日)?\s*从)`;
export const OPENS_REPORT = new RegExp(String.raw`^\s*${WHEN}`);

/**
 * A lead's marker a narrow column wrapped before its end (`新华社北京7月3日` / `电（记者 程远）…`,
 * `本报` / `讯（记者 方晓）…`): the first line a marker's start and nothing else, the two a lead.
 */
const MARKER_CUT = new RegExp(`^\\s*(?:新华社|中新社|本\\s*报)(?:[^（(，。\\s]|${DIGIT_SPACE}){0,14}$`);
export const leadWrapped = (first: string, second: string): boolean => MARKER_CUT.test(first) && LEAD.test(`${first.trim()}${second.trim()}`);

/**
 * An item of a 简讯 column that a bullet opens instead of a headline: `■7月3日，…`,
 * `●日前，…` (with a lead's marker, `■本报讯 …`, it is a lead). Not `▲`, which opens a caption.
 */
export const BULLET_REPORT = new RegExp(String.raw`^\s*[■●◆]\s*${WHEN}`);

/** A line set letter by letter to fill a column (`本 报 北 京 7 月 3 日 讯`), its spaces taken out; any other line as it is. */
const LETTER_SPACED = /^\s*(?:\S{1,2} ){4,}\S{1,2}\s*$/;
export const unspaced = (text: string): string => (LETTER_SPACED.test(text) ? text.replace(/(?<=\S) (?=\S)/g, '') : text);

/** The byline a lead holds, if any: `本报讯（记者周文涛）` → `记者周文涛`. */
export const leadByline = (m: RegExpExecArray | null): string | undefined => m?.[2] ?? m?.[3] ?? m?.[4];

/**
 * Where a lead may start inside a line, for a headline run into the next lead:
 * `全力冲刺四季度 本报讯（记者周文涛） 5 月 3 日`, `图书馆延长开放时间 本报讯 记者…报道`.
 */
export const LEAD_ANYWHERE = /本\s*报|新华社|中新社/g;
/** …and another paper's own marker after a space (`工业产值同比增长 长江日报讯（记者…`): looked for only where `报讯` is. */
export const PAPER_LEAD_ANYWHERE = /(?<=\s)[\u3400-\u9fff]{1,8}报讯/g;

/**
 * Role words in bylines and credits, longest first:
 * `本报记者 周文涛`, `宋佳 本报特约通讯员 彭丽`, `本 报 记 / 者 孙 悦 / 摄`.
 */
export const ROLE_WORDS: ReadonlyArray<{ word: string; role: 'reporters' | 'correspondents' | 'photographers' }> = [
  { word: '本报特约通讯员', role: 'correspondents' },
  { word: '特约通讯员', role: 'correspondents' },
  { word: '本报通讯员', role: 'correspondents' },
  { word: '通讯员', role: 'correspondents' },
  { word: '本报见习记者', role: 'reporters' },
  { word: '本报实习记者', role: 'reporters' },
  { word: '本报首席记者', role: 'reporters' },
  { word: '见习记者', role: 'reporters' },
  { word: '实习记者', role: 'reporters' },
  { word: '首席记者', role: 'reporters' },
  { word: '新华社记者', role: 'reporters' },
  { word: '本报融媒体记者', role: 'reporters' },
  { word: '本报全媒体记者', role: 'reporters' },
  { word: '融媒体记者', role: 'reporters' },
  { word: '全媒体记者', role: 'reporters' },
  { word: '本报特约记者', role: 'reporters' },
  { word: '特约记者', role: 'reporters' },
  { word: '本报记者', role: 'reporters' },
  { word: '记者', role: 'reporters' },
  { word: '实习生', role: 'correspondents' },
  // Inside a byline (`记者 张三 摄影 李四`); a credit's closing 摄影 is read before these.
  { word: '本报摄影记者', role: 'photographers' },
  { word: '摄影记者', role: 'photographers' },
  { word: '摄影', role: 'photographers' },
];

/**
 * Photo captions often open with an arrow, a position word or a picture's number: `➡6月18日，`, `⬅昨日，金穗`,
 * `▲图为…`, `图①：…`, `图2：…`, and ▲ as OCR reads it before a date: `全7月4日，`.
 */
export const CAPTION_MARK = /^\s*(?:[➡⬅→←↑↓▲△▼▽►◄◀▶]|全(?=\s*\d{1,2}\s*月\s*\d{1,2}\s*日)|[上下左右]图[：:为]?|图为|图\s*[①-⑩\d]{1,2}\s*[：:])/;

/** A mark that opens a caption (as against `图为…`, which often closes one): `➡6月18日，`. */
export const CAPTION_OPENER = /^\s*(?:[➡⬅→←↑↓▲△▼▽►◄◀▶]|全(?=\s*\d{1,2}\s*月\s*\d{1,2}\s*日))/;

/**
 * A box's label inside a piece, over the text it sets apart: `相关链接`, `延伸阅读`, `记者手记`, `编后`.
 * A subhead of the piece above it, never a headline of its own or a byline (`记者手记` names no 手记).
 */
export const SIDEBAR_LABEL = /^(?:相关链接|新闻链接|背景链接|知识链接|链接|延伸阅读|相关阅读|记者手记|记者观察|采访手记|编后|编后语|编后记|小贴士|温馨提示|专家点评|专家解读|新闻背景|背景资料|相关新闻)$/;

/** A section's number opening a subhead: `一、`, `（二）`, `3.`. No headline opens so. */
export const NUMBERED = /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．](?!\d))/;
/**
 * A bullet opening a section's subhead: `■ 深化改革 激发活力`, `◆ 优化法治环境`. A 简讯 item's headline may open
 * so too (`■ 图书馆延长开放时间`), with a lead after it: that is for the reader of the next block to say.
 */
export const BULLETED = /^\s*[■◆●◇▌★☆]\s*(?=[\u3400-\u9fff“《])/;

/** A markdown heading in style C exports: `# 柳城新区:…`, `#### 聚焦 数字经济 推动服务业提质增效`. */
export const MD_HEADING = /^\s*(#{1,6})\s+/;

/** A dash that opens a deck (副题): `——滨河区2018年工作报告学习札记（一）`. */
export const SUB_DASH = /^\s*(?:——|—|--|－－|一一(?=\S))/;

/** A paragraph's first line starts two characters in: in narrow columns it is that much short of the column. */
export const PARAGRAPH_INDENT = 2;

/** A caption's first words: the day the picture was taken (`5月9日，`). */
export const DAY_OPENS = /^\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[，,]/;

/** A photo credit's last word: `本报记者 周杰 摄`, `孙悦摄影`. */
export const ENDS_CREDIT = /摄影?(?:报道)?\s*[）)〉》>]?\s*$/;

/** How much of a lead reads whole: its byline, its date (`本报讯（记者苏航）8月2日`, `新华社北京8月2日电`), 0 to 2. */
export const leadReads = (text: string): number => {
  const t = text.replace(/\s+/g, '');
  const m = LEAD.exec(t);
  if (!m) return 0;
  const dateline = /^(?:本报|新华社|中新社)[^\d（(]{0,6}\d{1,2}月\d{1,2}日[电讯]/.test(t);
  return (leadByline(m) !== undefined ? 1 : 0) + (dateline || /^[^，。]{0,4}(?:\d{4}年)?\d{1,2}月\d{1,2}日/.test(t.slice(m[0].length)) ? 1 : 0);
};
