/**
 * A synthetic archive: page texts re-laid out from real pages, deterministic by
 * seed, for benchmarks and tests at any size without committing data. A local
 * daily: 8 pages a day, 4–9 articles a page, dates spread over the years from a
 * start date; articles drawn from the seed pages and shuffled across pages, with
 * other names, other numbers and datelines moved to the page's date; the three
 * extraction styles mixed.
 */
import type { Article, Page } from '../model.ts';
import { formatDate, parseIso, addDays } from '../parse/dates.ts';
import { layoutPage, type Style } from './layout.ts';
import { int, pick, rng, shuffle } from './random.ts';
import { swapNames } from './vary.ts';

export interface SynthOptions {
  /** Number of page files to write. */
  pages: number;
  seed?: number;
  /** First issue date, `YYYY-MM-DD`. */
  start?: string;
  pagesPerDay?: number;
}

export interface SynthPage {
  /** File name by the name convention: `2015-03-02_04.txt` (date, page number). */
  name: string;
  text: string;
  articles: number;
}

/** Every digit run replaced by another of the same length: other figures, the same shapes. */
function otherNumbers(a: Article, random: () => number): Article {
  const f = (s: string) => s.replace(/\d+/g, (m) => [...m].map((_, i) => String(i === 0 && m.length > 1 ? int(random, 1, 9) : int(random, 0, 9))).join(''));
  return {
    ...a,
    body: a.body.map((b) => ({ ...b, text: f(b.text) })),
    ...(a.headline ? { headline: { ...a.headline } } : {}),
  };
}

/** The lead's date moved to the page's date: `5月8日` → `3月1日`. */
function redate(a: Article, date: string): Article {
  const { m, d } = parseIso(date);
  const first = a.body[0];
  if (!first) return a;
  const text = first.text.replace(/(?:\d{4}年)?\d{1,2}月\d{1,2}日/, `${m}月${d}日`);
  return { ...a, body: [{ ...first, text }, ...a.body.slice(1)], date };
}

/** Generates page texts one by one (an archive of 30,000 pages never sits in memory). */
export function* synthArchive(sources: Page[], options: SynthOptions): Generator<SynthPage> {
  const random = rng(options.seed ?? 1);
  const perDay = options.pagesPerDay ?? 8;
  const start = parseIso(options.start ?? '2015-01-01');
  const pool = sources.flatMap((p) => p.articles.map((a) => ({ a, style: p.layout })));
  const texts = pool.filter((x) => x.a.kind !== 'photo');
  const photos = pool.filter((x) => x.a.kind === 'photo' && x.a.byline.photographers.length > 0);
  let deck: typeof texts = [];
  for (let n = 0; n < options.pages; n++) {
    const day = Math.floor(n / perDay);
    const pageNo = (n % perDay) + 1;
    const date = formatDate(addDays(start, day));
    const style: Style = pick(random, ['A', 'A', 'B', 'C'] as const);
    const count = int(random, 4, 8);
    const chosen: Article[] = [];
    for (let k = 0; k < count; k++) {
      if (deck.length === 0) deck = shuffle(random, texts);
      const next = deck.pop();
      if (next) chosen.push(next.a);
    }
    // Photos go after an article with a headline, as on real pages.
    if (photos.length && random() < 0.6) {
      const at = chosen.findIndex((a) => a.headline !== null);
      if (at >= 0) chosen.splice(at + 1, 0, pick(random, photos).a);
    }
    const varied = swapNames(chosen, random).map((a) => redate(otherNumbers(a, random), formatDate(addDays(parseIso(date), -int(random, 0, 2)))));
    const text = layoutPage(varied, { style, width: int(random, 8, 22), random, issueDate: date });
    yield { name: `${date}_${String(pageNo).padStart(2, '0')}.txt`, text, articles: varied.length };
  }
}
