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
     * Starts counting the CPU time of the cluster's processes (every backend and helper);
     * `stop()` answers the µs they used meanwhile, or null where /proc cannot tell. /proc is
     * read twice a second, so a backend that ends in between (the pool closes idle ones) is
     * counted up to its last reading.
     */
    countCpu() {
      if (!postmaster) return { stop: () => null };
      // Backends there at the start count from their first reading, later ones from zero.
      const first = new Map();
      const last = new Map();
      let starting = true;
      const read = () => {
        for (const entry of readdirSync('/proc')) {
          if (!/^\d+$/.test(entry)) continue;
          const s = stat(entry);
          if (s?.ppid !== postmaster) continue;
          if (!first.has(entry)) first.set(entry, starting ? s.ticks : 0);
          last.set(entry, s.ticks);
        }
      };
      read();
      starting = false;
      const timer = setInterval(read, 500);
      return {
        stop() {
          clearInterval(timer);
          read();
          let ticks = 0;
          for (const [pid, value] of last) ticks += value - (first.get(pid) ?? 0);
          return (ticks * 1_000_000) / TICKS_PER_SECOND;
        },
      };
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
