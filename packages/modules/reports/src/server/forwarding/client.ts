import type { ForwardingTarget } from '../../forwarding/target.js';

/** How long one request to the other server may take. */
const TIMEOUT_MS = 15_000;
/** The largest answer read: a list of 50 requests is a few kilobytes. */
const MAX_ANSWER_BYTES = 1_000_000;

/** The other server refused (4xx): sending again does not help. */
export class Open311Refused extends Error {}
/** The other server could not be reached or answered 5xx or nonsense: try again later. */
export class Open311Unreachable extends Error {}

/** A request as GeoReport v2's `requests.json` lists it; only the fields forwarding reads. */
export interface RemoteRequest {
  id: string;
  status: 'open' | 'closed';
  notes: string | null;
}

/** Text from the other server as staff may read it: one line, at most `max` characters. */
const clean = (text: unknown, max = 200) =>
  String(text ?? '')
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim()
    .slice(0, max);

async function call(
  target: ForwardingTarget,
  path: string,
  init: RequestInit,
  signal: AbortSignal,
): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(`${target.endpoint.replace(/\/$/, '')}/${path}`, {
      ...init,
      redirect: 'error',
      signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]),
      headers: { Accept: 'application/json', ...init.headers },
    });
  } catch (error) {
    throw new Open311Unreachable(clean((error as Error).cause ?? (error as Error).name));
  }
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_ANSWER_BYTES) throw new Open311Unreachable(`answer of ${length} bytes`);
  const text = await res.text();
  if (text.length > MAX_ANSWER_BYTES) throw new Open311Unreachable('answer too large');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Open311Unreachable(`HTTP ${res.status}, no JSON`);
  }
  if (res.status >= 500) throw new Open311Unreachable(`HTTP ${res.status}`);
  if (res.status >= 400) {
    // The standard's error list: [{ code, description }].
    const first = Array.isArray(body) ? (body[0] as { description?: unknown }) : undefined;
    throw new Open311Refused(clean(first?.description) || `HTTP ${res.status}`);
  }
  return body;
}

/**
 * Creates a request there (`POST requests.json`); its id, or a token when the server assigns
 * ids later. The report's own number is the idempotency key: a retry after a lost answer
 * creates nothing twice on servers that honour the header.
 */
export async function createRemoteRequest(
  target: ForwardingTarget,
  apiKey: string,
  fields: Record<string, string>,
  idempotencyKey: string,
  signal: AbortSignal,
): Promise<{ id: string | null; token: string | null }> {
  const form = new URLSearchParams({ api_key: apiKey, ...fields });
  if (target.jurisdictionId) form.set('jurisdiction_id', target.jurisdictionId);
  const body = await call(
    target,
    'requests.json',
    {
      method: 'POST',
      body: form,
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Idempotency-Key': idempotencyKey,
      },
    },
    signal,
  );
  const first = (Array.isArray(body) ? body[0] : undefined) as Record<string, unknown> | undefined;
  const id = clean(first?.service_request_id, 100) || null;
  const token = clean(first?.token, 100) || null;
  if (!id && !token) throw new Open311Unreachable('no service_request_id or token');
  return { id, token };
}

/** The id a token stands for, once the server has assigned it (`GET tokens/<token>.json`). */
export async function resolveToken(
  target: ForwardingTarget,
  token: string,
  signal: AbortSignal,
): Promise<string | null> {
  const query = target.jurisdictionId
    ? `?${new URLSearchParams({ jurisdiction_id: target.jurisdictionId })}`
    : '';
  const body = await call(
    target,
    `tokens/${encodeURIComponent(token)}.json${query}`,
    { method: 'GET' },
    signal,
  );
  const first = (Array.isArray(body) ? body[0] : undefined) as Record<string, unknown> | undefined;
  return clean(first?.service_request_id, 100) || null;
}

/** The current state of these requests there (`GET requests.json?service_request_id=…`). */
export async function readRemoteRequests(
  target: ForwardingTarget,
  ids: readonly string[],
  signal: AbortSignal,
): Promise<RemoteRequest[]> {
  const query = new URLSearchParams({ service_request_id: ids.join(',') });
  if (target.jurisdictionId) query.set('jurisdiction_id', target.jurisdictionId);
  const body = await call(target, `requests.json?${query}`, { method: 'GET' }, signal);
  if (!Array.isArray(body)) throw new Open311Unreachable('requests.json is not a list');
  return body.flatMap((item: Record<string, unknown>) => {
    const id = clean(item?.service_request_id, 100);
    const status = item?.status;
    if (!id || (status !== 'open' && status !== 'closed')) return [];
    return [{ id, status, notes: clean(item.status_notes, 2000) || null }];
  });
}
