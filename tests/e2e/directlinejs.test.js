// Microsoft's botframework-directlinejs against the hub, over WebSocket and over polling (§3.3).
'use strict';
// The library expects browser globals; without the XHR polyfill it stays "Connecting" forever (§3.3).
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');

const test = require('node:test');
const assert = require('node:assert/strict');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');
const { startHub, generateToken, MENU_ITEM } = require('./hub');

let hub;
test.before(async () => { hub = await startHub(); });
test.after(async () => { await hub?.stop(); });

function waitFor(observable, predicate, what, timeoutMs = 20000) {
  return new Promise((resolve, reject) => {
    let subscription;
    const timer = setTimeout(() => {
      subscription?.unsubscribe();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    subscription = observable.subscribe({
      next: (value) => {
        if (predicate(value)) {
          clearTimeout(timer);
          subscription?.unsubscribe();
          resolve(value);
        }
      },
      error: (error) => { clearTimeout(timer); reject(error); },
    });
  });
}

// Web chat shows the menu as suggested-action buttons; text-only channels get it as a numbered list.
const offersMenu = (activity) =>
  (activity.text ?? '').includes(MENU_ITEM) || (activity.suggestedActions?.actions ?? []).some((action) => action.title === MENU_ITEM);

for (const webSocket of [true, false]) {
  test(`directlinejs ${webSocket ? 'WebSocket' : 'polling'}: 你好 is echoed and answered with the menu`, async () => {
    const { token } = await generateToken(hub);
    const directLine = new DirectLine({ token, domain: `${hub.url}/v3/directline`, webSocket, pollingInterval: 300 });
    try {
      // The library only connects once activity$ has a subscriber, so listen before waiting for Online.
      const clientActivityID = `e2e-${Date.now()}`;
      const echo = waitFor(directLine.activity$, (a) => a.channelData?.clientActivityID === clientActivityID && a.id, 'the echo');
      const reply = waitFor(directLine.activity$, (a) => a.from?.role === 'bot' && offersMenu(a), 'the menu reply');
      await waitFor(directLine.connectionStatus$, (s) => s === ConnectionStatus.Online, 'Online');

      const id = await new Promise((resolve, reject) => {
        directLine.postActivity({
          type: 'message', text: '你好', locale: 'zh-CN', from: { id: 'e2e-user', role: 'user' }, channelData: { clientActivityID },
        }).subscribe({ next: resolve, error: reject });
      });

      const echoed = await echo;
      assert.equal(echoed.id, id);
      assert.equal(echoed.text, '你好');
      const answered = await reply;
      assert.equal(answered.replyToId, id);
    } finally {
      directLine.end();
    }
  });
}
