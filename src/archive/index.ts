/**
 * The archive: parsed pages → what the site shows. Issues (a date) hold pages
 * (版面) in order; pages hold articles in reading order; people and keywords
 * index articles. Pure: the build hands in parsed pages and their source lines.
 */
import type { Article, Page, PageMeta } from '../model.ts';
import { hash53 } from '../parse/id.ts';

export interface SourcePage {
  page: Page;
  meta: PageMeta;
  /** The page's text split into lines, for the 原文 view. */
  lines: string[];
  /**
   * A hash that stands for the page's text (with its metadata and the parser's
   * version: the build's cache key), where the build made one. The render plan
   * then hashes an article's original lines as this and their numbers.
   */
  key?: string;
}

export interface ArchiveArticle extends Article {
  url: string;
  /** Headline as one line, or a title derived from the lead. */
  title: string;
  titleDerived: boolean;
  issueDate: string | null;
  pageKey: string;
  pageNumber: number;
  prev: string | null;
  next: string | null;
  /** The seed lines the article came from, numbered, in order. */
  original: Array<{ no: number; text: string }>;
  keywords: string[];
  people: Array<{ name: string; role: Role }>;
}

export type Role = 'reporter' | 'correspondent' | 'photographer';

export interface ArchivePage {
  key: string;
  url: string;
  source: string;
  issueDate: string | null;
  issueDateSource: Page['issueDateSource'];
  number: number;
  /** The number was given (file name, sidecar) or printed, not taken from the page's place among the files. */
  numberStated: boolean;
  name: string | null;
  paper: string | null;
  articles: string[];
  furniture: Page['furniture'];
  dropped: Page['dropped'];
  warnings: Page['warnings'];
  prev: string | null;
  next: string | null;
}

export interface ArchiveIssue {
  date: string | null;
  url: string;
  pages: string[];
}

export interface Person {
  name: string;
  url: string;
  roles: Role[];
  articles: string[];
}

export interface Tag {
  name: string;
  url: string;
  articles: string[];
}

export interface Archive {
  articles: ArchiveArticle[];
  byId: Map<string, ArchiveArticle>;
  pages: ArchivePage[];
  pageByKey: Map<string, ArchivePage>;
  issues: ArchiveIssue[];
  /** Issues by date (`null` for the undated pages), so that no page scans the list. */
  issueByDate: Map<string | null, ArchiveIssue>;
  people: Person[];
  tags: Tag[];
  span: { first: string | null; last: string | null; issues: number; pages: number; articles: number };
  /** What the archive step noticed: duplicate pages, id collisions. */
  warnings: Array<{ file: string; message: string }>;
}

export const UNDATED = 'undated';

/** `2019-05-09` → `/2019/05/09/`; no date → `/undated/`. */
export const issueUrl = (date: string | null): string => (date ? `/${date.replace(/-/g, '/')}/` : `/${UNDATED}/`);
export const pageUrl = (date: string | null, n: number): string => `${issueUrl(date)}p${String(n).padStart(2, '0')}/`;
export const articleUrl = (date: string | null, id: string): string => `${issueUrl(date)}${id}/`;
export const personUrl = (name: string): string => `/people/${name}/`;
export const tagUrl = (name: string): string => `/tags/${name}/`;

/**
 * The main headline as one line, for titles and lists: lines set as one phrase
 * join without a break (`白鹭湖湿地公园项目` / `推进会在滨河区举行`), parallel phrases
 * keep a space (`稳住开局 夯实基础` / `全力冲刺四季度`).
 */
export function mainTitle(main: string): string {
  const lines = main.split('\n');
  return lines.join(lines.some((l) => l.includes(' ')) ? ' ' : '');
}

/** Lead marker and byline parenthesis, which a derived title leaves out: `本报讯（记者周文涛）`. */
const LEAD_PREFIX = /^\s*[^（(，。]{0,16}?(?:讯|电)\s*[（(][^）)]*[）)]\s*/;
const DERIVED_MAX = 28;

/**
 * A title for an article printed without a headline: its lead's first clause.
 * @example deriveTitle('本报讯（记者周文涛）6月2日上午，滨河区在白鹭湖…召开白鹭湖湿地保护工作会，…') // '6月2日上午，滨河区在白鹭湖…'
 */
