/**
 * What Pagefind indexes for an article: a custom record whose content is the
 * article's text prepared by `indexText`, with the filters and sort keys a
 * researcher uses. The published HTML is never altered for search.
 */
import type { ArchiveArticle } from '../archive/index.ts';
import { KIND_LABEL } from '../eleventy/format.ts';
import { indexText } from './normalize.ts';
import { UNDATED_SHARD, UNDATED_YEAR_LABEL } from './directory.ts';

export { UNDATED_SHARD, UNDATED_YEAR_LABEL };

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

/**
 * The text a reader can search in an article: its headline (or derived title),
 * byline, body. A byline printed apart from the body (`本报记者 郭某`, `郭某 摄`,
 * `（记者 孙八）`) is searched too: a name printed only there is found.
 */
export function searchableText(a: ArchiveArticle): string {
  const head = a.headline ? [a.headline.kicker, a.headline.main, a.headline.sub].filter(Boolean).join('\n') : a.title;
  const body = a.body.map((b) => b.text);
  const inBody = (t: string) => body.some((b) => b.replace(/\s+/g, '').includes(t.replace(/\s+/g, '')));
  const printed = a.byline?.text ?? '';
  const byline = printed && !inBody(printed) ? printed : '';
  return [head, byline, a.groupTitle ?? '', ...body].filter((s) => s !== '').join('\n');
}

/**
 * The date search knows an article by — its filters, its date sort, its bundle:
 * the day it was printed, as its address and its citation give it; the date its
 * lead gives only for a page with no date. A lead's date can be weeks before
 * the issue (`3月28日，…` in a July paper) or read into the wrong year, but an
 * issue's date only grows as days are added: a day added files its articles
 * under the newest month, never under a year indexed before.
 */
export const searchDate = (a: Pick<ArchiveArticle, 'date' | 'issueDate'>): string | null => a.issueDate ?? a.date;

/**
 * The record with its text as printed (`indexedRecord` cuts it into words when
 * it is indexed).
 */
export function plainRecord(a: ArchiveArticle): SearchRecord {
  const date = searchDate(a) ?? '';
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

/** One bundle of the search index: a month (the newest, ten days), or the undated articles. */
export interface Shard {
  key: string;
  articles: ArchiveArticle[];
}

/**
 * The bundle an article's date (`searchDate`) belongs to: its month, or in the
 * newest month (`newest`), its ten days (`2019-05-1`: the 1st–10th, `-2`: the
 * 11th–20th, `-3`: the rest). A month is small enough that a query searches
 * it in milliseconds and fetches little of it, and a search page loads only
 * the bundles that can hold the query (`directory.ts`), newest first. Days are
 * added at the newest end, and Pagefind cannot add to an index: a day added
 * indexes its ten days again, not its month (a third of the records to write);
 * when a month is no longer the newest, its three parts become one bundle.
 * @example bundleKey('2019-05-14') // '2019-05'; bundleKey('2019-05-14', '2019-05') // '2019-05-2'; bundleKey(null) // 'undated'
 */
export function bundleKey(date: string | null, newest?: string): string {
  if (!date) return UNDATED_SHARD;
  const month = date.slice(0, 7);
  if (month !== newest) return month;
  const day = Number(date.slice(8, 10));
  return `${month}-${day <= 10 ? 1 : day <= 20 ? 2 : 3}`;
}

/**
 * The archive cut into search bundles (`bundleKey`), newest first: a search
 * that sorts by date searches them in this order.
 * @example keys for an archive of 2019-04-03 … 2019-05-23: ['2019-05-3', '2019-05-2', '2019-05-1', '2019-04']
 */
export function shardsOf(archive: { articles: ArchiveArticle[] }): Shard[] {
  let newest = '';
  for (const a of archive.articles) {
    const month = searchDate(a)?.slice(0, 7) ?? '';
    if (month > newest) newest = month;
  }
  const byKey = new Map<string, ArchiveArticle[]>();
  for (const a of archive.articles) {
    const key = bundleKey(searchDate(a), newest);
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
