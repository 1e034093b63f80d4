import './style.css';
import { api, ApiError, type DeskUser, type QueueItem } from './api';
import { $ } from './dom';
import { connect } from './live';
import { renderAgents, renderConversation, renderFunnel, renderLive, renderQueue } from './render';
import type { HubConnection } from '@microsoft/signalr';

let me: DeskUser | null = null;
let open: { channel: string; userId: string } | null = null;
let canned: Record<string, string[]> = {};
let hub: HubConnection | null = null;

const supervisor = () => me?.role === 'supervisor' || me?.role === 'admin';

async function refresh(channel?: string, userId?: string): Promise<void> {
  renderQueue(await api.queue(), openConversation);
  renderLive(await api.live(), openConversation, pickConversation);
  if (supervisor()) {
    renderAgents(await api.agents());
    renderFunnel(await api.campaigns());
  }
  if (open && (!channel || (open.channel === channel && open.userId === userId))) await loadConversation();
}

async function loadConversation(): Promise<void> {
  if (!open || !me) return;
  try {
    const view = await api.conversation(open);
    renderConversation(view, me.userName);
    $('take-over').hidden = !supervisor();
    fillCanned(view.locale ?? 'zh-CN');
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) {
      $('conversation').hidden = true;
      $('customer').hidden = true;
      open = null;
      return;
    }
    throw error;
  }
}

function openConversation(item: QueueItem): void {
  open = { channel: item.channel, userId: item.userId };
  void guard(loadConversation);
}

function pickConversation(item: QueueItem): void {
  void guard(async () => {
    await api.takeOver(item);
    open = { channel: item.channel, userId: item.userId };
    await refresh();
  });
}

function fillCanned(locale: string): void {
  const replies = canned[locale] ?? canned[locale.startsWith('en') ? 'en' : 'zh-CN'] ?? [];
  const select = $<HTMLSelectElement>('canned');
  select.replaceChildren(new Option('常用语 Canned replies…', ''), ...replies.map(r => new Option(r, r)));
}

async function guard(action: () => Promise<void>): Promise<void> {
  $('action-error').textContent = '';
  try {
    await action();
  } catch (error) {
    $('action-error').textContent = error instanceof Error ? error.message : String(error);
  }
}

async function enterDesk(user: DeskUser): Promise<void> {
  me = user;
  $('signin').hidden = true;
  $('desk').hidden = false;
  $('me').textContent = `${user.displayName} (${user.userName}, ${user.role})`;
  $('supervisor').hidden = !supervisor();
  canned = await api.cannedReplies();
  const agents = await api.agents();
  $<HTMLSelectElement>('transfer-to').replaceChildren(...agents.filter(a => a.userName !== user.userName).map(a => new Option(`${a.displayName} (${a.userName})`, a.userName)));
  hub = connect((channel, userId) => void guard(() => refresh(channel, userId)));
}

async function send(): Promise<void> {
  const composer = $<HTMLTextAreaElement>('composer');
  const text = composer.value.trim();
  if (!open || !text) return;
  await api.reply(open, text);
  composer.value = '';
  await loadConversation();
}

function wire(): void {
  $('signin').addEventListener('submit', event => {
    event.preventDefault();
    void (async () => {
      try {
        const session = await api.signIn($<HTMLInputElement>('username').value, $<HTMLInputElement>('password').value);
        await enterDesk(session.user!);
      } catch (error) {
        $('signin-error').textContent = error instanceof ApiError && error.status === 401 ? '用户名或密码错误 Wrong user name or password' : String(error);
      }
    })();
  });
  $('composer').addEventListener('keydown', event => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void guard(send);
    }
  });
  $<HTMLSelectElement>('canned').addEventListener('change', event => {
    const select = event.target as HTMLSelectElement;
    if (select.value) $<HTMLTextAreaElement>('composer').value = select.value;
    select.value = '';
    $('composer').focus();
  });
  $('claim').addEventListener('click', () => void guard(async () => { await api.claim(open!); await refresh(); }));
  $('take-over').addEventListener('click', () => void guard(async () => { await api.takeOver(open!); await refresh(); }));
  $('transfer').addEventListener('click', () => void guard(async () => {
    await api.transfer(open!, $<HTMLSelectElement>('transfer-to').value);
    await refresh();
  }));
  $('close').addEventListener('click', () => void guard(async () => {
    await api.close(open!, $<HTMLSelectElement>('outcome').value);
    await refresh();
  }));
  $('customer').addEventListener('submit', event => {
    event.preventDefault();
    void guard(async () => {
      await api.linkCustomer(open!, $<HTMLInputElement>('link-mobile').value.trim());
      await refresh();
    });
  });
  $('signout').addEventListener('click', () => void guard(async () => {
    await hub?.stop();
    await api.signOut();
    location.reload();
  }));
}

wire();
void (async () => {
  const session = await api.session();
  if (session.user) await enterDesk(session.user);
  else $('signin').hidden = false;
})();
