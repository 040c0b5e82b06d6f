/** Everyone named in a byline or credit, and one page per person listing their articles by date. */
import type { Person } from '../src/archive/index.ts';
import { ROLE_LABEL } from '../src/eleventy/format.ts';
import { html } from './_includes/html.ts';
import { layout } from './_includes/layout.ts';
import { articleItem, articlesOf, crumbs, linker } from './_includes/parts.ts';
import type { Data } from './_includes/site.ts';

export const data = {
  pagination: { data: 'render.people', size: 1, alias: 'person', addAllPagesToCollections: false },
  permalink: (d: { person: Person }) => d.person.url,
};

export function render(d: Data & { person: Person }): string {
  const { archive, site, person } = d;
  const link = linker(person.url, site);
  const roles = person.roles.map((r) => ROLE_LABEL[r]).join('、');
  const body = html`${crumbs([['首页', '/'], ['作者', '/people/'], [person.name, null]], link)}
<h1>${person.name} <small>${roles}</small></h1>
<p>${person.articles.length} 篇，按日期从新到旧。</p>
<ol class="items">${articlesOf(archive, person.articles).map((a) => articleItem(a, link, { date: true }))}</ol>`;
  return layout({ site, url: person.url, title: person.name, body, kind: 'page-person' });
}
