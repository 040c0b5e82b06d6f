/** A month of issues: its table, and each day's pages listed. /YYYY/MM/ */
import { type MonthRef, pad2, yearUrl } from '../src/eleventy/calendar.ts';
import { zhDate } from '../src/eleventy/format.ts';
import { html } from './_includes/html.ts';
import { monthTable } from './_includes/calendar.ts';
import { layout } from './_includes/layout.ts';
import { crumbs, linker } from './_includes/parts.ts';
import type { Data } from './_includes/site.ts';

export const data = {
  pagination: { data: 'render.months', size: 1, alias: 'month', addAllPagesToCollections: false },
  permalink: (d: { month: MonthRef }) => `/${d.month.year}/${pad2(d.month.month)}/`,
};

export function render(d: Data & { month: MonthRef }): string {
  const { archive, site, month } = d;
  const url = `/${month.year}/${pad2(month.month)}/`;
  const link = linker(url, site);
  const title = `${month.year}年${month.month}月`;
  const body = html`${crumbs([['首页', '/'], ['往期回顾', '/calendar/'], [`${month.year}年`, yearUrl(month.year)], [`${month.month}月`, null]], link)}
<h1>${title}</h1>
${monthTable(month.year, month.month, new Set(month.days), link, html`${title}`)}
<ul class="days">${month.days.map((day) => {
  const issue = archive.issueByDate.get(day);
  return html`<li><a href="${link(issue?.url ?? '/')}">${zhDate(day)}</a> <small>${issue?.pages.length ?? 0}个版面</small></li>`;
})}</ul>`;
  return layout({ site, url, title, body, kind: 'page-month' });
}
