/** One page per keyword (主题), listing its articles by date, a hundred to a page. */
import type { Tag } from '../src/archive/index.ts';
import type { ListPage } from '../src/archive/lists.ts';
import { html } from './_includes/html.ts';
import { layout } from './_includes/layout.ts';
import { crumbs, linker, listBody, listCrumbs, pageSuffix } from './_includes/parts.ts';
import type { Data } from './_includes/site.ts';

export const data = {
  pagination: { data: 'render.tags', size: 1, alias: 'list', addAllPagesToCollections: false },
  permalink: (d: { list: ListPage<Tag> }) => d.list.url,
};

export function render(d: Data & { list: ListPage<Tag> }): string {
  const { archive, site, list } = d;
  const tag = list.of;
  const link = linker(list.url, site);
  const body = html`${crumbs([['首页', '/'], ['主题', '/tags/'], ...listCrumbs(tag.name, list)], link)}
<h1>主题：${tag.name}${pageSuffix(list.n)}</h1>
${listBody(archive, list, link)}`;
  return layout({ site, url: list.url, title: `主题：${tag.name}${pageSuffix(list.n)}`, body, kind: 'page-tag' });
}
