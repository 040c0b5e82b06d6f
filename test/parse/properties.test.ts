/**
 * Property tests: the gold pages' articles, laid out again in each extraction
 * style with other column widths, another order, other names and other years,
 * must parse back to the same articles.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Page } from '../../src/model.ts';
import { parsePage } from '../../src/parse/index.ts';
import { fixtures, seedName } from '../helpers/fixtures.ts';
import { columnBreaks, compare, paragraphsRunOn, relayout, straySpaces } from '../helpers/relayout.ts';
import { goldOf, scorePage, summarize } from '../helpers/score.ts';
import { rng } from '../../src/synth/random.ts';
import { propertyRuns } from '../helpers/property.ts';
import { ownStories, storyArticles } from '../helpers/stories.ts';
import { layoutPage } from '../../src/synth/layout.ts';
import { int, shuffle } from '../../src/synth/random.ts';

const pages = fixtures().map((f) => parsePage(f.input, { file: seedName(f) }));
/** Column widths, in characters a line: narrow columns (8) to pages set in two or three wide ones (40). */
const MIN_WIDTH = 8;
const MAX_WIDTH = 40;
/** Style A as wide as an export's lines. */
const WIDE_MAX = 60;

describe('the layout generator sets lines as print does', () => {
  it('never opens a line of style A on a closing mark, the character before it going down with it (`场，`)', () => {
    for (let width = 6; width <= MAX_WIDTH; width++) {
      const random = rng(width);
      const stories = ownStories('2024-03-15', random);
      const text = layoutPage(stories.map((x) => storyArticles(x).printed), { style: 'A', width, random, issueDate: '2024-03-15' });
      const opening = text.split('\n').filter((l) => /^[，。、；：！？）」』”’》〉]/.test(l));
      assert.deepEqual(opening, [], `width ${width}`);
      assert.ok(text.split('\n').some((l) => /^[\u3400-\u9fff][，。、；：]/.test(l)), `width ${width}: no line opens on a character and its mark`);
    }
  });
});

describe('articles laid out again parse back to the same articles', () => {
  // Counterexamples the random runs found, kept: [page, width, years, seed].
  const FOUND: Array<[number, number, number, number]> = [
    // A lead whose date the column cut after its year (`本报讯（记者…）` / `2020年12月3` / `1日上午`) took a
    // later report's text that completes a date as its own.
    [3, 9, 0, 15],
    // A lead with no date, set apart from its text (`本报讯（记者…）` / `雨雪挡不住…`), took a later report's
    // text opening on a date as its own.
    [0, 9, 0, 0],
    // A lead's first line ending on a word (`本报讯（记者…）去年` / `以来，…`) is no date cut short.
    [3, 11, 0, 148604676],
    // Columns of 32 characters and more were read as an export's paragraphs (a median line over 30).
    [2, 36, 0, 0],
    // A headline with a comma as long as the column (28) under a line set across columns was read as text.
    [4, 28, 0, 0],
    // A lead cut inside its byline on a headline's row (`工业强区亮点多 本报讯（记者孙强通讯`), its next line set apart
    // by a blank line and short as a headline's (`员刘洋）2020年1`), took a later report's text as its completion.
    [3, 10, 0, 857185170],
  ];
  for (const [which, width, years, seed] of FOUND)
    it(`in style A: page ${which}, width ${width}, years ${years}, seed ${seed}`, () => {
      const c = relayout(pages[which] as Page, 'A', width, years, seed);
      compare(c.expected, c.parsed, 'A', c.context);
    });
  for (const style of ['A', 'B', 'C'] as const) {
    it(`in style ${style}, at any width, in any order, with other names and years`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: pages.length - 1 }),
          fc.integer({ min: MIN_WIDTH, max: MAX_WIDTH }),
          fc.integer({ min: -30, max: 30 }),
          fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          (which, width, years, seed) => {
            const c = relayout(pages[which] as Page, style, width, years, seed);
            compare(c.expected, c.parsed, style, c.context);
          },
        ),
        propertyRuns(),
      );
    });
  }
});

