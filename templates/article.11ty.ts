/** One page per article: /YYYY/MM/DD/<id>/ */
import type { ArchiveArticle } from '../src/archive/index.ts';
import { ACCESS_DATE, citation, KIND_LABEL, zhDate } from '../src/eleventy/format.ts';
import { absolute } from '../src/eleventy/urls.ts';
import { renderBody } from '../src/markdown.ts';
import { html, raw } from './_includes/html.ts';
import { layout } from './_includes/layout.ts';
import { bylineHtml, crumbs, headlineHtml, linker, pageName } from './_includes/parts.ts';
import type { Data } from './_includes/site.ts';

export const data = {
  pagination: { data: 'render.articles', size: 1, alias: 'article', addAllPagesToCollections: false },
  permalink: (d: { article: ArchiveArticle }) => d.article.url,
  eleventyComputed: {},
};

export function render(d: Data & { article: ArchiveArticle }): string {
  const { archive, site, article: a } = d;
  const link = linker(a.url, site);
  const page = archive.pageByKey.get(a.pageKey);
  const prev = a.prev ? archive.byId.get(a.prev) : undefined;
  const next = a.next ? archive.byId.get(a.next) : undefined;
  const paper = page?.paper ?? site.paper;
  const cite = citation(a, {
    paper,
    url: site.url ? absolute(site.url, site.base, a.url) : null,
    dateInferred: page?.issueDateSource === 'inferred',
    pageStated: page?.numberStated ?? false,
  });
  // Without the site's address there is no absolute one to give: no canonical link, og:url or JSON-LD url.
  const canonical = site.url ? absolute(site.url, site.base, a.url) : undefined;
  const description = a.body.find((b) => b.type === 'paragraph')?.text.slice(0, 120) ?? a.title;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    datePublished: a.issueDate ?? a.date ?? undefined,
    dateCreated: a.date ?? undefined,
    author: a.people.filter((p) => p.role !== 'photographer').map((p) => ({ '@type': 'Person', name: p.name })),
    publisher: paper ? { '@type': 'Organization', name: paper } : undefined,
    inLanguage: 'zh-CN',
    url: canonical,
    articleSection: page ? pageName(page) : undefined,
    keywords: a.keywords.length ? a.keywords.join(',') : undefined,
  };
  const head = html`${canonical ? html`<link rel="canonical" href="${canonical}">` : ''}
<meta property="og:type" content="article">
<meta property="og:title" content="${a.title}">
<meta property="og:description" content="${description}">
${canonical ? html`<meta property="og:url" content="${canonical}">` : ''}
<meta property="og:site_name" content="${site.title}">
<meta property="og:locale" content="zh_CN">
${a.issueDate ? html`<meta property="article:published_time" content="${a.issueDate}">` : ''}
<script type="application/ld+json">${raw(JSON.stringify(jsonLd).replace(/</g, '\\u003c'))}</script>`;
  const crumbTrail = crumbs(
    [
      ['首页', '/'],
      [zhDate(a.issueDate), archive.issueByDate.get(a.issueDate)?.url ?? null],
      [page ? pageName(page) : '版面', page?.url ?? null],
      [a.title, null],
    ],
    link,
  );
  const body = html`${crumbTrail}
<article class="article article-${a.kind}" data-article-id="${a.id}">
  <header>
    ${headlineHtml(a)}
    ${a.groupTitle ? html`<p class="group-title">组图：${a.groupTitle}</p>` : ''}
    <p class="meta"><span class="kind kind-${a.kind}">${KIND_LABEL[a.kind]}</span>
      ${a.date ? html` · <time datetime="${a.date}">${zhDate(a.date)}</time>${a.dateEnd ? html`至<time datetime="${a.dateEnd}">${zhDate(a.dateEnd)}</time>` : ''}` : ''}
      · 刊于 <a href="${link(page?.url ?? '/')}">${zhDate(a.issueDate)} ${page ? pageName(page) : ''}</a></p>
    ${bylineHtml(a, link)}
    ${a.corrections?.length ? html`<p class="corrected" role="note">本文经过更正：${a.corrections.join('；')}</p>` : ''}
  </header>
  <div class="body${a.kind === 'photo' ? ' caption' : ''}">${raw(renderBody(a.body))}</div>
  ${a.keywords.length ? html`<p class="tags">主题：${a.keywords.map((k) => html`<a class="tag" href="${link(`/tags/${k}/`)}">${k}</a> `)}</p>` : ''}
  <nav class="pager" aria-label="本版文章">
    ${prev ? html`<a rel="prev" href="${link(prev.url)}">上一篇：${prev.title}</a>` : html`<span class="none">本版第一篇</span>`}
    ${next ? html`<a rel="next" href="${link(next.url)}">下一篇：${next.title}</a>` : html`<span class="none">本版最后一篇</span>`}
  </nav>
  <section class="cite" aria-labelledby="cite-h">
    <h2 id="cite-h">引用</h2>
    <p><code class="citation" id="citation">${cite.text.split(`[${ACCESS_DATE}]`).map((part, i) => (i === 0 ? html`${part}` : html`[<span data-today>${ACCESS_DATE}</span>]${part}`))}</code></p>
    ${cite.notes.length ? html`<ul class="cite-notes">${cite.notes.map((n) => html`<li>${n}</li>`)}</ul>` : ''}
    <p><button type="button" class="copy" data-copy="citation" hidden>复制引用</button></p>
    <details class="cite-formats"><summary>BibTeX · RIS</summary>
      <pre id="bibtex">${cite.bibtex}</pre>
      <pre id="ris">${cite.ris}</pre>
    </details>
    <p class="print-url">本文网址：<span data-here>${canonical ?? a.url}</span></p>
  </section>
  <details class="original">
    <summary>原文（${a.source.file} 第${a.source.start}–${a.source.end}行）</summary>
    <pre class="source-lines">${a.original.map((l) => html`<span class="ln" data-line="${l.no}">${String(l.no).padStart(4, ' ')}</span>  ${l.text}\n`)}</pre>
  </details>
</article>
<script type="module" src="${link('/assets/highlight.js')}"></script>`;
  return layout({ site, url: a.url, title: a.title, description, body, head, kind: 'page-article' });
}
