import { createHash } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite, type Results, type Transaction } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import type { Queryable } from '../module.js';
import type { KernelDatabase } from './engine.js';
import { acquireFolderLock } from './lock.js';

// Extensions PostgreSQL ships in contrib that modules rely on (the booking core's exclusion
// constraint needs btree_gist); PGlite loads one only when a migration creates it.
const extensions = { btree_gist };

type PgliteLike = Pick<PGlite, 'query' | 'exec'> | Transaction;

/** Resolves after the event loop has looked at the network (and timers) once. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Plain SQL over PGlite. A query without parameters may hold several statements (as with
 * node-postgres' simple protocol), so string migrations run the same on both engines.
 */
function queryable(target: PgliteLike): Queryable {
  return {
    async query<Row>(sql: string, params?: unknown[]) {
      // PGlite runs each query synchronously and hands over to the next waiting one in a
      // promise callback, so under load the requests already inside the app run query after
      // query without Node ever reading a socket: new requests waited up to 10 s (measured with
      // 25 residents booking at once; p99 7.7 s, timeouts) while others were answered. One turn
      // of the event loop per query lets them in and take their place in the queue.
      await turn();
      let result: Results<Row> | undefined;
      if (params?.length) result = await target.query<Row>(sql, params);
      else result = (await target.exec(sql)).at(-1) as Results<Row> | undefined;
      const rows = result?.rows ?? [];
      return { rows, rowCount: result?.rowCount ?? result?.affectedRows ?? rows.length };
    },
  };
}

// A fresh cluster takes seconds to initialise; in-memory databases start from a copy of one
// initialised cluster, kept per process and in the temp folder (per PGlite build), which keeps
// test suites fast.
let template: Promise<Blob> | undefined;

function templateFile(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const key = createHash('sha256')
    .update(`${entry}:${statSync(entry).mtimeMs}`)
    .digest('hex')
    .slice(0, 16);
  return join(tmpdir(), `city-app-pglite-template-${key}.tar`);
}

/**
 * PostgreSQL's default of 128 MB shared buffers is sized for a database server of its own; a
 * town's data is a few dozen megabytes, and the operating system caches its files anyway.
 * 32 MB took the embedded database's resident memory down by about 120 MB with the same query
 * times (see the operators' guide). PGlite's own start parameters stay as they are.
 */
const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

async function loadTemplate(): Promise<Blob> {
  const file = templateFile();
  try {
    return new Blob([await readFile(file)]);
  } catch {
    // Not cached yet.
  }
  const first = await PGlite.create();
  const dump = await first.dumpDataDir('none');
  await first.close();
  try {
    // Write then rename, so a concurrent reader never sees half a file.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, file);
  } catch {
    // A read-only temp folder only costs speed.
  }
  return dump;
}

async function freshInMemory(): Promise<PGlite> {
  template ??= loadTemplate();
  try {
    return await PGlite.create({ loadDataDir: await template, extensions, startParams });
  } catch {
    // A damaged cached template: start from a fresh cluster and forget the cache.
    await rm(templateFile(), { force: true });
    template = undefined;
    return PGlite.create({ extensions, startParams });
  }
}

/** Opens PGlite in `dataDir` (a folder, locked against a second process) or in memory. */
export async function openPglite(dataDir: string | 'memory://'): Promise<KernelDatabase> {
  let release: (() => void) | undefined;
  let pglite: PGlite;
  if (dataDir === 'memory://') {
    pglite = await freshInMemory();
  } else {
    mkdirSync(dirname(dataDir), { recursive: true });
    release = acquireFolderLock(dataDir);
    try {
      pglite = await PGlite.create(dataDir, { extensions, startParams });
    } catch (error) {
      release();
      throw error;
    }
  }
  const root = queryable(pglite);
  let closed = false;
  return {
    kind: 'pglite',
    query: root.query,
    transaction: (fn) => pglite.transaction((tx) => fn(queryable(tx))),
    // One connection only: the whole database is the session.
    session: (fn) =>
      fn({
        query: root.query,
        transaction: (inner) => pglite.transaction((tx) => inner(queryable(tx))),
      }),
    async close() {
      if (closed) return;
      closed = true;
      await pglite.close();
      release?.();
    },
  };
}
