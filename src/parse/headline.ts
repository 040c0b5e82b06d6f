/**
 * Headline lines → 引题 (kicker) / 主题 (main) / 副题 (sub).
 *
 * Newspapers set a main headline big, often as two parallel phrases
 * (`春风化雨润民心 同心共筑幸福路`) or over two lines; a kicker is a short topic line
 * above it (`石桥镇`, `滨河区商务局（外事办）`); a deck below it often opens with
 * a dash (`——滨河区2018年工作报告学习札记（一）`). In style C
 * the main headline is the markdown heading (`# 柳城新区:…`).
 */
import type { Headline } from '../model.ts';
import { SUB_DASH, visibleLength } from './chars.ts';
import { tidyHeadline } from './text.ts';

export interface HeadLine {
  text: string;
  /** Index of the blank-separated block the line came from. */
  block: number;
  /** A markdown heading line (`# …`). */
  markdown: boolean;
  /** Its heading level: 1 for `#`, 3 for `###`. */
  level?: number;
}

/**
 * A headline line that stops on a verb wanting its object, or a next line that
 * opens on a particle, is one headline set over two lines, not a main headline
 * and its deck: `新区举行` / `迎春诗会` is one sentence.
 */
const WANTS_OBJECT = /(?:举行|召开|开展|举办|启动|推进|打造|建设|实施|发布|迎来|走进|看望|慰问|参加|出席|部署|推动|助力|聚焦|签约|开通|完成|获得|荣获|成立|表彰|召开了|举行了)$/;
const OPENS_ON_PARTICLE = /^(?:的|之|和|与|及|暨|等)/;
const runsOn = (line: string, next: string): boolean => WANTS_OBJECT.test(line.trim()) || OPENS_ON_PARTICLE.test(next.trim());

/** A headline line longer than this ran past its column: a few characters after it are its end. */
const WRAPPED_LINE = 30;
const WRAPPED_TAIL = 4;
/** Is `line` the wrapped end of the headline line `above` (`…产城融合的先` / `行样板区`)? */
export const wrappedEnd = (above: string, line: string): boolean =>
  visibleLength(above) > WRAPPED_LINE && visibleLength(line) <= WRAPPED_TAIL && !/\s/.test(line.trim());

/** A deck is noticeably longer than the line it follows: `区长率队赴…考察` / `就新能源和智能制造、…交流合作`. */
const DECK_RATIO = 1.3;

const join = (lines: string[]): string | undefined => {
  const parts = lines.map(tidyHeadline).filter((l) => l !== '');
  return parts.length > 0 ? parts.join('\n') : undefined;
};

function assemble(kicker: string[], main: string[], sub: string[]): Headline | null {
  const m = join(main);
  const k = join(kicker);
  const s = join(sub);
  if (m === undefined) {
    if (k !== undefined) return s === undefined ? { main: k } : { main: k, sub: s };
    return s === undefined ? null : { main: s };
  }
  const h: Headline = { main: m };
  if (k !== undefined) h.kicker = k;
  if (s !== undefined) h.sub = s;
  return h;
}

/**
 * Does this group of lines look like a main headline: parallel phrases or a two-line setting? (A space
 * OCR set before a bracket, `工信局 （金融局）`, parts no phrases.)
 */
const looksMain = (lines: string[]): boolean => lines.length > 1 || lines.some((l) => /[^\s（(《〈【]\s+[^\s）)》〉】]/.test(l.trim()) && !/\s[（(《〈【]/.test(l));

/**
 * @example assignHeadline([{text:'石桥镇',block:0,markdown:false},{text:'古镇新貌游人多',block:1,markdown:false}])
 *   // {kicker:'石桥镇', main:'古镇新貌游人多'}
 */
export function assignHeadline(lines: HeadLine[]): Headline | null {
  if (lines.length === 0) return null;
  // A deck's lines: from its dash on (`——重点项目建设提速` / `企业用工需求旺盛`; OCR may set a blank
  // line before its end, `…签约仪` / `式侧记`): a deck is a headline's last part.
  const inDeck = lines.map((l) => SUB_DASH.test(l.text));
  lines.forEach((l, i) => {
    if (i > 0 && inDeck[i - 1] && !l.markdown) inDeck[i] = true;
  });
  const dashed = lines.filter((_, i) => inDeck[i]).map((l) => l.text);
  const plain = lines.filter((_, i) => !inDeck[i]);

  // Of markdown headings, the highest (`# 主题` between `### 引题` and `## 副题`) is the main one.
  let mdIndex = -1;
  plain.forEach((l, i) => {
    if (l.markdown && (mdIndex < 0 || (l.level ?? 1) < (plain[mdIndex]?.level ?? 1))) mdIndex = i;
  });
  if (mdIndex >= 0) {
    return assemble(
      plain.slice(0, mdIndex).map((l) => l.text),
      [plain[mdIndex]?.text ?? ''],
      [...plain.slice(mdIndex + 1).map((l) => l.text), ...dashed],
    );
  }

  const groups: string[][] = [];
  let lastBlock = -1;
  for (const l of plain) {
    // A line's wrapped end joins it.
    const group = groups.at(-1);
    const above = group?.at(-1) ?? '';
    if (group && wrappedEnd(above, l.text)) {
      group[group.length - 1] = `${above}${l.text.trim()}`;
      lastBlock = l.block;
      continue;
    }
    if (l.block !== lastBlock || groups.length === 0) groups.push([]);
    groups[groups.length - 1]?.push(l.text);
    lastBlock = l.block;
  }

  // A group that stops on a verb wanting its object, or whose next opens on a particle, goes on in the
  // next: one headline OCR set over two lines with a blank between (`临溪镇部署` / blank / `防汛工作`).
  for (let k = groups.length - 2; k >= 0; k--) {
    const [a, b] = [groups[k] ?? [], groups[k + 1] ?? []];
    if (a.length === 1 && b.length === 1 && runsOn(a[0] ?? '', b[0] ?? '') && !SUB_DASH.test(b[0] ?? '')) groups.splice(k, 2, [...a, ...b]);
  }
  if (groups.length >= 2) {
    let mainAt = groups.findIndex(looksMain);
    if (mainAt < 0) {
      const a = visibleLength(groups[0]?.join('') ?? '');
      const b = visibleLength(groups[1]?.join('') ?? '');
      mainAt = a < b ? 1 : 0;
    }
    return assemble(
      groups.slice(0, mainAt).flat(),
      groups[mainAt] ?? [],
      [...groups.slice(mainAt + 1).flat(), ...dashed],
    );
  }

  const only = groups[0] ?? [];
  if (only.length >= 2) {
    const first = visibleLength(only[0] ?? '');
    const second = visibleLength(only[1] ?? '');
    if (second > first * DECK_RATIO && !runsOn(only[0] ?? '', only[1] ?? '')) return assemble([], [only[0] ?? ''], [...only.slice(1), ...dashed]);
  }
  return assemble([], only, dashed);
}
