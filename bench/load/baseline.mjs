// The baseline: a bare Hono app on the Node adapter the server uses, answering each route's
// body (as the town answered it, with its content type) from memory. It waits for
// `{ bodies: [{ type, base64 }] }` on its IPC channel, then serves `/<i>`.
//   node baseline.mjs <port>
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const serverPackage = createRequire(new URL('../../packages/server/package.json', import.meta.url));
const load = (name) => import(pathToFileURL(serverPackage.resolve(name)).href);
const { Hono } = await load('hono');
const { serve } = await load('@hono/node-server');

const port = Number(process.argv[2]);
let bodies = [];
process.on('message', (message) => {
  if (!message?.bodies) return;
  bodies = message.bodies.map(({ type, base64 }) => ({
    type,
    body: Buffer.from(base64, 'base64'),
  }));
  process.send({ ready: true });
});

const app = new Hono();
app.get('/healthz', (c) => c.text('ok'));
app.get('/:i', (c) => {
  const answer = bodies[Number(c.req.param('i'))];
  if (!answer) return c.notFound();
  return c.body(answer.body, 200, { 'content-type': answer.type });
});
serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
