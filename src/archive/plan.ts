/**
 * What a build must render. Every page of the site has a fingerprint: a hash of
 * exactly the data it shows (an article with its neighbours' titles, a 版面 with
 * its articles' summaries, a person with theirs…). A rebuild renders the pages
 * whose fingerprint changed and deletes the pages that are gone; the rest of the
 * previous output stays as it was, byte for byte.
 */
import { archiveCalendar, type MonthRef, type YearRef } from '../eleventy/calendar.ts';
import { createHash } from 'node:crypto';
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

/** A fingerprint of the parts of a page's data, each given as JSON. */
const fp = (...parts: string[]): string => createHash('sha1').update(parts.join('\u0000')).digest('base64url').slice(0, 16);
const json = (value: unknown): string => JSON.stringify(value) ?? 'null';

/** What a list shows of an article. */
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
  const years = archiveCalendar(archive);
  return { years, months: years.flatMap((y) => y.months) };
}

/**
 * The costly part of the fingerprints, which keywords do not change: a hash
 * of each article's data but its keywords, and its summary as JSON. Made from
 * the archive before keywords (`buildArchive`), while they are being extracted.
 */
export interface Prepared {
  articles: Map<string, string>;
  summaries: Map<string, string>;
  /** A hash of each page file's text (`SourcePage.key`), by file name, where the build has one. */
  texts: Map<string, string>;
}

/**
 * An article's data but its keywords, hashed (the JSON itself would be held for
 * every article at once). Where its page's text has a hash (`SourcePage.key`:
 * the text, its metadata and the parser's version; none for a page a correction
 * changed), that hash stands for what the text alone gives: its body and its
 * original lines (the lines of its page at its spans) — most of its JSON.
 */
function articleData(a: ArchiveArticle, texts?: Map<string, string>): string {
  const text = texts?.get(a.source.file);
  return text ? fp(json({ ...a, keywords: [], original: [], body: [] }), text) : fp(json({ ...a, keywords: [] }));
}

/** Nothing prepared yet; `texts`: the pages' text hashes (`SourcePage.key`) by file name. */
export const emptyPrepared = (texts = new Map<string, string>()): Prepared => ({ articles: new Map(), summaries: new Map(), texts });

/** The prepared parts of every article, added to `into` (what it holds already is kept). */
export function prepare(archive: Archive, into: Prepared = emptyPrepared()): Prepared {
  for (const a of archive.articles) {
    articleHash(into, a);
    if (!into.summaries.has(a.id)) into.summaries.set(a.id, json(summary(a)));
  }
  return into;
}

/**
 * An article's data but its keywords, hashed: taken from `prepared` or made and
 * kept there. The search index tells its changed bundles by these too.
 */
export function articleHash(prepared: Prepared, a: ArchiveArticle): string {
  let h = prepared.articles.get(a.id);
  if (h === undefined) prepared.articles.set(a.id, (h = articleData(a, prepared.texts)));
  return h;
}

/** Every item page of the site with its fingerprint, keyed by its site path. */
export function fingerprints(archive: Archive, site: unknown, prepared?: Prepared): Map<string, { fp: string; kind: keyof RenderSet; item: unknown }> {
  const out = new Map<string, { fp: string; kind: keyof RenderSet; item: unknown }>();
  const siteJson = json(site);
  // An article's summary shows on many pages (its neighbours, its 版面, its issue, its people and tags): made once.
  const summaries = new Map(prepared?.summaries);
  const summaryOf = (id: string | null): string => {
    if (!id) return 'null';
    let s = summaries.get(id);
    if (s === undefined) summaries.set(id, (s = json(summary(archive.byId.get(id)))));
    return s;
  };
  const summariesOf = (ids: string[]) => `[${ids.map(summaryOf).join(',')}]`;
  const pageInfo = (p: ArchivePage | undefined) => json(p && { url: p.url, number: p.number, name: p.name, paper: p.paper });
  for (const a of archive.articles) {
    const data = prepared?.articles.get(a.id) ?? articleData(a, prepared?.texts);
    out.set(a.url, { fp: fp(siteJson, data, json(a.keywords), summaryOf(a.prev), summaryOf(a.next), pageInfo(archive.pageByKey.get(a.pageKey))), kind: 'articles', item: a });
  }
  archive.issues.forEach((issue, i) => {
    const pages = issue.pages.map((k) => archive.pageByKey.get(k)).map((p) => `${pageInfo(p)}${summariesOf(p?.articles ?? [])}`);
    const near = [archive.issues[i - 1], archive.issues[i + 1]].map((x) => json(x && { url: x.url, date: x.date }));
    out.set(issue.url, { fp: fp(siteJson, json(issue), ...pages, ...near), kind: 'issues', item: issue });
  });
  for (const p of archive.pages) {
    const near = [p.prev, p.next].map((k) => pageInfo(k ? archive.pageByKey.get(k) : undefined));
    out.set(p.url, { fp: fp(siteJson, json(p), summariesOf(p.articles), ...near), kind: 'pages', item: p });
  }
  // A list page shows its own articles, where it is in the list and its neighbours; the first page also
  // the list's length and its other pages with their dates. A full page's data never changes.
  const dated = (id: string) => archive.byId.get(id)?.date ?? archive.byId.get(id)?.issueDate;
  const listed = (lp: ListPage<Person | Tag>) =>
    fp(
      siteJson,
      json([lp.of.name, 'roles' in lp.of ? lp.of.roles : null, lp.n, lp.from, lp.to, lp.newer, lp.older]),
      summariesOf(lp.ids),
      lp.n === 0 ? json([lp.of.articles.length, lp.pages.map((p) => [p.url, dated(p.newest), dated(p.oldest)])]) : '',
    );
  for (const person of archive.people) for (const lp of listPages(person)) out.set(lp.url, { fp: listed(lp), kind: 'people', item: lp });
  for (const tag of archive.tags) for (const lp of listPages(tag)) out.set(lp.url, { fp: listed(lp), kind: 'tags', item: lp });
  const { years, months } = calendarRefs(archive);
  const pagesOf = (day: string) => archive.issueByDate.get(day)?.pages.length ?? 0;
  for (const m of months) out.set(`/${m.year}/${String(m.month).padStart(2, '0')}/`, { fp: fp(siteJson, json(m), json(m.days.map(pagesOf))), kind: 'months', item: m });
  for (const y of years) out.set(`/${y.year}/`, { fp: fp(siteJson, json(y)), kind: 'years', item: y });
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
 * @param prepared `prepare(archive before keywords)`, if made (the same plan, sooner)
 */
export function plan(archive: Archive, site: unknown, previous: Record<string, string> | null, prepared?: Prepared): Plan {
  const all = fingerprints(archive, site, prepared);
  const render = emptySet();
  const fingerprintsOut: Record<string, string> = {};
  for (const [url, { fp: f, kind, item }] of all) {
    fingerprintsOut[url] = f;
    if (!previous || previous[url] !== f) (render[kind] as unknown[]).push(item);
  }
  const removed = previous ? Object.keys(previous).filter((url) => !all.has(url)).sort() : [];
  return { render, removed, fingerprints: fingerprintsOut, incremental: previous !== null };
}
