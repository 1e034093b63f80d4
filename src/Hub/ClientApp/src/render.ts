import type { AgentView, CampaignFunnel, ConversationView, CustomerPanel, QueueItem } from './api';
import { $, el, minutes, reasons } from './dom';

export function renderQueue(items: QueueItem[], open: (item: QueueItem) => void): void {
  const list = $('queue');
  list.replaceChildren(...items.map(item => {
    const row = el('li', null, `queue-item mode-${item.mode}`);
    row.dataset.channel = item.channel;
    row.dataset.userId = item.userId;
    row.append(
      el('strong', item.customerName ?? item.userId),
      el('span', `${item.channel} · ${reasons[item.reason] ?? item.reason}`, 'muted'),
      el('span', item.mode === 'queued' ? `等待 waiting ${minutes(item.waitingSeconds)}` : `坐席 agent: ${item.agent}`, 'muted'),
      el('span', item.summary, 'summary'));
    row.addEventListener('click', () => open(item));
    return row;
  }));
  if (items.length === 0) list.append(el('li', '队列为空 Queue is empty', 'muted'));
}

export function renderAgents(agents: AgentView[]): void {
  $('agents').replaceChildren(...agents.map(a =>
    el('li', `${a.displayName} (${a.userName}, ${a.role}) · ${a.online ? '在线 online' : '离线 offline'} · ${a.load}`, a.online ? 'online' : 'offline')));
}

// Supervisors only: targeted → sent → delivered → replied → booked → visited per campaign (issue 7).
export function renderFunnel(campaigns: CampaignFunnel[]): void {
  $('funnel').querySelector('tbody')!.replaceChildren(...campaigns.map(c => {
    const row = el('tr', null, 'funnel-row');
    row.dataset.campaignId = String(c.id);
    const name = el('td');
    name.append(el('strong', c.name), el('span', ` ${c.kind} · ${c.status}`, 'muted'));
    row.append(name, ...[c.funnel.targeted, c.funnel.sent, c.funnel.delivered, c.funnel.replied, c.funnel.booked, c.funnel.visited].map(n => el('td', String(n))));
    return row;
  }));
}

// Agents get only the bot's conversations here; "接管" picks one, which the server allows while it is still the bot's.
export function renderLive(items: QueueItem[], open: (item: QueueItem) => void, pick: (item: QueueItem) => void): void {
  const list = $('live');
  list.replaceChildren(...items.map(item => {
    const row = el('li', null, `live-item mode-${item.mode}`);
    row.dataset.channel = item.channel;
    row.dataset.userId = item.userId;
    row.append(
      el('strong', `${item.channel}:${item.userId}`),
      el('span', `${item.mode}${item.agent ? ` · ${item.agent}` : ''} · ${minutes(item.waitingSeconds)}`, 'muted'),
      el('span', item.summary, 'summary'));
    if (item.mode === 'bot') {
      const button = el('button', '接管 Pick', 'pick');
      button.type = 'button';
      button.addEventListener('click', event => { event.stopPropagation(); pick(item); });
      row.append(button);
    }
    row.addEventListener('click', () => open(item));
    return row;
  }));
  if (items.length === 0) list.append(el('li', '暂无 None', 'muted'));
}

export function renderConversation(view: ConversationView, me: string): void {
  $('conversation').hidden = false;
  $('conversation-title').textContent = `${view.panel.customer?.name ?? view.userId} · ${view.channel} · ${view.mode}${view.agent ? ` · ${view.agent}` : ''}`;
  $('conversation-summary').textContent = [view.reason ? reasons[view.reason] ?? view.reason : '', view.summary ?? ''].filter(Boolean).join(' — ');
  const transcript = $('transcript');
  transcript.replaceChildren(...view.transcript.map(line => {
    const item = el('li', null, `line from-${line.from}`);
    item.append(el('span', line.from === 'agent' ? line.agent ?? 'agent' : line.from, 'who'), el('span', line.text, 'text'));
    if (line.deliveryStatus && line.deliveryStatus !== 'accepted') item.append(el('span', line.deliveryStatus, 'error'));
    return item;
  }));
  transcript.scrollTop = transcript.scrollHeight;
  const mine = view.mode === 'agent' && view.agent === me;
  $<HTMLTextAreaElement>('composer').disabled = !mine;
  $('claim').hidden = view.mode !== 'queued';
  for (const id of ['transfer', 'transfer-to', 'close', 'outcome']) $(id).hidden = view.mode === 'bot';
  renderCustomer(view.panel, mine);
}

function renderCustomer(panel: CustomerPanel, mine: boolean): void {
  const aside = $('customer');
  aside.hidden = false;
  if (!panel.customer) {
    aside.replaceChildren(el('h2', '客户 Customer'), el('p', '未关联客户档案 Not linked to a customer record', 'muted'));
    if (mine) aside.append(linkForm());
    return;
  }

  const c = panel.customer;
  aside.replaceChildren(
    el('h2', c.name),
    el('p', `${c.mobile ?? ''} · ${c.language}`),
    el('h3', '车辆 Vehicles'),
    list(panel.vehicles.map(v => `${v.plate} ${v.model} · ${v.vin} · ${v.odometer ?? '?'} km`)),
    el('p', `上次保养 Last service: ${panel.lastService ?? '—'}`),
    el('h3', '未结投诉 Open complaints'),
    list(panel.openComplaints.map(t => `${t.ticketNumber} · ${t.category} · ${t.severity} · ${t.status}`)),
    el('h3', '预约 Upcoming appointments'),
    list(panel.upcomingAppointments.map(a => `${new Date(a.startsAt).toLocaleString()} · ${a.serviceType} · ${a.plate}`)));
}

// Submitted to main.ts's listener on #customer: the agent links the chat to the record the customer names by mobile.
function linkForm(): HTMLFormElement {
  const form = el('form');
  form.id = 'link-form';
  const mobile = el('input');
  mobile.id = 'link-mobile';
  mobile.placeholder = '客户手机号 Customer mobile';
  mobile.required = true;
  const button = el('button', '关联客户 Link customer');
  button.type = 'submit';
  form.append(mobile, button);
  return form;
}

function list(lines: string[]): HTMLElement {
  const ul = el('ul');
  ul.append(...(lines.length ? lines : ['—']).map(line => el('li', line)));
  return ul;
}
