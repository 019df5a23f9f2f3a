import { CityAppError, cityError, createTranslator, validationMessages } from '@city-app/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from '../module.js';
import { requestLocale } from './request-locale.js';

/** The error as JSON, worded in the language the request asks for (German otherwise). */
export function jsonError(c: Context, error: CityAppError): Response {
  return c.json(
    error.toJSON(requestLocale(c.req.header('accept-language'))),
    error.status as ContentfulStatusCode,
  );
}

export function payloadTooLarge(maxBytes: number): CityAppError {
  return cityError('payload_too_large', { maxBytes });
}

/** A body that is empty or not JSON; the field is `body`. */
export function invalidJson(empty: boolean): CityAppError {
  const de = createTranslator('de', validationMessages);
  const en = createTranslator('en', validationMessages);
  const key = empty ? 'body.empty' : 'body.notJson';
  return cityError(
    'invalid_json',
    { problem: { de: de(key), en: en(key) }, help: { de: de('body.hint'), en: en('body.hint') } },
    { field: 'body' },
  );
}

/** Every error leaves as JSON `{ code, title, message, … }`; unknown ones without details. */
export function errorHandler(log: Logger) {
  return (error: Error, c: Context): Response => {
    if (error instanceof CityAppError) return jsonError(c, error);
    if (error instanceof HTTPException) {
      const status = error.status;
      const known =
        status === 413
          ? cityError('request_too_large')
          : status === 401
            ? cityError('unauthenticated')
            : cityError('http_error', { status });
      return c.json(
        known.toJSON(requestLocale(c.req.header('accept-language'))),
        status as ContentfulStatusCode,
      );
    }
    log.error('Unexpected error while answering a request', {
      method: c.req.method,
      path: c.req.path,
      requestId: c.get('requestId' as never),
      error: error?.stack ?? String(error),
    });
    return jsonError(c, cityError('internal_error'));
  };
}
