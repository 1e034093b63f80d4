// The agent desk end to end (issue 6): a customer on the hub's own chat page asks for 人工, agent1 claims and answers in the desk page
// in a real browser, the customer answers back, the agent links the chat to the customer's record by mobile and closes,
// and the bot's satisfaction survey asks its first question and takes the customer's score.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startHub, deskPassword } from './desk-hub.mjs';

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

test('CustomerAsksForAPersonAndAgentClaimsRepliesAndClosesAndTheBotRunsTheSurvey', async () => {
  // The customer: the hub's own chat page at /, in a Chinese browser.
  const chat = await browser.newPage({ locale: 'zh-CN' });
  await chat.goto(`${hub.url}/`);
  await chat.waitForFunction(() => document.getElementById('status').textContent === '在线');
  const say = async text => {
    await chat.fill('#input', text);
    await chat.press('#input', 'Enter');
  };
  const hears = text => chat.locator('#transcript li.bot', { hasText: text }).waitFor();
  await say('人工');
  await hears('人工客服');

  // The agent: the desk at /desk, in another browser context.
  const desk = await browser.newPage();
  await desk.goto(`${hub.url}/desk/`);
  await desk.fill('#username', 'agent1');
  await desk.fill('#password', deskPassword);
  await desk.click('#signin-button');
  await desk.locator('#connection[data-state="Connected"]').waitFor(); // SignalR state, not the text: "disconnected" contains "connected"

  const entry = desk.locator('.queue-item.mode-queued', { hasText: 'webchat' });
  await entry.waitFor();
  assert.match(await entry.textContent(), /客户要求/);
  await entry.click();
  await desk.click('#claim');
  await desk.locator('#composer:enabled').waitFor();

  const reply = '您好，我是客服，请问您的车辆有什么问题？';
  await desk.fill('#composer', reply);
  await desk.press('#composer', 'Enter');
  await hears(reply);

  await say('刹车有点异响，想预约检查');
  await desk.locator('#transcript .from-customer', { hasText: '刹车有点异响' }).waitFor();

  // The web chat visitor is anonymous until the agent links the customer record they name (a demo customer's mobile).
  await desk.fill('#link-mobile', '13900000001');
  await desk.press('#link-mobile', 'Enter');
  await desk.locator('#customer h3', { hasText: '车辆' }).waitFor();

  await desk.selectOption('#outcome', 'resolved');
  await desk.click('#close');
  await hears('本次人工服务已结束');
  await hears('总体满意度');
  await desk.locator('.queue-item', { hasText: 'webchat' }).waitFor({ state: 'detached' });

  // The bot owns the conversation again: the score is the survey's answer, and the survey goes on to its next question.
  await say('5');
  await hears('服务顾问');
});

test('AgentPicksALiveConversationFromTheBotAndAnswersIt', async () => {
  const chat = await browser.newPage({ locale: 'zh-CN' });
  await chat.goto(`${hub.url}/`);
  await chat.waitForFunction(() => document.getElementById('status').textContent === '在线');
  await chat.fill('#input', '请问二手车置换有什么优惠');
  await chat.press('#input', 'Enter');
  await chat.locator('#transcript li.bot').first().waitFor();

  const desk = await browser.newPage();
  await desk.goto(`${hub.url}/desk/`);
  await desk.fill('#username', 'agent2');
  await desk.fill('#password', deskPassword);
  await desk.click('#signin-button');
  await desk.locator('#connection[data-state="Connected"]').waitFor();

  // The live list is re-read on every change the hub pushes; the customer's row carries the rule-based summary.
  const row = desk.locator('.live-item.mode-bot', { hasText: '二手车置换' });
  await row.waitFor();
  await row.locator('button.pick').click();
  await desk.locator('#composer:enabled').waitFor();

  const reply = '您好，置换方面我来为您介绍。';
  await desk.fill('#composer', reply);
  await desk.press('#composer', 'Enter');
  await chat.locator('#transcript li', { hasText: reply }).waitFor();
  assert.equal(await desk.locator('#funnel').isVisible(), false); // the campaign funnel is for supervisors only
});

test('SupervisorSeesTheCampaignFunnelOfTheDemoCampaigns', async () => {
  const desk = await browser.newPage();
  await desk.goto(`${hub.url}/desk/`);
  await desk.fill('#username', 'lead1');
  await desk.fill('#password', deskPassword);
  await desk.click('#signin-button');
  await desk.locator('#connection[data-state="Connected"]').waitFor();

  const row = desk.locator('#funnel .funnel-row', { hasText: '首保提醒' });
  await row.waitFor();
  assert.match(await row.textContent(), /first-maintenance/);
  assert.equal(await row.locator('td').count(), 7); // the campaign, then targeted → sent → delivered → replied → booked → visited
});

test('DeskApiRefusesAnUnauthenticatedBrowserWith401', async () => {
  const response = await fetch(`${hub.url}/api/desk/queue`);
  assert.equal(response.status, 401);
});
