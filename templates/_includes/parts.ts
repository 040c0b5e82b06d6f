/** Pieces several pages share: an article in a list, a byline, breadcrumbs. */
import type { Archive, ArchiveArticle, ArchivePage } from '../../src/archive/index.ts';
import type { ListPage } from '../../src/archive/lists.ts';
import { KIND_LABEL, pageLabel, ROLE_LABEL, zhDate } from '../../src/eleventy/format.ts';
import { rel } from '../../src/eleventy/urls.ts';
import { html, lines, type Raw } from './html.ts';
import type { Site } from './site.ts';

export type Linker = (to: string) => string;

export const linker = (from: string, site: Site): Linker => (to) => rel(from, to, { fileUrls: site.fileUrls });

/** The first sentence or so of an article, for lists. */
export function firstLine(a: ArchiveArticle, max = 60): string {
  const t = a.body.find((b) => b.type === 'paragraph')?.text ?? '';
  const chars = [...t];
  return chars.length > max ? chars.slice(0, max).join('') + '…' : t;
}

export function titleHtml(a: ArchiveArticle): Raw {
  return a.titleDerived ? html`<span class="derived" title="原文无标题，取自导语">${a.title}</span>` : html`${a.title}`;
}

export function articleItem(a: ArchiveArticle, link: Linker, opts: { date?: boolean } = {}): Raw {
  return html`<li class="item item-${a.kind}">
  <a class="item-title" href="${link(a.url)}">${titleHtml(a)}</a>
  <span class="item-meta"><span class="kind kind-${a.kind}">${KIND_LABEL[a.kind]}</span>${opts.date ? html` · <time datetime="${a.date ?? a.issueDate ?? ''}">${zhDate(a.date ?? a.issueDate)}</time>` : ''}${a.people.length ? html` · ${a.people.map((p) => p.name).join(' ')}` : ''}</span>
  <p class="item-lead">${firstLine(a)}</p>
</li>`;
}

export function bylineHtml(a: ArchiveArticle, link: Linker): Raw {
  if (a.people.length === 0) return html``;
  return html`<p class="byline">${a.people.map(
    (p, i) => html`${i > 0 ? ' ' : ''}<span class="role">${ROLE_LABEL[p.role]}</span> <a rel="author" href="${link(`/people/${p.name}/`)}">${p.name}</a>`,
  )}</p>`;
}

export function headlineHtml(a: ArchiveArticle): Raw {
  if (!a.headline) {
    return html`<h1 class="headline derived-title">${a.title}<small class="derived-note">（原文无标题，标题取自导语）</small></h1>`;
  }
  const h = a.headline;
  return html`${h.kicker ? html`<p class="kicker">${lines(h.kicker)}</p>` : ''}<h1 class="headline">${lines(h.main)}</h1>${h.sub ? html`<p class="deck">${lines(h.sub)}</p>` : ''}`;
}

export function pageName(p: ArchivePage): string {
  return pageLabel(p.number, p.name);
}

export function crumbs(items: Array<[string, string | null]>, link: Linker): Raw {
  return html`<nav class="crumbs" aria-label="位置"><ol>${items.map(
    ([label, url]) => html`<li>${url ? html`<a href="${link(url)}">${label}</a>` : html`<span aria-current="page">${label}</span>`}</li>`,
  )}</ol></nav>`;
}

export const articlesOf = (archive: Archive, ids: string[]): ArchiveArticle[] =>
  ids.map((id) => archive.byId.get(id)).filter((a): a is ArchiveArticle => a !== undefined);

/** The body of one page of a person's or a tag's list: how many in all, this page's articles, the pager. */
export function listBody(archive: Archive, list: ListPage<{ articles: string[] }>, link: Linker): Raw {
  return html`<p>${list.of.articles.length} 篇，按日期从新到旧。</p>
<ol class="items" start="${list.first}">${articlesOf(archive, list.ids).map((a) => articleItem(a, link, { date: true }))}</ol>
${listPager(list, link)}`;
}

/** Where a page of a long list is, with links to its neighbours: `上一页 · 第 2 / 7 页 · 下一页`. */
function listPager(lp: { n: number; count: number; prev: string | null; next: string | null }, link: Linker): Raw | string {
  if (lp.count === 1) return '';
  return html`<nav class="pager" aria-label="分页">
  ${lp.prev ? html`<a rel="prev" href="${link(lp.prev)}">上一页</a>` : html`<span class="none">上一页</span>`}
  <span>第 ${lp.n} / ${lp.count} 页</span>
  ${lp.next ? html`<a rel="next" href="${link(lp.next)}">下一页</a>` : html`<span class="none">下一页</span>`}
</nav>`;
}

/** `（第 2 页）` after a title, for the pages of a list after the first. */
export const pageSuffix = (n: number): string => (n > 1 ? `（第 ${n} 页）` : '');
