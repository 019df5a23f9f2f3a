import type { ApiError } from '../api.js';
import { apiPaths } from './paths.js';

const CSRF_COOKIE = 'city_app_csrf';
const CSRF_HEADER = 'X-CSRF-Token';

/**
 * A refused request with everything the server said: besides `code`, `message` and `field`
 * also the `hint` and the `details` (free alternatives, seats left), which the screens show.
 */
export class RequestError extends Error implements ApiError {
  readonly status: number;
  readonly code: string;
  readonly field?: string;
  readonly hint?: string;
  readonly details?: ApiError['details'];

  constructor(status: number, body: ApiError) {
    super(body.message);
    this.name = 'RequestError';
    this.status = status;
    this.code = body.code;
    this.field = body.field;
    this.hint = body.hint;
    this.details = body.details;
  }
}

export function isRequestError(value: unknown): value is RequestError {
  return value instanceof RequestError;
}

function csrfToken(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

function errorBody(status: number, data: unknown): ApiError {
  const body = (typeof data === 'object' && data !== null ? data : {}) as Partial<ApiError>;
  return {
    code: typeof body.code === 'string' ? body.code : `http_${status}`,
    message:
      typeof body.message === 'string' ? body.message : `The server answered with ${status}.`,
    field: typeof body.field === 'string' ? body.field : undefined,
    hint: typeof body.hint === 'string' ? body.hint : undefined,
    details: typeof body.details === 'object' && body.details ? body.details : undefined,
  };
}

/**
 * The experiment space's own small client. The shell's client has no PATCH (moving a
 * booking) and keeps only code, message and field of an error; booking refusals carry more.
 */
export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders };
  // The server words its messages in the app's language where it can.
  const language = typeof document === 'undefined' ? '' : document.documentElement.lang;
  if (language) headers['Accept-Language'] = language;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const token = method === 'GET' ? undefined : csrfToken();
  if (token) headers[CSRF_HEADER] = token;
  let response: Response;
  try {
    // The catalogue lives at the mount point itself, without a trailing slash.
    response = await fetch(`${apiPaths.root}${path === '/' ? '' : path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new RequestError(0, {
      code: 'network_error',
      message: 'The server could not be reached. Check the connection and try again.',
    });
  }
  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) throw new RequestError(response.status, errorBody(response.status, data));
  return data as T;
}

export const client = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) =>
    request<T>('POST', path, body ?? {}, headers),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** A key that makes a repeated submit (double click, retry after a lost answer) book once. */
export function idempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
