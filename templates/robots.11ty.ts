import { absolute } from '../src/eleventy/urls.ts';
import { once, type Data } from './_includes/site.ts';

export const data = { permalink: once('/robots.txt') };

export function render(d: Data): string {
  return `User-agent: *\nAllow: /\nSitemap: ${absolute(d.site.url, d.site.base, '/sitemap.xml')}\n`;
}
