// The desk's REST calls. Every state-changing call carries the anti-forgery token from /api/desk/session or sign-in.

export interface DeskUser { userName: string; displayName: string; role: string }
export interface DeskSession { user: DeskUser | null; token: string; headerName: string }
export interface QueueItem {
  channel: string; userId: string; mode: string; reason: string; summary: string | null;
  agent: string | null; customerName: string | null; requestedAt: string; waitingSeconds: number;
}
export interface TranscriptLine { id: number; from: 'customer' | 'bot' | 'agent'; agent: string | null; text: string | null; at: string; deliveryStatus: string | null }
export interface Vehicle { plate: string; model: string; vin: string; lastServiceDate: string | null; odometer: number | null }
export interface Complaint { ticketNumber: string; category: string; severity: string; status: string }
export interface Appointment { startsAt: string; serviceType: string; plate: string }
export interface CustomerPanel {
  customer: { name: string; mobile: string | null; language: string } | null;
  vehicles: Vehicle[]; lastService: string | null; openComplaints: Complaint[]; upcomingAppointments: Appointment[];
}
export interface ConversationView {
  channel: string; userId: string; mode: string; reason: string | null; summary: string | null;
  agent: string | null; locale: string | null; panel: CustomerPanel; transcript: TranscriptLine[];
}
export interface AgentView { userName: string; displayName: string; role: string; online: boolean; load: number }

export interface CampaignFunnel {
  id: number; name: string; kind: string; status: string;
  funnel: { targeted: number; sent: number; delivered: number; replied: number; booked: number; visited: number; failed: number; skipped: number };
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

let token = '';
let headerName = 'X-CSRF-TOKEN';

function remember(session: DeskSession): DeskSession {
  token = session.token;
  headerName = session.headerName;
  return session;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (method !== 'GET') headers[headerName] = token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`/api/desk${path}`, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = ((await response.json()) as { detail?: string; title?: string }).detail ?? detail; } catch { /* no body */ }
    throw new ApiError(response.status, detail);
  }
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

const path = (c: { channel: string; userId: string }) => `/conversations/${encodeURIComponent(c.channel)}/${encodeURIComponent(c.userId)}`;

export const api = {
  session: async () => remember(await call<DeskSession>('GET', '/session')),
  signIn: async (userName: string, password: string) => remember(await call<DeskSession>('POST', '/signin', { userName, password })),
  signOut: () => call<void>('POST', '/signout'),
  queue: () => call<QueueItem[]>('GET', '/queue'),
  agents: () => call<AgentView[]>('GET', '/agents'),
  live: () => call<QueueItem[]>('GET', '/live'),
  campaigns: () => call<CampaignFunnel[]>('GET', '/campaigns'),
  cannedReplies: () => call<Record<string, string[]>>('GET', '/canned-replies'),
  conversation: (c: { channel: string; userId: string }) => call<ConversationView>('GET', path(c)),
  claim: (c: { channel: string; userId: string }) => call<void>('POST', `${path(c)}/claim`),
  reply: (c: { channel: string; userId: string }, text: string) => call<void>('POST', `${path(c)}/reply`, { text }),
  transfer: (c: { channel: string; userId: string }, toAgent: string) => call<void>('POST', `${path(c)}/transfer`, { toAgent }),
  close: (c: { channel: string; userId: string }, outcome: string) => call<void>('POST', `${path(c)}/close`, { outcome }),
  linkCustomer: (c: { channel: string; userId: string }, mobile: string) => call<void>('POST', `${path(c)}/customer`, { mobile }),
  takeOver: (c: { channel: string; userId: string }) => call<void>('POST', `${path(c)}/take-over`),
};
