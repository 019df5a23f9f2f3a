import type { Context } from 'hono';
import type { CityEnv } from '../module.js';
import { strongTag } from './validators.js';

/** A public JSON answer made once and sent many times: its text and its strong ETag. */
export interface PreparedAnswer {
  readonly text: string;
  readonly etag: string;
}

/** Serialises and hashes `value` once, for a route that keeps its answer (see `KeptAnswers`). */
export function prepareAnswer(value: unknown): PreparedAnswer {
  const text = JSON.stringify(value);
  return { text, etag: strongTag(text) };
}

/**
 * Sends a prepared answer as `c.json()` would; on a `publicContent` route the validators take
 * its ETag as it is (no hashing again) and answer a matching `If-None-Match` with a 304.
 */
export function sendPrepared(c: Context<CityEnv>, answer: PreparedAnswer): Response {
  return c.body(answer.text, 200, {
    'Content-Type': 'application/json',
    // A staff session's answers carry no validators (they stay `no-store`).
    ...(c.get('user') ? {} : { ETag: answer.etag }),
  });
}
