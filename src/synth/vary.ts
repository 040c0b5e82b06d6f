/**
 * Variations of real articles for property tests and synthetic archives: other
 * people's names, other years, another order.
 */
import type { Article } from '../model.ts';
import { shuffle } from './random.ts';

/** Names that appear in no seed page, of two to four characters. */
export const NAME_POOL = [
  '李娜', '王芳', '张伟', '刘洋', '陈静', '赵磊', '黄敏', '周杰', '吴昊', '徐丽', '孙强', '马骏', '朱琳',
  '胡斌', '林峰', '何婷', '高翔', '罗兰', '欧阳明', '宋雨晴', '唐晓东', '韩冰', '曹雪芹', '司马光', '诸葛亮明',
] as const;

const mapText = (a: Article, f: (s: string) => string): Article => ({
  ...a,
  headline: a.headline
    ? {
        main: f(a.headline.main),
        ...(a.headline.kicker ? { kicker: f(a.headline.kicker) } : {}),
        ...(a.headline.sub ? { sub: f(a.headline.sub) } : {}),
      }
    : null,
  body: a.body.map((b) => ({ ...b, text: f(b.text) })),
  ...(a.groupTitle ? { groupTitle: f(a.groupTitle) } : {}),
});

/** Gives every person in a byline another name, in the byline and wherever the text names them. */
export function swapNames(articles: Article[], random: () => number): Article[] {
  const people = [...new Set(articles.flatMap((a) => [...a.byline.reporters, ...a.byline.correspondents, ...a.byline.photographers]))];
  const pool = shuffle(random, NAME_POOL);
  const map = new Map(people.map((p, i) => [p, pool[i % pool.length] as string]));
  // Longest names first, so that a name inside another is not replaced twice.
  const names = [...map.keys()].sort((a, b) => b.length - a.length);
  const rename = (s: string) => names.reduce((t, n) => t.split(n).join(map.get(n) ?? n), s);
  const renameAll = (xs: string[]) => xs.map((x) => map.get(x) ?? x);
  return articles.map((a) => ({
    ...mapText(a, rename),
    byline: {
      reporters: renameAll(a.byline.reporters),
      correspondents: renameAll(a.byline.correspondents),
      photographers: renameAll(a.byline.photographers),
      text: rename(a.byline.text),
    },
  }));
}

const shiftIso = (d: string | null, k: number): string | null => (d ? `${Number(d.slice(0, 4)) + k}${d.slice(4)}` : null);

/** Moves every year in the text and the dates by `k` years: `2020年` → `2023年`. */
export function shiftYears(articles: Article[], k: number): Article[] {
  const shift = (s: string) => s.replace(/(?<!\d)(1[89]\d\d|20\d\d)(?=\s*(?:年|\.\d{1,2}\.\d))/g, (y) => String(Number(y) + k));
  return articles.map((a) => {
    const out: Article = { ...mapText(a, shift), date: shiftIso(a.date, k) };
    if (a.dateEnd) out.dateEnd = shiftIso(a.dateEnd, k) ?? a.dateEnd;
    return out;
  });
}

export { shiftIso };
