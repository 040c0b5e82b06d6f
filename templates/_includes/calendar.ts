/** A month as a table: days with an issue are links, the others plain numbers. */
import { monthGrid, pad2 } from '../../src/eleventy/calendar.ts';
import { html, type Raw } from './html.ts';
import type { Linker } from './parts.ts';

const HEAD = ['一', '二', '三', '四', '五', '六', '日'];

export function monthTable(year: number, month: number, days: Set<string>, link: Linker, caption: Raw): Raw {
  return html`<table class="month">
<caption>${caption}</caption>
<thead><tr>${HEAD.map((h) => html`<th scope="col" abbr="星期${h}">${h}</th>`)}</tr></thead>
<tbody>${monthGrid(year, month).map(
    (week) => html`<tr>${week.map((d) => {
      if (d === null) return html`<td></td>`;
      const iso = `${year}-${pad2(month)}-${pad2(d)}`;
      return days.has(iso) ? html`<td class="has"><a href="${link(`/${year}/${pad2(month)}/${pad2(d)}/`)}">${d}</a></td>` : html`<td>${d}</td>`;
    })}</tr>`,
  )}</tbody>
</table>`;
}
