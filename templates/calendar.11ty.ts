/** 往期回顾: a date picker, the newest year as a calendar, and every year and month with issues. */
import { archiveCalendar, monthUrl, yearUrl } from '../src/eleventy/calendar.ts';
import { monthTable } from './_includes/calendar.ts';
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
  const dates = archive.issues.map((i) => i.date).filter((x): x is string => x !== null);
  const newest = years.at(-1);
  const newestDays = new Set(newest?.months.flatMap((m) => m.days) ?? []);
  const body = html`${crumbs([['首页', '/'], ['往期回顾', null]], link)}
<h1>往期回顾</h1>
${dates.length
  ? html`<form class="date-pick" data-dates="${JSON.stringify(dates)}" hidden>
  <label>按日期查找 <input type="date" name="date" min="${dates[0] ?? ''}" max="${dates.at(-1) ?? ''}" value="${dates.at(-1) ?? ''}" required></label>
  <button type="submit">前往</button> <span class="date-pick-note" role="status"></span>
</form>`
  : ''}
${newest
  ? html`<section class="cal-newest"><h2><a href="${link(yearUrl(newest.year))}">${newest.year}年</a></h2>
<div class="cal-grid">${Array.from({ length: 12 }, (_, i) => i + 1)
      .filter((m) => newest.months.some((x) => x.month === m))
      .map((m) => monthTable(newest.year, m, newestDays, link, html`<a href="${link(monthUrl(newest.year, m))}">${m}月</a>`))}</div></section>`
  : ''}
<h2>全部年份</h2>
${years.map(
  (y) => html`<section class="cal-year"><h2><a href="${link(yearUrl(y.year))}">${y.year}年</a></h2>
<ul class="cal-months">${y.months.map((m) => html`<li><a href="${link(monthUrl(m.year, m.month))}">${m.month}月</a> <small>${m.days.length}期</small></li>`)}</ul></section>`,
)}
${undated ? html`<p><a href="${link(undated.url)}">日期不详的版面</a></p>` : ''}
<script type="module" src="${link('/assets/date-pick.js')}"></script>`;
  return layout({ site, url, title: '往期回顾', body, kind: 'page-calendar' });
}
