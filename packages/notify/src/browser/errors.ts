import type { PushSupport } from './support.js';

export type PushClientErrorCode =
  | Exclude<PushSupport, 'supported'>
  /** The resident closed the permission prompt without choosing. */
  | 'dismissed'
  /** The permission prompt may only open in answer to a tap or click. */
  | 'gesture-required'
  /** No service worker is active, so there is no push manager to subscribe with. */
  | 'no-service-worker'
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
