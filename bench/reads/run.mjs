// Residents' reads under load: server CPU per request for the resident read routes of a
// HageNOW!-like town (PGlite, and PostgreSQL when TEST_DATABASE_URL is set), each next to the
// baseline measured in the same run: a bare Hono app answering the same JSON from memory.
//
//   pnpm bench:reads                                    (PGlite and a throwaway PostgreSQL)
//   BENCH_REQUESTS=400 BENCH_CONCURRENCY=10 BENCH_RUNS=3 pnpm --filter @city-app/bench reads
//
// Exit codes: 0 it ran, 1 a route answered with errors or timeouts, 2 it ran out of time.
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { startTown } from './town.mjs';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const TIME_LIMIT_MS = Number(process.env.BENCH_TIME_LIMIT_S ?? 900) * 1000;
const REQUEST_TIMEOUT_MS = 10_000;
const WARM_UP = 30;

const deadline = setTimeout(() => {
  console.error(`The benchmark took longer than ${TIME_LIMIT_MS / 1000} s; stopped.`);
  process.exit(2);
}, TIME_LIMIT_MS);
deadline.unref();

// Hono and its Node adapter as the server package has them.
const serverPackage = createRequire(new URL('../../packages/server/package.json', import.meta.url));
const load = (name) => import(pathToFileURL(serverPackage.resolve(name)).href);
const { Hono } = await load('hono');
const { serve } = await load('@hono/node-server');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
};

const client = fork(new URL('./client.mjs', import.meta.url), { stdio: 'inherit' });
const ask = (message) =>
  new Promise((resolve) => {
    client.once('message', resolve);
    client.send(message);
  });

/** `requests` GETs of `url`; the CPU this process spent meanwhile, per request. */
async function measure(url, requests = REQUESTS) {
  const before = process.cpuUsage();
  const answer = await ask({
    url,
    requests,
    concurrency: CONCURRENCY,
    timeoutMs: REQUEST_TIMEOUT_MS,
  });
  const used = process.cpuUsage(before);
  return {
    cpuMs: (used.user + used.system) / 1000 / requests,
    perSecond: answer.latencies.length / answer.seconds,
    p50: percentile(answer.latencies, 50),
    p99: percentile(answer.latencies, 99),
    errors: answer.errors,
    timeouts: answer.timeouts,
    bytes: answer.bytes,
  };
}

/** The baseline: the same bodies, answered by a bare Hono app from memory. */
async function startBaseline(bodies) {
  const app = new Hono();
  app.get('/:i', (c) => c.json(bodies[Number(c.req.param('i'))]));
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () => server.close() }),
    );
  });
}

/** SQL statements per request, counted on the town's database object. */
async function queriesPerRequest(db, url) {
  const query = db.query;
  let count = 0;
  db.query = function counted(...args) {
    count += 1;
    return query.apply(this, args);
  };
  try {
    await ask({ url, requests: 5, concurrency: 1, timeoutMs: REQUEST_TIMEOUT_MS });
  } finally {
    db.query = query;
  }
  return count / 5;
}

async function bench(database) {
  const town = await startTown(database);
  const bodies = [];
  for (const route of town.routes) {
    const res = await fetch(town.url + route.path);
    if (res.status !== 200) throw new Error(`GET ${route.path}: ${res.status}`);
    bodies.push(await res.json());
  }
  const baseline = await startBaseline(bodies);
  const results = town.routes.map((route) => ({ ...route, app: [], baseline: [] }));
  for (const [i, r] of results.entries()) {
    r.queries = await queriesPerRequest(town.db, town.url + r.path);
    await measure(town.url + r.path, WARM_UP);
    await measure(`${baseline.url}/${i}`, WARM_UP);
  }
  // Interleaved: whatever else the machine does weighs on app and baseline alike.
  for (let run = 0; run < RUNS; run++) {
    for (const [i, r] of results.entries()) {
      r.app.push(await measure(town.url + r.path));
      r.baseline.push(await measure(`${baseline.url}/${i}`));
    }
  }
  baseline.close();
  await town.close();
  return results;
}

const fixed = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
function report(database, results) {
  console.log('');
  console.log(
    `${database}: ${RUNS} runs × ${REQUESTS} requests per route, ${CONCURRENCY} in flight; medians of the runs`,
  );
  const head = [
    'route'.padEnd(34),
    'KB'.padStart(5),
    'SQL'.padStart(4),
    'req/s'.padStart(7),
    'p50 ms'.padStart(7),
    'p99 ms'.padStart(7),
    'CPU ms/req'.padStart(11),
    'baseline'.padStart(9),
    'ratio'.padStart(6),
    'errors'.padStart(7),
  ];
  console.log(head.join(' '));
  let failed = false;
  for (const r of results) {
    const m = (key, list = r.app) => median(list.map((x) => x[key]));
    const errors = r.app.reduce((n, x) => n + x.errors + x.timeouts, 0);
    if (errors) failed = true;
    const cpu = m('cpuMs');
    const base = m('cpuMs', r.baseline);
    console.log(
      [
        r.name.padEnd(34),
        fixed(m('bytes') / 1024, 1).padStart(5),
        fixed(r.queries, 0).padStart(4),
        fixed(m('perSecond'), 0).padStart(7),
        fixed(m('p50'), 1).padStart(7),
        fixed(m('p99'), 1).padStart(7),
        fixed(cpu, 3).padStart(11),
        fixed(base, 3).padStart(9),
        `${fixed(cpu / base, 1)}×`.padStart(6),
        String(errors).padStart(7),
        ` runs: ${r.app.map((x) => fixed(x.cpuMs, 2)).join(', ')}`,
      ].join(' '),
    );
  }
  return failed;
}

const databases = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];
let failed = false;
try {
  for (const database of databases) {
    console.log(`Starting the town on ${database} …`);
    failed = report(database, await bench(database)) || failed;
  }
} finally {
  client.send('stop');
}
console.log('');
console.log(
  'CPU ms/req: this process (server, and PGlite inside it) per request; PostgreSQL’s own processes are not counted.',
);
if (failed) console.log('Some requests failed or timed out.');
process.exit(failed ? 1 : 0);
