// Microsoft's botframework-webchat bundle, served by this test (never committed), against the hub (§3.4).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { startHub, generateToken, MENU_ITEM } = require('./hub');
const { launchChromium } = require('./browser');

const bundle = path.join(__dirname, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js');

const page = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Web Chat e2e</title>
<style>html, body, #webchat { height: 100%; margin: 0; }</style></head>
<body><div id="webchat" role="main"></div>
<script src="/webchat.js"></script>
<script>
  const params = new URLSearchParams(location.search);
  window.WebChat.renderWebChat({
    directLine: window.WebChat.createDirectLine({ token: params.get('token'), domain: params.get('domain') }),
    userID: 'e2e-webchat-user',
    locale: 'zh-CN',
  }, document.getElementById('webchat'));
</script></body></html>`;

function servePage() {
  const server = http.createServer((request, response) => {
    if (request.url.startsWith('/webchat.js')) {
      response.writeHead(200, { 'Content-Type': 'text/javascript' });
      fs.createReadStream(bundle).pipe(response);
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(page);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let hub;
let server;
let browser;
test.before(async () => {
  [hub, server, browser] = await Promise.all([startHub(), servePage(), launchChromium()]);
});
test.after(async () => {
  await browser?.close();
  server?.close();
  await hub?.stop();
});

test('botframework-webchat in Chromium: typing 你好 shows the bot reply and no send failure', async () => {
  const { token } = await generateToken(hub);
  const tab = await browser.newPage({ locale: 'zh-CN' });
  const console = [];
  tab.on('console', (message) => console.push(message.text()));
  const query = new URLSearchParams({ token, domain: `${hub.url}/v3/directline` });
  await tab.goto(`http://127.0.0.1:${server.address().port}/?${query}`);

  const input = tab.locator('[data-id="webchat-sendbox-input"]');
  await input.waitFor({ timeout: 30000 });
  await input.fill('你好');
  await input.press('Enter');

  await tab.waitForFunction((text) => document.body.innerText.includes(text), MENU_ITEM, { timeout: 30000 })
    .catch(async (error) => {
      error.message += `\n--- page ---\n${await tab.innerText('body')}\n--- console ---\n${console.join('\n')}`;
      throw error;
    });
  const transcript = await tab.innerText('body');
  assert.ok(transcript.includes('你好'), 'the user message is in the transcript');
  assert.ok(!/send failed|发送失败|无法发送/i.test(transcript), `no send failure:\n${transcript}`);
  await tab.close();
});
