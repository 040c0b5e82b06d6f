/** Home: the latest issue's pages and articles, the archive's span, a way into the calendar. */
import { zhDate, zhWeekday } from '../src/eleventy/format.ts';
import { html } from './_includes/html.ts';
import { layout } from './_includes/layout.ts';
import { issuePages, linker } from './_includes/parts.ts';
import { once, type Data } from './_includes/site.ts';

export const data = { permalink: once('/') };

export function render(d: Data): string {
  const { archive, site } = d;
  const url = '/';
  const link = linker(url, site);
  const dated = archive.issues.filter((i) => i.date !== null);
  const latest = dated.at(-1) ?? archive.issues[0];
  const { span } = archive;
  const body = html`<section class="span" aria-label="馆藏概况">
  <p>收录 <strong>${span.first ? zhDate(span.first) : '—'}</strong> 至 <strong>${span.last ? zhDate(span.last) : '—'}</strong>，
  共 ${span.issues} 期、${span.pages} 个版面、${span.articles} 篇文章。 <a href="${link('/calendar/')}">往期回顾 →</a></p>
</section>
${latest
  ? html`<section class="latest">
  <h1>最新一期：<a href="${link(latest.url)}">${zhDate(latest.date)}${latest.date ? ` ${zhWeekday(latest.date)}` : ''}</a></h1>
  ${issuePages(archive, latest.pages, link)}
</section>`
  : html`<h1>${site.title}</h1><p>还没有版面。把版面文本放进 <code>seeds/</code> 后重新构建。</p>`}`;
  return layout({ site, url, title: site.title, body, kind: 'page-home' });
}
