/**
 * The site's addresses for search engines, cut into sitemap files of at most
 * 50,000 addresses each, as the sitemaps protocol requires (a decade of a daily
 * paper has some 250,000). `/sitemap.xml` is the index of these files.
 */
import type { Archive } from '../archive/index.ts';
import { archiveCalendar, monthUrl, yearUrl } from './calendar.ts';

/** The most addresses one sitemap file may hold (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapFile {
  /** Site path of the file: `/sitemap-1.xml`. Sitemap files sit at the root: a sitemap may only list addresses below its own folder. */
  url: string;
  /** Site paths it lists. */
  paths: string[];
}

/** Every page worth a search engine's visit: the site's own pages, the calendar, then issues, pages and articles by date. */
export function sitemapPaths(archive: Archive): string[] {
  const years = archiveCalendar(archive);
  return [
    '/',
    '/calendar/',
    '/people/',
    '/tags/',
    '/search/',
    ...years.flatMap((y) => [yearUrl(y.year), ...y.months.map((m) => monthUrl(m.year, m.month))]),
    ...archive.issues.map((i) => i.url),
    ...archive.pages.map((p) => p.url),
    ...archive.articles.map((a) => a.url),
    ...archive.people.map((p) => p.url),
    ...archive.tags.map((t) => t.url),
  ];
}

/** @example sitemapFiles(archive of 120,000 pages).map((f) => f.url) // ['/sitemap-1.xml', '/sitemap-2.xml', '/sitemap-3.xml'] */
export function sitemapFiles(archive: Archive, limit = SITEMAP_LIMIT): SitemapFile[] {
  const paths = sitemapPaths(archive);
  const files: SitemapFile[] = [];
  for (let i = 0; i < paths.length; i += limit) files.push({ url: `/sitemap-${files.length + 1}.xml`, paths: paths.slice(i, i + limit) });
  return files;
}
