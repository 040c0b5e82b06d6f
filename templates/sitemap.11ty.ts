/** sitemap.xml: the index of the sitemap files (robots.txt points here). */
import { absolute } from '../src/eleventy/urls.ts';
import type { SitemapFile } from '../src/eleventy/sitemap.ts';
import { html } from './_includes/html.ts';
import { onceWithAddress, type Data } from './_includes/site.ts';

export const data = { permalink: onceWithAddress('/sitemap.xml') };

export function render(d: Data & { sitemaps: SitemapFile[] }): string {
  const { site, sitemaps } = d;
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    html`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${sitemaps.map((f) => html`<sitemap><loc>${absolute(site.url ?? '', site.base, f.url)}</loc></sitemap>\n`)}</sitemapindex>
`.html
  );
}
