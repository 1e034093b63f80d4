// Starts the built hub on a free loopback port for one test file, and stops it after.
'use strict';
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const repo = path.resolve(__dirname, '..', '..');
const hubDll = path.join(repo, 'src', 'Hub', 'bin', 'Debug', 'net10.0', 'ContactHub.Hub.dll');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`hub exited with ${child.exitCode} before it was ready`);
    }
    try {
      const response = await fetch(`${url}/health/ready`);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`hub not ready at ${url} within ${timeoutMs} ms`);
}

/** { url, secret, stop() } for a hub running from the last `dotnet build`. */
async function startHub() {
  if (!fs.existsSync(hubDll)) {
    throw new Error(`${hubDll} is missing: run 'dotnet build src/Hub' first`);
  }
  const port = await freePort();
  const secret = crypto.randomBytes(24).toString('base64url');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'contacthub-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('dotnet', [hubDll, '--urls', url], {
    cwd: path.join(repo, 'src', 'Hub'),
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Development',
      DirectLine__Secret: secret,
      ConnectionStrings__Records: `Data Source=${path.join(dataDir, 'records.db')}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk) => { log += chunk; });
  child.stderr.on('data', (chunk) => { log += chunk; });
  try {
    await waitUntilReady(url, child, 60000);
  } catch (error) {
    child.kill('SIGKILL');
    error.message += `\n--- hub output ---\n${log}`;
    throw error;
  }
  return {
    url,
    secret,
    log: () => log,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function generateToken(hub) {
  const response = await fetch(`${hub.url}/v3/directline/tokens/generate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${hub.secret}` },
  });
  if (!response.ok) {
    throw new Error(`tokens/generate: ${response.status}`);
  }
  return response.json();
}

/** The main menu the pipeline answers 你好 with (issue 2 item 7). */
const MENU_ITEM = '预约保养';

module.exports = { startHub, generateToken, MENU_ITEM, repo };
