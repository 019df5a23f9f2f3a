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

const fast = await service.findSlots(search);
const slow = await baselineSearch();
const fastCount = fast.reduce((n, r) => n + r.slots.length, 0);
const slowCount = slow.reduce((n, r) => n + r.slots.length, 0);
if (fastCount !== slowCount) {
  console.error(`slot counts differ: sweep ${fastCount}, baseline ${slowCount}`);
  process.exitCode = 1;
}
const fastTimes = [];
for (let i = 0; i < 15; i++) {
  const t = performance.now();
  await service.findSlots(search);
  fastTimes.push(performance.now() - t);
}
const slowTimes = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  await baselineSearch();
  slowTimes.push(performance.now() - t);
}
const f = median(fastTimes);
const s = median(slowTimes);
console.log('1. Slot search: 50 resources × 90 days, 5,000 reservations, 60-minute slots');
console.log(`   free slots found:           ${fastCount} (baseline: ${slowCount})`);
console.log(`   findSlots (sweep), median:  ${ms(f)}   target ≤ 50 ms`);
console.log(`   baseline (every slot × every reservation), median: ${ms(s)}`);
console.log(`   speed-up: ${(s / f).toFixed(1)}×   target ≥ 10×`);

// ---- 2. reservation throughput ------------------------------------------------------------
{
  const { performance: p } = await import('node:perf_hooks');
  for (let i = 0; i < 3; i++) {
    let t = p.now();
    const resources = await db.query("SELECT 1");
    console.log('ping', (p.now() - t).toFixed(1));
    t = p.now();
    await db.query(`SELECT resource_id, (extract(epoch from lower(blocked)) * 1000)::float8 AS s, (extract(epoch from upper(blocked)) * 1000)::float8 AS e, seats FROM booking_reservations WHERE resource_id = ANY($1::text[]) AND status = ANY($2::text[]) AND blocked && tstzrange($3::timestamptz, $4::timestamptz)`, [Array.from({length:50},(_, i)=>`bench-${i}`), ['pending','confirmed','checked_in','no_show'], '2026-01-04T00:00:00Z', '2026-04-07T00:00:00Z']);
    console.log('busy query', (p.now() - t).toFixed(1));
  }
}
await pool.end();
await admin.query(`DROP DATABASE ${dbName} WITH (FORCE)`);
await admin.end();
