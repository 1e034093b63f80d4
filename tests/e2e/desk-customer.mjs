// A web chat customer speaking Direct Line 3.0 REST to the hub (start, post, poll with watermarks).
export class DirectLineCustomer {
  constructor(url, secret) {
    this.url = url;
    this.secret = secret;
    this.watermark = undefined;
    this.received = [];
  }

  async start() {
    const response = await fetch(`${this.url}/v3/directline/conversations`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: 'dl_desk_customer' } }),
    });
    if (!response.ok) throw new Error(`start conversation: ${response.status} ${await response.text()}`);
    const body = await response.json();
    this.conversationId = body.conversationId;
    this.token = body.token;
    return this.conversationId;
  }

  async say(text) {
    const response = await fetch(`${this.url}/v3/directline/conversations/${encodeURIComponent(this.conversationId)}/activities`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', from: { id: 'dl_desk_customer', role: 'user' }, text, locale: 'zh-CN' }),
    });
    if (!response.ok) throw new Error(`post activity: ${response.status} ${await response.text()}`);
  }

  /** Waits until the hub has sent the customer a message matching `predicate`; polls GET activities with the watermark. */
  async waitFor(predicate, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(a => a.from?.role !== 'user' && a.type === 'message' && predicate(a.text ?? ''));
      if (found) return found;
      if (Date.now() > deadline) {
        throw new Error(`no matching message within ${timeoutMs} ms; received: ${JSON.stringify(this.received.map(a => a.text))}`);
      }
      const query = this.watermark === undefined ? '' : `?watermark=${encodeURIComponent(this.watermark)}`;
      const response = await fetch(`${this.url}/v3/directline/conversations/${encodeURIComponent(this.conversationId)}/activities${query}`, {
        headers: { Authorization: `Bearer ${this.token}` },
      });
      if (!response.ok) throw new Error(`get activities: ${response.status}`);
      const body = await response.json();
      this.received.push(...body.activities);
      this.watermark = body.watermark ?? this.watermark;
      if (body.activities.length === 0) await new Promise(r => setTimeout(r, 250)); // Direct Line polling interval
    }
  }
}
