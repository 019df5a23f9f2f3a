// The PostgreSQL side of the load benchmark: a fresh database per mode on TEST_DATABASE_URL,
// and the CPU time of the cluster's processes (Linux: /proc), since with PostgreSQL part of a
// read's work is done there, outside the app's processes.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const serverPackage = createRequire(new URL('../../packages/server/package.json', import.meta.url));
const pg = (await import(pathToFileURL(serverPackage.resolve('pg')).href)).default;

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux's usual builds). */
const TICKS_PER_SECOND = 100;

function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces; the fields after it are plain.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** A throwaway database for one mode; `drop()` removes it (closing leftover connections). */
export async function createDatabase(adminUrl, name) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const { rows } = await admin.query('SELECT pg_backend_pid() AS pid');
  const postmaster = stat(rows[0].pid)?.ppid;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    /**
     * CPU (µs) used so far by the cluster's processes (every backend and helper), or null
     * where /proc cannot tell. Backends that ended in between are not counted.
     */
    cpuMicros() {
      if (!postmaster) return null;
      let ticks = 0;
      let any = false;
      for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        const s = stat(entry);
        if (s?.ppid === postmaster) {
          ticks += s.ticks;
          any = true;
        }
      }
      return any ? (ticks * 1_000_000) / TICKS_PER_SECOND : null;
    },
    async drop() {
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}
