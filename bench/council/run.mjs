// The council module's OParl sync at the scale of a city: a body with 20,000 papers (each
// with its file and consultation), 500 meetings with their agendas, 200 people, 30 committees,
// served by the module's local OParl server on 127.0.0.1 in pages of 100. Measures, in the
// same run:
//   1. the first sync: every list read page by page to its end; time and requests;
//   2. a second sync after ten changes (seven papers and two meetings changed, one paper
//      deleted), asking only for changes (modified_since): its requests must stay within one
//      page per list plus the changed objects, printed beside the count;
//   3. the baseline, a client without modified_since: the whole system read again.
// PGlite in memory, and PostgreSQL too when DATABASE_URL is set (a throwaway database is
// made on that server and dropped).
//
//   pnpm bench:council
//   BENCH_PAPERS=5000 pnpm bench:council
//   DATABASE_URL=postgres://… pnpm bench:council
import council, { defaultHttpOptions, syncSystem } from '@city-app/module-council/server';
import { startOParlServer } from '@city-app/module-council/testing';
import { onEachDatabase } from '../each-database.mjs';

const PAPERS = Number(process.env.BENCH_PAPERS ?? 20_000);
const PAGE_SIZE = Number(process.env.BENCH_PAGE_SIZE ?? 100);
const CHANGES = 10;
const TIME_LIMIT_MS = Number(process.env.BENCH_TIME_LIMIT_S ?? 900) * 1000;

// Bounded: whatever happens, the benchmark ends.
const deadline = setTimeout(() => {
  console.error(`The benchmark took longer than ${TIME_LIMIT_MS / 1000} s; stopped.`);
  process.exit(2);
}, TIME_LIMIT_MS);
deadline.unref();

const http = { ...defaultHttpOptions(), allowPrivateAddresses: false };
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function timed(fn) {
  const t = performance.now();
  const result = await fn();
  return { ms: performance.now() - t, result };
}

async function benchOn(label, db) {
  for (const m of council.migrations) await db.query(m.up);
  const oparl = await startOParlServer({
    pageSize: PAGE_SIZE,
    size: { papers: PAPERS, meetings: 500, persons: 200, organizations: 30 },
  });
  try {
    const lists = 4;
    const first = await timed(() => syncSystem(db, oparl.system, { http }));
    const objects = await db.query('SELECT count(*)::int AS n FROM council_objects');
    console.log(
      `${label}: first sync ${seconds(first.ms)}, ${first.result.requests} requests, ` +
        `${objects.rows[0].n} objects stored (${first.result.created} new)`,
    );

    for (let i = 0; i < 7; i++) {
      oparl.change('paper', (i * 997) % PAPERS, { name: `Beschlussvorlage, geändert ${i + 1}` });
    }
    oparl.change('meeting', 3, { name: '4. Sitzung (verlegt)' });
    oparl.change('meeting', 40, { start: '2031-02-03T17:00:00+01:00' });
    oparl.remove('paper', 12_345 % PAPERS);
    const second = await timed(() => syncSystem(db, oparl.system, { http }));
    // The System, the list of bodies, one page per list, and at most one request per change.
    const bound = 2 + lists + CHANGES;
    const r = second.result;
    console.log(
      `${label}: second sync after ${CHANGES} changes ${seconds(second.ms)}, ` +
        `${r.requests} requests (bound ${bound}: System + bodies + ${lists} lists + ${CHANGES} changes); ` +
        `${r.changed} changed, ${r.deleted} deleted`,
    );

    // The baseline: the same system read again without modified_since.
    await db.query(`UPDATE council_sync SET lists = '{}'::jsonb`);
    const full = await timed(() => syncSystem(db, oparl.system, { http }));
    console.log(
      `${label}: baseline, all read again without modified_since: ${seconds(full.ms)}, ` +
        `${full.result.requests} requests`,
    );
    const found = r.changed + r.deleted;
    if (r.requests > bound || found < CHANGES - 1) {
      console.error(`${label}: the second sync broke its bound or missed changes.`);
      return false;
    }
    return true;
  } finally {
    await oparl.close();
  }
}

const ok = await onEachDatabase('council', benchOn);
process.exit(ok ? 0 : 1);