/**
 * The goal on pages laid out otherwise: over many re-laid-out pages in each
 * style, with reports whose lead was lost (30 % of those with a headline) and,
 * in the paragraph styles, captions without credit grouped after the longest
 * article, the parser finds the articles (segmentation F1 ≥ 98) and their
 * bodies exactly (≥ 95 %). A report with neither headline nor lead cannot be
 * told from the text before it (`…送上慰问品。` / `雨雪挡不住匆匆脚步…`), so
 * reports without a headline keep their lead here; with them too, bodies
 * measured 94.4–94.8 %.
 */
const BODY_GOAL = 95;
describe('pages laid out otherwise, scored as the gold pages are', () => {
  const CASES = Number(process.env.PROPERTY_CASES ?? 60);
  for (const style of ['A', 'B', 'C'] as const) {
    it(`style ${style}: leads lost, captions grouped, any order, width and year`, () => {
      const random = rng(style.charCodeAt(0));
      const scores = [];
      for (let k = 0; k < CASES; k++) {
        const which = Math.floor(random() * pages.length);
        const c = relayout(pages[which] as Page, style, MIN_WIDTH + Math.floor(random() * (MAX_WIDTH - MIN_WIDTH + 1)), Math.floor(random() * 61) - 30, Math.floor(random() * 2 ** 31), {
          leadless: 0.3,
          groupedCaptions: true,
        });
        scores.push(scorePage(goldOf(c.expected), c.parsed));
      }
      const s = summarize(scores);
      const misses = scores.flatMap((x) => x.misses).slice(0, 20).join('\n');
      assert.ok(s.segment_f1 >= 98, `segment F1 ${s.segment_f1}\n${misses}`);
      assert.ok(s.body_exact >= BODY_GOAL, `exact bodies ${s.body_exact}\n${misses}`);
    });
  }
});

/**
 * The conventions the seed pages lack (wire copy, 本报评论员, 编者按, bylines in
 * words or at the end, 文/图, captions credited in parentheses or by an agency,
 * 简讯, 日前 / 近日 / date ranges), written as stories and laid out in each of
 * the three styles at any width: the parser reads them as it reads the seeds'.
 * (Dates are not asked: these pages print no year.)
 */
describe('stories of conventions the seed pages lack, laid out in each style', () => {
  const CASES = Number(process.env.PROPERTY_CASES ?? 60);
  for (const style of ['A', 'B', 'C'] as const) {
    it(`style ${style}: segmentation F1 ≥ 98, headline, byline and kind ≥ 98, exact bodies ≥ 95`, () => {
      const scores = storyScores(style, CASES, (k) => style.charCodeAt(0) * 7919 + k, (random) => int(random, MIN_WIDTH, MAX_WIDTH));
      meetsGoals(scores, { segment_f1: 98, headline: 98, byline: 98, kind: 98, body_exact: 95 });
    });
  }
});

/** The test stories laid out in a style, a page a case, each scored against what a reader reads. */
function storyScores(style: 'A' | 'B' | 'C', cases: number, seed: (k: number) => number, width: (random: () => number) => number) {
  const scores = [];
  for (let k = 0; k < cases; k++) {
    const random = rng(seed(k));
    const issue = `20${10 + (k % 15)}-0${1 + (k % 9)}-1${k % 9}`;
    const stories = shuffle(random, ownStories(issue, random))
      .slice(0, int(random, 4, 8))
      // (Style A sets no uncredited caption apart from the text around it: a reader could not tell it either.)
      .filter((s) => style !== 'A' || s.kind !== 'photo' || s.credit !== undefined);
    const pairs = stories.map(storyArticles);
    const text = layoutPage(pairs.map((p) => p.printed), { style, width: width(random), random, issueDate: issue });
    scores.push(scorePage(goldOf(pairs.map((p) => p.read)), parsePage(text, { file: `stories-${style}-${k}.txt` })));
  }
  return scores;
}

