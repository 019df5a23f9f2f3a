// The town under load: HageNOW! as built, on PGlite, on PostgreSQL with one process and with
// two behind a reverse proxy, each next to a bare Hono app answering the same bodies from
// memory (the baseline), measured in the same run. For each mode: every resident read route
// alone, the mixed resident workload, and the wave (phones opening the home screen and one
// module screen within a minute). autocannon runs in a process of its own; the town's
// processes report their own CPU time, PostgreSQL's processes are read from /proc.
//
//   pnpm bench:load                      (every mode; PostgreSQL in a throwaway cluster)
//   pnpm bench:load --quick              (shorter runs, a wave of 500 phones in 10 s)
//   pnpm bench:load --returning 0.5      (half the wave's phones have the app already)
//   pnpm --filter @city-app/bench load --modes pglite --no-wave --profile /tmp/profiles
//   pnpm bench:load --bookings           (only the bookings scenario, see bookings.mjs)
//
// Exit codes: 0 it ran without errors, 1 a request failed or timed out, 2 it could not run.
import { fileURLToPath } from 'node:url';
import { freePort } from '../free-port.mjs';
import { benchBookings, bookingsFailed, printBookings, readBookingOptions } from './bookings.mjs';
import { readOptions } from './options.mjs';
import { createDatabase } from './postgres.mjs';
import { startProcess, waitFor } from './processes.mjs';
import { printMode, printSummary } from './report.mjs';
import { residentRoutes } from './routes.mjs';
import { checkBuilt, MODES, startTown } from './town.mjs';
import { validatorsOf, waveScenario } from './wave.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const TIME_LIMIT_MS = 30 * 60 * 1000;
const WARM_UP_SECONDS = 2;

let options;
let bookings;
try {
  const own = readBookingOptions(process.argv.slice(2));
  bookings = own.bookings;
  options = readOptions(own.rest);
  checkBuilt();
  if (options.modes.some((m) => MODES[m].database === 'postgres') && !process.env.TEST_DATABASE_URL)
    throw new Error('The PostgreSQL modes need TEST_DATABASE_URL (pnpm bench:load sets it).');
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
setTimeout(() => {
  console.error(`The benchmark took longer than ${TIME_LIMIT_MS / 60_000} min; stopped.`);
  process.exit(2);
}, TIME_LIMIT_MS).unref();

const generator = startProcess(here('./generator.mjs'), { quiet: false });
function load(scenario) {
  return new Promise((resolve, reject) => {
    const stopped = () => reject(new Error('The load generator stopped.'));
    generator.child.once('exit', stopped);
    generator.child.once('message', (m) => {
      generator.child.off('exit', stopped);
      if (m.error) reject(new Error(m.error));
      else resolve(m.result);
    });
    generator.child.send({ timeoutS: options.timeoutS, ...scenario }, (error) => {
      if (error) stopped();
    });
  });
}

/** Runs `scenario` against `target` and adds the CPU its processes used per answered request. */
async function measure(target, scenario, database) {
  const before = await target.usage();
  const postgres = database?.countCpu();
  const result = await load({ base: target.url, ...scenario });
  const after = await target.usage();
  const pgMicros = postgres?.stop() ?? null;
  const per = (micros) => (result.ok ? micros / 1000 / result.ok : Number.NaN);
  return {
    ...result,
    cpuMs: per(after.cpuMicros - before.cpuMicros),
    proxyCpuMs: per((after.proxyCpuMicros ?? 0) - (before.proxyCpuMicros ?? 0)),
    pgCpuMs: pgMicros === null ? null : per(pgMicros),
    rssBytes: after.rssBytes,
  };
}

async function startBaseline(base, routes) {
  const port = await freePort();
  const baseline = startProcess(here('./baseline.mjs'), { args: [String(port)] });
  baseline.url = `http://127.0.0.1:${port}`;
  await waitFor(`${baseline.url}/healthz`, 10_000, baseline);
  const bodies = [];
  for (const route of routes) {
    const res = await fetch(base + route.path, { headers: { 'accept-language': 'de' } });
    if (res.status !== 200) throw new Error(`GET ${route.path}: ${res.status}`);
    bodies.push({
      type: res.headers.get('content-type'),
      base64: Buffer.from(await res.arrayBuffer()).toString('base64'),
    });
  }
  await new Promise((resolve) => {
    baseline.child.once('message', resolve);
    baseline.child.send({ bodies });
  });
  baseline.paths = new Map(routes.map((r, i) => [r.path, `/${i}`]));
  return baseline;
}

async function benchMode(mode) {
  const database =
    MODES[mode].database === 'postgres'
      ? await createDatabase(process.env.TEST_DATABASE_URL, `city_load_${mode.replace('-', '_')}`)
      : null;
  let town;
  let baseline;
  try {
    const started = performance.now();
    town = await startTown(mode, { databaseUrl: database?.url, profileDir: options.profileDir });
    const startSeconds = (performance.now() - started) / 1000;
    const routes = await residentRoutes(town.url);
    baseline = await startBaseline(town.url, routes.all);
    const onBaseline = (list) => list.map((r) => ({ ...r, path: baseline.paths.get(r.path) }));
    const idleRss = (await town.usage()).rssBytes;

    const mix = { routes: routes.all, connections: options.connections };
    await load({ base: town.url, ...mix, seconds: WARM_UP_SECONDS });
    await load({
      base: baseline.url,
      ...mix,
      routes: onBaseline(routes.all),
      seconds: WARM_UP_SECONDS,
    });

    const single = [];
    for (const route of routes.single) {
      const one = { connections: options.routeConnections, seconds: options.seconds };
      single.push({
        route,
        town: await measure(town, { ...one, routes: [route] }, database),
        baseline: await measure(baseline, { ...one, routes: onBaseline([route]) }),
      });
    }
    const mixed = {
      town: await measure(town, { ...mix, seconds: options.mixedSeconds }, database),
      baseline: await measure(baseline, {
        ...mix,
        routes: onBaseline(routes.all),
        seconds: options.mixedSeconds,
      }),
    };
    const wave = options.wave
      ? await measure(
          town,
          waveScenario(routes, options.wave, await validatorsOf(town.url, routes.all)),
          database,
        )
      : null;
    return { mode, title: MODES[mode].title, startSeconds, idleRss, single, mixed, wave };
  } finally {
    await Promise.all([town?.stop(), baseline?.stop()]);
    await database?.drop();
  }
}

const results = [];
const bookingResults = [];
let code = 0;
try {
  for (const mode of options.modes) {
    if (!options.json) console.log(`\nStarting HageNOW! in mode ${mode} …`);
    if (!bookings.only) {
      const result = await benchMode(mode);
      results.push(result);
      if (!options.json) printMode(result, options);
    }
    if (bookings.run) {
      const result = await benchBookings(mode, bookings, options);
      bookingResults.push(result);
      if (!options.json) printBookings(result, options);
    }
  }
  if (options.json)
    console.log(JSON.stringify({ reads: results, bookings: bookingResults }, null, 2));
  else printSummary(results);
  const failed = results.some((r) =>
    [...r.single.map((s) => s.town), r.mixed.town, r.wave].some(
      (x) => x && (x.errors || x.timeouts || x.connectionErrors),
    ),
  );
  code = failed || bookingResults.some(bookingsFailed) ? 1 : 0;
} catch (error) {
  console.error(error.stack ?? String(error));
  code = 2;
} finally {
  await generator.stop(1000);
}
process.exit(code);
