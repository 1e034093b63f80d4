// The hub's own chat page at / (plain JS over Direct Line), in Chromium.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { startHub, MENU_ITEM } = require('./hub');
const { launchChromium } = require('./browser');

let hub;
let browser;
test.before(async () => { [hub, browser] = await Promise.all([startHub(), launchChromium()]); });
test.after(async () => {
  await browser?.close();
  await hub?.stop();
});

test('own page: typing 你好 shows the echo and the bot menu', async () => {
  // The page picks its locale from the browser's language; a Chinese browser gets the Chinese menu.
  const tab = await browser.newPage({ locale: 'zh-CN' });
  await tab.goto(`${hub.url}/`);
  await tab.waitForFunction(() => document.getElementById('status').textContent === '在线', null, { timeout: 30000 });

  await tab.fill('#input', '你好');
  await tab.press('#input', 'Enter');

  // The menu arrives as suggested actions, which the page shows as buttons under the bot's greeting.
  await tab.locator('#actions button', { hasText: MENU_ITEM }).waitFor({ timeout: 30000 });
  assert.ok(await tab.locator('#transcript li.bot').count() >= 1);
  assert.equal(await tab.locator('#transcript li.user', { hasText: '你好' }).count(), 1);
  await tab.close();
});