/** Each measure at or above its goal, the first misses (dates aside: these pages print no year) said where one is not. */
function meetsGoals(scores: ReturnType<typeof scorePage>[], goals: Partial<Record<'segment_f1' | 'headline' | 'byline' | 'kind' | 'body_exact', number>>): void {
  const s = summarize(scores);
  const misses = scores.flatMap((x) => x.misses).filter((m) => !m.startsWith('date')).slice(0, 20).join('\n');
  for (const [what, goal] of Object.entries(goals)) assert.ok(s[what as keyof typeof goals] >= (goal as number), `${what} ${s[what as keyof typeof goals]}\n${misses}`);
}

/**
 * Style A set in columns as wide as an export's lines (41–60 characters): most
 * paragraphs take a line or two, so the page reads as a paragraph a line, its
 * headlines still after their text and its captions wrapped under small pictures.
 */
describe('stories in style A at forty-one to sixty characters a line', () => {
  const CASES = Number(process.env.PROPERTY_CASES ?? 60);
  it('segmentation F1 and kind ≥ 97, headline and byline ≥ 95, exact bodies ≥ 93', () => {
    const scores = storyScores('A', CASES, (k) => 4111 + k, (random) => int(random, MAX_WIDTH + 1, WIDE_MAX));
    meetsGoals(scores, { segment_f1: 97, headline: 95, byline: 95, kind: 97, body_exact: 93 });
  });
});

/**
 * Narrow columns as OCR sets them (style A): stray spaces beside figures and
 * brackets and now and then between two characters (`1 月`, `示范区 （高新区）`,
 * `记者宋雨 晴`), a third of paragraphs run on with no blank line after them
 * (the gold pages' articles), and page furniture after a tenth of finished
 * paragraphs, as the seed pages show; and a third of headlines of two or three
 * lines with their first line set on the row of the text above (`…参加会议。 临溪镇
 * 部署` / `防汛工作`), as the seeds set a headline's last line on the row of a lead. The gold pages' articles re-laid out with
 * 30 % of leads lost, and the stories of the conventions, read as well.
 */
describe('narrow columns with OCR\'s stray spaces and paragraphs run on', () => {
  const CASES = Number(process.env.PROPERTY_CASES ?? 60);
  it('the gold pages\' articles: segmentation F1 ≥ 98, byline ≥ 98, exact bodies ≥ 95', () => {
    const random = rng(7);
    const scores = [];
    for (let k = 0; k < CASES; k++) {
      const which = Math.floor(random() * pages.length);
      const c = relayout(pages[which] as Page, 'A', MIN_WIDTH + Math.floor(random() * (MAX_WIDTH - MIN_WIDTH + 1)), Math.floor(random() * 61) - 30, Math.floor(random() * 2 ** 31), { leadless: 0.3, straySpaces: 1, runOn: 0.3, furniture: 0.1, headlinesRunOn: 0.3 });
      scores.push(scorePage(goldOf(c.expected), c.parsed));
    }
    const s = summarize(scores);
    const misses = scores.flatMap((x) => x.misses).slice(0, 20).join('\n');
    for (const [what, value, goal] of [['segment F1', s.segment_f1, 98], ['byline', s.byline, 98], ['exact bodies', s.body_exact, BODY_GOAL]] as const) assert.ok(value >= goal, `${what} ${value}\n${misses}`);
  });
  it('the stories of the conventions: segmentation F1, headline, byline and kind ≥ 98, exact bodies ≥ 95', () => {
    const scores = [];
    for (let k = 0; k < CASES; k++) {
      const random = rng(31 * k + 5);
      const issue = `20${10 + (k % 15)}-0${1 + (k % 9)}-1${k % 9}`;
      const stories = shuffle(random, ownStories(issue, random))
        .slice(0, int(random, 4, 8))
        .filter((s) => s.kind !== 'photo' || s.credit !== undefined);
      const pairs = stories.map(storyArticles);
      const laid = layoutPage(pairs.map((p) => p.printed), { style: 'A', width: int(random, MIN_WIDTH, MAX_WIDTH), random, issueDate: issue });
      const text = straySpaces(paragraphsRunOn(laid, random, 0.3), random);
      scores.push(scorePage(goldOf(pairs.map((p) => p.read)), parsePage(text, { file: `spaced-${k}.txt` })));
    }
    const s = summarize(scores);
    const misses = scores.flatMap((x) => x.misses).filter((m) => !m.startsWith('date')).slice(0, 20).join('\n');
    for (const [what, value, goal] of [['segment F1', s.segment_f1, 98], ['headline', s.headline, 98], ['byline', s.byline, 98], ['kind', s.kind, 98], ['exact bodies', s.body_exact, 95]] as const)
      assert.ok(value >= goal, `${what} ${value}\n${misses}`);
  });
});

