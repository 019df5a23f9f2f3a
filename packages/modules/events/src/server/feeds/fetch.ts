import { isIP } from 'node:net';
import { isCityAppError } from '@city-app/core';
import { isPublicAddress, publicAddressLookup } from '@city-app/notify';
import { Agent, fetch, type Response } from 'undici';
import { feedError } from '../../errors/feeds.js';
import { FEED_LIMITS } from '../import/parse/limits.js';

/** A feed that does not answer within this time is tried again at the next sync. */
const FETCH_TIMEOUT_MS = 20_000;
const MAX_REDIRECTS = 5;

// A source's address is typed by staff: without this, the server could be made to read from
// the administration's own network. The name is checked as it is connected to, so a DNS
// answer that changes after a check gains nothing.
const publicOnly = new Agent({ connect: { lookup: publicAddressLookup } });
const anywhere = new Agent();

export type FetchedCalendar =
  | { changed: false }
  | { changed: true; text: string; etag: string | null; lastModified: string | null };

export interface CalendarFetch {
  /** What the last fetch saw, for a conditional request (a 304 means unchanged). */
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
  /** Loopback and private networks too (`CITY_APP_SOURCES_PRIVATE_ADDRESSES=allow`). */
  allowPrivateAddresses: boolean;
  timeoutMs?: number;
}

/** Whether the environment lets sources on the town's own network through. */
export const privateAddressesAllowed = (env: Readonly<Record<string, string | undefined>> = {}) =>
  (env.CITY_APP_SOURCES_PRIVATE_ADDRESSES ?? '').trim().toLowerCase() === 'allow';

const reasons = {
  internal: {
    de: 'Adresse im internen Netz, nicht erlaubt',
    en: 'address on an internal network, not allowed',
  },
  scheme: { de: 'nur http- und https-Adressen', en: 'only http and https addresses' },
  redirects: { de: 'zu viele Weiterleitungen', en: 'too many redirects' },
  timeout: { de: 'keine Antwort innerhalb der Frist', en: 'no answer in time' },
  unknownHost: { de: 'Adresse unbekannt', en: 'unknown host' },
  refused: { de: 'Verbindung abgelehnt', en: 'connection refused' },
  network: { de: 'Netzwerkfehler', en: 'network error' },
};

const failed = (url: string, reason: { de: string; en: string } | string) =>
  feedError('events_source_fetch_failed', { url: url.slice(0, 200), reason });

/** Only http(s); an internal address written as a number is refused before any connection. */
function checkAddress(url: string, allowPrivate: boolean): void {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (parsed?.protocol !== 'https:' && parsed?.protocol !== 'http:')
    throw failed(url, reasons.scheme);
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && isIP(host) && !isPublicAddress(host)) throw failed(url, reasons.internal);
}

/** The body, refused as soon as it passes the calendar's size limit. */
async function boundedBody(response: Response): Promise<Uint8Array> {
  const tooLarge = () =>
    feedError('events_ics_too_large', { limit: `${FEED_LIMITS.bytes / 1024 / 1024} MB` });
  if (Number(response.headers.get('content-length')) > FEED_LIMITS.bytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > FEED_LIMITS.bytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The text of a calendar: UTF-8 as RFC 5545 asks, unless the server names another charset. */
function decode(bytes: Uint8Array, contentType: string | null): string {
  const charset = /charset="?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * Fetches a calendar: a conditional GET, redirects followed one by one (each address checked
 * like the first), within a time and a size limit. A failure becomes a catalogue error in
 * staff's words — never a stack or a network detail.
 */
export async function fetchCalendar(url: string, options: CalendarFetch): Promise<FetchedCalendar> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? FETCH_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const headers: Record<string, string> = { accept: 'text/calendar, */*;q=0.5' };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      checkAddress(current, options.allowPrivateAddresses);
      const response = await fetch(current, {
        headers,
        signal,
        redirect: 'manual',
        dispatcher: options.allowPrivateAddresses ? anywhere : publicOnly,
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
        await response.body?.cancel();
        if (hop >= MAX_REDIRECTS) throw failed(url, reasons.redirects);
        current = new URL(location, current).toString();
        continue;
      }
      if (response.status === 304) return { changed: false };
      if (!response.ok) {
        await response.body?.cancel();
        throw failed(url, `HTTP ${response.status}`);
      }
      const bytes = await boundedBody(response);
      return {
        changed: true,
        text: decode(bytes, response.headers.get('content-type')),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
    }
  } catch (error) {
    if (isCityAppError(error)) throw error;
    if (timeout.aborted) throw failed(url, reasons.timeout);
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code === 'ENONPUBLIC') throw failed(url, reasons.internal);
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') throw failed(url, reasons.unknownHost);
    if (code === 'ECONNREFUSED') throw failed(url, reasons.refused);
    throw failed(url, reasons.network);
  }
}
