// The agent desk end to end (issue 6): a web chat customer asks for 人工, agent1 claims and answers in the desk page
// in a real browser, the customer answers back, the agent closes and the bot invites the customer to the survey.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startHub, deskPassword, directLineSecret } from './desk-hub.mjs';
import { DirectLineCustomer } from './desk-customer.mjs';

let hub;
let browser;

before(async () => {
  hub = await startHub();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'], // playwright adds a fresh --user-data-dir itself
  });
});

after(async () => {
  await browser?.close();
  await hub?.stop();
});

test('CustomerAsksForAPersonAndAgentClaimsRepliesAndClosesWithASurveyInvitation', async () => {
  const customer = new DirectLineCustomer(hub.url, directLineSecret);
  const conversationId = await customer.start();
  await customer.say('人工');
  await customer.waitFor(text => text.includes('人工客服'));

  const page = await browser.newPage();
  await page.goto(`${hub.url}/desk/`);
  await page.fill('#username', 'agent1');
  await page.fill('#password', deskPassword);
  await page.click('#signin-button');
  await page.locator('#connection[data-state="Connected"]').waitFor(); // SignalR state, not the text: "disconnected" contains "connected"

  const entry = page.locator(`.queue-item[data-user-id="${conversationId}"]`);
  await entry.waitFor();
  assert.match(await entry.textContent(), /webchat/);
  await entry.click();
  await page.click('#claim');
  await page.locator('#composer:enabled').waitFor();

  const reply = '您好，我是客服，请问您的车辆有什么问题？';
  await page.fill('#composer', reply);
  await page.press('#composer', 'Enter');
  await customer.waitFor(text => text === reply);

  await customer.say('刹车有点异响，想预约检查');
  await page.locator('#transcript .from-customer', { hasText: '刹车有点异响' }).waitFor();

  await page.selectOption('#outcome', 'resolved');
  await page.click('#close');
  await customer.waitFor(text => text.includes('评价'));
  await entry.waitFor({ state: 'detached' });
});

test('DeskApiRefusesAnUnauthenticatedBrowserWith401', async () => {
  const response = await fetch(`${hub.url}/api/desk/queue`);
  assert.equal(response.status, 401);
});
