// The town under load: HageNOW! as built (`apps/hagenow/dist/server/server.js`, every module,
// its starting content, the PWA), started as an operator runs it, in one of three modes:
// PGlite in a data folder; PostgreSQL with one process; PostgreSQL with two processes behind a
// reverse proxy (the proxy is not part of the measured CPU).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../free-port.mjs';
import { atExit, startProcess, waitFor } from './processes.mjs';

export const APP_DIR = fileURLToPath(new URL('../../apps/hagenow/', import.meta.url));
const SERVER = join(APP_DIR, 'dist/server/server.js');
const START_MS = 120_000;

export const MODES = {
  pglite: { title: 'PGlite (embedded), 1 process', processes: 1, database: 'pglite' },
  postgres: { title: 'PostgreSQL, 1 process', processes: 1, database: 'postgres' },
  'postgres-2': {
    title: 'PostgreSQL, 2 processes behind a proxy',
    processes: 2,
    database: 'postgres',
  },
};

export function checkBuilt() {
  if (!existsSync(SERVER) || !existsSync(join(APP_DIR, 'dist/web/index.html')))
    throw new Error(`${SERVER} is missing: build HageNOW! first (pnpm bench:load builds it).`);
}

/**
 * Starts the town in `mode`. `databaseUrl`: an empty PostgreSQL database for the postgres
 * modes. `profileDir`: each server process writes a V8 CPU profile there when it stops.
 */
export async function startTown(mode, { databaseUrl, profileDir } = {}) {
  const { processes, database } = MODES[mode];
  const dataDir = database === 'pglite' ? mkdtempSync(join(tmpdir(), 'city-app-load-')) : null;
  const removeDataDir = () => dataDir && rmSync(dataDir, { recursive: true, force: true });
  const forget = atExit(removeDataDir);
  const servers = [];
  let proxy;
  /** `keepData`: the PGlite folder stays for the caller to read (and remove). */
  const stop = async ({ keepData = false } = {}) => {
    await Promise.all([proxy, ...servers].filter(Boolean).map((p) => p.stop()));
    if (keepData) return;
    removeDataDir();
    forget();
  };
  try {
    for (let i = 0; i < processes; i++) {
      const port = await freePort();
      const server = startProcess(SERVER, {
        cwd: APP_DIR,
        nodeFlags: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
        env: {
          NODE_ENV: 'production',
          HOST: '127.0.0.1',
          PORT: String(port),
          ...(dataDir ? { CITY_APP_DATA_DIR: join(dataDir, 'db') } : { DATABASE_URL: databaseUrl }),
          ...(processes > 1 ? { CITY_APP_TRUST_PROXY: '1' } : {}),
          CITY_APP_NOTIFY_WORKER: 'off',
        },
      });
      servers.push(server);
      server.url = `http://127.0.0.1:${port}`;
      // One after the other: the first runs the migrations and loads the starting content.
      await waitFor(`${server.url}/healthz`, START_MS, server);
    }
    let url = servers[0].url;
    if (processes > 1) {
      const port = await freePort();
      proxy = startProcess(fileURLToPath(new URL('./proxy.mjs', import.meta.url)), {
        args: [String(port), ...servers.map((s) => s.url.split(':').at(-1))],
      });
      url = `http://127.0.0.1:${port}`;
      await waitFor(`${url}/healthz`, 10_000, proxy);
    }
    return {
      url,
      servers,
      /** PGlite's data folder (null with PostgreSQL). */
      dataDir: dataDir && join(dataDir, 'db'),
      /** CPU (µs) and memory of the town's processes together; the proxy's apart. */
      usage: async () => {
        const each = await Promise.all(servers.map((s) => s.usage()));
        return {
          cpuMicros: each.reduce((sum, u) => sum + u.cpuMicros, 0),
          rssBytes: each.reduce((sum, u) => sum + u.rssBytes, 0),
          proxyCpuMicros: proxy ? (await proxy.usage()).cpuMicros : 0,
        };
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
