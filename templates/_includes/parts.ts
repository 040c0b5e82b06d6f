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
  if (t.length <= max) return t;
  // Characters, not UTF-16 units; a long paragraph is not cut up whole.
  const chars = [...t.slice(0, 2 * max)];
  return chars.length > max ? chars.slice(0, max).join('') + '…' : t;
}

export function titleHtml(a: ArchiveArticle): Raw {
  return a.titleDerived ? html`<span class="derived" title="原文无标题，取自导语">${a.title}</span>` : html`${a.title}`;
}

export function articleItem(a: ArchiveArticle, link: Linker, opts: { date?: boolean } = {}): Raw {
  return html`<li class="item item-${a.kind}">
  <a class="item-title" href="${link(a.url)}">${titleHtml(a)}</a>
  <span class="item-meta"><span class="kind kind-${a.kind}">${KIND_LABEL[a.kind]}</span>${opts.date ? html` · 刊于<time datetime="${a.issueDate ?? a.date ?? ''}">${zhDate(a.issueDate ?? a.date)}</time>` : ''}${a.people.length ? html` · ${a.people.map((p) => p.name).join(' ')}` : ''}</span>
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

/**
 * The body of one page of a person's or a tag's list, newest first, each article
 * numbered by its place counted from the oldest (a number that never changes):
 * on the first page how many in all and, below, every other page by its dates;
 * on the others which articles they hold and links to the pages either side.
 */
export function listBody(archive: Archive, list: ListPage<{ articles: string[] }>, link: Linker): Raw {
  const dateOf = (id: string) => {
    const a = archive.byId.get(id);
    return zhDate(a?.issueDate ?? a?.date);
  };
  const intro = list.n === 0 ? `${list.of.articles.length} 篇，按日期从新到旧。` : `第 ${list.from}–${list.to} 篇（从最早的一篇数起），按日期从新到旧。`;
  return html`<p>${intro}</p>
<ol class="items" reversed start="${list.to}">${articlesOf(archive, list.ids).map((a) => articleItem(a, link, { date: true }))}</ol>
${list.n === 0 ? '' : listPager(list, link)}
${list.pages.length === 0 ? '' : html`<nav class="list-pages" aria-labelledby="list-pages-h"><h2 id="list-pages-h">更早的文章</h2><ul>${list.pages.map(
    (p) => html`<li><a href="${link(p.url)}">第 ${p.n} 页</a> ${dateOf(p.oldest)}至${dateOf(p.newest)}</li>`,
  )}</ul></nav>`}`;
}

/** The pages either side of a full page of a list: `较新 · 第 101–200 篇 · 较早`. */
function listPager(lp: ListPage<unknown>, link: Linker): Raw {
  return html`<nav class="pager" aria-label="分页">
  ${lp.newer ? html`<a rel="prev" href="${link(lp.newer)}">较新</a>` : html`<span class="none">较新</span>`}
  <span>第 ${lp.from}–${lp.to} 篇</span>
  ${lp.older ? html`<a rel="next" href="${link(lp.older)}">较早</a>` : html`<span class="none">较早</span>`}
</nav>`;
}

/** The last crumbs of a list's page: the list, and on a full page, the page. */
export const listCrumbs = (name: string, list: ListPage<{ url: string }>): Array<[string, string | null]> =>
  list.n === 0 ? [[name, null]] : [[name, list.of.url], [`第 ${list.n} 页`, null]];

/** `（第 2 页）` after a title, for the full pages of a list (counted from the oldest). */
export const pageSuffix = (n: number): string => (n > 0 ? `（第 ${n} 页）` : '');

/**
 * An issue's pages (版面) in order, each with its articles, after a table of
 * them with jumps (`#p3`): an 8-page issue is read from its table, not scrolled.
 */
export function issuePages(archive: Archive, keys: string[], link: Linker): Raw {
  const pages = keys.map((k) => archive.pageByKey.get(k)).filter((p): p is ArchivePage => p !== undefined);
  return html`<nav class="toc" aria-label="本期版面"><ol>${pages.map(
    (p) => html`<li><a href="#p${p.number}">${pageName(p)}</a> <small>${p.articles.length}篇</small></li>`,
  )}</ol></nav>
${pages.map(
  (p) => html`<section class="issue-page" id="p${p.number}">
  <h2><a href="${link(p.url)}">${pageName(p)}</a></h2>
  <ol class="items">${articlesOf(archive, p.articles).map((a) => articleItem(a, link))}</ol>
</section>`,
)}`;
}
