/** One page per person named in a byline or credit, listing their articles by date, a hundred to a page. */
import type { Person } from '../src/archive/index.ts';
import type { ListPage } from '../src/archive/lists.ts';
import { ROLE_LABEL } from '../src/eleventy/format.ts';
import { html } from './_includes/html.ts';
import { layout } from './_includes/layout.ts';
import { crumbs, linker, listBody, listCrumbs, pageSuffix } from './_includes/parts.ts';
import type { Data } from './_includes/site.ts';

export const data = {
  pagination: { data: 'render.people', size: 1, alias: 'list', addAllPagesToCollections: false },
  permalink: (d: { list: ListPage<Person> }) => d.list.url,
};

export function render(d: Data & { list: ListPage<Person> }): string {
  const { archive, site, list } = d;
  const person = list.of;
  const link = linker(list.url, site);
  const roles = person.roles.map((r) => ROLE_LABEL[r]).join('、');
  const body = html`${crumbs([['首页', '/'], ['作者', '/people/'], ...listCrumbs(person.name, list)], link)}
<h1>${person.name}${pageSuffix(list.n)} <small>${roles}</small></h1>
${listBody(archive, list, link)}`;
  return layout({ site, url: list.url, title: `${person.name}${pageSuffix(list.n)}`, body, kind: 'page-person' });
}
