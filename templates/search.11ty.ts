/** The search page: the form, filters and results; the script does the searching in the browser. */
import { html } from './_includes/html.ts';
import { layout } from './_includes/layout.ts';
import { crumbs, linker } from './_includes/parts.ts';
import { once, type Data } from './_includes/site.ts';

export const data = { permalink: once('/search/') };

export function render(d: Data): string {
  const { site } = d;
  const url = '/search/';
  const link = linker(url, site);
  const body = html`${crumbs([['首页', '/'], ['全文检索', null]], link)}
<h1>全文检索</h1>
<form id="search-form" class="search-form" role="search" action="./" method="get">
  <label for="search-q">检索词</label>
  <input id="search-q" name="q" type="search" autocomplete="off" placeholder="人名、地名、词语，可用空格分隔多个词">
  <fieldset class="filters">
    <legend>筛选（按刊发日期）</legend>
    <label>从 <input type="date" name="from" id="search-from"></label>
    <label>至 <input type="date" name="to" id="search-to"></label>
    <label>排序 <select name="sort" id="search-sort">
      <option value="relevance">相关度</option>
      <option value="newest">最新在前</option>
      <option value="oldest">最早在前</option>
    </select></label>
  </fieldset>
  <details id="search-filters" class="facets-panel">
    <summary>按体裁、年份、月份、作者筛选（显示各项篇数）</summary>
    <div id="search-facets" class="facets"><p>载入中…</p></div>
  </details>
  <button type="submit">搜索</button>
</form>
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="results"></ol>
<noscript><p>全文检索需要启用 JavaScript；也可以从<a href="${link('/calendar/')}">往期回顾</a>按日期浏览。</p></noscript>
<link rel="preload" href="${link('/pagefind/shards.json')}" as="fetch" crossorigin>
<link rel="modulepreload" href="${link('/pagefind/start/pagefind.js')}">
<link rel="modulepreload" href="${link('/assets/search-normalize.js')}">
<script type="module" src="${link('/assets/search.js')}"></script>`;
  return layout({ site, url, title: '全文检索', body, kind: 'page-search' });
}
