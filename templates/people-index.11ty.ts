import { ROLE_LABEL } from '../src/eleventy/format.ts';
import { html } from './_includes/html.ts';
import { layout } from './_includes/layout.ts';
import { crumbs, linker } from './_includes/parts.ts';
import { once, type Data } from './_includes/site.ts';

export const data = { permalink: once('/people/') };

export function render(d: Data): string {
  const { archive, site } = d;
  const url = '/people/';
  const link = linker(url, site);
  const body = html`${crumbs([['首页', '/'], ['作者', null]], link)}
<h1>作者</h1>
<ul class="people">${archive.people.map(
    (p) => html`<li><a href="${link(p.url)}">${p.name}</a> <small>${p.roles.map((r) => ROLE_LABEL[r]).join('、')} · ${p.articles.length}篇</small></li>`,
  )}</ul>`;
  return layout({ site, url, title: '作者', body, kind: 'page-people' });
}
