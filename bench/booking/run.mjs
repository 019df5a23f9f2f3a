// Booking benchmarks, each printed next to its baseline measured in the same run.
//   node packages/config/bin/with-postgres.mjs node bench/booking/run.mjs
// (or set TEST_DATABASE_URL / DATABASE_URL to a PostgreSQL server you may create databases on).
// Needs the built package: pnpm --filter @city-app/booking build
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(new URL('../../packages/booking/package.json', import.meta.url));
const pg = require('pg');
const booking = await import(new URL('../../packages/booking/dist/index.js', import.meta.url).href);
const { bookingMigrations, createBookingService, openIntervals, isBookingError } = booking;

const base = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (!base) {
  console.error('Set TEST_DATABASE_URL (or run through packages/config/bin/with-postgres.mjs).');
  process.exit(64);
}

const TZ = 'Europe/Berlin';
const NOW = new Date('2026-01-05T06:00:00Z');
const DAY = 86_400_000;
const HOUR = 3_600_000;

// ---- database ---------------------------------------------------------------------------
const dbName = `booking_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(base);
url.pathname = `/${dbName}`;
const pool = new pg.Pool({ connectionString: url.toString(), max: 34 });
const wrap = (c) => ({
  async query(sql, params = []) {
    const r = await c.query(sql, params);
    return { rows: r.rows, rowCount: r.rowCount ?? 0 };
  },
});
const db = {
  ...wrap(pool),
  async transaction(fn) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(wrap(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  },
};
for (const m of bookingMigrations) await db.query(m.up);
const service = createBookingService(db, { timezone: TZ, state: 'DE-MV', now: () => NOW });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const ms = (x) => `${x.toFixed(1)} ms`;
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const weekdays = [1, 2, 3, 4, 5, 6].map((weekday) => ({
  weekday,
  opens: '08:00',
  closes: '20:00',
}));

// ---- 1. slot search ---------------------------------------------------------------------
const RESOURCES = 50;
const PER_RESOURCE = 100;
for (let i = 0; i < RESOURCES; i++) {
  await service.createResource({
    id: `bench-${i}`,
    kind: 'exclusive',
    category: 'bench',
    name: { de: `Gerät ${i}` },
    openingHours: weekdays,
    rules: { maxHorizonDays: 120, bufferAfterMinutes: 15, maxDurationMinutes: 240 },
  });
}
// 5,000 reservations inside opening hours, spread over the 90 days, not overlapping.
const rows = [];
for (let i = 0; i < RESOURCES; i++) {
  const taken = new Set();
  while (taken.size < PER_RESOURCE) {
    const day = Math.floor(random() * 90);
    const slot = Math.floor(random() * 5); // 08:00, 10:30, 13:00, 15:30, 18:00 (2 h each)
    const key = `${day}:${slot}`;
    if (taken.has(key)) continue;
    const date = new Date(Date.parse('2026-01-05T00:00:00Z') + day * DAY)
      .toISOString()
      .slice(0, 10);
    if (new Date(`${date}T00:00:00Z`).getUTCDay() === 0) continue; // closed on Sundays
    taken.add(key);
    const start = booking.zonedInstant(date, 8 * 60 + slot * 150, TZ);
    rows.push([`bench-${i}`, start, start + 2 * HOUR]);
  }
}
for (let k = 0; k < rows.length; k += 500) {
  const chunk = rows.slice(k, k + 500);
  const values = chunk.map(
    (_, j) =>
      `($${j * 3 + 1}, 'p', 'resident', tstzrange($${j * 3 + 2}::timestamptz, $${j * 3 + 3}::timestamptz), tstzrange($${j * 3 + 2}::timestamptz, $${j * 3 + 3}::timestamptz + interval '15 minutes'), 'confirmed')`,
  );
  await db.query(
    `INSERT INTO booking_reservations (resource_id, person_id, person_group, during, blocked, status) VALUES ${values.join(', ')}`,
    chunk.flatMap(([id, s, e]) => [id, new Date(s).toISOString(), new Date(e).toISOString()]),
  );
}
await db.query('ANALYZE');

const search = { category: 'bench', from: '2026-01-05', to: '2026-04-05', durationMinutes: 60 };

/** The straightforward way: load the same data, then check every candidate slot against every reservation. */
async function baselineSearch() {
  const resources = await service.listResources({ category: 'bench' });
  const { rows: busy } = await db.query(
    `SELECT resource_id, (extract(epoch from lower(blocked)) * 1000)::float8 AS s, (extract(epoch from upper(blocked)) * 1000)::float8 AS e
       FROM booking_reservations WHERE status IN ('pending', 'confirmed', 'checked_in', 'no_show')`,
  );
  const out = [];
  for (const r of resources) {
    const hours = await service.getOpeningHours(r.id);
    const open = openIntervals(
      {
        timeZone: TZ,
        state: 'DE-MV',
        closedOnPublicHolidays: true,
        weekly: hours,
        exceptions: new Map(),
        blackouts: [],
      },
      search.from,
      search.to,
    );
    const slots = [];
    for (const o of open) {
      for (let s = o.start; s + HOUR <= o.end; s += 30 * 60_000) {
        if (s < NOW.getTime()) continue;
        const blockEnd = s + HOUR + 15 * 60_000;
        let free = true;
        for (const b of busy) {
          if (b.resource_id === r.id && b.s < blockEnd && s < b.e) free = false;
        }
        if (free) slots.push(s);
      }
    }
    out.push({ resourceId: r.id, slots });
  }
  return out;
}

const fast = await service.searchSlots(search);
const slow = await baselineSearch();
const fastCount = fast.reduce((n, r) => n + r.slots.length, 0);
const slowCount = slow.reduce((n, r) => n + r.slots.length, 0);
if (fastCount !== slowCount) {
  console.error(`slot counts differ: sweep ${fastCount}, baseline ${slowCount}`);
  process.exitCode = 1;
}
async function timed(runs, fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}
const f = await timed(21, () => service.searchSlots(search));
const formatted = await timed(11, () => service.findSlots(search));
const s = await timed(5, baselineSearch);
console.log(
  '1. Slot search: 50 resources × 90 days, 5,000 reservations, 60-minute slots (database reads included)',
);
console.log(`   free slots found:                          ${fastCount} (baseline: ${slowCount})`);
console.log(`   searchSlots (sweep), median:               ${ms(f)}   target ≤ 50 ms`);
console.log(`   baseline (every slot × every reservation): ${ms(s)}`);
console.log(`   speed-up: ${(s / f).toFixed(1)}×   target ≥ 10×`);
console.log(
  `   findSlots (the same, each slot also written as UTC and local text), median: ${ms(formatted)}`,
);

// ---- 2. reservation throughput ------------------------------------------------------------
const CLIENTS = 32;
const PER_CLIENT = 50;
async function throughputTargets(prefix) {
  for (let c = 0; c < CLIENTS; c++) {
    await service.createResource({
      id: `${prefix}-${c}`,
      kind: 'exclusive',
      category: prefix,
      name: { de: `Raum ${c}` },
      openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        weekday,
        opens: '00:00',
        closes: '24:00',
      })),
      rules: { maxHorizonDays: 120, maxDurationMinutes: 240 },
    });
  }
}
await throughputTargets('svc');
await throughputTargets('raw');
// Each client books its own resource, one hour after another: every request succeeds.
const slotStart = (j) => Date.parse('2026-01-06T00:00:00Z') + j * HOUR;

async function runClients(fn) {
  const t = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let j = 0; j < PER_CLIENT; j++) await fn(c, j);
    }),
  );
  const seconds = (performance.now() - t) / 1000;
  return (CLIENTS * PER_CLIENT) / seconds;
}

const plain = await runClients((c, j) =>
  db.query(
    `INSERT INTO booking_reservations (resource_id, person_id, person_group, during, blocked, status)
     VALUES ($1, $2, 'resident', tstzrange($3::timestamptz, $4::timestamptz), tstzrange($3::timestamptz, $4::timestamptz), 'confirmed')`,
    [
      `raw-${c}`,
      `p${c}`,
      new Date(slotStart(j)).toISOString(),
      new Date(slotStart(j) + HOUR).toISOString(),
    ],
  ),
);
const viaService = await runClients((c, j) =>
  service.createReservation({
    resourceId: `svc-${c}`,
    personId: `p${c}`,
    group: 'resident',
    start: new Date(slotStart(j)),
    durationMinutes: 60,
    idempotencyKey: `bench-${c}-${j}`,
  }),
);
console.log(
  `2. Reservation throughput on PostgreSQL, ${CLIENTS} concurrent clients, ${CLIENTS * PER_CLIENT} reservations`,
);
console.log(`   createReservation (all rules, audit, idempotency): ${viaService.toFixed(0)} /s`);
console.log(`   plain INSERT of the same rows:                     ${plain.toFixed(0)} /s`);
console.log(`   ratio: ${((viaService / plain) * 100).toFixed(0)} %   target ≥ 50 %`);

// ---- 3. contention ------------------------------------------------------------------------
await service.createResource({
  id: 'contended',
  kind: 'exclusive',
  category: 'contended',
  name: { de: 'Beliebter Drucker' },
  openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    opens: '00:00',
    closes: '24:00',
  })),
  rules: { maxHorizonDays: 120 },
});
const t3 = performance.now();
const outcomes = await Promise.allSettled(
  Array.from({ length: 100 }, (_, i) =>
    service.createReservation({
      resourceId: 'contended',
      personId: `c${i}`,
      group: 'resident',
      start: new Date(Date.parse('2026-01-07T00:00:00Z') + (i % 20) * HOUR),
      durationMinutes: 60,
    }),
  ),
);
const contentionMs = performance.now() - t3;
const successes = outcomes.filter((o) => o.status === 'fulfilled').length;
const slotTaken = outcomes.filter(
  (o) => o.status === 'rejected' && isBookingError(o.reason, 'slot_taken'),
).length;
const { rows: overlap } = await db.query(
  `SELECT count(*)::int AS n FROM booking_reservations a JOIN booking_reservations b
     ON a.resource_id = b.resource_id AND a.id < b.id AND a.blocked && b.blocked
   WHERE a.status IN ('pending', 'confirmed', 'checked_in', 'no_show') AND b.status IN ('pending', 'confirmed', 'checked_in', 'no_show')`,
);
console.log('3. Contention: 100 clients race for 20 slots (5 per slot)');
console.log(
  `   successes: ${successes} (must be 20), refused with slot_taken: ${slotTaken}, overlaps in the whole database: ${overlap[0].n} (must be 0), ${ms(contentionMs)}`,
);
if (successes !== 20 || overlap[0].n !== 0) process.exitCode = 1;

// Dropping the database ends any connection still open; that is the point, not an error.
pool.on('error', (error) => {
  if (error.code !== '57P01') throw error;
});
await pool.end();
await admin.query(`DROP DATABASE ${dbName} WITH (FORCE)`);
await admin.end();
