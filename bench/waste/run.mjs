// The waste calendar's 18:00 reminder run at the scale of a town: 10,000 installations on
// 800 streets, four waste types, a year of pickups. Measures, in the same run:
//   1. the module's job (`reminders`): one statement finds every due (street, type, date,
//      time) group, one multi-row insert writes them to notify's outbox;
//   2. the baseline, a loop over installations: per installation its follows, per follow its
//      pickups, and one `notify.send` — the way a reminder feature is written first;
//   3. the delivery of the run's reminders to a loopback push service (fan-out included),
//      next to notify's own rate for one topic message to every subscription (fan-out
//      included), both on the worker's warm connections.
// Each measure is repeated (BENCH_RUNS, default 5; the baseline BENCH_BASELINE_RUNS, default 3)
// with the outbox emptied between runs; medians are printed. PGlite in memory, and PostgreSQL
// too when DATABASE_URL is set (a throwaway database is made on that server and dropped).
//
//   pnpm bench:waste
//   DATABASE_URL=postgres://… pnpm bench:waste
import { fork } from 'node:child_process';
import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import waste from '@city-app/module-waste/server';
import { createNotify, generateVapidKeys, notifyMigrations } from '@city-app/notify';
import { generate } from 'selfsigned';
import { onEachDatabase } from '../each-database.mjs';
import { buildTown, loopOverInstallations } from './town.mjs';

const INSTALLATIONS = Number(process.env.BENCH_N ?? 10_000);
const STREETS = Number(process.env.BENCH_STREETS ?? 800);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const BASELINE_RUNS = Math.max(1, Number(process.env.BENCH_BASELINE_RUNS ?? 3));
const TIME_LIMIT_MS = Number(process.env.BENCH_TIME_LIMIT_S ?? 600) * 1000;
const TIMEZONE = 'Europe/Berlin';
// Monday 15 March 2027, 18:00 in Berlin (CET): the reminders of Tuesday's pickups.
const DUE_AT = new Date('2027-03-15T17:00:00Z');

// Bounded: whatever happens, the benchmark ends.
const deadline = setTimeout(() => {
  console.error(`The benchmark took longer than ${TIME_LIMIT_MS / 1000} s; stopped.`);
  process.exit(2);
}, TIME_LIMIT_MS);
deadline.unref();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => Number(x.toFixed(1));
async function timed(fn) {
  const t = performance.now();
  const result = await fn();
  return { ms: performance.now() - t, result };
}

// --- the loopback push service (notify's benchmark's stub, in its own process) --------------
const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
  keySize: 2048,
  algorithm: 'sha256',
  extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
});
const stub = fork(fileURLToPath(new URL('../notify/stub.mjs', import.meta.url)), {
  env: { ...process.env, BENCH_KEY: pems.private, BENCH_CERT: pems.cert },
});
const port = await new Promise((resolve) => stub.once('message', (m) => resolve(m.port)));
const stubCount = () =>
  new Promise((resolve) => {
    stub.once('message', (m) => resolve(m.count));
    stub.send('count');
  });
const ua = createECDH('prime256v1');
ua.generateKeys();
const keys = {
  p256dh: ua.getPublicKey().toString('base64url'),
  auth: randomBytes(16).toString('base64url'),
};
const vapid = generateVapidKeys('mailto:bench@musterstadt.example');

