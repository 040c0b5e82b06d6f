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

/** One bundle of the search index: a year, the newest month, or the undated articles. */
export interface Shard {
  key: string;
  articles: ArchiveArticle[];
}

export const UNDATED_SHARD = 'undated';

/**
 * The archive cut into search bundles: one a year, except that the newest month
 * has its own, so that adding a day re-indexes a month, not a year (a year is
 * indexed again once, when its month is no longer the newest). Newest first.
 * @example keys for an archive of 2018-01 … 2019-05: ['2019-05', '2019', '2018']
 */
export function shardsOf(archive: { articles: ArchiveArticle[] }): Shard[] {
  const dateOf = (a: ArchiveArticle) => a.date ?? a.issueDate;
  const latest = archive.articles.reduce<string>((m, a) => {
    const d = dateOf(a);
    return d && d.slice(0, 7) > m ? d.slice(0, 7) : m;
  }, '');
  const byKey = new Map<string, ArchiveArticle[]>();
  for (const a of archive.articles) {
    const d = dateOf(a);
    const key = !d ? UNDATED_SHARD : d.slice(0, 7) === latest ? latest : d.slice(0, 4);
    const list = byKey.get(key) ?? [];
    list.push(a);
    byKey.set(key, list);
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => (a === UNDATED_SHARD ? 1 : b === UNDATED_SHARD ? -1 : b.localeCompare(a)))
    .map(([key, articles]) => ({ key, articles }));
}