export function deriveTitle(text: string): string {
  const t = text.replace(LEAD_PREFIX, '').trim();
  const sentence = t.split(/[。！？]/)[0] ?? t;
  const chars = [...sentence];
  return chars.length > DERIVED_MAX ? chars.slice(0, DERIVED_MAX).join('') + '…' : sentence;
}

const ROLE_OF: Record<'reporters' | 'correspondents' | 'photographers', Role> = {
  reporters: 'reporter',
  correspondents: 'correspondent',
  photographers: 'photographer',
};

function pageKeyOf(p: SourcePage, n: number): string {
  return `${p.page.issueDate ?? UNDATED}/${n}`;
}

/**
 * Newest printed first: a person's or a tag's list dates an article by the day
 * it was printed, as its address, its citation and search do (not by the date
 * its lead gives, which may be weeks earlier).
 */
const byDateDesc = (a: ArchiveArticle, b: ArchiveArticle) =>
  (b.issueDate ?? b.date ?? '').localeCompare(a.issueDate ?? a.date ?? '') || a.url.localeCompare(b.url);

/** The archive, without keywords or tags (`withKeywords` adds them). */
export function buildArchive(sources: SourcePage[]): Archive {
  const warnings: Archive['warnings'] = [];
  const sorted = [...sources].sort(
    (a, b) =>
      (a.page.issueDate ?? '9999').localeCompare(b.page.issueDate ?? '9999') ||
      (a.meta.pageNumber ?? a.page.printed.pageNumber ?? 0) - (b.meta.pageNumber ?? b.page.printed.pageNumber ?? 0) ||
      a.page.source.localeCompare(b.page.source),
  );

  // The same page under two names is reported and kept once.
  const seenPages = new Map<string, string>();
  const unique: SourcePage[] = [];
  for (const s of sorted) {
    const fingerprint = s.page.articles.map((a) => a.id).join(',');
    const earlier = fingerprint ? seenPages.get(fingerprint) : undefined;
    if (earlier) {
      warnings.push({ file: s.page.source, message: `same page as ${earlier}: kept once` });
      continue;
    }
    if (fingerprint) seenPages.set(fingerprint, s.page.source);
    unique.push(s);
  }

  const issues = new Map<string, ArchiveIssue>();
  const pages: ArchivePage[] = [];
  const articles: ArchiveArticle[] = [];
  const byId = new Map<string, ArchiveArticle>();

  for (const s of unique) {
    const date = s.page.issueDate;
    const issueKey = date ?? UNDATED;
    let issue = issues.get(issueKey);
    if (!issue) {
      issue = { date, url: issueUrl(date), pages: [] };
      issues.set(issueKey, issue);
    }
    // What the file says of the page wins over what the page prints of itself.
    let number = s.meta.pageNumber ?? s.page.printed.pageNumber ?? issue.pages.length + 1;
    const taken = (n: number) => issue.pages.includes(pageKeyOf(s, n));
    if (taken(number)) {
      const wanted = number;
      while (taken(number)) number++;
      warnings.push({ file: s.page.source, message: `page ${wanted} of ${date ?? 'the undated pages'} is taken: numbered ${number}` });
    }
    const key = pageKeyOf(s, number);
    const page: ArchivePage = {
      key,
      url: pageUrl(date, number),
      source: s.page.source,
      issueDate: date,
      issueDateSource: s.page.issueDateSource,
      number,
      numberStated: (s.meta.pageNumber ?? s.page.printed.pageNumber) === number,
      name: s.meta.pageName ?? s.page.printed.pageName ?? null,
      paper: s.meta.paper ?? s.page.printed.paper ?? null,
      articles: [],
      furniture: s.page.furniture,
      dropped: s.page.dropped,
      warnings: s.page.warnings,
      prev: null,
      next: null,
    };
    issue.pages.push(key);
    pages.push(page);

    for (const a of s.page.articles) {
      let id = a.id;
      if (byId.has(id)) {
        id = `${id}${hash53(s.page.source).toString(36).slice(0, 4)}`;
        warnings.push({ file: s.page.source, message: `article ${a.id} also appears on another page: given id ${id}` });
      }
      const lead = a.body.find((b) => b.type === 'paragraph')?.text ?? '';
      const headline = a.headline ? mainTitle(a.headline.main) : '';
      const original: ArchiveArticle['original'] = [];
      for (const [from, to] of a.source.spans) {
        for (let no = from; no <= to; no++) original.push({ no, text: s.lines[no - 1] ?? '' });
      }
      const people: ArchiveArticle['people'] = [];
      for (const k of ['reporters', 'correspondents', 'photographers'] as const) {
        for (const name of a.byline[k]) people.push({ name, role: ROLE_OF[k] });
      }
      const article: ArchiveArticle = {
        ...a,
        id,
        url: articleUrl(date, id),
        title: headline || deriveTitle(lead),
        titleDerived: headline === '',
        issueDate: date,
        pageKey: key,
        pageNumber: number,
        prev: null,
        next: null,
        original,
        keywords: [],
        people,
      };
      byId.set(id, article);
      articles.push(article);
      page.articles.push(id);
    }
    page.articles.forEach((id, i) => {
      const art = byId.get(id);
      if (!art) return;
      art.prev = page.articles[i - 1] ?? null;
      art.next = page.articles[i + 1] ?? null;
    });
  }

  const issueList = [...issues.values()].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const pageByKey = new Map(pages.map((p) => [p.key, p]));
  for (const issue of issueList) {
    issue.pages.sort((a, b) => (pageByKey.get(a)?.number ?? 0) - (pageByKey.get(b)?.number ?? 0));
    issue.pages.forEach((k, i) => {
      const p = pageByKey.get(k);
      if (!p) return;
      p.prev = issue.pages[i - 1] ?? null;
      p.next = issue.pages[i + 1] ?? null;
    });
  }

  const peopleMap = new Map<string, Person>();
  for (const a of articles) {
    for (const { name, role } of a.people) {
      let p = peopleMap.get(name);
      if (!p) {
        p = { name, url: personUrl(name), roles: [], articles: [] };
        peopleMap.set(name, p);
      }
      if (!p.roles.includes(role)) p.roles.push(role);
      // An article names a person once or twice (two roles): only its last entry can be this one.
      if (p.articles.at(-1) !== a.id) p.articles.push(a.id);
    }
  }
  const people = byListLength([...peopleMap.values()], byId);

  const dated = issueList.filter((i) => i.date !== null);
  return {
    articles,
    byId,
    pages,
    pageByKey,
    issues: issueList,
    issueByDate: new Map(issueList.map((i) => [i.date, i])),
    people,
    tags: [],
    span: {
      first: dated[0]?.date ?? null,
      last: dated.at(-1)?.date ?? null,
      issues: issueList.length,
      pages: pages.length,
      articles: articles.length,
    },
    warnings,
  };
}

/** People or tags, the longest list first, each list newest first. */
function byListLength<T extends { name: string; articles: string[] }>(lists: T[], byId: Map<string, ArchiveArticle>): T[] {
  for (const l of lists) {
    l.articles.sort((x, y) => {
      const a = byId.get(x);
      const b = byId.get(y);
      return a && b ? byDateDesc(a, b) : 0;
    });
  }
  return lists.sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, 'zh'));
}

/**
 * The archive with each article's keywords (by article id, from the search
 * step, nodejieba) and a tag for each keyword. Separate from `buildArchive` so
 * that the search index, which needs no keywords, can start before they exist.
 */
export function withKeywords(archive: Archive, keywords: Map<string, string[]>): Archive {
  const articles = archive.articles.map((a) => ({ ...a, keywords: keywords.get(a.id) ?? [] }));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const tagMap = new Map<string, Tag>();
  for (const a of articles) {
    for (const k of a.keywords) {
      let t = tagMap.get(k);
      if (!t) {
        t = { name: k, url: tagUrl(k), articles: [] };
        tagMap.set(k, t);
      }
      t.articles.push(a.id);
    }
  }
  return { ...archive, articles, byId, tags: byListLength([...tagMap.values()], byId) };
}
