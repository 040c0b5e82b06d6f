/** The same build deployed under /archive/: every link, asset and the search work there. */
import { expect, test } from '@playwright/test';

test('a reader clicks through the archive served under /archive/', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('./');
  expect(new URL(page.url()).pathname).toBe('/archive/');
  // The stylesheet loaded: the masthead is set in the accent colour.
  const colour = await page.locator('.brand').evaluate((e) => getComputedStyle(e).color);
  expect(colour).not.toBe('rgb(0, 0, 0)');

  await page.getByRole('link', { name: '往期回顾' }).first().click();
  await expect(page.locator('h1')).toHaveText('往期回顾');
  await page.locator('.cal-year h2 a').first().click();
  await page.locator('td.has a').first().click();
  await expect(page).toHaveURL(/\/archive\/\d{4}\/\d{2}\/\d{2}\/$/);
  await page.locator('.issue-page h2 a').first().click();
  await expect(page).toHaveURL(/\/archive\/\d{4}\/\d{2}\/\d{2}\/p\d{2}\/$/);
  await page.locator('.items .item-title').first().click();
  await expect(page.locator('.article .body')).toBeVisible();
  expect(new URL(page.url()).pathname.startsWith('/archive/')).toBe(true);

  await page.locator('.searchbox input').fill('沁泉湖');
  await page.locator('.searchbox input').press('Enter');
  await expect(page).toHaveURL(/\/archive\/search\/\?q=/);
  await expect(page.locator('#search-status')).toContainText('找到');
  await page.locator('#search-results .result-title').first().click();
  await expect(page.locator('mark.hl').first()).toHaveText('沁泉湖');
  expect(new URL(page.url()).pathname.startsWith('/archive/')).toBe(true);
  expect(failed).toEqual([]);
});

test('an unknown address under /archive/ gets the 404 page with working links', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('页面不存在');
  await page.getByRole('link', { name: '首页' }).click();
  expect(new URL(page.url()).pathname).toBe('/archive/');
});

test('feed and sitemap give addresses under /archive/', async ({ request, page }) => {
  const feed = await (await request.get('feed.xml')).text();
  // npm start gives the address it serves at, when no --site-url is given.
  expect(feed).toMatch(/<link href="http:\/\/localhost:4174\/archive\/\d{4}\//);
  // A well-formed Atom feed with what RFC 4287 requires of a feed and of each entry.
  const shape = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const atom = 'http://www.w3.org/2005/Atom';
    const root = doc.documentElement;
    const entries = Array.from(doc.getElementsByTagNameNS(atom, 'entry'));
    const has = (el: Element, name: string) => el.getElementsByTagNameNS(atom, name).length > 0;
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: `${root.namespaceURI} ${root.localName}`,
      feed: ['id', 'title', 'updated', 'author'].every((n) => has(root, n)),
      entries: entries.length,
      complete: entries.every((e) => ['id', 'title', 'updated', 'link'].every((n) => has(e, n))),
    };
  }, feed);
  expect(shape).toEqual({ error: 0, root: 'http://www.w3.org/2005/Atom feed', feed: true, entries: 40, complete: true });
  // sitemap.xml is the index of the sitemap files, which sit beside it (a sitemap lists only addresses below its folder).
  const index = await (await request.get('sitemap.xml')).text();
  expect(index).toContain('<sitemap><loc>http://localhost:4174/archive/sitemap-1.xml</loc></sitemap>');
  const sitemap = await (await request.get('sitemap-1.xml')).text();
  expect(sitemap).toContain('<loc>http://localhost:4174/archive/search/</loc>');
});
