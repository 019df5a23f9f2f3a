import type { ApiClient, RequestOptions } from '../module.js';

/** The cookie the server sets for the double-submit CSRF check (readable by scripts by design). */
export const CSRF_COOKIE = 'city_app_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * A failed API call. `status` is the HTTP status (0 when the server was not reached),
 * `code` the server's stable error code, `message` and `hint` its words in the page's
 * language (show them as they are), `field` the offending input where there is one, and
 * `details` what else the server said (e.g. free times when a slot is taken).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field?: string;
  readonly hint?: string;
  readonly details?: Record<string, unknown>;

  constructor(
    data: {
      status: number;
      code: string;
      message: string;
      field?: string;
      hint?: string;
      details?: Record<string, unknown>;
    },
    options?: { cause?: unknown },
  ) {
    super(data.message, options);
    this.name = 'ApiError';
    this.status = data.status;
    this.code = data.code;
    this.field = data.field;
    this.hint = data.hint;
    this.details = data.details;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** One cookie's value from a `document.cookie` string. */
export function readCookie(name: string, cookies: string): string | undefined {
  for (const part of cookies.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return part.slice(index + 1).trim();
      }
    }
  }
  return undefined;
}

export interface ApiClientOptions {
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Origin of the API; empty for the app's own origin. */
  baseUrl?: string;
  /** Where the CSRF token comes from; defaults to the `city_app_csrf` cookie. */
  csrfToken?: () => string | undefined;
  /** The page's language, sent as Accept-Language so the server words its errors in it; defaults to `<html lang>`. */
  language?: () => string | undefined;
}

/**
 * `/api/...` paths are used as they are; any other path is taken as relative to `/api`, so
 * a module may write `api.get('/news')` or `api.get('/api/news')`.
 */
export function apiUrl(path: string, baseUrl = ''): string {
  const absolute = path === '/api' || path.startsWith('/api/') || path.startsWith('/api?');
  const normalized = absolute ? path : `/api${path.startsWith('/') ? '' : '/'}${path}`;
  return `${baseUrl.replace(/\/$/, '')}${normalized}`;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * Waits before the second and third try of a request with an `Idempotency-Key` whose answer
 * was lost. The server acts on such a key once, so trying again cannot book twice; it answers
 * with what the first try did — the booking the resident already has.
 */
export const LOST_ANSWER_RETRY_MS = [600, 1800] as const;

/**
 * No answer came from the app's server: the network failed, or a proxy in front of it gave
 * up (502–504). The request may have been acted on, so its next try is the same attempt.
 */
export function answerLost(error: unknown): boolean {
  return error instanceof ApiError && [0, 502, 503, 504].includes(error.status);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The browser's client for the city's API: JSON in and out, session cookie, CSRF header. */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const doFetch =
    options.fetch ??
    ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const csrfToken =
    options.csrfToken ??
    (() =>
      typeof document === 'undefined' ? undefined : readCookie(CSRF_COOKIE, document.cookie));
  const language =
    options.language ??
    (() => (typeof document === 'undefined' ? undefined : document.documentElement.lang));

  /** One request; repeated with the same key while its answer is lost (see above). */
  async function request<T>(
    method: string,
    path: string,
    body?: unknown,
    init: RequestOptions = {},
  ): Promise<T> {
    const idempotent = Object.keys(init.headers ?? {}).some(
      (name) => name.toLowerCase() === 'idempotency-key',
    );
    for (const wait of idempotent ? LOST_ANSWER_RETRY_MS : []) {
      try {
        return await requestOnce<T>(method, path, body, init);
      } catch (error) {
        if (!answerLost(error)) throw error;
        await pause(wait);
      }
    }
    return requestOnce<T>(method, path, body, init);
  }

  async function requestOnce<T>(
    method: string,
    path: string,
    body?: unknown,
    init: RequestOptions = {},
  ): Promise<T> {
    const headers: Record<string, string> = { ...init.headers, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    // The server words its errors in the app's language, not the browser's.
    const lang = language();
    if (lang) headers['Accept-Language'] = lang;
    if (!SAFE_METHODS.has(method)) {
      const token = csrfToken();
      if (token) headers[CSRF_HEADER] = token;
    }
    let response: Response;
    try {
      response = await doFetch(apiUrl(path, options.baseUrl), {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      throw new ApiError(
        {
          status: 0,
          code: 'network_error',
          message: 'The server could not be reached. Check the connection and try again.',
        },
        { cause },
      );
    }
    const text = await response.text();
    let data: unknown;
    if (text) {
      try {
        data = JSON.parse(text);
      } catch {
        data = undefined;
      }
    }
    if (!response.ok) throw errorFrom(response, data);
    if (text && data === undefined) {
      throw new ApiError({
        status: response.status,
        code: 'invalid_response',
        message: `The server answered ${method} ${path} with something that is not JSON.`,
      });
    }
    return data as T;
  }

  return {
    get: (path, init) => request('GET', path, undefined, init),
    post: (path, body, init) => request('POST', path, body, init),
    put: (path, body, init) => request('PUT', path, body, init),
    patch: (path, body, init) => request('PATCH', path, body, init),
    delete: (path, init) => request('DELETE', path, undefined, init),
  };
}

/** The server's error answer as an ApiError, for any way of sending (fetch, an upload's XHR). */
export function errorFrom(
  response: Pick<Response, 'status' | 'statusText'>,
  data: unknown,
): ApiError {
  const body = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const code = typeof body.code === 'string' ? body.code : `http_${response.status}`;
  const message =
    typeof body.message === 'string'
      ? body.message
      : `The server answered with status ${response.status}${response.statusText ? ` (${response.statusText})` : ''}.`;
  const field = typeof body.field === 'string' ? body.field : undefined;
  const hint = typeof body.hint === 'string' ? body.hint : undefined;
  const details =
    typeof body.details === 'object' && body.details !== null && !Array.isArray(body.details)
      ? (body.details as Record<string, unknown>)
      : undefined;
  return new ApiError({ status: response.status, code, message, field, hint, details });
}
