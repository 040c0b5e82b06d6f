/**
 * A person's or a tag's articles, a page at a time: a reporter of ten years
 * has thousands of articles, a common keyword tens of thousands, and one page
 * listing them all would be megabytes (56 MB for a tag of a 200k archive).
 */

/** Articles listed on one page of a person or a tag. */
export const LIST_PAGE_SIZE = 100;

/** One page of a list: the item (a person, a tag), which page, and the article ids on it, newest first. */
export interface ListPage<T> {
  of: T;
  /** 1-based. */
  n: number;
  count: number;
  /** Position of its first article in the whole list, 1-based. */
  first: number;
  ids: string[];
  url: string;
  prev: string | null;
  next: string | null;
}

/**
 * The pages of an item's list: the first at the item's own URL, the others below it.
 * @example listPages({ url: '/tags/白鹭湖/', articles: 250 ids }).map((p) => p.url) // ['/tags/白鹭湖/', '/tags/白鹭湖/2/', '/tags/白鹭湖/3/']
 */
export function listPages<T extends { url: string; articles: string[] }>(item: T, size = LIST_PAGE_SIZE): Array<ListPage<T>> {
  const count = Math.max(1, Math.ceil(item.articles.length / size));
  const urlOf = (n: number) => (n === 1 ? item.url : `${item.url}${n}/`);
  return Array.from({ length: count }, (_, i) => ({
    of: item,
    n: i + 1,
    count,
    first: i * size + 1,
    ids: item.articles.slice(i * size, (i + 1) * size),
    url: urlOf(i + 1),
    prev: i > 0 ? urlOf(i) : null,
    next: i + 1 < count ? urlOf(i + 2) : null,
  }));
}
