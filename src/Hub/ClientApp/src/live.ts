import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr';
import { $ } from './dom';

// The socket only says "something changed"; the page then re-reads from the store. After any reconnect it re-reads
// everything, so nothing said while the socket was down is missed (issue 6).
export function connect(onChanged: (channel?: string, userId?: string) => void): HubConnection {
  const connection = new HubConnectionBuilder()
    .withUrl('/hubs/desk')
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ctx => Math.min(10_000, 500 * 2 ** ctx.previousRetryCount) })
    .configureLogging(LogLevel.Warning)
    .build();
  const status = (text: string) => { $('connection').textContent = text; $('connection').dataset.state = connection.state; };

  connection.on('conversationChanged', (channel: string, userId: string) => onChanged(channel, userId));
  connection.on('agentsChanged', () => onChanged());
  connection.onreconnecting(() => status('重连中 reconnecting…'));
  connection.onreconnected(() => { status('已连接 connected'); onChanged(); });
  connection.onclose(() => { status('已断开 disconnected'); setTimeout(() => start(), 5_000); });

  const start = async () => {
    if (connection.state !== HubConnectionState.Disconnected) return;
    try {
      await connection.start();
      status('已连接 connected');
      onChanged();
    } catch {
      status('已断开 disconnected');
      setTimeout(() => start(), 5_000);
    }
  };
  void start();
  return connection;
}
