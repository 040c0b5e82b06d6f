/**
 * A person's or a tag's articles, a page at a time: a reporter of ten years
 * has thousands of articles, a common keyword tens of thousands, and one page
 * listing them all would be megabytes (56 MB for a tag of a 200k archive).
 *
 * Articles come at the newest end, so the pages are counted from the oldest:
 * page k holds the list's articles (k−1)·100+1 … k·100 in date order, and once
 * full it never changes — its address can be cited, and a rebuild after a new
 * day renders the list's first page and, each time a hundred more have come,
 * one page more (and the page before it, for its link), never the whole list.
 * The first page, at the item's own address, holds the newest articles: every
 * one not on a full page before them (100 to 199 of them; all of a shorter list).
 */

/** Articles listed on a full page of a person or a tag. */
export const LIST_PAGE_SIZE = 100;

/** One page of a list: the item (a person, a tag), which page, and the article ids on it, newest first. */
export interface ListPage<T> {
  of: T;
  /** The page's number counted from the oldest (1: the oldest hundred); 0 for the list's first page, the newest articles. */
  n: number;
  /** Place in the whole list, counted from the oldest, of the page's oldest and newest article (1-based). */
  from: number;
  to: number;
  ids: string[];
  url: string;
  /** The page of the articles just newer and just older than this page's, if any. */
  newer: string | null;
  older: string | null;
  /** On the first page: every other page, newest first (on the others: empty). */
  pages: Array<{ n: number; url: string; newest: string; oldest: string }>;
}

/**
 * The pages of an item's list (`articles` newest first), the first page first, then newest to oldest.
 * @example listPages({ url: '/tags/白鹭湖/', articles: 250 ids }).map((p) => p.url) // ['/tags/白鹭湖/', '/tags/白鹭湖/1/']
 */
export function listPages<T extends { url: string; articles: string[] }>(item: T, size = LIST_PAGE_SIZE): Array<ListPage<T>> {
  const total = item.articles.length;
  /** Full pages before the first page's articles. */
  const older = Math.max(0, Math.floor(total / size) - 1);
  const urlOf = (n: number) => (n === 0 ? item.url : `${item.url}${n}/`);
  // Place k (1 = oldest) is at index total − k of the newest-first list.
  const idsOf = (from: number, to: number) => item.articles.slice(total - to, total - from + 1);
  const rest = Array.from({ length: older }, (_, i) => {
    const n = older - i;
    const [from, to] = [(n - 1) * size + 1, n * size];
    return { n, from, to, ids: idsOf(from, to), url: urlOf(n), newer: urlOf(n === older ? 0 : n + 1), older: n > 1 ? urlOf(n - 1) : null, pages: [] };
  });
  const first = {
    n: 0,
    from: older * size + 1,
    to: total,
    ids: idsOf(older * size + 1, total),
    url: item.url,
    newer: null,
    older: older > 0 ? urlOf(older) : null,
    pages: rest.map((p) => ({ n: p.n, url: p.url, newest: p.ids[0] ?? '', oldest: p.ids.at(-1) ?? '' })),
  };
  return [first, ...rest].map((p) => ({ of: item, ...p }));
}
