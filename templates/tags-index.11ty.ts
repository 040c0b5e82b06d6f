import { html } from './_includes/html.ts';
import { layout } from './_includes/layout.ts';
import { crumbs, linker } from './_includes/parts.ts';
import { once, type Data } from './_includes/site.ts';

export const data = { permalink: once('/tags/') };

export function render(d: Data): string {
  const { archive, site } = d;
  const url = '/tags/';
  const link = linker(url, site);
  const body = html`${crumbs([['首页', '/'], ['主题', null]], link)}
<h1>主题</h1>
${archive.tags.length === 0 ? html`<p>尚无主题词。</p>` : ''}
<ul class="tag-cloud">${archive.tags.map((t) => html`<li><a class="tag" href="${link(t.url)}">${t.name}</a> <small>${t.articles.length}</small></li>`)}</ul>`;
  return layout({ site, url, title: '主题', body, kind: 'page-tags' });
}
