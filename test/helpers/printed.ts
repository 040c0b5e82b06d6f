/**
 * Printed test pages: the seed pages' articles and the stories written in
 * `stories.ts`, laid out as newspaper pages (`src/synth/print.ts`) of other
 * papers, years, column counts and gutters. Deterministic by seed.
 */
import { Converter } from 'opencc-js/cn2t';
import type { Page } from '../../src/model.ts';
import { parsePage } from '../../src/parse/index.ts';
import { addDays, formatDate, parseIso } from '../../src/parse/dates.ts';
import { printPage, shuffleStories, type PrintedTruth, type Story } from '../../src/synth/print.ts';
import { int, pick, rng, shuffle } from '../../src/synth/random.ts';
import { fixtures, seedName } from './fixtures.ts';
import { ownStories, seedStories } from './stories.ts';

const PAPERS = ['江城晚报', '临海日报', '北川日报', '东岳时报', '南湖报', '青州都市报'];
const ENGLISH: Record<string, string> = {
  江城晚报: 'JIANGCHENG EVENING NEWS',
  临海日报: 'LINHAI DAILY',
  北川日报: 'BEICHUAN DAILY',
  东岳时报: 'DONGYUE TIMES',
  南湖报: 'NANHU NEWS',
  青州都市报: 'QINGZHOU METRO',
};
const PAGE_NAMES = ['要闻', '综合', '经济', '社会', '文化', '县域'];
const EDITORS = ['何婷', '高翔', '罗兰', '宋佳音', '于洋'];

export interface PrintedPage {
  name: string;
  html: string;
  truth: PrintedTruth;
}

let sources: Page[] | null = null;
const seedPages = () => (sources ??= fixtures().map((f) => parsePage(f.input, { file: seedName(f) })));

/** The latest date among stories, or null. */
const latest = (stories: Story[]) => stories.map((s) => s.date).filter((d): d is string => d !== null).sort().at(-1) ?? null;

/**
 * `count` printed pages. Each mixes one seed page's articles (other names, moved
 * to another year) with stories of the conventions the seeds lack.
 */
export function printedPages(count: number, seed = 1): PrintedPage[] {
  const random = rng(seed);
  const out: PrintedPage[] = [];
  for (let n = 0; n < count; n++) {
    const source = pick(random, seedPages());
    const years = int(random, -22, 6);
    const fromSeed = seedStories(source, years, random);
    const issue = formatDate(addDays(parseIso(latest(fromSeed) ?? `${(source.year ?? 2020) + years}-06-15`), 1));
    // Features take the printed issue date as theirs.
    const seedPart = fromSeed.map((s) => (s.kind === 'feature' ? { ...s, date: issue } : s));
    const own = shuffle(random, ownStories(issue, random)).slice(0, int(random, 4, 8));
    const stories = shuffleStories([...shuffle(random, seedPart).slice(0, int(random, 2, 4)), ...own], random);
    const paper = pick(random, PAPERS);
    const { html, truth } = printPage(stories, {
      random,
      paper,
      // Set apart from the random draws, so that a page's stories and layout stay what they were.
      masthead: (seed + n * 3) % 5,
      english: ENGLISH[paper] ?? '',
      issueDate: issue,
      pageNumber: int(random, 1, 16),
      pageName: pick(random, PAGE_NAMES),
      editor: pick(random, EDITORS),
      columns: int(random, 3, 6),
      gutter: int(random, 4, 8),
    });
    const name = `${String(n + 1).padStart(2, '0')}-${truth.paper}`;
    truth.seed = `${name}.txt`;
    out.push({ name, html, truth });
  }
  return out;
}

const toTraditional = Converter({ from: 'cn', to: 'hk' }) as (s: string) => string;

/** The page as a Hong Kong paper prints it, in traditional characters; its truth in the same characters. */
export function inTraditional(page: PrintedPage): PrintedPage {
  const html = toTraditional(page.html).replace('lang="zh-CN"', 'lang="zh-HK"').replaceAll('CJK SC', 'CJK HK');
  return { name: page.name, html, truth: JSON.parse(toTraditional(JSON.stringify(page.truth))) as PrintedTruth };
}
