// The load generator, in a process of its own so that the servers' CPU is measured alone.
// It waits for a scenario on its IPC channel, runs it with autocannon and answers with the
// figures per route:
//   { base, routes: [{ name, path }], sequence?, connections, seconds, amount?, rate?, timeoutS }
// Every connection walks through `routes` in order (one route alone: the same request again);
// with `sequence` ([{ name, path, headers? }], names from `routes`), all connections together
// take its requests in turn, so its order holds across connections (the wave's phones one
// after the other); with `rate`, all connections together send at most that many requests per
// second. A 304 (the client sent the validator it kept) is an answer, counted apart.
import autocannon from 'autocannon';

function percentile(sorted, p) {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

/** One request that each connection rebuilds from the next entry of `sequence`, shared by all. */
function inTurn(sequence) {
  let next = 0;
  return {
    method: 'GET',
    setupRequest: (request, context) => {
      const { name, path, headers } = sequence[next++ % sequence.length];
      context.route = name;
      return { ...request, path, headers: { ...request.headers, ...headers } };
    },
  };
}

async function run(scenario) {
  const { base, routes, sequence, connections, seconds, amount, rate, timeoutS } = scenario;
  const perRoute = new Map(
    routes.map((r) => [r.name, { latencies: [], errors: 0, notModified: 0 }]),
  );
  const all = [];
  let notModified = 0;
  /** Answers other than 2xx, by status: what went wrong, not only how often. */
  const failures = {};
  const instance = autocannon({
    url: base,
    connections,
    ...(amount ? { amount } : { duration: seconds }),
    ...(rate ? { overallRate: rate } : {}),
    timeout: timeoutS,
    headers: { 'accept-language': 'de', 'accept-encoding': 'br, gzip' },
    // The route a connection asked for last: its answer is the next to come (no pipelining).
    requests: sequence
      ? [inTurn(sequence)]
      : routes.map(({ name, path }) => ({
          method: 'GET',
          path,
          setupRequest: (request, context) => {
            context.route = name;
            return request;
          },
        })),
  });
  instance.on('response', (client, status, _bytes, ms) => {
    const route = perRoute.get(client.requestIterator.context.route);
    if (!route) return;
    if ((status >= 200 && status < 300) || status === 304) {
      route.latencies.push(ms);
      all.push(ms);
      if (status === 304) {
        route.notModified += 1;
        notModified += 1;
      }
    } else {
      route.errors += 1;
      failures[status] = (failures[status] ?? 0) + 1;
    }
  });
  const result = await instance;
  const elapsed = result.duration || seconds;
  all.sort((a, b) => a - b);
  return {
    ok: all.length,
    notModified,
    errors: [...perRoute.values()].reduce((n, r) => n + r.errors, 0),
    failures,
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    seconds: elapsed,
    total: result.requests.total,
    timeouts: result.timeouts,
    connectionErrors: result.errors - result.timeouts,
    routes: [...perRoute].map(([name, { latencies, errors, notModified }]) => {
      const sorted = latencies.sort((a, b) => a - b);
      return {
        name,
        ok: sorted.length,
        notModified,
        errors,
        perSecond: sorted.length / elapsed,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        max: sorted.at(-1) ?? Number.NaN,
      };
    }),
  };
}

process.on('message', async (message) => {
  if (message === 'stop') process.exit(0);
  try {
    process.send({ result: await run(message) });
  } catch (error) {
    process.send({ error: String(error?.stack ?? error) });
  }
});
