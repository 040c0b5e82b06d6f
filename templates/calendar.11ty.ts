/** 往期回顾: every year and month with issues. */
import { archiveCalendar, monthUrl, yearUrl } from '../src/eleventy/calendar.ts';
import { html } from './_includes/html.ts';
import { layout } from './_includes/layout.ts';
import { crumbs, linker } from './_includes/parts.ts';
import { once, type Data } from './_includes/site.ts';

export const data = { permalink: once('/calendar/') };

export function render(d: Data): string {
  const { archive, site } = d;
  const url = '/calendar/';
  const link = linker(url, site);
  const years = archiveCalendar(archive);
  const undated = archive.issueByDate.get(null);
  const body = html`${crumbs([['首页', '/'], ['往期回顾', null]], link)}
<h1>往期回顾</h1>
${years.map(
  (y) => html`<section class="cal-year"><h2><a href="${link(yearUrl(y.year))}">${y.year}年</a></h2>
<ul class="cal-months">${y.months.map((m) => html`<li><a href="${link(monthUrl(m.year, m.month))}">${m.month}月</a> <small>${m.days.length}期</small></li>`)}</ul></section>`,
)}
${undated ? html`<p><a href="${link(undated.url)}">日期不详的版面</a></p>` : ''}`;
  return layout({ site, url, title: '往期回顾', body, kind: 'page-calendar' });
}
