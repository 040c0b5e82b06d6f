/**
 * Bylines and credits → people by role. Three printed forms:
 *  - a lead's parenthesis: `（记者周文涛 通讯员许立平）`, `（记 者林晓东）`;
 *  - a feature's byline line: `本报记者 周文涛`, `宋佳 本报特约通讯员 彭丽`;
 *  - a photo credit: `本报记者 韩志远 摄`, `本 报 记 / 者 孙 悦 / 摄`.
 */
import { HAN, LEAD_ROLE, ROLE_WORDS, TERMINAL } from './chars.ts';

export interface People {
  reporters: string[];
  correspondents: string[];
  photographers: string[];
}

type Role = keyof People;

/** `记 者` → a pattern that allows the spaces OCR puts between characters. */
const spaced = (word: string) => [...word].join('\\s*');
const ROLE_RE = new RegExp(`(${ROLE_WORDS.map((r) => spaced(r.word)).join('|')})`, 'g');
const HAS_ROLE = new RegExp(ROLE_RE.source);
const roleOf = (word: string): Role => {
  const plain = word.replace(/\s+/g, '');
  return ROLE_WORDS.find((r) => r.word === plain)?.role ?? 'reporters';
};

/** A name with what its person did after it: `张三/文`, `李四/图`, `王五/摄`. Groups: the name, the deed. */
const DID = /^(.+?)[/／](文|图|摄影?)$/;
/** A person's name: 2–4 Han characters, or a transliteration with a middle dot (`阿依·买买提`). */
const NAME = new RegExp(`^[${HAN}]{2,4}$|^[${HAN}]{1,6}[·•][${HAN}]{1,8}$`);
/** The credit's closing word: `韩志远 摄`, `孙悦摄影`, `韩志远/摄`, `韩志远 摄影报道`. */
const PHOTO_MARK = /\s*[/／]?\s*(?:摄影报道|摄影|摄)\s*$/;
/** Where a picture came from: an agency (`新华社发`, `视觉中国`), the archive (`资料图片`), a giver (`受访者供图`). */
const SOURCE = '(?:新华社|中新社)发|(?:人民图片|人民视觉|视觉中国|东方IC|CFP|IC\\s*photo)(?:发|供图|图)?|(?:本报)?资料(?:图片|照片|图)|[\\u3400-\\u9fffA-Za-z]{2,10}供图|图片由[\\u3400-\\u9fff]{2,10}提供';
/** A mark between a role word and its names: `记者：张三`, `记者/张三`. */
const ROLE_MARK = /(记\s*者|通讯员|实习生|摄影)\s*[：:/／]\s*/g;
/** An agency that sent the picture, before its photographer's credit: `新华社发（程远 摄）`. */
const AGENCY_SENT = /^\s*(?:新华社|中新社)发\s*(?=\S)/;
/** What SOURCE ends on, checked before it: `新华社发`, `资料图片`, `供图`, `提供`. */
const SOURCE_ENDS = ['发', '图片', '照片', '资料图', '供图', '提供', '视觉中国', 'CFP', 'IC', 'photo', 'PHOTO'];
/** Their last characters: a line ending on none of them (most lines) is no source credit. */
const SOURCE_LAST = new Set(SOURCE_ENDS.map((s) => s.charCodeAt(s.length - 1)));
const CLOSERS = new Set([...'）)〉'].map((c) => c.charCodeAt(0)));
/** Read from the line's end by character codes, not by a pattern: it is asked of every line. */
export function endsAsSource(text: string): boolean {
  let e = text.length;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  if (CLOSERS.has(text.charCodeAt(e - 1))) e--;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  if (!SOURCE_LAST.has(text.charCodeAt(e - 1))) return false;
  const tail = text.slice(Math.max(0, e - 4), e);
  return SOURCE_ENDS.some((s) => tail.endsWith(s));
}
/** A credit in parentheses: `（记者 韩志远 摄）`, as OCR reads them too: `〈记者 韩志远 摄)`. Group 1 what they hold. */
const IN_PARENS = /^\s*[（(〈《<]\s*(.+?)\s*[）)〉》>]\s*$/;
/** Text and pictures by the same people: `本报记者 钱七 文/图`, `文 / 摄`, `图文`, and as OCR reads `文/图`: `文/`, `文图`. */
const TEXT_AND_PICTURES = /\s*(?:文\s*[/／]\s*(?:图|摄影?)?|文图|图\s*[/／]\s*文|图文)\s*$/;
/** A commentary's byline names an office, not a person: `本报评论员`, `□ 本报特约评论员 张三`, `新华社评论员`. */
export const COMMENTATOR = /^\s*[□■◎●○◇◆★☆]*\s*(?:本报|新华社|[\u3400-\u9fff]{1,6}报)?(?:特约)?评论员(?:\s*(?!文章)([\u3400-\u9fff]{2,4}))?\s*$/;
/**
 * An essay's or a column's signature: a byline's ornament and a name, no role (`□ 林 木`, `◎方晓`),
 * the ornament as OCR reads □ too (`口 林木`: 口 and a name alone on a line; not 口 and a word of its own, `口岸城`).
 */
