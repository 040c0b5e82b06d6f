import { absolute } from '../src/eleventy/urls.ts';
import { once, type Data } from './_includes/site.ts';

export const data = { permalink: once('/robots.txt') };

export function render(d: Data): string {
  // A sitemap is named by its absolute address: without one there is no sitemap to name.
  const sitemap = d.site.url ? `Sitemap: ${absolute(d.site.url, d.site.base, '/sitemap.xml')}\n` : '';
  return `User-agent: *\nAllow: /\n${sitemap}`;
}
