// Bookings under load: concurrent residents booking the experiment space through its API, the
// same request the app sends (JSON body, `Idempotency-Key`), spread over the bookable
// resources and the days of their horizon, with about one request in ten racing another for
// the same slot. Each round of clients gets a town of its own (a fresh one per mode), and the
// same requests go to the bare Hono app of `baseline.mjs` (the booking's answer from memory).
// After each round, with the town idle, every request that timed out is sent again with its
// key; then the database is read: every acknowledged booking is there, no slot is booked twice.
//
//   pnpm bench:load --bookings                       (only this scenario, every mode)
//   pnpm bench:load --no-bookings                    (the read scenarios only)
//   pnpm --filter @city-app/bench load --bookings --modes pglite --booking-clients 25
import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freePort } from '../free-port.mjs';
import { createDatabase } from './postgres.mjs';
import { startProcess, waitFor } from './processes.mjs';
import { MODES, startTown } from './town.mjs';

const API = '/api/experiment-space';
/** Every client sends at least this many bookings; a round sends at least `MIN_REQUESTS`. */
const PER_CLIENT = 5;
const MIN_REQUESTS = 500;
/** Every RACE-th request asks for the slot of the request before it (another person). */
const RACE = 10;

/**
 * Takes the bookings scenario's own flags out of `argv` (the rest goes to `readOptions`):
 * `--bookings` runs only this scenario, `--no-bookings` leaves it out, `--booking-clients`
 * the rounds' concurrent clients (default 25 and 200, the stress case).
 */
export function readBookingOptions(argv) {
  const rest = [];
  const options = { run: true, only: false, clients: [25, 200] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--bookings') options.only = true;
    else if (arg === '--no-bookings') options.run = false;
    else if (arg === '--booking-clients' || arg.startsWith('--booking-clients=')) {
      const raw = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      options.clients = String(raw ?? '')
        .split(',')
        .map(Number);
      if (!options.clients.every((n) => Number.isInteger(n) && n >= 1 && n <= 1000))
        throw new Error(`--booking-clients: whole numbers from 1 to 1000, not "${raw}".`);
    } else rest.push(arg);
  }
  if (options.only && !options.run)
    throw new Error('--bookings and --no-bookings exclude each other.');
  return { bookings: options, rest };
}

const dateAfter = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function json(base, path) {
  const res = await fetch(base + path, { headers: { 'accept-language': 'de' } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return res.json();
}

/**
 * Free slots that do not overlap each other, per resource a resident or an association can
 * book without a briefing, over the horizon, in an order that alternates resources and days.
 */
async function freeSlots(base) {
  const catalogue = await json(base, API);
  const perResource = [];
  for (const resource of catalogue.resources) {
    if (resource.prerequisites?.length) continue;
    const group = resource.bookableBy.includes('resident') ? 'resident' : 'association';
    const rules = { ...resource.rules, ...(resource.groupRules?.[group] ?? {}) };
    const minutes = Math.max(rules.minDurationMinutes ?? 60, rules.granularityMinutes ?? 30);
    const gap = ((rules.bufferBeforeMinutes ?? 0) + (rules.bufferAfterMinutes ?? 0)) * 60_000;
    const slots = [];
    for (let day = 2; day <= (rules.maxHorizonDays ?? 60) - 1; day++) {
      const path = `${API}/resources/${resource.id}/slots?date=${dateAfter(day)}&duration=${minutes}&group=${group}`;
      let free = -Infinity;
      for (const slot of (await json(base, path)).slots) {
        if (Date.parse(slot.start) < free) continue;
        slots.push({ resourceId: resource.id, start: slot.startLocal, minutes, group });
        free = Date.parse(slot.end) + gap;
      }
    }
    perResource.push(slots);
  }
  const mixed = [];
  for (let i = 0; perResource.some((s) => i < s.length); i++)
    for (const slots of perResource) if (i < slots.length) mixed.push(slots[i]);
  return mixed;
}

/** `count` booking requests on the slots from `next`, every RACE-th on the slot before it. */
function bookingRequests(count, nextSlot, round) {
  const requests = [];
  for (let i = 0; i < count; i++) {
    const slot = i % RACE === RACE - 1 ? requests[i - 1].slot : nextSlot();
    if (!slot) throw new Error('The experiment space has too few free slots for this round.');
    const person = `r${round}-${i}`;
    requests.push({
      slot,
      key: randomUUID(),
      body: {
        resourceId: slot.resourceId,
        start: slot.start,
        durationMinutes: slot.minutes,
        name: `Testperson ${person}`,
        email: `${person}@last.example`,
        group: slot.group,
        ...(slot.group === 'resident' ? {} : { organisation: `Verein ${person}` }),
        locale: 'de',
      },
    });
  }
  return requests;
}

/**
 * Sends one booking request as the app does, on the client's own connection (`agent`: a
 * phone has its own); `path` overrides where (the baseline answers a GET).
 */
function send(base, request, { agent, timeoutS, path = `${API}/bookings` }) {
  const post = path.startsWith(API);
  const body = post ? JSON.stringify(request.body) : undefined;
  const started = performance.now();
  return new Promise((resolve) => {
    const req = httpRequest(new URL(path, base), {
      method: post ? 'POST' : 'GET',
      agent,
      headers: {
        'content-type': 'application/json',
        'accept-language': 'de',
        origin: base,
        'idempotency-key': request.key,
        ...(body ? { 'content-length': Buffer.byteLength(body) } : {}),
      },
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve({ timedOut: true });
    }, timeoutS * 1000);
    req.on('response', (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        clearTimeout(timer);
        let token;
        try {
          token = JSON.parse(Buffer.concat(chunks).toString()).token;
        } catch {}
        resolve({ status: res.statusCode, ms: performance.now() - started, token });
      });
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      resolve({ failed: String(error.code ?? error.message) });
    });
    req.end(body);
  });
}

