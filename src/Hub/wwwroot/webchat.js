// ContactHub's own web chat: plain Direct Line 3.0 over fetch and WebSocket (shared/reference/channel-protocols.md §3).
// The token comes from POST /webchat/token, so the Direct Line secret never reaches the browser.
(() => {
  'use strict';
  const api = `${location.origin}/v3/directline`;
  const locale = navigator.language && navigator.language.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
  const userId = `web_${Math.random().toString(36).slice(2, 10)}`;
  const transcript = document.getElementById('transcript');
  const actions = document.getElementById('actions');
  const statusLabel = document.getElementById('status');
  const seen = new Set();
  let token;
  let conversationId;
  let watermark = '';
  let socket;

  const setStatus = (text) => { statusLabel.textContent = text; };

  async function call(method, path, body) {
    const response = await fetch(`${api}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`${method} ${path}: ${response.status}`);
    }
    return response.json();
  }

  function render(activity) {
    // The same activity can arrive over the socket and a GET; Direct Line ids are unique per conversation.
    if (!activity.id || seen.has(activity.id) || activity.type !== 'message') {
      return;
    }
    seen.add(activity.id);
    const role = activity.from && activity.from.role === 'bot' ? 'bot' : 'user';
    const item = document.createElement('li');
    item.className = role;
    item.dataset.activityId = activity.id;
    const bubble = document.createElement('div');
    bubble.className = 'bubble';
    bubble.textContent = activity.text || '';
    item.appendChild(bubble);
    transcript.appendChild(item);
    transcript.scrollTop = transcript.scrollHeight;
    if (role === 'bot') {
      renderActions(activity.suggestedActions ? activity.suggestedActions.actions : []);
    }
  }

  function renderActions(list) {
    actions.replaceChildren(...(list || []).map((action) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = action.title;
      button.addEventListener('click', () => send(typeof action.value === 'string' ? action.value : action.title));
      return button;
    }));
  }

  function receive(set) {
    (set.activities || []).forEach(render);
    if (set.watermark) {
      watermark = set.watermark;
    }
  }

  function connect(streamUrl) {
    socket = new WebSocket(streamUrl);
    socket.onopen = () => setStatus('在线');
    socket.onmessage = (event) => { if (event.data) { receive(JSON.parse(event.data)); } };
    socket.onclose = (event) => {
      setStatus('重新连接…');
      if (event.reason !== 'collision') {
        setTimeout(reconnect, 3000);
      }
    };
  }

  async function reconnect() {
    try {
      const conversation = await call('GET', `/conversations/${conversationId}?watermark=${watermark}`);
      token = conversation.token;
      connect(conversation.streamUrl);
    } catch {
      setTimeout(reconnect, 5000);
    }
  }

  async function send(text) {
    if (!text.trim()) {
      return;
    }
    renderActions([]);
    await call('POST', `/conversations/${conversationId}/activities`, {
      type: 'message', text, locale, from: { id: userId, role: 'user' },
      channelData: { clientActivityID: `${Date.now()}-${Math.random().toString(36).slice(2)}` },
    });
    // Polling fallback for a socket that is not up: one GET after each send (§3.2 polling guidance).
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      receive(await call('GET', `/conversations/${conversationId}/activities?watermark=${watermark}`));
    }
  }

  async function start() {
    const issued = await (await fetch('/webchat/token', { method: 'POST' })).json();
    token = issued.token;
    const conversation = await call('POST', '/conversations', { user: { id: userId }, locale });
    conversationId = conversation.conversationId;
    token = conversation.token;
    connect(conversation.streamUrl);
    // Tokens live 30 minutes; refresh at half-life as directlinejs does (§3.3).
    setInterval(async () => { token = (await call('POST', '/tokens/refresh')).token; }, 15 * 60 * 1000);
  }

  document.getElementById('composer').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = document.getElementById('input');
    const text = input.value;
    input.value = '';
    send(text).catch(() => setStatus('发送失败'));
  });

  start().catch(() => setStatus('无法连接'));
})();
