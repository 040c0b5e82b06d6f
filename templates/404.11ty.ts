/** Not found: served by static hosts for unknown paths. Links are root-relative to the base, since the URL is unknown. */
import { html } from './_includes/html.ts';
import { once, type Data } from './_includes/site.ts';

export const data = { permalink: once('/404.html') };

export function render(d: Data): string {
  const { site } = d;
  // A 404 page is served at any depth, so relative links cannot work: use the base path.
  const to = (p: string) => `${site.base}${p.replace(/^\//, '')}${site.fileUrls && p.endsWith('/') ? 'index.html' : ''}`;
  return (
    '<!DOCTYPE html>\n' +
    html`<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>页面不存在 - ${site.title}</title><link rel="stylesheet" href="${to('/assets/site.css')}"></head>
<body class="page-404">
<header class="masthead"><a class="brand" href="${to('/')}">${site.title}</a></header>
<main id="main"><h1>页面不存在</h1>
<p>您要找的页面不在本档案中。可以回到<a href="${to('/')}">首页</a>，从<a href="${to('/calendar/')}">往期回顾</a>按日期查找，或<a href="${to('/search/')}">全文检索</a>。</p></main>
</body></html>
`.html
  );
}
