import type { PushSupport } from './support.js';

export type PushClientErrorCode =
  | Exclude<PushSupport, 'supported'>
  /** The resident closed the permission prompt without choosing. */
  | 'dismissed'
  /** The permission prompt may only open in answer to a tap or click. */
  | 'gesture-required'
  /** No service worker is active, so there is no push manager to subscribe with. */
  | 'no-service-worker'
  /**
   * The browser's push service could not make a subscription: unreachable (Chromium's
   * `AbortError` "push service not available/error"), switched off, or refusing the key.
   */
  | 'push-service'
  /** The server could not be reached. */
  | 'network'
  /** The server refused; `status`, `field` and `serverCode` say why. */
  | 'server';

/** Why a notify call in the browser failed, by stable code for the screen to explain. */
export class PushClientError extends Error {
  override readonly name = 'PushClientError';
  readonly code: PushClientErrorCode;
  readonly status: number | undefined;
  readonly field: string | undefined;
  readonly serverCode: string | undefined;
  readonly hint: string | undefined;

  constructor(
    code: PushClientErrorCode,
    message: string,
    details: { status?: number; field?: string; serverCode?: string; hint?: string } = {},
  ) {
    super(message);
    this.code = code;
    this.status = details.status;
    this.field = details.field;
    this.serverCode = details.serverCode;
    this.hint = details.hint;
  }
}

export function isPushClientError(error: unknown): error is PushClientError {
  return error instanceof PushClientError;
}

/** A thrown value as text for logs; some values (without a prototype) refuse `String()`. */
function textOf(thrown: unknown): string {
  try {
    return String(thrown);
  } catch {
    return Object.prototype.toString.call(thrown);
  }
}

/**
 * What `PushManager.subscribe()` threw, as a PushClientError: the browser's `DOMException`
 * names say whether permission is missing, push is not available at all, or the push service
 * failed; the raw browser text stays in `message` for logs, never for the screen.
 */
export function subscribeFailure(error: unknown): PushClientError {
  if (error instanceof PushClientError) return error;
  const name = error instanceof Error ? error.name : '';
  const text = error instanceof Error ? error.message : textOf(error);
  if (name === 'NotAllowedError') return new PushClientError('denied', text);
  if (name === 'NotSupportedError') return new PushClientError('unsupported', text);
  return new PushClientError('push-service', text);
}
