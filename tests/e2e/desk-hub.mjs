// Starts the built hub (src/Hub/bin/Debug/net10.0) on a free loopback port with a throwaway records database, for the
// desk's browser test. Development environment: demo data and the demo agents, with a password chosen here.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const hubDir = join(repo, 'src/Hub');
const dll = join(hubDir, 'bin/Debug/net10.0/ContactHub.Hub.dll');

export const deskPassword = 'desk-e2e-password';
const directLineSecret = 'desk-e2e-directline-secret';

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

async function waitReady(url, hub, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hub.exitCode !== null) throw new Error(`the hub exited with ${hub.exitCode} during start-up:\n${hub.log.join('')}`);
    try {
      const response = await fetch(`${url}/health/ready`);
      if (response.ok) return;
    } catch { /* not listening yet */ }
    await new Promise(r => setTimeout(r, 200)); // polling a process we do not control; the deadline bounds it
  }
  throw new Error(`the hub was not ready within ${timeoutMs} ms:\n${hub.log.join('')}`);
}

export async function startHub() {
  if (!existsSync(dll)) throw new Error(`${dll} is missing: run dotnet build first`);
  if (!existsSync(join(hubDir, 'wwwroot/desk/index.html'))) throw new Error('src/Hub/wwwroot/desk is missing: build src/Hub without SkipClientAppBuild');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const data = mkdtempSync(join(tmpdir(), 'contacthub-desk-e2e-'));
  const child = spawn('dotnet', [dll, '--urls', url], {
    cwd: hubDir, // the content root, where wwwroot/desk is
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Development',
      ConnectionStrings__Records: `Data Source=${join(data, 'records.db')}`,
      ConnectionStrings__Redis: '',
      Desk__DemoPassword: deskPassword,
      Desk__OpensAt: '00:00',
      Desk__ClosesAt: '23:59:59',
      DirectLine__Secret: directLineSecret,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.log = [];
  child.stdout.on('data', d => child.log.push(String(d)));
  child.stderr.on('data', d => child.log.push(String(d)));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise(r => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(data, { recursive: true, force: true });
  };
  try {
    await waitReady(url, child, 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop, log: child.log };
}
