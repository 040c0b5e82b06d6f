/**
 * What Pagefind indexes for an article: a custom record whose content is the
 * article's text prepared by `indexText`, with the filters and sort keys a
 * researcher uses. The published HTML is never altered for search.
 */
import type { ArchiveArticle } from '../archive/index.ts';
import { KIND_LABEL } from '../eleventy/format.ts';
import { indexText } from './normalize.ts';

/** The year filter's value for articles with no date. */
export const UNDATED_YEAR_LABEL = '日期不详';

/**
 * The index's language: none that Pagefind knows, so that it neither segments
 * (the text is already cut into characters) nor stems. Pagefind serves this
 * index to the search page whatever its `<html lang>` (zh-CN).
 */
export const INDEX_LANGUAGE = 'und';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The text a reader can search in an article: its headline (or derived title), byline, body. */
export function searchableText(a: ArchiveArticle): string {
  const head = a.headline ? [a.headline.kicker, a.headline.main, a.headline.sub].filter(Boolean).join('\n') : a.title;
  return [head, a.groupTitle ?? '', ...a.body.map((b) => b.text)].filter((s) => s !== '').join('\n');
}

/** The record Pagefind indexes for an article. */
export const searchRecord = (a: ArchiveArticle): SearchRecord => indexedRecord(plainRecord(a));

/**
 * The record with its text as printed: cheap to make, and equal for equal
 * articles, so the build compares these to tell whether a bundle changed.
 */
export function plainRecord(a: ArchiveArticle): SearchRecord {
  const date = a.date ?? a.issueDate ?? '';
  const filters: Record<string, string[]> = { kind: [KIND_LABEL[a.kind]], year: [date ? date.slice(0, 4) : UNDATED_YEAR_LABEL] };
  if (date) {
    filters.month = [date.slice(0, 7)];
    filters.day = [date];
  }
  const names = [...new Set(a.people.map((p) => p.name))];
  if (names.length) filters.person = names;
  return {
    url: a.url,
    content: searchableText(a),
    language: INDEX_LANGUAGE,
    meta: {
      title: a.title,
      date,
      kind: a.kind,
      derived: a.titleDerived ? '1' : '',
    },
    filters,
    sort: { date: date || '0000-00-00' },
  };
}

/** A plain record made ready for the index: its text cut into words (`indexText`). */
export const indexedRecord = (r: SearchRecord): SearchRecord => ({ ...r, content: indexText(r.content) });

/** One bundle of the search index: a year, the newest days, or the undated articles. */
export interface Shard {
  key: string;
  articles: ArchiveArticle[];
}

export const UNDATED_SHARD = 'undated';

/** The 旬 a day is in (days 1–10, 11–20, 21 on), as its first day: `2019-05-14` → `2019-05-11`. */
const tenDaysOf = (day: string): string => `${day.slice(0, 8)}${['01', '11', '21'][Math.min(2, Math.floor((Number(day.slice(8, 10)) - 1) / 10))]}`;

/**
 * The bundle an article's date belongs to, given the archive's newest date.
 * Days are added at the newest end, so the newest days are cut finest: the
 * newest 旬 is a bundle, the rest of its month another, the rest of the year
 * before it a third, and each earlier year one. Adding a day re-indexes at most
 * ten days; a bundle is indexed again only when its period closes (the month's
 * days join their year when a new month starts).
 * @example bundleKey('2019-05-14', '2019-05-23') // '2019-05'; '2019-05-22' → '2019-05-21'; '2019-03-02' → '2019'
 */
export function bundleKey(date: string | null, newest: string): string {
  if (!date) return UNDATED_SHARD;
  if (date.slice(0, 7) !== newest.slice(0, 7)) return date.slice(0, 4);
  return tenDaysOf(date) === tenDaysOf(newest) ? tenDaysOf(date) : date.slice(0, 7);
}

/**
 * The archive cut into search bundles (`bundleKey`), newest first: a search
 * that sorts by date searches them in this order.
 * @example keys for an archive of 2018-01-03 … 2019-05-23: ['2019-05-21', '2019-05', '2019', '2018']
 */
export function shardsOf(archive: { articles: ArchiveArticle[] }): Shard[] {
  const dateOf = (a: ArchiveArticle) => a.date ?? a.issueDate;
  const newest = archive.articles.reduce<string>((m, a) => {
    const d = dateOf(a);
    return d && d > m ? d : m;
  }, '');
  const byKey = new Map<string, ArchiveArticle[]>();
  for (const a of archive.articles) {
    const key = bundleKey(dateOf(a), newest);
    const list = byKey.get(key) ?? [];
    list.push(a);
    byKey.set(key, list);
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => (a === UNDATED_SHARD ? 1 : b === UNDATED_SHARD ? -1 : b.localeCompare(a)))
    .map(([key, articles]) => ({ key, articles }));
}

/**
 * A bundle's records: each with a `bundle` filter naming its bundle, so that
 * the search page can search one bundle at a time (Pagefind orders results by
 * date within a bundle only).
 */
export const shardRecords = (shard: Shard): SearchRecord[] =>
  shard.articles.map((a) => {
    const r = plainRecord(a);
    return { ...r, filters: { ...r.filters, bundle: [shard.key] } };
  });
