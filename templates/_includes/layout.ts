/** The page shell: head, header with search box, main, footer. */
import { rel } from '../../src/eleventy/urls.ts';
import { html, raw, type Raw } from './html.ts';
import type { Site } from './site.ts';

export interface LayoutOptions {
  site: Site;
  /** This page's site path, for relative links. */
  url: string;
  title: string;
  description?: string;
  body: Raw;
  head?: Raw;
  /** Extra class on <body>, to let the stylesheet tell page kinds apart. */
  kind?: string;
}

export function layout(o: LayoutOptions): string {
  const link = (to: string) => rel(o.url, to, { fileUrls: o.site.fileUrls });
  const fullTitle = o.title === o.site.title ? o.title : `${o.title} - ${o.site.title}`;
  return (
    '<!DOCTYPE html>\n' +
    html`<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
${o.description ? html`<meta name="description" content="${o.description}">` : ''}
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${link('/assets/site.css')}">
${o.site.url ? html`<link rel="alternate" type="application/atom+xml" title="${o.site.title}" href="${link('/feed.xml')}">` : ''}
${o.head ?? ''}
</head>
<body class="${o.kind ?? ''}">
<a class="skip" href="#main">跳到正文</a>
<header class="masthead">
  <a class="brand" href="${link('/')}">${o.site.title}</a>
  <nav aria-label="主导航">
    <a href="${link('/calendar/')}">往期回顾</a>
    <a href="${link('/people/')}">作者</a>
    <a href="${link('/tags/')}">主题</a>
  </nav>
  <form class="searchbox" role="search" action="${link('/search/')}" method="get">
    <label for="q" class="visually-hidden">搜索</label>
    <input id="q" name="q" type="search" placeholder="搜索全文" autocomplete="off">
    <button type="submit">搜索</button>
  </form>
</header>
<main id="main">
${o.body}
</main>
<footer class="colophon">
  <p>${o.site.title} · <a href="${link('/search/')}">全文检索</a>${o.site.url ? html` · <a href="${link('/feed.xml')}">订阅</a>` : ''}</p>
</footer>
</body>
</html>
`.html
  ).replace(/[ \t]+$/gm, '');
}

export { raw };
