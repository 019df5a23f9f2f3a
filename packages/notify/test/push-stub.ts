/**
 * A local push service for tests: HTTPS on 127.0.0.1 with a certificate made at test time.
 * It checks every request the way a real push service does — VAPID JWT signature, `aud`,
 * `exp`, `sub`, the aes128gcm body — and decrypts with an independent implementation
 * (`http_ece`), recording what it received. Answers can be scripted per subscription.
 */
import { createECDH, createPublicKey, type ECDH, randomBytes, verify } from 'node:crypto';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import ece from 'http_ece';
import { generate } from 'selfsigned';

export interface ReceivedMessage {
  subscription: string;
  payload: string;
  json: Record<string, unknown>;
  ttl: number;
  urgency?: string;
  topic?: string;
  at: number;
}

export interface ScriptedAnswer {
  status: number;
  retryAfter?: string;
}

export interface PushStub {
  origin: string;
  /** The stub's certificate (PEM): pass to the sender as `ca`. */
  ca: string;
  /**
   * The explicit server settings that let a town's server reach the stub on 127.0.0.1; a
   * town's server refuses such an endpoint by default.
   */
  env: { CITY_APP_PUSH_SERVICES: string; CITY_APP_PUSH_PRIVATE_ADDRESSES: 'allow' };
  /** A new browser subscription: endpoint and keys as `PushSubscription.toJSON()` gives them. */
  subscribe(): { id: string; endpoint: string; keys: { p256dh: string; auth: string } };
  /** Answers the next pushes to `id` with these, in order; then 201 again. */
  script(id: string, ...answers: ScriptedAnswer[]): void;
  /** From now on, pushes to `id` get 410 Gone. */
  expire(id: string): void;
  received: ReceivedMessage[];
  /** Requests the stub refused, with why (a correct sender never gets here). */
  rejected: { subscription: string; reason: string }[];
  /** Every request, answered or not, in order. */
  requests: { subscription: string; status: number }[];
  close(): Promise<void>;
}

function verifyVapid(header: string | undefined, origin: string): string | undefined {
  const m = /^vapid t=([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+), k=([A-Za-z0-9_-]+)$/.exec(
    header ?? '',
  );
  if (!m) return 'Authorization is not "vapid t=…, k=…"';
  const [h, c, s] = (m[1] as string).split('.') as [string, string, string];
  const raw = Buffer.from(m[2] as string, 'base64url');
  if (raw.length !== 65) return 'k is not a P-256 public key';
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: raw.subarray(1, 33).toString('base64url'),
      y: raw.subarray(33).toString('base64url'),
    },
    format: 'jwk',
  });
  const head = JSON.parse(Buffer.from(h, 'base64url').toString());
  if (head.alg !== 'ES256') return `alg is ${head.alg}`;
  if (
    !verify(
      'sha256',
      Buffer.from(`${h}.${c}`),
      { key, dsaEncoding: 'ieee-p1363' },
      Buffer.from(s, 'base64url'),
    )
  ) {
    return 'JWT signature does not verify';
  }
  const claims = JSON.parse(Buffer.from(c, 'base64url').toString());
  if (claims.aud !== origin) return `aud ${claims.aud} is not ${origin}`;
  const now = Date.now() / 1000;
  if (typeof claims.exp !== 'number' || claims.exp <= now) return 'token expired';
  if (claims.exp > now + 24 * 3600) return 'exp more than 24 h ahead';
  if (!/^(mailto:|https:)/.test(claims.sub ?? ''))
    return `sub ${claims.sub} is neither mailto: nor https:`;
  return undefined;
}

export async function startPushStub(): Promise<PushStub> {
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    algorithm: 'sha256',
    days: 1,
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  } as Parameters<typeof generate>[1]);
  const users = new Map<string, { ecdh: ECDH; auth: string }>();
  const scripts = new Map<string, ScriptedAnswer[]>();
  const gone = new Set<string>();
  const received: ReceivedMessage[] = [];
  const rejected: PushStub['rejected'] = [];
  const requests: PushStub['requests'] = [];
  let origin = '';

  const server = https.createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const id = (req.url ?? '').replace(/^\/push\//, '');
      const answer = (status: number, headers: Record<string, string> = {}) => {
        requests.push({ subscription: id, status });
        res.writeHead(status, headers).end();
      };
      const user = users.get(id);
      if (req.method !== 'POST' || !user) return answer(404);
      if (gone.has(id)) return answer(410);
      const scripted = scripts.get(id)?.shift();
      if (scripted) {
        return answer(
          scripted.status,
          scripted.retryAfter ? { 'retry-after': scripted.retryAfter } : {},
        );
      }
      const reason =
        verifyVapid(req.headers.authorization, origin) ??
        (req.headers['content-encoding'] !== 'aes128gcm'
          ? 'Content-Encoding is not aes128gcm'
          : undefined) ??
        (req.headers.ttl === undefined ? 'TTL header missing' : undefined);
      if (reason) {
        rejected.push({ subscription: id, reason });
        return answer(reason.startsWith('Content') ? 415 : 403);
      }
      const body = Buffer.concat(chunks);
      if (body.length > 4096) {
        rejected.push({ subscription: id, reason: `body of ${body.length} bytes` });
        return answer(413);
      }
      let payload: string;
      try {
        payload = ece
          .decrypt(body, { version: 'aes128gcm', privateKey: user.ecdh, authSecret: user.auth })
          .toString('utf8');
      } catch (e) {
        rejected.push({ subscription: id, reason: `cannot decrypt: ${(e as Error).message}` });
        return answer(400);
      }
      received.push({
        subscription: id,
        payload,
        json: JSON.parse(payload),
        ttl: Number(req.headers.ttl),
        urgency: req.headers.urgency as string | undefined,
        topic: req.headers.topic as string | undefined,
        at: Date.now(),
      });
      answer(201);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    ca: pems.cert,
    env: { CITY_APP_PUSH_SERVICES: '127.0.0.1', CITY_APP_PUSH_PRIVATE_ADDRESSES: 'allow' },
    received,
    rejected,
    requests,
    subscribe() {
      const id = randomBytes(8).toString('hex');
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16).toString('base64url');
      users.set(id, { ecdh, auth });
      return {
        id,
        endpoint: `${origin}/push/${id}`,
        keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth },
      };
    },
    script(id, ...answers) {
      scripts.set(id, [...(scripts.get(id) ?? []), ...answers]);
    },
    expire(id) {
      gone.add(id);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