const OCR_BOX = '口(?![岸罩号腔碑味径述头袋子才感令语音吻气])';
const SIGNED_NAME = String.raw`\s*[\u3400-\u9fff](?:\s*[\u3400-\u9fff]){1,2}\s*$`;
const SIGNATURE = new RegExp(String.raw`^\s*(?:[□◎]|${OCR_BOX})${SIGNED_NAME}`);
/** A byline that names no reporter's role: a commentary's office or an essay's signature. */
export const signsWithoutRole = (text: string): boolean => MAY_SIGN.test(text) && (COMMENTATOR.test(text) || SIGNATURE.test(text));
/** What either holds, checked first: most lines hold neither. */
const MAY_SIGN = /评论员|[□◎口]/;
/** □ as OCR reads it before a signature's name (`口 林木`). */
const OCR_ORNAMENT = new RegExp(String.raw`^\s*${OCR_BOX}(?=${SIGNED_NAME})`);
/**
 * A byline printed after the body, in parentheses: `（记者 孙八）`, `(记者 孙八 通讯员 赵六)`, as OCR reads them: `《记者 方晓)`,
 * its names spaced out (`（记者 陆 青）`), what they did after them or before each (`（记者 孙八 文/图）`, `（文/孙八 图/赵六）`).
 * Group 1 is what the parentheses hold.
 */
const END_PEOPLE = `((?:${LEAD_ROLE}\\s*(?:[${HAN}·](?:\\s?[${HAN}·]){1,7}\\s*)+)+(?:文\\s*[/／]\\s*图|图\\s*[/／]\\s*文|摄影?)?|(?:(?:文|图|摄影)\\s*[/／]\\s*[${HAN}]{2,4}\\s*){1,2})`;
export const END_BYLINE = new RegExp(`^\\s*[（(〈《<“"]\\s*${END_PEOPLE}[）)〉》>”"]\\s*$`);
/**
 * The same byline closing the last paragraph on its line: `…压实责任。（记者 孙八）`, as OCR reads it too (`…用暖。(〈记者 梁辰)`,
 * a bracket doubled; `…用暖。《记者 梁辰)`; a stray space before it, `…用暖。 （ 记者 梁辰 ）`). Group 1 is what the parentheses hold.
 */
export const INLINE_END_BYLINE = new RegExp(`[。！？”]\\s?(?:[（(][〈《]?|[〈《])\\s*${END_PEOPLE}[）)]\\s*$`);
/**
 * Does this text end where a headline may follow: on a sentence, or on a byline closing it
 * (`…文明祭扫。（记者 陈静）`), which a narrow column may have wrapped (`…祭扫。（记者 陈` / `静）`)?
 */
