/** One sitemap file: at most 50,000 of the site's addresses (`src/eleventy/sitemap.ts`). */
import { absolute } from '../src/eleventy/urls.ts';
import type { SitemapFile } from '../src/eleventy/sitemap.ts';
import { html } from './_includes/html.ts';
import type { Data, Site } from './_includes/site.ts';

export const data = {
  pagination: { data: 'sitemaps', size: 1, alias: 'file', addAllPagesToCollections: false },
  // A sitemap lists absolute addresses: none is written without the site's.
  permalink: (d: { file: SitemapFile; site?: Site }) => (d.site?.url ? d.file.url : false),
};

export function render(d: Data & { file: SitemapFile }): string {
  const { site, file } = d;
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    html`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${file.paths.map((p) => html`<url><loc>${absolute(site.url ?? '', site.base, p)}</loc></url>\n`)}</urlset>
`.html
  );
}
