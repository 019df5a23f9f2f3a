import { isCityAppError } from '@city-app/core';
import { publicAddressLookup } from '@city-app/notify';
import { Agent, fetch, type Response } from 'undici';
import { oparlError } from '../../errors/oparl.js';
import { checkAddress } from './address.js';
import { OPARL_LIMITS } from './limits.js';

// An OParl server's links lead anywhere it likes: without this, it could make the app read
// from the administration's own network. The name is checked as it is connected to.
const publicOnly = new Agent({ connect: { lookup: publicAddressLookup } });
const anywhere = new Agent();

const MAX_REDIRECTS = 5;

/** How the client talks to a server; tests shorten the waits. */
export interface HttpOptions {
  timeoutMs: number;
  attempts: number;
  backoffMs: readonly number[];
  bytes: number;
  /** Private networks too (`CITY_APP_SOURCES_PRIVATE_ADDRESSES=allow`). */
  allowPrivateAddresses: boolean;
  signal?: AbortSignal;
  /** Told of each request sent, retries included. */
  onRequest?: () => void;
}

/** One answer: its JSON and the server's clock (`Date`), when it sent one. */
export interface JsonAnswer {
  json: unknown;
  serverTime: Date | null;
}

const reasons = {
  timeout: { de: 'keine Antwort innerhalb der Frist', en: 'no answer in time' },
  redirects: { de: 'zu viele Weiterleitungen', en: 'too many redirects' },
  network: { de: 'Netzwerkfehler', en: 'network error' },
  json: { de: 'kein JSON', en: 'not JSON' },
};

/** A failure worth another attempt: the server or the network, not the request. */
class Retryable extends Error {
  constructor(readonly failure: Error) {
    super(failure.message);
  }
}

async function boundedText(response: Response, url: string, limit: number): Promise<string> {
  const tooLarge = () =>
    oparlError('council_oparl_too_large', {
      url: url.slice(0, 200),
      limit: `${Math.round(limit / 1024 / 1024)} MB`,
    });
  if (Number(response.headers.get('content-length')) > limit) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

async function attempt(url: string, options: HttpOptions): Promise<JsonAnswer> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const { loopback } = checkAddress(current);
      options.onRequest?.();
      const response = await fetch(current, {
        headers: { accept: 'application/json' },
        signal,
        redirect: 'manual',
        dispatcher: loopback || options.allowPrivateAddresses ? anywhere : publicOnly,
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (hop >= MAX_REDIRECTS)
          throw oparlError('council_oparl_unreachable', { url, reason: reasons.redirects });
        current = new URL(location, current).toString();
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        const failure = oparlError('council_oparl_unreachable', {
          url: url.slice(0, 200),
          reason: `HTTP ${response.status}`,
        });
        throw response.status >= 500 || response.status === 429 ? new Retryable(failure) : failure;
      }
      const text = await boundedText(response, url, options.bytes);
      const date = response.headers.get('date');
      const serverTime = date && !Number.isNaN(Date.parse(date)) ? new Date(date) : null;
      try {
        return { json: JSON.parse(text), serverTime };
      } catch {
        throw oparlError('council_oparl_unreadable', {
          url: url.slice(0, 200),
          reason: reasons.json,
        });
      }
    }
  } catch (error) {
    if (error instanceof Retryable || isCityAppError(error)) throw error;
    // Stopping the server is no failure of the source: it ends the sync at once.
    if (options.signal?.aborted) throw error;
    const reason = timeout.aborted ? reasons.timeout : reasons.network;
    throw new Retryable(
      oparlError('council_oparl_unreachable', { url: url.slice(0, 200), reason }),
    );
  }
}

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * GETs one OParl address as JSON: redirects followed one by one (each address checked like the
 * first), within a time and a size limit, tried again after a server or network failure up to
 * `attempts` times. A failure becomes a catalogue error in staff's words, never a stack.
 */
export async function getJson(url: string, options: HttpOptions): Promise<JsonAnswer> {
  for (let round = 1; ; round++) {
    try {
      return await attempt(url, options);
    } catch (error) {
      if (!(error instanceof Retryable)) throw error;
      if (round >= options.attempts || options.signal?.aborted) throw error.failure;
      await wait(options.backoffMs[round - 1] ?? options.backoffMs.at(-1) ?? 0, options.signal);
    }
  }
}

/** The limits of `OPARL_LIMITS` as the client's options. */
export function defaultHttpOptions(): Omit<HttpOptions, 'allowPrivateAddresses'> {
  return {
    timeoutMs: OPARL_LIMITS.timeoutMs,
    attempts: OPARL_LIMITS.attempts,
    backoffMs: OPARL_LIMITS.backoffMs,
    bytes: OPARL_LIMITS.bytes,
  };
}
