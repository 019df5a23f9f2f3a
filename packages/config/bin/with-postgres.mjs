#!/usr/bin/env node
// Runs a command with TEST_DATABASE_URL pointing at a real, throwaway PostgreSQL cluster on
// 127.0.0.1, so the scaled-mode tests run against the real engine. If TEST_DATABASE_URL is
// already set, the command runs as it is. The cluster lives in a temporary folder and is
// stopped and removed when the command ends, however it ends.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: with-postgres <command> [args…]');
  process.exit(64);
}

function run(cmd, cmdArgs, env = process.env) {
  const child = spawn(cmd, cmdArgs, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
}

function findPgBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb')));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

if (process.env.TEST_DATABASE_URL) process.exit(await run(command, args));

const bin = findPgBin();
if (!bin) {
  console.error(
    'PostgreSQL server binaries were not found (looked in /usr/lib/postgresql/*/bin).\n' +
      '→ Install them (Debian/Ubuntu: apt-get install -y postgresql) or set TEST_DATABASE_URL.',
  );
  process.exit(69);
}

const dir = mkdtempSync(join(tmpdir(), 'city-app-pg-'));
chmodSync(dir, 0o777);
const dataDir = join(dir, 'data');
const port = await freePort();
// initdb refuses to run as root; as root, run the server as the postgres system user.
const asUser = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
const pg = (tool, toolArgs) => {
  const [cmd, ...rest] = [...asUser, join(bin, tool), ...toolArgs];
  execFileSync(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'] });
};

let stopped = false;
function stop() {
  if (stopped) return;
  stopped = true;
  try {
    pg('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
  } catch {}
  rmSync(dir, { recursive: true, force: true });
}

try {
  pg('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  pg('pg_ctl', [
    '-D',
    dataDir,
    '-w',
    '-l',
    join(dir, 'server.log'),
    '-o',
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c max_connections=1000 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    'start',
  ]);
} catch (error) {
  console.error(`Could not start a PostgreSQL test cluster: ${error.message}`);
  stop();
  process.exit(70);
}

for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    stop();
    process.exit(130);
  });
const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
console.error(`PostgreSQL test cluster on ${url}`);
// The most connections open at once, sampled every 5 s, tells how close a run comes to the limit.
let peak = 0;
const sampler = setInterval(() => {
  try {
    const open = execFileSync(
      join(bin, 'psql'),
      [
        '-At',
        '-d',
        url,
        '-c',
        'select count(*) from pg_stat_activity where backend_type = $$client backend$$ and pid <> pg_backend_pid()',
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 4000 },
    );
    peak = Math.max(peak, Number(open.trim()) || 0);
  } catch {}
}, 5000);
const code = await run(command, args, { ...process.env, TEST_DATABASE_URL: url });
clearInterval(sampler);
console.error(`PostgreSQL test cluster: at most ${peak} connections open at once (sampled).`);
// Refused connections fail tests far from their cause; say so where the failure is read.
let serverLog = '';
try {
  serverLog = readFileSync(join(dir, 'server.log'), 'utf8');
} catch {}
const refused = (serverLog.match(/too many clients/g) ?? []).length;
if (refused > 0)
  console.error(`PostgreSQL test cluster: ${refused} connection(s) refused as too many clients.`);
stop();
process.exit(code);
