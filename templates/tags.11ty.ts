/** One page per keyword (主题), listing its articles by date. */
import type { Tag } from '../src/archive/index.ts';
import { html } from './_includes/html.ts';
import { layout } from './_includes/layout.ts';
import { articleItem, articlesOf, crumbs, linker } from './_includes/parts.ts';
import type { Data } from './_includes/site.ts';

export const data = {
  pagination: { data: 'render.tags', size: 1, alias: 'tag', addAllPagesToCollections: false },
  permalink: (d: { tag: Tag }) => d.tag.url,
};

export function render(d: Data & { tag: Tag }): string {
  const { archive, site, tag } = d;
  const link = linker(tag.url, site);
  const body = html`${crumbs([['首页', '/'], ['主题', '/tags/'], [tag.name, null]], link)}
<h1>主题：${tag.name}</h1>
<p>${tag.articles.length} 篇，按日期从新到旧。</p>
<ol class="items">${articlesOf(archive, tag.articles).map((a) => articleItem(a, link, { date: true }))}</ol>`;
  return layout({ site, url: tag.url, title: `主题：${tag.name}`, body, kind: 'page-tag' });
}
