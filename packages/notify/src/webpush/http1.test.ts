import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttp1Client } from './http1.js';

/** A raw HTTP/1.1 server whose answers the test writes byte for byte. */
describe('the push HTTP/1.1 client', () => {
  let server: net.Server;
  let base: string;
  let connections = 0;
  let maxConcurrent = 0;
  let inFlight = 0;
  const answers: Record<string, string> = {
    '/length': 'HTTP/1.1 201 Created\r\nContent-Length: 5\r\n\r\nhello',
    '/chunked':
      'HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n',
    '/retry': 'HTTP/1.1 429 Too Many Requests\r\nRetry-After: 12\r\nContent-Length: 0\r\n\r\n',
    '/close': 'HTTP/1.1 410 Gone\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
  };
  beforeAll(async () => {
    server = net.createServer((socket) => {
      connections++;
      let buffer = '';
      socket.on('data', (d) => {
        buffer += d.toString('latin1');
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = Number(/content-length: (\d+)/i.exec(buffer)?.[1] ?? 0);
        if (buffer.length < end + 4 + length) return;
        const path = buffer.split(' ')[1] as string;
        buffer = '';
        inFlight++;
        maxConcurrent = Math.max(maxConcurrent, inFlight);
        setTimeout(() => {
          inFlight--;
          const answer = answers[path] ?? 'HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n';
          // The answer in two parts that arrive apart: the client must keep the first part
          // while it waits for the second.
          socket.write(answer.slice(0, 20));
          setTimeout(() => {
            socket.write(answer.slice(20));
            if (path === '/close') socket.end();
          }, 3);
        }, 5);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('reads length- and chunk-delimited answers and reuses the connection', async () => {
    connections = 0;
    const client = createHttp1Client({ maxSockets: 1, timeoutMs: 2000 });
    const body = Buffer.from('x');
    expect((await client.post(new URL(`${base}/length`), {}, body)).status).toBe(201);
    expect((await client.post(new URL(`${base}/chunked`), {}, body)).status).toBe(201);
    expect(await client.post(new URL(`${base}/retry`), {}, body)).toEqual({
      status: 429,
      headers: expect.objectContaining({ 'retry-after': '12' }),
    });
    expect(connections).toBe(1);
    expect((await client.post(new URL(`${base}/close`), {}, body)).status).toBe(410);
    expect((await client.post(new URL(`${base}/length`), {}, body)).status).toBe(201);
    expect(connections).toBe(2);
    client.close();
  });

  it('keeps at most maxSockets requests in flight per origin', async () => {
    maxConcurrent = 0;
    const client = createHttp1Client({ maxSockets: 3, timeoutMs: 2000 });
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        client.post(new URL(`${base}/length`), {}, Buffer.from('x')),
      ),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(maxConcurrent).toBe(3);
    client.close();
  });

  it('closes a connection left idle for the timeout, and opens a new one when needed', async () => {
    connections = 0;
    const client = createHttp1Client({ maxSockets: 1, timeoutMs: 150 });
    const body = Buffer.from('x');
    expect((await client.post(new URL(`${base}/length`), {}, body)).status).toBe(201);
    await new Promise((r) => setTimeout(r, 400));
    expect((await client.post(new URL(`${base}/length`), {}, body)).status).toBe(201);
    expect(connections).toBe(2);
    client.close();
  });

  it('fails a request whose server never answers, after the timeout', async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const client = createHttp1Client({ maxSockets: 1, timeoutMs: 100 });
    const port = (silent.address() as net.AddressInfo).port;
    await expect(
      client.post(new URL(`http://127.0.0.1:${port}/x`), {}, Buffer.from('x')),
    ).rejects.toThrow(/no answer/);
    client.close();
    silent.close();
  });
});
