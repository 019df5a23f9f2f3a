// The events API as the routes' tests call it: a test server with the events module, a
// staff member of the `events` role, and days counted from today in the town's zone.
import { addDaysToDate, localDateOf } from '@city-app/core';
import { createTestServer, type TestServer } from '@city-app/server/testing';
import { expect } from 'vitest';
import events from '../index.js';

export const API = '/api/events';
export const ZONE = 'Europe/Berlin';

export interface EventsClient {
  server: TestServer;
  /** A request of the signed-in staff member under `/api/events/admin`, in `lang`. */
  staff(method: string, path: string, json?: unknown, lang?: string): Promise<Response>;
  /** A resident's request under `/api/events`. */
  resident(path: string, lang?: string): Promise<Response>;
}

export async function startEventsClient(
  options: { database?: 'pglite' | 'postgres' } = {},
): Promise<EventsClient> {
  const server = await createTestServer({ modules: [events], ...options });
  const { headers } = await server.loginAs(['events']);
  return {
    server,
    staff: (method, path, json, lang = 'de') =>
      server.request(`${API}/admin${path}`, {
        method,
        headers: { ...headers, 'Accept-Language': lang },
        ...(json === undefined ? {} : { json }),
      }),
    resident: (path, lang = 'de') =>
      server.request(`${API}${path}`, { headers: { 'Accept-Language': lang } }),
  };
}

/** The local day `days` from today (negative: back). */
export const day = (days: number) => addDaysToDate(localDateOf(new Date(), ZONE), days);

/** The weekday (MO…SU) of a local day. */
export const weekdayOf = (date: string) =>
  (['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const)[new Date(`${date}T00:00:00Z`).getUTCDay()];

/** The body of an answer with `status`; the body is in the failure message otherwise. */
export async function ok<T>(response: Response | Promise<Response>, status = 200): Promise<T> {
  const res = await response;
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body as T;
}
