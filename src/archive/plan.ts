/**
 * What a build must render. Every page of the site has a fingerprint: a hash of
 * exactly the data it shows (an article with its neighbours' titles, a 版面 with
 * its articles' summaries, a person with theirs…). A rebuild renders the pages
 * whose fingerprint changed and deletes the pages that are gone; the rest of the
 * previous output stays as it was, byte for byte.
 */
import { calendarOf, type MonthRef, type YearRef } from '../eleventy/calendar.ts';
import { hash53 } from '../parse/id.ts';
import type { Archive, ArchiveArticle, ArchiveIssue, ArchivePage, Person, Tag } from './index.ts';
import { listPages, type ListPage } from './lists.ts';

/** The pages to render, by kind; single pages (home, calendar, feed…) are always rendered. */
export interface RenderSet {
  articles: ArchiveArticle[];
  issues: ArchiveIssue[];
  pages: ArchivePage[];
  people: Array<ListPage<Person>>;
  tags: Array<ListPage<Tag>>;
  months: MonthRef[];
  years: YearRef[];
}

export interface Plan {
  render: RenderSet;
  /** Site paths (`/2019/05/09/abc/`) of pages the previous build wrote that are gone. */
  removed: string[];
  fingerprints: Record<string, string>;
  incremental: boolean;
}

const fp = (value: unknown): string => hash53(JSON.stringify(value)).toString(36);

const summary = (a: ArchiveArticle | undefined) =>
  a && {
    url: a.url,
    title: a.title,
    derived: a.titleDerived,
    kind: a.kind,
    date: a.date,
    issueDate: a.issueDate,
    people: a.people,
    lead: a.body.find((b) => b.type === 'paragraph')?.text.slice(0, 80),
  };

export function calendarRefs(archive: Archive): { years: YearRef[]; months: MonthRef[] } {
  const years = calendarOf(archive.issues.map((i) => i.date).filter((x): x is string => x !== null));
  return { years, months: years.flatMap((y) => y.months) };
}

/** Every item page of the site with its fingerprint, keyed by its site path. */
export function fingerprints(archive: Archive, site: unknown): Map<string, { fp: string; kind: keyof RenderSet; item: unknown }> {
  const out = new Map<string, { fp: string; kind: keyof RenderSet; item: unknown }>();
  const byId = (id: string | null) => (id ? archive.byId.get(id) : undefined);
  const pageInfo = (p: ArchivePage | undefined) => p && { url: p.url, number: p.number, name: p.name, paper: p.paper };
  for (const a of archive.articles) {
    const page = archive.pageByKey.get(a.pageKey);
    out.set(a.url, { fp: fp([site, a, summary(byId(a.prev)), summary(byId(a.next)), pageInfo(page)]), kind: 'articles', item: a });
  }
  archive.issues.forEach((issue, i) => {
    const pages = issue.pages.map((k) => archive.pageByKey.get(k)).map((p) => [pageInfo(p), p?.articles.map((id) => summary(byId(id)))]);
    const near = [archive.issues[i - 1], archive.issues[i + 1]].map((x) => x && { url: x.url, date: x.date });
    out.set(issue.url, { fp: fp([site, issue, pages, near]), kind: 'issues', item: issue });
  });
  for (const p of archive.pages) {
    const near = [p.prev, p.next].map((k) => pageInfo(k ? archive.pageByKey.get(k) : undefined));
    out.set(p.url, { fp: fp([site, p, p.articles.map((id) => summary(byId(id))), near]), kind: 'pages', item: p });
  }
  // A list page shows its own articles, the list's length and where it is in the list.
  const listed = (lp: ListPage<Person | Tag>) => [site, lp.of.name, 'roles' in lp.of ? lp.of.roles : null, lp.of.articles.length, lp.n, lp.count, lp.ids.map((id) => summary(byId(id)))];
  for (const person of archive.people) for (const lp of listPages(person)) out.set(lp.url, { fp: fp(listed(lp)), kind: 'people', item: lp });
  for (const tag of archive.tags) for (const lp of listPages(tag)) out.set(lp.url, { fp: fp(listed(lp)), kind: 'tags', item: lp });
  const { years, months } = calendarRefs(archive);
  const pagesOf = (day: string) => archive.issueByDate.get(day)?.pages.length ?? 0;
  for (const m of months) out.set(`/${m.year}/${String(m.month).padStart(2, '0')}/`, { fp: fp([site, m, m.days.map(pagesOf)]), kind: 'months', item: m });
  for (const y of years) out.set(`/${y.year}/`, { fp: fp([site, y]), kind: 'years', item: y });
  return out;
}

const KINDS = ['articles', 'issues', 'pages', 'people', 'tags', 'months', 'years'] as const satisfies ReadonlyArray<keyof RenderSet>;

const emptySet = (): RenderSet => ({ articles: [], issues: [], pages: [], people: [], tags: [], months: [], years: [] });

/** How many pages a render set holds. */
export const pagesIn = (set: RenderSet): number => KINDS.reduce((n, kind) => n + set[kind].length, 0);

/**
 * A render set cut into sets of at most `size` pages, in order, for one
 * Eleventy run each: Eleventy keeps every page it renders in memory until the
 * run ends, so this bounds the memory a run takes. Always at least one set.
 * @example chunks({ articles: [a1, a2, a3], issues: [i1], …empty }, 2) // [{ articles: [a1, a2] }, { articles: [a3], issues: [i1] }]
 */
export function chunks(set: RenderSet, size: number): RenderSet[] {
  const out: RenderSet[] = [];
  let current: RenderSet | null = null;
  let count = 0;
  for (const kind of KINDS) {
    for (const item of set[kind]) {
      if (!current || count === size) {
        current = emptySet();
        out.push(current);
        count = 0;
      }
      (current[kind] as unknown[]).push(item);
      count++;
    }
  }
  return out.length ? out : [emptySet()];
}

/**
 * @param previous the fingerprints of the build whose output is still there, or null for a full build
 */
export function plan(archive: Archive, site: unknown, previous: Record<string, string> | null): Plan {
  const all = fingerprints(archive, site);
  const render = emptySet();
  const fingerprintsOut: Record<string, string> = {};
  for (const [url, { fp: f, kind, item }] of all) {
    fingerprintsOut[url] = f;
    if (!previous || previous[url] !== f) (render[kind] as unknown[]).push(item);
  }
  const removed = previous ? Object.keys(previous).filter((url) => !all.has(url)).sort() : [];
  return { render, removed, fingerprints: fingerprintsOut, incremental: previous !== null };
}