/**
 * A paragraph a line (styles B and C) as an export cuts it at a column break,
 * the rest after a blank line (`…经济工作和疫情防` / `控工作。…`), as the seed
 * page of style B does ten times: 30 % of long paragraphs cut so, the cut's
 * first part short enough to look like a headline now and then; half the
 * stories' headlines are two phrases joined by a comma, which a cut's first
 * part must not be taken for.
 */
/** A story whose headline is two phrases joined by a comma (`乡村夜市，点亮消费新场景`). */
function withComma(p: ReturnType<typeof storyArticles>): ReturnType<typeof storyArticles> {
  const h = p.printed.headline;
  const cs = [...(h?.main ?? '')];
  if (!h || cs.length < 6 || /\s/.test(h.main)) return p;
  const main = `${cs.slice(0, cs.length >> 1).join('')}，${cs.slice(cs.length >> 1).join('')}`;
  return { printed: { ...p.printed, headline: { ...h, main } }, read: { ...p.read, headline: { ...h, main } } };
}

describe('paragraphs a line cut by column breaks', () => {
  const CASES = Number(process.env.PROPERTY_CASES ?? 60);
  for (const style of ['B', 'C'] as const) {
    it(`style ${style}: the gold pages' articles and the conventions' stories, segmentation F1 ≥ 98, exact bodies ≥ 95`, () => {
      const random = rng(style.charCodeAt(0) + 11);
      const scores = [];
      for (let k = 0; k < CASES; k++) {
        const which = Math.floor(random() * pages.length);
        const c = relayout(pages[which] as Page, style, MIN_WIDTH, Math.floor(random() * 61) - 30, Math.floor(random() * 2 ** 31), { columnBreaks: 0.3 });
        scores.push(scorePage(goldOf(c.expected), c.parsed));
        const issue = `20${10 + (k % 15)}-0${1 + (k % 9)}-1${k % 9}`;
        // (Half their headlines two phrases joined by a comma, `稳增长，促发展`: no column break's cut.)
        const pairs = shuffle(random, ownStories(issue, random)).slice(0, int(random, 4, 8)).map(storyArticles).map((p) => (random() < 0.5 ? withComma(p) : p));
        const text = columnBreaks(layoutPage(pairs.map((p) => p.printed), { style, width: MIN_WIDTH, random, issueDate: issue }), random, 0.3);
        scores.push(scorePage(goldOf(pairs.map((p) => p.read)), parsePage(text, { file: `cut-${style}-${k}.txt` })));
      }
      const s = summarize(scores);
      const misses = scores.flatMap((x) => x.misses).filter((m) => !m.startsWith('date')).slice(0, 20).join('\n');
      for (const [what, value, goal] of [['segment F1', s.segment_f1, 98], ['exact bodies', s.body_exact, BODY_GOAL]] as const) assert.ok(value >= goal, `${what} ${value}\n${misses}`);
    });
  }
});
