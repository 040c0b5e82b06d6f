/** A year of issues: twelve month tables, days with issues linked. /YYYY/ */
import { monthUrl, type YearRef } from '../src/eleventy/calendar.ts';
import { html } from './_includes/html.ts';
import { monthTable } from './_includes/calendar.ts';
import { layout } from './_includes/layout.ts';
import { crumbs, linker } from './_includes/parts.ts';
import type { Data } from './_includes/site.ts';

export const data = {
  pagination: { data: 'render.years', size: 1, alias: 'year', addAllPagesToCollections: false },
  permalink: (d: { year: YearRef }) => `/${d.year.year}/`,
};

export function render(d: Data & { year: YearRef }): string {
  const { site, year } = d;
  const url = `/${year.year}/`;
  const link = linker(url, site);
  const days = new Set(year.months.flatMap((m) => m.days));
  const body = html`${crumbs([['首页', '/'], ['往期回顾', '/calendar/'], [`${year.year}年`, null]], link)}
<h1>${year.year}年</h1>
<div class="cal-grid">${Array.from({ length: 12 }, (_, i) => i + 1).map((m) =>
  monthTable(year.year, m, days, link, year.months.some((x) => x.month === m) ? html`<a href="${link(monthUrl(year.year, m))}">${m}月</a>` : html`${m}月`),
)}</div>`;
  return layout({ site, url, title: `${year.year}年`, body, kind: 'page-year' });
}