export function endsSigned(lines: string[]): boolean {
  return TERMINAL.test(lines.at(-1)?.trim() ?? '') || closesOnByline(lines) || closesOnNote(lines);
}
/** A short note in parentheses after the last sentence, a narrow column's wrap in it or not: `…偏高。（据新华社）`, `（完）`. */
const NOTE_AT_END = /[。！？!?”]\s?[（(][^（()）。]{1,16}[）)]$/;
const closesOnNote = (lines: string[]): boolean => {
  const last = (lines.at(-1) ?? '').trimEnd();
  const c = last.charCodeAt(last.length - 1);
  return (c === 0xff09 || c === 41) && NOTE_AT_END.test(lines.length > 1 ? `${(lines.at(-2) ?? '').trim()}${last.trim()}` : last.trim());
};
/** Does this text close on a byline (`…祭扫。（记者 陈静）`, `…86处。（陈晨）`), a narrow column's wrap in it or not? */
export function closesOnByline(lines: string[]): boolean {
  if (!/[）)]\s*$/.test(lines.at(-1) ?? '')) return false;
  const tail = lines.slice(-3).map((l) => l.trim()).join('');
  return INLINE_END_BYLINE.test(tail) || signedAtEnd(tail) !== undefined;
}
/** A name or two alone in parentheses closing a report's last sentence: `…86处。（陈晨）`, `（陈晨 许文）`. */
const NAME_AT_END = /[。！？”]\s?[（(]\s*([\u3400-\u9fff]{2,4}(?:[\s、][\u3400-\u9fff]{2,4}){0,2})\s*[）)]\s*$/;
/** What else papers close a piece with in parentheses: no name. */
const NOT_A_NAME = /^(?:完|待续|未完待续|未完|续完|全文完|有删节|摘编|综合|编译|整理|供稿|供图|资料图|资料|图文|据新华社|新华社|中新社|综合报道|本报综合)$/;
/** The name or names alone in parentheses that close a text (`…86处。（陈晨）`), if they do. */
export function signedAtEnd(text: string): string | undefined {
  const name = NAME_AT_END.exec(text)?.[1];
  return name !== undefined && !NOT_A_NAME.test(name.replace(/\s+/g, '')) ? name : undefined;
}
/** Ornaments papers put before a byline: `□本报记者 张三`. */
const ORNAMENT = /^[\s□■◎●○◇◆★☆]+/;
/**
 * Who did what, said before the names: text and pictures (`文/图 李四`, `图/文 李四`, group 1),
 * text (`文/本报记者 张三`, `文 | 张三`, `作者：张三`, group 2), pictures (`图/韩志远`,
 * `摄影：韩志远`, a photo credit, group 3), after an ornament too (`□文/张三`).
 */
export const TEXT_BY = /^\s*[□■◎]?\s*(?:(文\s*[/／]\s*图|图\s*[/／]\s*文)\s*[/／|｜]?|(文|作者|撰文|文字)\s*[/／|｜:：]|(图|摄影|图片)\s*[/／|｜:：])\s*(?=[\u3400-\u9fff])/;
/** The pictures' people after the text's: ` 图/李四`, ` 摄影：李四`. */
const PICTURES_BY = /(?:\s+|(?<=[\u3400-\u9fff]{2}))(?:图|摄影|图片)\s*[/／|｜:：]\s*(?=[\u3400-\u9fff])/;
/** A byline line said in words: `本报记者 张三 通讯员 李四 报道`, `记者 张三 整理`, `…采写`. */
const REPORTS = /\s*(?:报\s*道|整\s*理|采\s*写|撰\s*文|编\s*译|执\s*笔)\s*$/;

/**
 * Text whose Han characters are set apart by spaces (`本 报 记 者 孙 悦`): the
 * spaces are layout. `all` asks for every piece alone; otherwise half will do
 * (`本 报 记者 诸 葛亮 明`, a spaced credit whose wraps joined some pieces).
 */
function isSpacedOut(s: string, all: boolean): boolean {
  const tokens = s.trim().split(/\s+/);
  const single = tokens.filter((t) => [...t].length === 1).length;
  return tokens.length >= 3 && (all ? single === tokens.length : single >= tokens.length / 2);
}

const size = (s: string) => [...s].length;
/** Characters of role words: a lone one is a role word's, cut by a wrap. */
const ROLE_CHAR = new Set(ROLE_WORDS.flatMap((r) => [...r.word]));

/**
 * Names a line's wrap or OCR set apart (`龚 琳 白露`, `宋 崇飞`): a run of lone
 * characters is one name, and a character alone goes with the name after it
 * where they make a name of three at most. (Not with the name before it: a
 * lone `报` after `通讯员白露` is the next word's, `报道`; nor a role word's
 * last character, `记` / `者 梁辰 摄`. But the last character of all, after a
 * name of two (or of a two-character surname and one), is that name's end:
 * `记者宋雨 晴`, `本报记者 诸葛亮 明` — unless it says what they did, `程远 文` / `/图`.)
 */