async function benchOn(label, db) {
  for (const m of notifyMigrations) await db.query(m.up);
  for (const m of waste.migrations) await db.query(m.up);
  let clock = DUE_AT;
  const notify = createNotify(db, {
    timezone: TIMEZONE,
    vapid,
    pushServices: { extraHosts: ['127.0.0.1'], allowPrivateAddresses: true },
    now: () => clock,
  });
  await notify.topics.declare([
    { id: 'waste', name: { de: 'Abfuhrtermine' }, description: { de: 'Erinnerungen' } },
    { id: 'bench', name: { de: 'Alle' }, description: { de: 'Alle Installationen' } },
  ]);
  const setup = await timed(() =>
    buildTown(db, {
      streets: STREETS,
      installations: INSTALLATIONS,
      year: 2027,
      origin: `https://127.0.0.1:${port}`,
      keys,
    }),
  );
  process.stdout.write(
    `[${label}] ${INSTALLATIONS} installations on ${STREETS} streets, ${setup.result.pickups} pickups in 2027 (setup ${ms(setup.ms / 1000)} s)\n`,
  );
  const config = waste.manifest.configSchema.parse({});
  const ctx = {
    city: { timezone: TIMEZONE },
    config,
    manifest: waste.manifest,
    db,
    log: { info() {}, warn() {}, error() {} },
    notify: {
      send: (tx, input) => notify.send(tx, input),
      sendMany: (tx, inputs) => notify.sendMany(tx, inputs),
      existingInstallations: (ids) => notify.installations.existing(ids),
    },
  };
  const job = waste.jobs.find((j) => j.name === 'reminders');
  const emptyOutbox = () => db.query('DELETE FROM notify_dispatches');

  // 1. The module's job, RUNS times on an empty outbox.
  const ours = [];
  let counts;
  for (let i = 0; i < RUNS; i++) {
    await emptyOutbox();
    const run = await timed(() =>
      job.run(ctx, { dueAt: DUE_AT, attempt: 1, signal: AbortSignal.timeout(60_000) }),
    );
    ours.push(run.ms);
    counts = run.result;
  }
  // A second run of the same due time (a process taking over) writes nothing.
  const again = await job.run(ctx, {
    dueAt: DUE_AT,
    attempt: 2,
    signal: AbortSignal.timeout(60_000),
  });
  if (again.sent !== 0) throw new Error(`a repeated run wrote ${again.sent} messages`);

  // 2. The loop over installations, BASELINE_RUNS times.
  const loop = [];
  let loopSent = { reminders: 0, messages: 0 };
  for (let i = 0; i < BASELINE_RUNS; i++) {
    await db.query("DELETE FROM notify_dispatches WHERE idempotency_key LIKE 'baseline:%'");
    const run = await timed(() =>
      loopOverInstallations(db, notify, { dueAt: DUE_AT, timezone: TIMEZONE }),
    );
    loop.push(run.ms);
    loopSent = run.result;
  }
  if (loopSent.reminders !== counts.reminders)
    throw new Error(`the loop found ${loopSent.reminders} reminders, the job ${counts.reminders}`);
  await db.query("DELETE FROM notify_dispatches WHERE idempotency_key LIKE 'baseline:%'");

  // 3. Delivery of the last run's reminders, then one topic message to everyone. Both on
  // warm connections: an untimed message to WARM_UP installations first opens the worker's
  // keep-alive connections (TLS handshakes), which would otherwise be charged to whichever
  // delivery comes first.
  const worker = notify.worker({ ca: pems.cert, concurrency: 64, batchSize: 2000 });
  clock = new Date(DUE_AT.getTime() - 60_000); // before the run's first reminder is due
  await warmUp(db, notify, worker);
  clock = new Date(DUE_AT.getTime() + 10 * 60_000); // past the spread window
  let before = await stubCount();
  const delivered = await timed(async () => {
    const fanOut = await timed(async () => {
      while ((await worker.fanOut()) > 0) {}
    });
    const run = await worker.runOnce();
    return { ...run, fanOutMs: fanOut.ms };
  });
  process.stdout.write(
    `[${label}] fan-out of the run's messages: ${ms(delivered.result.fanOutMs)} ms\n`,
  );
  const reminderPushes = (await stubCount()) - before;
  await db.transaction((tx) =>
    notify.send(tx, {
      topic: 'bench',
      title: 'Alle',
      body: 'Eine Nachricht an alle',
      idempotencyKey: randomUUID(),
    }),
  );
  before = await stubCount();
  const topic = await timed(() => worker.runOnce());
  const topicPushes = (await stubCount()) - before;
  await worker.stop();
  if (reminderPushes !== counts.reminders || topicPushes !== INSTALLATIONS)
    throw new Error(
      `pushed ${reminderPushes}/${counts.reminders} reminders, ${topicPushes}/${INSTALLATIONS} topic messages`,
    );

  const oursMs = median(ours);
  const loopMs = median(loop);
  console.table([
    {
      what: 'reminders job: one query + one bulk send',
      'median ms': ms(oursMs),
      runs: ours.map(ms).join(' / '),
      messages: counts.sent,
      reminders: counts.reminders,
    },
    {
      what: 'baseline: loop over installations, send each',
      'median ms': ms(loopMs),
      runs: loop.map(ms).join(' / '),
      messages: loopSent.messages,
      reminders: loopSent.reminders,
    },
  ]);
  const ratio = loopMs / oursMs;
  const reminderRate = reminderPushes / (delivered.ms / 1000);
  const topicRate = topicPushes / (topic.ms / 1000);
  console.table([
    {
      delivery: 'the run’s reminders',
      pushes: reminderPushes,
      'pushes/s': Math.round(reminderRate),
    },
    {
      delivery: 'notify: one topic message to all',
      pushes: topicPushes,
      'pushes/s': Math.round(topicRate),
    },
  ]);
  const met = (ok) => (ok ? 'met' : 'NOT met');
  console.log(
    `[${label}] 18:00 run: ${ms(oursMs)} ms median (target ≤ 1000 ms) — ${met(oursMs <= 1000)}`,
  );
  console.log(
    `[${label}] ${ratio.toFixed(1)}× faster than the loop over installations (target ≥ 10×) — ${met(ratio >= 10)}`,
  );
  console.log(`[${label}] delivery: ${(reminderRate / topicRate).toFixed(2)}× notify’s own rate`);
  return oursMs <= 1000 && ratio >= 10;
}

const WARM_UP = 500;
async function warmUp(db, notify, worker) {
  const { rows } = await db.query(
    'SELECT id::text AS id FROM notify_installations ORDER BY id LIMIT $1',
    [WARM_UP],
  );
  await db.transaction((tx) =>
    notify.send(tx, {
      installationIds: rows.map((r) => r.id),
      title: 'Warm-up',
      body: 'Öffnet die Verbindungen',
      idempotencyKey: randomUUID(),
    }),
  );
  const run = await worker.runOnce();
  if (run.sent !== rows.length) throw new Error(`warm-up pushed ${run.sent}/${rows.length}`);
}

let ok = true;
try {
  ok = await onEachDatabase('waste', benchOn);
} finally {
  stub.kill();
}
process.exit(ok ? 0 : 1);
