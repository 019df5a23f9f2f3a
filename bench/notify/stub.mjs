// A loopback push service for the benchmark, in its own process so its CPU is not counted
// as the sender's: HTTPS with the certificate it is given, answers 201 and counts.
import https from 'node:https';

const { BENCH_KEY, BENCH_CERT } = process.env;
let count = 0;
const server = https.createServer(
  { key: BENCH_KEY, cert: BENCH_CERT, keepAliveTimeout: 60_000 },
  (req, res) => {
    req.resume();
    req.on('end', () => {
      if (
        !req.headers.authorization?.startsWith('vapid t=') ||
        req.headers['content-encoding'] !== 'aes128gcm'
      ) {
        res.writeHead(400).end();
        return;
      }
      count++;
      res.writeHead(201).end();
    });
  },
);
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
process.on('message', (m) => {
  if (m === 'count') process.send?.({ count });
});
