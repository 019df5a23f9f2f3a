/**
 * Sends one Web Push message (RFC 8030) over a keep-alive connection: encrypts the payload,
 * signs with VAPID, sets TTL, Urgency and Topic, and reports the push service's answer.
 */

import { NonPublicAddressError, publicAddressLookup } from '../endpoints/public-address.js';
import {
  type EndpointRefusal,
  type PushServicePolicy,
  refuseEndpoint,
} from '../endpoints/push-services.js';
import { encryptPayload, type SubscriptionKeys } from './encrypt.js';
import { createHttp1Client } from './http1.js';
import type { Vapid } from './vapid.js';

export type Urgency = 'very-low' | 'low' | 'normal' | 'high';

export interface PushTarget {
  endpoint: string;
  keys: SubscriptionKeys;
}

export interface PushOptions {
  /** Seconds the push service keeps the message for an offline device. */
  ttl: number;
  urgency?: Urgency;
  /** RFC 8030 Topic: a newer message with the same topic replaces an undelivered one (≤ 32 base64url chars). */
  topic?: string;
}

export interface PushResult {
  /** HTTP status; 0 when the request failed before an answer (network, timeout). */
  status: number;
  /** Seconds from a Retry-After header, if any. */
  retryAfter?: number;
  error?: string;
  /** Set when the endpoint was not contacted, or the connection stopped, because the policy refuses it. */
  refused?: EndpointRefusal;
}

export interface PushSender {
  send(target: PushTarget, payload: Buffer | string, options: PushOptions): Promise<PushResult>;
  /** Closes idle keep-alive connections. */
  close(): void;
}

export interface PushSenderOptions {
  vapid: Vapid;
  /** Extra CA certificate to trust, e.g. a local test push service's (system CAs stay trusted). */
  ca?: string | Buffer;
  /** Keep-alive connections per push-service origin (default 64). */
  maxSockets?: number;
  /** Milliseconds before a request counts as failed (default 30 s). */
  timeoutMs?: number;
  /**
   * Which push services may be contacted (default: the browsers' own, on public addresses).
   * Checked before each push and, for the address behind a name, when connecting.
   */
  endpoints?: PushServicePolicy;
}

/** Parses Retry-After (seconds or an HTTP date) into seconds from now. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

export function createPushSender(options: PushSenderOptions): PushSender {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const client = createHttp1Client({
    maxSockets: options.maxSockets ?? 64,
    timeoutMs,
    ...(options.ca ? { ca: options.ca } : {}),
    ...(options.endpoints?.allowPrivateAddresses ? {} : { lookup: publicAddressLookup }),
  });

  let headers: Record<string, string | number> | undefined;
  return {
    async send(target, payload, push) {
      let url: URL;
      try {
        url = new URL(target.endpoint);
      } catch {
        return { status: 0, error: 'invalid endpoint' };
      }
      const refused = refuseEndpoint(url, options.endpoints);
      if (refused) return { status: 0, error: 'endpoint refused', refused };
      const body = encryptPayload(payload, target.keys);
      const ttl = Math.max(0, Math.floor(push.ttl));
      const authorization = options.vapid.authorization(url);
      // The messages of one dispatch share their headers: the same object is handed to the
      // client, which then reuses the header lines it wrote for the previous message.
      if (
        !headers ||
        headers.ttl !== ttl ||
        headers.authorization !== authorization ||
        headers.urgency !== push.urgency ||
        headers.topic !== push.topic
      ) {
        headers = {
          'content-type': 'application/octet-stream',
          'content-encoding': 'aes128gcm',
          ttl,
          authorization,
        };
        if (push.urgency) headers.urgency = push.urgency;
        if (push.topic) headers.topic = push.topic;
      }
      try {
        const res = await client.post(url, headers, body);
        const retry = res.headers['retry-after'];
        return {
          status: res.status,
          ...(retry !== undefined ? { retryAfter: parseRetryAfter(retry) } : {}),
        };
      } catch (error) {
        if (error instanceof NonPublicAddressError)
          return { status: 0, error: 'endpoint refused', refused: 'non_public_address' };
        return { status: 0, error: (error as Error).message };
      }
    },
    close() {
      client.close();
    },
  };
}
