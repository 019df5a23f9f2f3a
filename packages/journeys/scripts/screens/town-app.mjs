// Starts a built town app for the screenshots: a throwaway data folder, an administrator of
// its own, and the council's meetings synced from a local OParl server when the town has the
// council module (HageNOW! has no council information system of its own).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ADMIN = {
  email: 'screenshots@town.example',
  password: 'Bildschirm-Foto-2026-Rathaus',
};

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

function runToEnd(command, argv, options) {
  return new Promise((done, fail) => {
    const child = spawn(command, argv, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done(output) : fail(new Error(`${command} ${argv.join(' ')}:\n${output}`)),
    );
  });
}

/** Whether the town's config enables the council module. */
function hasCouncil(appDir) {
  const config = join(appDir, 'city.config.ts');
  return existsSync(config) && /^\s*council:/m.test(readFileSync(config, 'utf8'));
}

/**
 * Syncs the council fixture's meetings, agendas and papers into the data folder with the
 * town's own `city-app import council`, before the server holds the embedded database.
 */
async function syncCouncil(appDir, env) {
  const { startOParlServer } = await import('@city-app/module-council/testing');
  const oparl = await startOParlServer();
  try {
    await runToEnd('pnpm', ['city-app', 'import', 'council', oparl.system], {
      cwd: appDir,
      env: { ...env, DATABASE_URL: '' },
    });
  } catch (error) {
    await oparl.close();
    throw error;
  }
  return oparl;
}

/** Starts the built app; `stop()` ends it and removes its data. */
export async function startApp(appDir) {
  const entry = join(appDir, 'dist', 'server', 'server.js');
  if (!existsSync(entry)) throw new Error(`${appDir} is not built: run its build first.`);
  const port = await freePort();
  const work = mkdtempSync(join(tmpdir(), 'city-app-screens-'));
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    CITY_APP_DATA_DIR: join(work, 'data'),
    // No SMTP server: the app writes each e-mail here (the staff invitation is read from it).
    CITY_APP_MAIL_DIR: join(work, 'outbox-mail'),
    CITY_APP_ADMIN_EMAIL: ADMIN.email,
    CITY_APP_ADMIN_PASSWORD: ADMIN.password,
  };
  const oparl = hasCouncil(appDir) ? await syncCouncil(appDir, env) : undefined;
  const child = spawn(process.execPath, [entry], {
    cwd: appDir,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env,
  });
  let errors = '';
  child.stderr.on('data', (chunk) => {
    errors += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await oparl?.close();
    rmSync(work, { recursive: true, force: true });
  };
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`The app stopped while starting:\n${errors}`);
    const healthy = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return { url, stop, admin: ADMIN, mailDir: env.CITY_APP_MAIL_DIR };
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error('The app did not answer /healthz within 120 s.');
}
