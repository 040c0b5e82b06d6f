/** One page per 版面: its articles in reading order, its furniture as page information. */
import type { ArchivePage } from '../src/archive/index.ts';
import { zhDate } from '../src/eleventy/format.ts';
import { html } from './_includes/html.ts';
import { layout } from './_includes/layout.ts';
import { articleItem, articlesOf, crumbs, linker, pageName } from './_includes/parts.ts';
import type { Data } from './_includes/site.ts';

export const data = {
  pagination: { data: 'render.pages', size: 1, alias: 'p', addAllPagesToCollections: false },
  permalink: (d: { p: ArchivePage }) => d.p.url,
};

const DATE_SOURCE: Record<string, string> = { header: '版面印有日期', metadata: '日期由编者提供', inferred: '日期据文中推断' };

export function render(d: Data & { p: ArchivePage }): string {
  const { archive, site, p } = d;
  const link = linker(p.url, site);
  const prev = p.prev ? archive.pageByKey.get(p.prev) : undefined;
  const next = p.next ? archive.pageByKey.get(p.next) : undefined;
  const issue = archive.issueByDate.get(p.issueDate);
  const title = `${zhDate(p.issueDate)} ${pageName(p)}`;
  const body = html`${crumbs([['首页', '/'], [zhDate(p.issueDate), issue?.url ?? null], [pageName(p), null]], link)}
<h1>${title}</h1>
<nav class="pager" aria-label="相邻版面">
  ${prev ? html`<a rel="prev" href="${link(prev.url)}">上一版：${pageName(prev)}</a>` : html`<span class="none">已是第一版</span>`}
  ${next ? html`<a rel="next" href="${link(next.url)}">下一版：${pageName(next)}</a>` : html`<span class="none">已是最后一版</span>`}
</nav>
<ol class="items">${articlesOf(archive, p.articles).map((a) => articleItem(a, link))}</ol>
<aside class="page-info" aria-labelledby="info-h">
  <h2 id="info-h">版面信息</h2>
  <dl>
    <dt>来源文件</dt><dd><code>${p.source}</code></dd>
    <dt>日期</dt><dd>${zhDate(p.issueDate)}${p.issueDateSource ? html`（${DATE_SOURCE[p.issueDateSource] ?? ''}）` : ''}</dd>
    ${p.furniture.length ? html`<dt>版面信息</dt>${p.furniture.map((f) => html`<dd>${f.text}</dd>`)}` : ''}
    ${p.dropped.length ? html`<dt>未收入文章的文字</dt>${p.dropped.map((x) => html`<dd>第${x.line}行：${x.text}<small>（${x.reason}）</small></dd>`)}` : ''}
  </dl>
</aside>`;
  return layout({ site, url: p.url, title, body, kind: 'page-page' });
}
