/** One page per issue (a date): its pages (版面) in order, each with its articles. */
import type { ArchiveIssue } from '../src/archive/index.ts';
import { zhDate, zhWeekday } from '../src/eleventy/format.ts';
import { html } from './_includes/html.ts';
import { layout } from './_includes/layout.ts';
import { crumbs, issuePages, linker } from './_includes/parts.ts';
import type { Data } from './_includes/site.ts';

export const data = {
  pagination: { data: 'render.issues', size: 1, alias: 'issue', addAllPagesToCollections: false },
  permalink: (d: { issue: ArchiveIssue }) => d.issue.url,
};

export function render(d: Data & { issue: ArchiveIssue }): string {
  const { archive, site, issue } = d;
  const link = linker(issue.url, site);
  const i = archive.issues.indexOf(issue);
  const prev = archive.issues[i - 1];
  const next = archive.issues[i + 1];
  const title = issue.date ? `${zhDate(issue.date)} ${zhWeekday(issue.date)}` : '日期不详的版面';
  const body = html`${crumbs([['首页', '/'], ['往期回顾', '/calendar/'], [zhDate(issue.date), null]], link)}
<h1>${title}</h1>
<nav class="pager" aria-label="相邻日期">
  ${prev ? html`<a rel="prev" href="${link(prev.url)}">前一期：${zhDate(prev.date)}</a>` : ''}
  ${next ? html`<a rel="next" href="${link(next.url)}">后一期：${zhDate(next.date)}</a>` : ''}
</nav>
${issuePages(archive, issue.pages, link)}`;
  return layout({ site, url: issue.url, title, body, kind: 'page-issue' });
}
