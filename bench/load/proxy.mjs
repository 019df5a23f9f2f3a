// A tiny reverse proxy, as an operator puts one (nginx, Caddy) in front of several app
// processes: round robin over the upstream ports, kept-alive connections to them, and the
// X-Forwarded-* headers the app trusts with CITY_APP_TRUST_PROXY=1.
//   node proxy.mjs <listen port> <upstream port> [<upstream port> …]
import http from 'node:http';

const [listenPort, ...upstreams] = process.argv.slice(2).map(Number);
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
let next = 0;

/**
 * Sends the request to the next process. A GET or HEAD whose kept-alive connection the app
 * closed just as it was reused (Node closes idle ones after 5 s) goes once more, to the next
 * process, as nginx does for idempotent requests (`proxy_next_upstream error`).
 */
function forward(request, response, body, retries) {
  const port = upstreams[next];
  next = (next + 1) % upstreams.length;
  const forwarded = request.headers['x-forwarded-for'];
  const client = request.socket.remoteAddress ?? '';
  const upstream = http.request(
    {
      host: '127.0.0.1',
      port,
      method: request.method,
      path: request.url,
      agent,
      headers: {
        ...request.headers,
        'x-forwarded-for': forwarded ? `${forwarded}, ${client}` : client,
        'x-forwarded-proto': 'http',
        'x-forwarded-host': request.headers.host ?? '',
      },
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', () => {
    if (response.headersSent) return response.destroy();
    if (retries > 0) return forward(request, response, body, retries - 1);
    response.writeHead(502);
    response.end();
  });
  upstream.end(body);
}

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const idempotent = request.method === 'GET' || request.method === 'HEAD';
    forward(request, response, Buffer.concat(chunks), idempotent ? 1 : 0);
  });
});
server.keepAliveTimeout = 65_000;
server.listen(listenPort, '127.0.0.1');
