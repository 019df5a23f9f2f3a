// The load benchmark's tables: per mode, each route alone, the mix and the wave; at the end,
// the CPU per request of every route in every mode side by side.

const fixed = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
const MB = 1024 * 1024;

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])));
  console.log(line(head).join('  '));
  for (const row of rows) console.log(line(row).join('  '));
}

const cpu = (x) => fixed(x.cpuMs, 3);
/** `3 errors (502: 2, 500: 1)`: how many, and which statuses. */
const errors = (x) => {
  const statuses = Object.entries(x.failures ?? {}).map(([status, n]) => `${status}: ${n}`);
  if (x.connectionErrors) statuses.push(`connection: ${x.connectionErrors}`);
  const n = x.errors + x.connectionErrors;
  return statuses.length ? `${n} errors (${statuses.join(', ')})` : `${n} errors`;
};
const pg = (x) => (x.pgCpuMs == null ? '—' : fixed(x.pgCpuMs, 3));

export function printMode(result, options) {
  const { single, mixed, wave } = result;
  console.log(
    `\n${result.title}: started in ${fixed(result.startSeconds, 1)} s, ${fixed(result.idleRss / MB, 0)} MB resident before the load`,
  );
  console.log(
    `Each route alone: ${options.seconds} s, ${options.routeConnections} connections; CPU per answered request (town's processes; PostgreSQL's processes apart; the baseline's).`,
  );
  table(
    [
      'route',
      'req/s',
      'p50 ms',
      'p99 ms',
      'errors',
      'timeouts',
      'CPU ms',
      'PG ms',
      'baseline',
      'ratio',
    ],
    single.map(({ route, town, baseline }) => [
      route.name,
      fixed(town.ok / town.seconds, 0),
      fixed(town.p50, 1),
      fixed(town.p99, 1),
      town.errors + town.connectionErrors,
      town.timeouts,
      cpu(town),
      pg(town),
      cpu(baseline),
      `${fixed(town.cpuMs / baseline.cpuMs, 1)}×`,
    ]),
  );
  const m = mixed.town;
  console.log(
    `\nMixed resident workload: ${options.mixedSeconds} s, ${options.connections} connections, every route in turn: ${fixed(m.ok / m.seconds, 0)} req/s, p50 ${fixed(m.p50, 1)} ms, p99 ${fixed(m.p99, 1)} ms, ${errors(m)}, ${m.timeouts} timeouts; CPU ${cpu(m)} ms/req (PostgreSQL ${pg(m)}, proxy ${fixed(m.proxyCpuMs, 3)}), baseline ${cpu(mixed.baseline)} ms/req at ${fixed(mixed.baseline.ok / mixed.baseline.seconds, 0)} req/s; ${fixed(m.rssBytes / MB, 0)} MB resident.`,
  );
  table(
    ['in the mix', 'answers', 'p50 ms', 'p99 ms', 'errors'],
    m.routes.map((r) => [r.name, r.ok, fixed(r.p50, 1), fixed(r.p99, 1), r.errors]),
  );
  if (wave) {
    const { phones, seconds, returning } = options.wave;
    console.log(
      `\nWave: ${phones} phones within ${seconds} s, ${fixed(returning * 100, 0)} % of them returning (home screen and one module screen each, ${wave.ok + wave.errors} requests in ${fixed(wave.seconds, 1)} s): ${wave.ok - wave.notModified} answered with a body, ${wave.notModified} not modified (304); p50 ${fixed(wave.p50, 1)} ms, p99 ${fixed(wave.p99, 1)} ms, slowest route p99 ${fixed(Math.max(...wave.routes.map((r) => r.p99)), 1)} ms; ${errors(wave)}, ${wave.timeouts} timeouts; CPU ${cpu(wave)} ms/req (PostgreSQL ${pg(wave)}).`,
    );
    table(
      ['in the wave', '200', '304', 'p50 ms', 'p99 ms', 'errors'],
      wave.routes.map((r) => [
        r.name,
        r.ok - r.notModified,
        r.notModified,
        fixed(r.p50, 1),
        fixed(r.p99, 1),
        r.errors,
      ]),
    );
  }
}

/** Every route's CPU per request in every mode, next to the baseline of the first mode. */
export function printSummary(results) {
  if (!results.length) return;
  console.log('\nCPU per request, ms (town’s processes + PostgreSQL’s), each route alone:');
  const names = results[0].single.map((s) => s.route.name);
  const cell = (x) => (x.pgCpuMs == null ? cpu(x) : `${cpu(x)} + ${pg(x)}`);
  table(
    ['route', ...results.map((r) => r.mode), 'baseline'],
    [
      ...names.map((name, i) => [
        name,
        ...results.map((r) => cell(r.single[i].town)),
        cpu(results[0].single[i].baseline),
      ]),
      ['mixed workload', ...results.map((r) => cell(r.mixed.town)), cpu(results[0].mixed.baseline)],
    ],
  );
}
