// Fan-out of one message to N subscriptions (default 100,000) through a loopback push
// service, with @city-app/notify (outbox → fan-out → deliveries on embedded PGlite → Web Push)
// and, in the same run, the `web-push` library's sendNotification loop to the same service.
// Prints messages per second and the sender's CPU per message (process.cpuUsage: user +
// system of this process, which includes the embedded database; the stub runs in a child).
//
//   pnpm bench:notify              # 100,000 subscriptions
//   BENCH_N=20000 pnpm bench:notify
import { fork } from 'node:child_process';
import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import https from 'node:https';
import { fileURLToPath } from 'node:url';
import { createNotify, generateVapidKeys, notifyMigrations } from '@city-app/notify';
import { openDatabase } from '@city-app/server';
import { generate } from 'selfsigned';
import webpush from 'web-push';

const N = Number(process.env.BENCH_N ?? 100_000);
const BASELINE_N = Number(process.env.BENCH_BASELINE_N ?? N);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);

const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
  keySize: 2048,
  algorithm: 'sha256',
  extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
});
const stub = fork(fileURLToPath(new URL('./stub.mjs', import.meta.url)), {
  env: { ...process.env, BENCH_KEY: pems.private, BENCH_CERT: pems.cert },
});
const port = await new Promise((resolve) => stub.once('message', (m) => resolve(m.port)));
const stubCount = () =>
  new Promise((resolve) => {
    stub.once('message', (m) => resolve(m.count));
    stub.send('count');
  });
const origin = `https://127.0.0.1:${port}`;
const agent = () => new https.Agent({ keepAlive: true, ca: pems.cert, maxSockets: CONCURRENCY });

// One browser key pair for all subscriptions; every message is still encrypted afresh.
const ua = createECDH('prime256v1');
ua.generateKeys();
const keys = {
  p256dh: ua.getPublicKey().toString('base64url'),
  auth: randomBytes(16).toString('base64url'),
};
const vapid = generateVapidKeys('mailto:bench@musterstadt.example');
const message = JSON.stringify({
  title: 'Vollsperrung Lange Straße',
  body: 'Ab Montag, 7 Uhr, ist die Lange Straße zwischen Markt und Bahnhof gesperrt.',
  url: '/news/vollsperrung-lange-strasse',
});

function measure() {
  const cpu = process.cpuUsage();
  const t = performance.now();
  return () => {
    const used = process.cpuUsage(cpu);
    const seconds = (performance.now() - t) / 1000;
    return { seconds, cpuMs: (used.user + used.system) / 1000 };
  };
}

// --- @city-app/notify ---------------------------------------------------------------
const db = await openDatabase({ dataDir: 'memory://' });
for (const m of notifyMigrations) await db.query(m.up);
const notify = createNotify(db, {
  timezone: 'Europe/Berlin',
  vapid,
  // The stub listens on 127.0.0.1, which a town's server refuses as a push endpoint.
  pushServices: { extraHosts: ['127.0.0.1'], allowPrivateAddresses: true },
});
await notify.topics.declare({
  id: 'baustellen',
  name: { de: 'Baustellen' },
  description: { de: 'Sperrungen' },
});
await db.query(
  `insert into notify_installations (id, topics)
   select md5(g::text)::uuid, '{baustellen}' from generate_series(1, $1::int) g`,
  [N],
);
await db.query(
  `insert into notify_subscriptions (installation_id, endpoint, p256dh, auth)
   select md5(g::text)::uuid, $2 || '/push/' || g, $3, $4 from generate_series(1, $1::int) g`,
  [N, origin, keys.p256dh, keys.auth],
);
process.stdout.write(`${N} subscriptions ready; sending with @city-app/notify…\n`);
const before = await stubCount();
const ours = measure();
await db.transaction((tx) =>
  notify.send(tx, {
    topic: 'baustellen',
    title: 'Vollsperrung',
    body: message,
    idempotencyKey: randomUUID(),
  }),
);
const worker = notify.worker({ ca: pems.cert, concurrency: CONCURRENCY, batchSize: 2000 });
const run = await worker.runOnce();
const oursResult = ours();
await worker.stop();
const oursReceived = (await stubCount()) - before;
await db.close();
if (run.sent !== N || oursReceived !== N)
  throw new Error(`notify sent ${run.sent}, stub received ${oursReceived}, expected ${N}`);

// --- web-push, same stub, same concurrency --------------------------------------------
process.stdout.write(`sending ${BASELINE_N} with web-push…\n`);
const wpAgent = agent();
const base = measure();
let next = 0;
let failed = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < BASELINE_N) {
      const i = ++next;
      try {
        await webpush.sendNotification({ endpoint: `${origin}/push/${i}`, keys }, message, {
          vapidDetails: {
            subject: vapid.subject,
            publicKey: vapid.publicKey,
            privateKey: vapid.privateKey,
          },
          TTL: 86400,
          contentEncoding: 'aes128gcm',
          agent: wpAgent,
        });
      } catch {
        failed++;
      }
    }
  }),
);
const baseResult = base();
stub.kill();
if (failed) throw new Error(`web-push: ${failed} sends failed`);

const row = (name, n, r) => ({
  sender: name,
  messages: n,
  'messages/s': Math.round(n / r.seconds),
  'CPU ms/message': Number((r.cpuMs / n).toFixed(4)),
  'wall s': Number(r.seconds.toFixed(2)),
});
const a = row('@city-app/notify (outbox + PGlite + Web Push)', N, oursResult);
const b = row('web-push sendNotification loop', BASELINE_N, baseResult);
console.table([a, b]);
const ratio = a['messages/s'] / b['messages/s'];
console.log(
  `throughput: ${ratio.toFixed(2)}× web-push (target ≥ 3×) — ${ratio >= 3 ? 'met' : 'NOT met'}`,
);
console.log(
  `sender CPU: ${a['CPU ms/message']} ms/message (target ≤ 0.25) — ${a['CPU ms/message'] <= 0.25 ? 'met' : 'NOT met'}`,
);
