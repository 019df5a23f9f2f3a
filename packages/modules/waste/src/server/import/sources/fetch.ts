import { isIP } from 'node:net';
import { isCityAppError } from '@city-app/core';
import { isPublicAddress, publicAddressLookup } from '@city-app/notify';
import { Agent, fetch, type Response } from 'undici';
import { importError } from '../../../errors/import.js';

/** The largest calendar fetched or uploaded: a county's whole year is far less. */
export const MAX_CALENDAR_BYTES = 5 * 1024 * 1024;
const TIMEOUT_MS = 20_000;
const MAX_REDIRECTS = 5;

/**
 * Connects only to public addresses: the name is resolved and checked when connecting, so a
 * DNS answer that changes after a check gains nothing. A source's address is typed by staff;
 * without this, the server could be made to fetch from the administration's own network.
 */
const publicOnly = new Agent({ connect: { lookup: publicAddressLookup } });
const anywhere = new Agent();

export type Fetched =
  | { changed: false }
  | { changed: true; bytes: Uint8Array; etag: string | null; lastModified: string | null };

export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
  /** Addresses on loopback and private networks too (`CITY_APP_SOURCES_PRIVATE_ADDRESSES=allow`). */
  allowPrivateAddresses?: boolean;
}

/** Whether the environment lets sources on the town's own network through. */
export const privateSourcesAllowed = (env: Readonly<Record<string, string | undefined>> = {}) =>
  (env.CITY_APP_SOURCES_PRIVATE_ADDRESSES ?? '').trim().toLowerCase() === 'allow';

const INTERNAL = {
  de: 'Adresse im internen Netz, nicht erlaubt',
  en: 'address on an internal network, not allowed',
};

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Reads at most `max` bytes of the body; a longer one is refused as soon as it says so. */
async function readLimited(response: Response, url: string, max: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = () => importError('waste_source_too_large', { url, limit: megabytes(max) });
  if (declared > max) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** Why a fetch failed, in words fit for staff (no stack, no internals). */
function reasonOf(error: unknown, timedOut: boolean): { de: string; en: string } {
  if (timedOut) return { de: 'keine Antwort innerhalb der Frist', en: 'no answer in time' };
  const code = (error as { cause?: { code?: string } }).cause?.code;
  if (code === 'ENONPUBLIC') return INTERNAL;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return { de: 'Adresse unbekannt', en: 'unknown host' };
  if (code === 'ECONNREFUSED') return { de: 'Verbindung abgelehnt', en: 'connection refused' };
  return { de: 'Netzwerkfehler', en: 'network error' };
}

/**
 * Fetches a calendar from an http(s) address: a conditional GET with the last ETag and
 * Last-Modified (a 304 means unchanged), a timeout, and a size limit.
 */
export async function fetchCalendar(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const allowPrivate = options.allowPrivateAddresses ?? false;
  checkAddress(url, allowPrivate);
  const timeout = AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const headers: Record<string, string> = { accept: 'text/calendar, text/csv, */*;q=0.5' };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  try {
    const response = await follow(url, headers, signal, allowPrivate);
    if (response.status === 304) return { changed: false };
    if (!response.ok) {
      await response.body?.cancel();
      const reason = `HTTP ${response.status}`;
      throw importError('waste_source_fetch_failed', { url, reason });
    }
    return {
      changed: true,
      bytes: await readLimited(response, url, options.maxBytes ?? MAX_CALENDAR_BYTES),
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
  } catch (error) {
    if (isCityAppError(error)) throw error;
    throw importError('waste_source_fetch_failed', {
      url,
      reason: reasonOf(error, timeout.aborted),
    });
  }
}

/** Only http(s), and no internal address written as a number (those skip the name lookup). */
function checkAddress(url: string, allowPrivate: boolean): void {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (parsed?.protocol !== 'https:' && parsed?.protocol !== 'http:') {
    throw importError('waste_source_fetch_failed', {
      url,
      reason: { de: 'nur http- und https-Adressen', en: 'only http and https addresses' },
    });
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && isIP(host) && !isPublicAddress(host)) {
    throw importError('waste_source_fetch_failed', { url, reason: INTERNAL });
  }
}

/** Follows redirects itself, so that every address on the way is checked like the first. */
async function follow(
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  allowPrivate: boolean,
): Promise<Response> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const response = await fetch(current, {
      headers,
      signal,
      redirect: 'manual',
      dispatcher: allowPrivate ? anywhere : publicOnly,
    });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || response.status === 304 || !location)
      return response;
    await response.body?.cancel();
    if (hop >= MAX_REDIRECTS) {
      throw importError('waste_source_fetch_failed', {
        url,
        reason: { de: 'zu viele Weiterleitungen', en: 'too many redirects' },
      });
    }
    current = new URL(location, current).toString();
    checkAddress(current, allowPrivate);
  }
}