/**
 * `clients` clients send `requests` in turn, each on a kept-alive connection of its own and
 * waiting for its answer before the next.
 */
async function drive(base, requests, clients, timeoutS, path) {
  const answers = new Array(requests.length);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      while (next < requests.length) {
        const i = next++;
        answers[i] = await send(base, requests[i], { agent, timeoutS, path });
      }
      agent.destroy();
    }),
  );
  return { answers, seconds: (performance.now() - started) / 1000 };
}

function percentile(sorted, p) {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

/** p50/p99 of the answered requests, and the answers counted by kind. */
function tally(answers) {
  const latencies = answers
    .filter((a) => a.status)
    .map((a) => a.ms)
    .sort((a, b) => a - b);
  const count = (test) => answers.filter(test).length;
  const other = {};
  for (const a of answers) {
    const key =
      a.failed ??
      (a.status && (a.status < 200 || a.status >= 300) && a.status !== 409 ? a.status : null);
    if (key) other[key] = (other[key] ?? 0) + 1;
  }
  return {
    answered: latencies.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    ok: count((a) => a.status >= 200 && a.status < 300),
    taken: count((a) => a.status === 409),
    other,
    timeouts: count((a) => a.timedOut),
  };
}

/** The database as the town left it: PostgreSQL directly, PGlite once its server stopped. */
async function openDatabase(url, pgliteDir) {
  const server = createRequire(new URL('../../packages/server/package.json', import.meta.url));
  const load = async (name) => import(pathToFileURL(server.resolve(name)).href);
  if (url) {
    const pg = (await load('pg')).default;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return { query: (sql, params) => client.query(sql, params), close: () => client.end() };
  }
  const { PGlite } = await load('@electric-sql/pglite');
  const { btree_gist } = await load('@electric-sql/pglite/contrib/btree_gist');
  const db = await PGlite.create(pgliteDir, { extensions: { btree_gist } });
  return { query: (sql, params) => db.query(sql, params), close: () => db.close() };
}

/**
 * Reads the database: which acknowledged bookings (by token) are missing or not active at the
 * time they were booked for, and how many pairs of active reservations overlap on a resource.
 */
async function checkDatabase(db, acknowledged) {
  const { rows } = await db.query(
    `SELECT b.token, b.resource_id, to_char(lower(r.during) AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD"T"HH24:MI') AS start
       FROM experiment_space_bookings b
       JOIN booking_reservations r ON r.id = b.reservation_id
      WHERE b.token = ANY($1::text[]) AND r.status = ANY($2::text[])`,
    [acknowledged.map((a) => a.token), ['confirmed', 'pending']],
  );
  const found = new Map(rows.map((r) => [r.token, r]));
  const missing = acknowledged.filter(({ token, slot }) => {
    const row = found.get(token);
    return !row || row.resource_id !== slot.resourceId || row.start !== slot.start;
  }).length;
  const overlaps = await db.query(
    `SELECT count(*)::int AS n
       FROM booking_reservations a
       JOIN booking_reservations b ON b.resource_id = a.resource_id AND b.id > a.id AND b.blocked && a.blocked
       JOIN booking_resources res ON res.id = a.resource_id AND res.kind = 'exclusive'
      WHERE a.status = ANY($1::text[]) AND b.status = ANY($1::text[])`,
    [['confirmed', 'pending']],
  );
  return { acknowledged: acknowledged.length, missing, doubleBooked: overlaps.rows[0].n };
}

/**
 * The requests that timed out, sent again with their keys once the town is idle: the answer
 * should be the booking the first request made (200, a replay), or, had it not been made, a
 * booking now (201) or the slot taken by the other request (409).
 */
async function retryTimedOut(base, requests, answers, timeoutS) {
  const retried = { sent: 0, replayed: 0, bookedNow: 0, taken: 0, other: 0, acknowledged: [] };
  for (const [i, answer] of answers.entries()) {
    if (!answer.timedOut) continue;
    retried.sent += 1;
    const again = await send(base, requests[i], { timeoutS });
    if (again.status === 200) retried.replayed += 1;
    else if (again.status === 201) retried.bookedNow += 1;
    else if (again.status === 409) retried.taken += 1;
    else retried.other += 1;
    if (again.status === 200 || again.status === 201)
      retried.acknowledged.push({ token: again.token, slot: requests[i].slot });
  }
  return retried;
}

async function startBaseline(answer) {
  const port = await freePort();
  const baseline = startProcess(fileURLToPath(new URL('./baseline.mjs', import.meta.url)), {
    args: [String(port)],
  });
  baseline.url = `http://127.0.0.1:${port}`;
  await waitFor(`${baseline.url}/healthz`, 10_000, baseline);
  await new Promise((resolve) => {
    baseline.child.once('message', resolve);
    baseline.child.send({
      bodies: [{ type: 'application/json', base64: Buffer.from(answer).toString('base64') }],
    });
  });
  return baseline;
}

/** One round: `clients` concurrent residents on a fresh town in `mode`. */
async function round(mode, clients, n, options) {
  const database =
    MODES[mode].database === 'postgres'
      ? await createDatabase(
          process.env.TEST_DATABASE_URL,
          `city_load_bookings_${mode.replace('-', '_')}`,
        )
      : null;
  // Every client of the benchmark comes from 127.0.0.1; a town's residents do not. The limit
  // per e-mail stays on (each request is another person).
  const saved = process.env.CITY_APP_LIMIT_BOOKINGS_PER_ADDRESS_PER_DAY;
  process.env.CITY_APP_LIMIT_BOOKINGS_PER_ADDRESS_PER_DAY = '0';
  let town;
  let baseline;
  let pgliteDir;
  try {
    town = await startTown(mode, { databaseUrl: database?.url, profileDir: options.profileDir });
    pgliteDir = town.dataDir;
    const slots = await freeSlots(town.url);
    let taken = 0;
    const requests = bookingRequests(
      Math.max(MIN_REQUESTS, clients * PER_CLIENT),
      () => slots[taken++],
      n,
    );
    // A few bookings first, untimed: the first of each kind loads code and warms caches.
    const warm = bookingRequests(clients, () => slots[taken++], `${n}w`);
    await drive(town.url, warm, Math.min(clients, 5), options.timeoutS);

    const before = await town.usage();
    const postgres = database?.countCpu();
    const run = await drive(town.url, requests, clients, options.timeoutS);
    const after = await town.usage();
    const pgMicros = postgres?.stop() ?? null;
    const result = tally(run.answers);
    const per = (micros) => micros / 1000 / result.answered;

    const first = run.answers.find((a) => a.status === 201);
    baseline = await startBaseline(
      first ? JSON.stringify(await json(town.url, `${API}/bookings/${first.token}`)) : '{}',
    );
    const baseBefore = await baseline.usage();
    const base = await drive(baseline.url, requests, clients, options.timeoutS, '/0');
    const baseAfter = await baseline.usage();
    const baseTally = tally(base.answers);

    const retried = await retryTimedOut(town.url, requests, run.answers, options.timeoutS);
    const acknowledged = [
      ...run.answers.flatMap((a, i) =>
        a.status >= 200 && a.status < 300 ? [{ token: a.token, slot: requests[i].slot }] : [],
      ),
      ...retried.acknowledged,
    ];
    let check;
    if (database) {
      const db = await openDatabase(database.url);
      try {
        check = await checkDatabase(db, acknowledged);
      } finally {
        await db.close();
      }
    } else {
      await town.stop({ keepData: true });
      const db = await openDatabase(null, pgliteDir);
      try {
        check = await checkDatabase(db, acknowledged);
      } finally {
        await db.close();
      }
    }
    return {
      clients,
      requests: requests.length,
      seconds: run.seconds,
      ...result,
      cpuMs: per(after.cpuMicros - before.cpuMicros),
      pgCpuMs: pgMicros === null ? null : per(pgMicros),
      rssBytes: after.rssBytes,
      baseline: {
        ...baseTally,
        cpuMs: (baseAfter.cpuMicros - baseBefore.cpuMicros) / 1000 / baseTally.answered,
      },
      retried: { ...retried, acknowledged: retried.acknowledged.length },
      check,
    };
  } finally {
    if (saved === undefined) delete process.env.CITY_APP_LIMIT_BOOKINGS_PER_ADDRESS_PER_DAY;
    else process.env.CITY_APP_LIMIT_BOOKINGS_PER_ADDRESS_PER_DAY = saved;
    await Promise.all([town?.stop(), baseline?.stop()]);
    await database?.drop();
  }
}

/** Every round of `bookingOptions.clients` in `mode`. */
export async function benchBookings(mode, bookingOptions, options) {
  const rounds = [];
  for (const [n, clients] of bookingOptions.clients.entries())
    rounds.push(await round(mode, clients, n, options));
  return { mode, title: MODES[mode].title, rounds };
}

/** Whether a round lost or doubled a booking, or answered other than 2xx/409, or timed out. */
export const bookingsFailed = (result) =>
  result.rounds.some(
    (r) =>
      r.check.missing ||
      r.check.doubleBooked ||
      Object.keys(r.other).length ||
      r.timeouts ||
      r.retried.other,
  );

const fixed = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '—');

