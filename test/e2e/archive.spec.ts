import { expect, test } from '@playwright/test';

test('a reader opens the home page, follows an article and finds it again by search', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle(/报库/);
  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  const first = page.locator('.latest .item-title').first();
  const title = (await first.innerText()).trim();
  await first.click();
  await expect(page.locator('.article header')).toContainText(title.split(/\s/)[0] ?? title);
  await expect(page.locator('.article .body p').first()).toBeVisible();

  await page.goto('search/?q=沁泉湖');
  await expect(page.locator('#search-status')).toContainText('找到');
  const results = page.locator('#search-results .result');
  expect(await results.count()).toBeGreaterThan(0);
  for (const text of await results.locator('.result-title').allInnerTexts()) expect(text.length).toBeGreaterThan(0);
  await results.first().locator('a').click();
  await expect(page.locator('.article .body')).toContainText('沁泉湖');
});

test('a printed article gives its address and no button', async ({ page }) => {
  await page.goto('./');
  await page.locator('.latest .item-title').first().click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('button.copy')).toBeHidden();
  const address = page.locator('.print-url');
  await expect(address).toBeVisible();
  await expect(address).toContainText(page.url().replace(/[?#].*$/, ''));
});

test('a search whose filters exclude every article says the filters did it', async ({ page }) => {
  // The seed pages are of 2020 and 2021: an empty date range leaves nothing of the articles holding the word.
  await page.goto('search/?q=沁泉湖&from=1990-01-01&to=1990-12-31');
  await expect(page.locator('#search-status')).toContainText(/有 \d+ 篇文章包含“沁泉湖”，但都不符合所选的筛选条件/);
});

test('往期回顾 shows the newest year as a calendar and a date picker that opens the nearest issue', async ({ page }) => {
  await page.goto('calendar/');
  await expect(page.locator('.cal-newest table.month').first()).toBeVisible();
  const form = page.locator('form.date-pick');
  await expect(form).toBeVisible();
  // A day with no paper opens the nearest issue before it.
  const last = await form.locator('input[type=date]').getAttribute('max');
  await form.locator('input[type=date]').fill(last ?? '');
  await form.locator('button').click();
  await expect(page).toHaveURL(new RegExp(`/${(last ?? '').replace(/-/g, '/')}/$`));
});
