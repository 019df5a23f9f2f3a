/**
 * A small HTTP/1.1 client for pushes: keep-alive connections per origin, at most
 * `maxSockets` each, one request at a time per connection, the whole request written at once.
 * Push services answer with a status and a few headers; this reads exactly that (length- or
 * chunk-delimited bodies are skipped). It exists because Node's general-purpose client costs
 * more CPU per request than the encryption does.
 */
import net from 'node:net';
import tls from 'node:tls';

export interface Http1Options {
  /** Extra CA certificates to trust (a test push service); the system's are trusted anyway. */
  ca?: string | Buffer;
  maxSockets: number;
  timeoutMs: number;
}

export interface Http1Response {
  status: number;
  headers: Record<string, string>;
}

interface Pending {
  resolve(response: Http1Response): void;
  reject(error: Error): void;
}

const HEADER_END = Buffer.from('\r\n\r\n');
const CRLF = Buffer.from('\r\n');

class Connection {
  private buffer: Buffer = Buffer.alloc(0);
  private pending: Pending | undefined;
  private head: Http1Response | undefined;
  private remaining = -1;
  private chunked = false;
  private closeAfter = false;
  closed = false;
  /** Set once the pool has stopped counting this connection. */
  released = false;

  constructor(
    readonly socket: net.Socket,
    private readonly release: (c: Connection) => void,
    timeoutMs: number,
  ) {
    socket.setNoDelay(true);
    socket.setTimeout(timeoutMs, () =>
      socket.destroy(new Error(`no answer within ${timeoutMs} ms`)),
    );
    socket.on('data', (data: Buffer) => this.onData(data));
    socket.on('error', (e) => this.fail(e));
    socket.on('close', () => this.fail(new Error('connection closed')));
  }

  request(bytes: Buffer, pending: Pending): void {
    this.pending = pending;
    this.buffer = Buffer.alloc(0);
    this.head = undefined;
    this.socket.write(bytes);
  }

  private fail(error: Error): void {
    this.closed = true;
    const p = this.pending;
    this.pending = undefined;
    p?.reject(error);
    this.release(this);
  }

  private onData(data: Buffer): void {
    if (!this.pending) {
      this.socket.destroy();
      return;
    }
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, data]) : data;
    if (!this.head) {
      const end = this.buffer.indexOf(HEADER_END);
      if (end < 0) return;
      const lines = this.buffer.subarray(0, end).toString('latin1').split('\r\n');
      const status = Number((lines[0] ?? '').split(' ')[1]);
      const headers: Record<string, string> = {};
      for (let i = 1; i < lines.length; i++) {
        const line = lines[i] as string;
        const colon = line.indexOf(':');
        if (colon > 0)
          headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      this.head = { status, headers };
      this.buffer = this.buffer.subarray(end + 4);
      this.chunked = /chunked/i.test(headers['transfer-encoding'] ?? '');
      this.closeAfter = /close/i.test(headers.connection ?? '');
      const length = headers['content-length'];
      if (this.chunked) this.remaining = -1;
      else if (length !== undefined) this.remaining = Number(length);
      else if (status === 204 || status === 304 || (status >= 100 && status < 200))
        this.remaining = 0;
      else {
        // Body runs to the end of the connection: answer now, never reuse it.
        this.remaining = Number.POSITIVE_INFINITY;
        this.closeAfter = true;
      }
    }
    if (this.chunked) {
      // Skip chunks until the zero-size one and the (empty) trailer.
      for (;;) {
        const eol = this.buffer.indexOf(CRLF);
        if (eol < 0) return;
        const size = Number.parseInt(this.buffer.subarray(0, eol).toString('latin1'), 16);
        if (size === 0) {
          if (this.buffer.indexOf(HEADER_END, eol) !== eol) return;
          break;
        }
        if (this.buffer.length < eol + 2 + size + 2) return;
        this.buffer = this.buffer.subarray(eol + 2 + size + 2);
      }
    } else if (this.remaining !== Number.POSITIVE_INFINITY && this.buffer.length < this.remaining) {
      return;
    }
    const p = this.pending;
    const head = this.head;
    this.pending = undefined;
    if (this.closeAfter) {
      this.closed = true;
      this.socket.destroy();
    }
    p.resolve(head);
    if (!this.closed) this.release(this);
  }
}

class OriginPool {
  private idle: Connection[] = [];
  private open = 0;
  private waiting: ((c: Connection) => void)[] = [];

  constructor(
    private readonly url: URL,
    private readonly options: Http1Options,
    private readonly secureContext: tls.SecureContext | undefined,
  ) {}

  private connect(): Connection {
    const port = Number(this.url.port) || (this.url.protocol === 'https:' ? 443 : 80);
    const host = this.url.hostname.replace(/^\[|\]$/g, '');
    const socket =
      this.url.protocol === 'https:'
        ? tls.connect({
            host,
            port,
            ...(net.isIP(host) ? {} : { servername: host }),
            ...(this.secureContext ? { secureContext: this.secureContext } : {}),
            ALPNProtocols: ['http/1.1'],
          })
        : net.connect({ host, port });
    this.open++;
    return new Connection(socket, (c) => this.release(c), this.options.timeoutMs);
  }

  private release(c: Connection): void {
    if (c.closed) {
      // 'error' and 'close' both report; count the connection out once.
      if (c.released) return;
      c.released = true;
      const i = this.idle.indexOf(c);
      if (i >= 0) this.idle.splice(i, 1);
      this.open--;
      const next = this.waiting.shift();
      if (next) next(this.connect());
      return;
    }
    const next = this.waiting.shift();
    if (next) next(c);
    else this.idle.push(c);
  }

  acquire(): Promise<Connection> {
    const idle = this.idle.pop();
    if (idle) return Promise.resolve(idle);
    if (this.open < this.options.maxSockets) return Promise.resolve(this.connect());
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  close(): void {
    for (const c of this.idle) c.socket.destroy();
    this.idle = [];
  }
}

export interface Http1Client {
  post(url: URL, headers: Record<string, string | number>, body: Buffer): Promise<Http1Response>;
  close(): void;
}

export function createHttp1Client(options: Http1Options): Http1Client {
  const pools = new Map<string, OriginPool>();
  // Built once: parsing the CA list per connection costs tens of milliseconds.
  const secureContext = options.ca
    ? tls.createSecureContext({ ca: [...tls.rootCertificates, String(options.ca)] })
    : undefined;
  return {
    async post(url, headers, body) {
      let pool = pools.get(url.origin);
      if (!pool) {
        pool = new OriginPool(url, options, secureContext);
        pools.set(url.origin, pool);
      }
      let head = `POST ${url.pathname}${url.search} HTTP/1.1\r\nhost: ${url.host}\r\n`;
      for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`;
      head += `content-length: ${body.length}\r\n\r\n`;
      // Head and body in one buffer, so each request is a single TLS write.
      const headLength = Buffer.byteLength(head, 'latin1');
      const bytes = Buffer.allocUnsafe(headLength + body.length);
      bytes.write(head, 0, 'latin1');
      body.copy(bytes, headLength);
      const connection = await pool.acquire();
      return new Promise((resolve, reject) => connection.request(bytes, { resolve, reject }));
    },
    close() {
      for (const pool of pools.values()) pool.close();
      pools.clear();
    },
  };
}