export function printBookings(result, options) {
  console.log(`\nBookings, ${result.title} (timeout ${options.timeoutS} s):`);
  for (const r of result.rounds) {
    const other = Object.entries(r.other).map(([k, v]) => `${k}: ${v}`);
    const b = r.baseline;
    console.log(
      `  ${r.clients} clients, ${r.requests} bookings in ${fixed(r.seconds)} s: p50 ${fixed(r.p50)} ms, p99 ${fixed(r.p99)} ms, max ${fixed(r.max)} ms; ` +
        `${r.ok} booked, ${r.taken} slot taken (409), ${other.length ? other.join(', ') : 'no other answer'}, ${r.timeouts} timeouts; ` +
        `CPU ${fixed(r.cpuMs, 2)} ms per answered booking (PostgreSQL ${fixed(r.pgCpuMs ?? Number.NaN, 2)}), ${fixed(r.rssBytes / 1024 / 1024, 0)} MB resident; ` +
        `baseline p50 ${fixed(b.p50)} ms, p99 ${fixed(b.p99)} ms, CPU ${fixed(b.cpuMs, 3)} ms.`,
    );
    const t = r.retried;
    console.log(
      `    timed out and sent again with their keys: ${t.sent} (${t.replayed} answered with the booking already made, ${t.bookedNow} booked only now, ${t.taken} slot taken, ${t.other} other); ` +
        `database: ${r.check.acknowledged} acknowledged, ${r.check.missing} missing, ${r.check.doubleBooked} slots booked twice.`,
    );
  }
}