function mendNames(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i] as string;
    if (size(t) === 1) {
      while (i + 1 < tokens.length && size(tokens[i + 1] as string) === 1) t += tokens[++i];
      const next = tokens[i + 1];
      if (size(t) === 1 && !ROLE_CHAR.has(t) && next !== undefined && size(next) + 1 <= 3) t += tokens[++i];
      // The last of a name OCR set apart, closing the byline (`记者宋雨 晴`), goes with the name before it.
      else if (size(t) === 1 && !ROLE_CHAR.has(t) && next === undefined && /^[\u3400-\u9fff]$/.test(t) && !/[文图摄]/.test(t) && (size(out.at(-1) ?? '') === 2 || (size(out.at(-1) ?? '') === 3 && COMPOUND_SURNAME.test(out.at(-1) ?? '')))) {
        out.push(`${out.pop()}${t}`);
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** Two-character surnames: a name of four characters opening on one is one person's (`诸葛亮明`, `欧阳文静`). */
const COMPOUND_SURNAME = /^(?:欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|令狐|长孙|宇文|司徒|夏侯|端木|独孤|南宫|西门|轩辕|呼延|澹台|公冶|宗政|濮阳|淳于|单于|太叔|申屠|钟离|闻人|赫连|万俟|百里|东郭|拓跋|第五|左丘|梁丘|司空|即墨)/;

/**
 * Four characters with no two-character surname are two names whose space a wrap took (`（记者 任杰` /
 * `夏阳）`, read `任杰夏阳`).
 */
const twoNames = (name: string): string[] =>
  size(name) === 4 && /^[\u3400-\u9fff]{4}$/.test(name) && !COMPOUND_SURNAME.test(name) ? [name.slice(0, 2), name.slice(2)] : [name];

function splitNames(s: string): string[] {
  return mendNames(
    s
      .split(/[\s、，,]+/)
      .map((n) => n.trim())
      .filter((n) => n !== ''),
  ).flatMap((n) => (n.length === 4 ? twoNames(n) : [n]));
}

/**
 * Parses byline text into people by role, or returns null when the text holds
 * anything but role words and names (so a headline is never taken for a byline).
 * Names without a role word before them are reporters (`宋佳 本报特约通讯员 彭丽`).
 * @param requireRole refuse text with no role word (a line of bare names is not a byline)
 * @example parseByline('宋佳 本报特约通讯员 彭丽') // {reporters:['宋佳'], correspondents:['彭丽'], photographers:[]}
 */
export function parseByline(text: string, { requireRole = true } = {}): People | null {
  // A picture's source (`新华社发`, `资料图片`) names no one.
  if (isSourceCredit(text)) return null;
  // A commentary's office names its writer when a name follows it (`特约评论员 张平`): two or three characters, not
  // the words of a headline beside it that -layout ran into its line (`本报评论员 一成以上`).
  const office = text.includes('评论员') ? COMMENTATOR.exec(text) : null;
  if (office) return office[1] && office[1].length <= 3 ? { reporters: [office[1]], correspondents: [], photographers: [] } : null;
  let s = text.replace(ORNAMENT, '').replace(OCR_ORNAMENT, '').replace(AGENCY_SENT, '').replace(ROLE_MARK, '$1 ').trim();
  const parens = IN_PARENS.exec(s);
  if (parens?.[1] && (PHOTO_MARK.test(parens[1]) || /^\s*(?:摄影|图)[\s/／:：]/.test(parens[1]))) s = parens[1];
  // `文/` or `图/` before the names says what they did: the names need no role word then.
  const by = TEXT_BY.exec(s);
  if (by) {
    s = s.slice(by[0].length);
    requireRole = false;
    // `文/张三 图/李四`: the pictures' people after the text's.
    const pictures = by[2] !== undefined ? PICTURES_BY.exec(s) : null;
    if (pictures) {
      const writers = readPeople(s.slice(0, pictures.index), false, false);
      const takers = readPeople(s.slice(pictures.index + pictures[0].length), true, false);
      if (writers && takers) return { ...writers, photographers: [...writers.photographers, ...takers.photographers] };
    }
  }
  if (REPORTS.test(s) && HAS_ROLE.test(s)) s = s.replace(REPORTS, '');
  const both = TEXT_AND_PICTURES.test(s) || by?.[1] !== undefined;
  if (both) s = s.replace(TEXT_AND_PICTURES, '');
  const photo = !both && (by?.[3] !== undefined || PHOTO_MARK.test(s));
  if (photo) s = s.replace(PHOTO_MARK, '');
  if (isSpacedOut(s, true)) s = s.replace(/\s+/g, '');
  const people = readPeople(s, photo, requireRole);
  // Pieces that make no names as they stand (`诸 葛亮 明`) are one spaced-out run.
  if (!people && isSpacedOut(s, false)) return withBoth(readPeople(s.replace(/\s+/g, ''), photo, requireRole), both);
  return withBoth(people, both);
}

function withBoth(people: People | null, both: boolean): People | null {
  if (people && both) people.photographers = [...people.reporters];
  return people;
}

/** Words a name never opens on: when (`记者：今年政` / `务服务…`, an interview's question a narrow column wrapped), who, what. */
const NOT_A_PERSON = /^(?:今年|去年|明年|今天|昨天|明天|近日|日前|目前|当前|现在|近期|下一|接下|还有|此外|对此|为此|我们|你们|他们|大家|这些|那些|什么|怎么|如何|为何|哪些|是否|能否)/;

/** `融媒体` or `全媒体` before a role word, its first character misread. */
const MISREAD_MEDIA = /^[\u3400-\u9fff]媒体$/;

/** Role words and the names after them; null when a piece is no name. */
function readPeople(s: string, photo: boolean, requireRole: boolean): People | null {
  const people: People = { reporters: [], correspondents: [], photographers: [] };
  const parts = s.split(ROLE_RE);
  let sawRole = false;
  let role: Role = photo ? 'photographers' : 'reporters';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i % 2 === 1) {
      sawRole = true;
      role = photo ? 'photographers' : roleOf(part);
      continue;
    }
    for (const token of splitNames(part)) {
      // A name may say what its person did: `张三/文`, `李四/图`.
      const tagged = DID.exec(token);
      const name = tagged?.[1] ?? token;
      // (A role word's first character OCR misread, `禹媒体记者` for `融媒体记者`, is no name.)
      if (MISREAD_MEDIA.test(name) && i + 1 < parts.length) continue;
      if (!NAME.test(name) || NOT_A_PERSON.test(name)) return null;
      people[tagged?.[2] && tagged[2] !== '文' ? 'photographers' : role].push(name);
    }
  }
  if (requireRole && !sawRole && !photo) return null;
  const count = people.reporters.length + people.correspondents.length + people.photographers.length;
  return count > 0 ? people : null;
}

