/** sitemap.xml and robots.txt pointing to it. */
import { calendarOf, monthUrl, yearUrl } from '../src/eleventy/calendar.ts';
import { absolute } from '../src/eleventy/urls.ts';
import { html } from './_includes/html.ts';
import { once, type Data } from './_includes/site.ts';

export const data = { permalink: once('/sitemap.xml') };

export function render(d: Data): string {
  const { archive, site } = d;
  const at = (p: string) => absolute(site.url, site.base, p);
  const years = calendarOf(archive.issues.map((i) => i.date).filter((x): x is string => x !== null));
  const urls = [
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
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    html`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => html`<url><loc>${at(u)}</loc></url>\n`)}</urlset>
`.html
  );
}
