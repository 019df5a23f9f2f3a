// Runs a benchmark on embedded PGlite, then, with DATABASE_URL set, on a throwaway PostgreSQL
// database (created for the run, dropped after it). Answers whether every run passed.
import { createRequire } from 'node:module';
import { openDatabase } from '@city-app/server';

/** `bench(label, db)` resolves to whether its figures met their targets. */
export async function onEachDatabase(prefix, bench) {
  let ok = true;
  const pglite = await openDatabase({ dataDir: 'memory://' });
  try {
    ok = (await bench('PGlite', pglite)) && ok;
  } finally {
    await pglite.close();
  }
  const base = process.env.DATABASE_URL;
  if (!base) return ok;
  const require = createRequire(new URL('../packages/server/package.json', import.meta.url));
  const pg = require('pg');
  const name = `${prefix}_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString() });
  try {
    ok = (await bench('PostgreSQL', db)) && ok;
  } finally {
    await db.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
  return ok;
}
