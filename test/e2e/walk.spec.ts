/**
 * A reader's walk through the e-paper: home → calendar → a day → a page → an
 * article → 下一篇 → the reporter → a tag → back; each screen checked for what it
 * shows, for accessibility (axe: no serious or critical violation), and kept as
 * screenshots at phone and desktop widths.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';

/** axe in the light and the dark colour scheme: a reader's system may ask for either. */
async function axe(page: Page, what: string): Promise<void> {
  const bad: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const result = await new AxeBuilder({ page }).analyze();
    for (const v of result.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
      bad.push(`${what} (${colorScheme}): ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect(bad).toEqual([]);
}

async function shoot(page: Page, info: TestInfo, name: string): Promise<void> {
  for (const [label, width] of [['phone', 360], ['desktop', 1280]] as const) {
    await page.setViewportSize({ width, height: 900 });
    const path = info.outputPath(`${name}-${label}.png`);
    await page.screenshot({ path, fullPage: false });
    await info.attach(`${name}-${label}`, { path, contentType: 'image/png' });
    // Nothing is wider than the screen on a phone.
    if (label === 'phone') expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function visit(page: Page, info: TestInfo, name: string): Promise<void> {
  await axe(page, name);
  await shoot(page, info, name);
}

test('home → calendar → day → page → article → next → reporter → tag → back', async ({ page }, info) => {
  await page.goto('./');
  await expect(page.locator('.span')).toContainText('收录');
  await expect(page.locator('.latest h1')).toContainText('最新一期');
  await visit(page, info, '01-home');

  await page.getByRole('link', { name: '往期回顾' }).first().click();
  await expect(page.locator('h1')).toHaveText('往期回顾');
  await visit(page, info, '02-calendar');

  await page.getByRole('link', { name: '2020年' }).click();
  await expect(page.locator('h1')).toHaveText('2020年');
  // Days with an issue are links, the others are not.
  await expect(page.locator('td.has a')).toHaveCount(4);
  await expect(page.locator('table.month td:not(.has) a')).toHaveCount(0);
  await visit(page, info, '03-year');

  await page.locator('td.has a', { hasText: '17' }).first().click();
  await expect(page.locator('h1')).toHaveText('2020年1月17日 星期五');
  await visit(page, info, '04-day');

  await page.locator('.issue-page h2 a').first().click();
  await expect(page.locator('h1')).toContainText('第1版');
  await expect(page.locator('.items .item')).toHaveCount(7);
  await visit(page, info, '05-page');

  await page.locator('.items .item-title').first().click();
  await expect(page.locator('h1.headline')).toHaveText('军民鱼水情深 共建美好家园');
  await expect(page.locator('.deck')).toHaveText('示范区领导走访慰问驻焦部队和武警官兵');
  await expect(page.locator('.byline')).toContainText('记者 郭树勋');
  await expect(page.locator('.meta time').first()).toHaveText('2020年1月16日');
  await expect(page.locator('.citation')).toContainText('郭树勋. 军民鱼水情深 共建美好家园[N/OL].');
  // The reader's day fills in GB/T 7714's 引用日期.
  await expect(page.locator('.citation')).toContainText(/\[\d{4}-\d{2}-\d{2}\]\. http/);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: '复制引用' }).click();
  await expect(page.getByRole('button', { name: '已复制' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/军民鱼水情深 共建美好家园\[N\/OL\].*\[\d{4}-\d{2}-\d{2}\]/);
  await page.locator('.original summary').click();
  await expect(page.locator('.source-lines')).toContainText('本报讯（记者郭树勋）');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd['@type']).toBe('NewsArticle');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', '军民鱼水情深 共建美好家园');
  await visit(page, info, '06-article');

  await page.getByRole('link', { name: /^下一篇/ }).click();
  await expect(page.locator('h1.headline')).toContainText('原文无标题');
  await expect(page.locator('.derived-note')).toBeVisible();
  await visit(page, info, '07-next-article-derived-title');

  await page.locator('.byline a').first().click();
  await expect(page.locator('h1')).toContainText('郭树勋');
  await expect(page.locator('.items .item').first()).toBeVisible();
  await visit(page, info, '08-reporter');

  await page.goBack();
  const tag = page.locator('.tags .tag').first();
  const tagName = (await tag.innerText()).trim();
  await tag.click();
  await expect(page.locator('h1')).toHaveText(`主题：${tagName}`);
  await visit(page, info, '09-tag');

  await page.goBack();
  await expect(page.locator('.tags .tag').first()).toHaveText(tagName);
});

test('the search page with results, and the 404 page, are accessible', async ({ page }, info) => {
  await page.goto('search/?q=沁泉湖&sort=newest');
  await expect(page.locator('#search-status')).toContainText('找到');
  await expect(page.locator('#search-sort')).toHaveValue('newest');
  // The filters show how many results each value has; choosing one narrows the results and the address.
  await page.locator('#search-filters summary').click();
  const news = page.locator('#search-facets input[name="kind"][value="消息"]');
  await expect(news).toBeVisible();
  const label = (await page.locator('#search-facets label', { has: page.locator('input[name="kind"][value="消息"]') }).innerText()).trim();
  const count = Number(/\((\d+)\)/.exec(label)?.[1]);
  expect(count).toBeGreaterThan(0);
  await news.check();
  await expect(page).toHaveURL(/kind=%E6%B6%88%E6%81%AF/);
  await expect(page.locator('#search-status')).toContainText(`找到 ${count} 篇`);
  await expect(page.locator('#search-results .kind')).toHaveText(Array(count).fill('消息'));
  await visit(page, info, '10-search');
  await page.goto('people/');
  await visit(page, info, '11-people');
  await page.goto('tags/');
  await visit(page, info, '12-tags');
  await page.goto('2020/01/');
  await visit(page, info, '13-month');
  await page.goto('nothing-here/');
  await visit(page, info, '14-404');
});
