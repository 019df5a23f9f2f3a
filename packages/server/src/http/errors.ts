import { CityAppError, createTranslator, type Locale, validationMessages } from '@city-app/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from '../module.js';

export function jsonError(c: Context, error: CityAppError): Response {
  return c.json(error.toJSON(), error.status as ContentfulStatusCode);
}

export function payloadTooLarge(maxBytes: number): CityAppError {
  return new CityAppError({
    code: 'payload_too_large',
    title: 'Request too large',
    message: `The request body is larger than ${maxBytes} bytes.`,
    hint: 'Send less data, e.g. a smaller image.',
    status: 413,
  });
}

/** A body that is empty or not JSON, worded in the request's language; the field is `body`. */
export function invalidJson(locale: Locale, empty: boolean): CityAppError {
  const t = createTranslator(locale, validationMessages);
  return new CityAppError({
    code: 'invalid_json',
    title: 'Malformed JSON',
    message: t(empty ? 'body.empty' : 'body.notJson'),
    hint: t('body.hint'),
    field: 'body',
    status: 400,
  });
}

/** Every error leaves as JSON `{ code, message, field? }`; unknown ones without details. */
export function errorHandler(log: Logger) {
  return (error: Error, c: Context): Response => {
    if (error instanceof CityAppError) return jsonError(c, error);
    if (error instanceof HTTPException) {
      const status = error.status;
      const code =
        status === 413 ? 'payload_too_large' : status === 401 ? 'unauthenticated' : 'http_error';
      return c.json(
        { code, message: error.message || `HTTP ${status}` },
        status as ContentfulStatusCode,
      );
    }
    log.error('Unexpected error while answering a request', {
      method: c.req.method,
      path: c.req.path,
      requestId: c.get('requestId' as never),
      error: error?.stack ?? String(error),
    });
    return c.json(
      {
        code: 'internal_error',
        message: 'Something went wrong on the server. Please try again later.',
      },
      500,
    );
  };
}
