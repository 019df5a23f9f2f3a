// The load generator, in a process of its own so that the server's process.cpuUsage() counts
// the server's work only. It waits for `{ url, requests, concurrency, timeoutMs }` messages,
// sends `requests` GETs with `concurrency` of them in flight over kept-alive connections, and
// answers `{ latencies, errors, timeouts, seconds, bytes }`.
import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function get(url, timeoutMs) {
  return new Promise((resolve) => {
    const started = performance.now();
    const request = http.get(url, { agent, headers: { 'accept-language': 'de' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => {
        bytes += chunk.length;
      });
      response.on('end', () =>
        resolve({
          ms: performance.now() - started,
          ok: response.statusCode === 200,
          bytes,
        }),
      );
    });
    request.setTimeout(timeoutMs, () => {
      request.destroy();
      resolve({ ms: performance.now() - started, timeout: true });
    });
    request.on('error', () => resolve({ ms: performance.now() - started, ok: false }));
  });
}

async function run({ url, requests, concurrency, timeoutMs }) {
  const latencies = [];
  let errors = 0;
  let timeouts = 0;
  let bytes = 0;
  let next = 0;
  const started = performance.now();
  async function worker() {
    while (next < requests) {
      next += 1;
      const answer = await get(url, timeoutMs);
      if (answer.timeout) timeouts += 1;
      else if (!answer.ok) errors += 1;
      else {
        latencies.push(answer.ms);
        bytes = answer.bytes;
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, requests) }, worker));
  return { latencies, errors, timeouts, bytes, seconds: (performance.now() - started) / 1000 };
}

process.on('message', async (message) => {
  if (message === 'stop') {
    agent.destroy();
    process.exit(0);
  }
  process.send(await run(message));
});