/**
 * A picture's credit that says where it came from, not who took it: `新华社发`, `（资料图片）` (OCR: `《资料图片)`),
 * `视觉中国供图`, `图片由受访者提供`. Its photo names no photographer. A bracket it opens it closes: `（资料图` / `片）`
 * is a credit wrapped, its first line no credit of its own.
 */
export const SOURCE_CREDIT = new RegExp(`^\\s*(?:[（(〈《]\\s*(${SOURCE})\\s*[）)〉》]|(${SOURCE}))\\s*$`, 'i');
/** Whether a line is such a credit, OCR's stray spaces in its words or not (`（资 料图片）`). */
export const isSourceCredit = (text: string): boolean => SOURCE_CREDIT.test(text) || (text.length <= 20 && /\S\s\S/.test(text.trim()) && SOURCE_CREDIT.test(text.replace(/\s+/g, '')));
/** The same closing a caption's line: `…抢收小麦。 新华社发`. Group 1 the caption, group 2 the credit. */
export const SOURCE_CREDIT_TAIL = new RegExp(`^(.*[。！？!?”」）)])\\s*([（(〈《]\\s*(?:${SOURCE})\\s*[）)〉》]|(?:${SOURCE}))\\s*$`, 'i');

/** A photo credit is a byline that ends in 摄 (`本报记者 宋 / 崇飞 摄`), or a picture's source (`新华社发`). */
export function isPhotoCredit(text: string): boolean {
  const sent = text.replace(AGENCY_SENT, '');
  const inner = IN_PARENS.exec(sent)?.[1] ?? sent;
  return ((PHOTO_MARK.test(inner) || TEXT_BY.exec(inner)?.[3] !== undefined) && parseByline(text, { requireRole: false }) !== null) || isSourceCredit(text);
}
