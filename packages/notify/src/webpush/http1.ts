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
  /** Resolves host names for new connections (e.g. one that refuses non-public addresses). */
  lookup?: net.LookupFunction;
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
/** Push services answer in a few hundred bytes; a larger answer arrives in several reads. */
const READ_BUFFER_BYTES = 4096;

class Connection {
  socket!: net.Socket;
  private buffer: Buffer | undefined;
  private pending: Pending | undefined;
  private head: Http1Response | undefined;
  private remaining = -1;
  private chunked = false;
  private closeAfter = false;
  /** When the request in flight, or the last one, was written (for the timeout sweep). */
  since = 0;
  closed = false;
  /** Set once the pool has stopped counting this connection. */
  released = false;

  constructor(private readonly release: (c: Connection) => void) {}

  attach(socket: net.Socket): void {
    this.socket = socket;
    socket.setNoDelay(true);
    socket.on('error', (e) => this.fail(e));
    socket.on('close', () => this.fail(new Error('connection closed')));
  }

  get busy(): boolean {
    return this.pending !== undefined;
  }

  request(bytes: Buffer, pending: Pending, now: number): void {
    this.pending = pending;
    this.buffer = undefined;
    this.head = undefined;
    this.since = now;
    this.socket.write(bytes);
  }

  private fail(error: Error): void {
    this.closed = true;
    const p = this.pending;
    this.pending = undefined;
    p?.reject(error);
    this.release(this);
  }

  /**
   * Bytes as they arrive. `chunk` is a view of the connection's read buffer, which the next
   * read overwrites: whatever must wait for more bytes is copied.
   */
  onData(chunk: Buffer): void {
    if (!this.pending) {
      this.socket.destroy();
      return;
    }
    const owned = this.buffer !== undefined;
    const waiting = this.read(this.buffer ? Buffer.concat([this.buffer, chunk]) : chunk);
    if (waiting) {
      this.buffer = owned ? waiting : Buffer.from(waiting);
      return;
    }
    const p = this.pending;
    const head = this.head as Http1Response;
    this.pending = undefined;
    this.buffer = undefined;
    if (this.closeAfter) {
      this.closed = true;
      this.socket.destroy();
    }
    p.resolve(head);
    if (!this.closed) this.release(this);
  }

  /** Reads the answer so far; returns the bytes to keep while it is incomplete. */
  private read(data: Buffer): Buffer | undefined {
    if (!this.head) {
      const end = data.indexOf(HEADER_END);
      if (end < 0) return data;
      const lines = data.toString('latin1', 0, end).split('\r\n');
      const status = Number((lines[0] ?? '').split(' ')[1]);
      const headers: Record<string, string> = {};
      for (let i = 1; i < lines.length; i++) {
        const line = lines[i] as string;
        const colon = line.indexOf(':');
        if (colon > 0)
          headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      this.head = { status, headers };
      data = data.subarray(end + 4);
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
        const eol = data.indexOf(CRLF);
        if (eol < 0) return data;
        const size = Number.parseInt(data.toString('latin1', 0, eol), 16);
        if (size === 0) return data.indexOf(HEADER_END, eol) === eol ? undefined : data;
        if (data.length < eol + 2 + size + 2) return data;
        data = data.subarray(eol + 2 + size + 2);
      }
    }
    if (this.remaining !== Number.POSITIVE_INFINITY && data.length < this.remaining) return data;
    return undefined;
  }
}

class OriginPool {
  private idle: Connection[] = [];
  private waiting: ((c: Connection) => void)[] = [];
  /** Every open connection, busy or idle, for the timeout sweep. */
  readonly connections = new Set<Connection>();

  constructor(
    private readonly url: URL,
    private readonly options: Http1Options,
    private readonly secureContext: tls.SecureContext | undefined,
  ) {}

  private connect(): Connection {
    const port = Number(this.url.port) || (this.url.protocol === 'https:' ? 443 : 80);
    const host = this.url.hostname.replace(/^\[|\]$/g, '');
    const connection = new Connection((c) => this.release(c));
    // Answers are read into one buffer per connection, handed over without a stream 'data'
    // event: that machinery cost more CPU per push than parsing the answer.
    const onread = {
      buffer: Buffer.allocUnsafe(READ_BUFFER_BYTES),
      callback: (n: number, buffer: Buffer) => {
        connection.onData(buffer.subarray(0, n));
        return true;
      },
    };
    // tls.connect takes `onread` as net.connect does, though Node's type declarations list
    // it for net only.
    const lookup = this.options.lookup ? { lookup: this.options.lookup } : {};
    const secure: tls.ConnectionOptions & { onread: net.OnReadOpts } = {
      host,
      port,
      onread,
      ...lookup,
      ...(net.isIP(host) ? {} : { servername: host }),
      ...(this.secureContext ? { secureContext: this.secureContext } : {}),
      ALPNProtocols: ['http/1.1'],
    };
    connection.attach(
      this.url.protocol === 'https:'
        ? tls.connect(secure)
        : net.connect({ host, port, onread, ...lookup }),
    );
    this.connections.add(connection);
    return connection;
  }

  private release(c: Connection): void {
    if (c.closed) {
      // 'error' and 'close' both report; count the connection out once.
      if (c.released) return;
      c.released = true;
      const i = this.idle.indexOf(c);
      if (i >= 0) this.idle.splice(i, 1);
      this.connections.delete(c);
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
    if (this.connections.size < this.options.maxSockets) return Promise.resolve(this.connect());
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Ends requests unanswered for `timeoutMs` and connections idle as long. */
  sweep(now: number): void {
    const { timeoutMs } = this.options;
    for (const c of this.connections) {
      if (now - c.since < timeoutMs) continue;
      if (c.busy) c.socket.destroy(new Error(`no answer within ${timeoutMs} ms`));
      else c.socket.destroy();
    }
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
  // One timer for all connections instead of a socket timeout each: a socket's timer is
  // re-armed on every read and write, which cost more than the sweep.
  let sweeper: NodeJS.Timeout | undefined;
  const sweepEvery = Math.max(10, Math.min(1000, Math.floor(options.timeoutMs / 4)));
  // The header lines of the last headers object, which the sender reuses while nothing changes.
  let lastHeaders: Record<string, string | number> | undefined;
  let lastLines = '';
  return {
    async post(url, headers, body) {
      let pool = pools.get(url.origin);
      if (!pool) {
        pool = new OriginPool(url, options, secureContext);
        pools.set(url.origin, pool);
      }
      if (!sweeper) {
        sweeper = setInterval(() => {
          const now = performance.now();
          for (const p of pools.values()) p.sweep(now);
        }, sweepEvery);
        sweeper.unref();
      }
      if (headers !== lastHeaders) {
        lastLines = '';
        for (const [name, value] of Object.entries(headers)) lastLines += `${name}: ${value}\r\n`;
        lastHeaders = headers;
      }
      const head = `POST ${url.pathname}${url.search} HTTP/1.1\r\nhost: ${url.host}\r\n${lastLines}content-length: ${body.length}\r\n\r\n`;
      // Head and body in one buffer, so each request is a single TLS write.
      const headLength = Buffer.byteLength(head, 'latin1');
      const bytes = Buffer.allocUnsafe(headLength + body.length);
      bytes.write(head, 0, 'latin1');
      body.copy(bytes, headLength);
      const connection = await pool.acquire();
      return new Promise((resolve, reject) =>
        connection.request(bytes, { resolve, reject }, performance.now()),
      );
    },
    close() {
      clearInterval(sweeper);
      sweeper = undefined;
      for (const pool of pools.values()) pool.close();
      pools.clear();
    },
  };
}
