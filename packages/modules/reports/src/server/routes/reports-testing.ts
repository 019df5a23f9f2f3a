// The reports API as the routes' tests drive it: a test server with the module, a staff
// member of the `reports` role, devices signed up with notify, the mail and pushes queued.
import { randomUUID } from 'node:crypto';
import { createTestServer, TEST_CITY, type TestServer } from '@city-app/server/testing';
import sharp from 'sharp';
import { expect } from 'vitest';
import reports from '../index.js';

export const API = '/api/reports';
export const PUBLIC_URL = 'https://app.hagenow.example';

/** A place in Hagenow's market square, and one about 100 m further east. */
export const MARKT = { lat: 53.4312, lon: 11.1875 };
export const NEAR_MARKT = { lat: 53.4312, lon: 11.189 };

export interface ReportsClient {
  server: TestServer;
  /** A resident's request under `/api/reports`, from `ip`. */
  resident(
    path: string,
    init?: { method?: string; json?: unknown; lang?: string; ip?: string; key?: string },
  ): Promise<Response>;
  /** A request of the signed-in staff member under `/api/reports/admin`. */
  staff(method: string, path: string, json?: unknown, lang?: string): Promise<Response>;
  /** A device signed up with notify; its id. */
  device(): Promise<string>;
  close(): Promise<void>;
}

let ipCounter = 0;
/** A fresh client address, so one test's reports do not count against another's limit. */
export const freshIp = () => `198.51.100.${(++ipCounter % 250) + 1}`;

export async function startReports(
  options: {
    env?: Record<string, string>;
    config?: Record<string, unknown>;
    database?: 'pglite' | 'postgres';
  } = {},
): Promise<ReportsClient> {
  const server = await createTestServer({
    modules: [reports],
    city: { ...TEST_CITY, modules: { reports: options.config ?? {} } },
    ...(options.database ? { database: options.database } : {}),
    env: {
      CITY_APP_NOTIFY_WORKER: 'off',
      CITY_APP_PUBLIC_URL: PUBLIC_URL,
      CITY_APP_TRUST_PROXY: '1',
      ...options.env,
    },
  });
  const { headers } = await server.loginAs(['reports']);
  return {
    server,
    resident: (path, init = {}) =>
      // `/` and `/?…` are the API's root, which has no trailing slash.
      server.request(`${API}${path}`.replace(/\/(?=\?|$)/, ''), {
        method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
        headers: {
          'Accept-Language': init.lang ?? 'de',
          'X-Forwarded-For': init.ip ?? freshIp(),
          ...(init.key ? { 'Idempotency-Key': init.key } : {}),
        },
        ...(init.json === undefined ? {} : { json: init.json }),
      }),
    staff: (method, path, json, lang = 'de') =>
      server.request(`${API}/admin${path}`, {
        method,
        headers: { ...headers, 'Accept-Language': lang },
        ...(json === undefined ? {} : { json }),
      }),
    async device() {
      const id = randomUUID();
      const res = await server.request(`/api/notify/installations/${id}`, {
        method: 'PUT',
        json: { language: 'de', topics: [] },
        headers: { 'X-Forwarded-For': freshIp() },
      });
      expect(res.status).toBe(200);
      return id;
    },
    close: () => server.close(),
  };
}

/** The body of an answer with `status`; the body is in the failure message otherwise. */
export async function ok<T>(response: Response | Promise<Response>, status = 200): Promise<T> {
  const res = await response;
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body as T;
}

/** The refusal's body, after checking its status, code and field. */
export async function refused(
  response: Response | Promise<Response>,
  status: number,
  code: string,
  field?: string,
) {
  const res = await response;
  const body = (await res.json()) as { code: string; field?: string; message: string };
  expect({ status: res.status, code: body.code }, JSON.stringify(body)).toEqual({ status, code });
  if (field !== undefined) expect(body.field).toBe(field);
  return body;
}

/** Mail the module queued to `to`, oldest first. */
export async function mailTo(server: TestServer, to: string) {
  const { rows } = await server.db.query<{ subject: string; body: string }>(
    `SELECT subject, body FROM city_app_mail_outbox
      WHERE module = 'reports' AND recipient = $1 ORDER BY id`,
    [to],
  );
  return rows;
}

/** The pushes the module queued, oldest first. */
export async function pushes(server: TestServer) {
  const { rows } = await server.db.query<{
    title: { de: string; en: string };
    body: { de: string; en: string };
    url: string;
    ids: string[];
  }>(
    `SELECT title, body, url, installation_ids AS ids FROM notify_dispatches
      WHERE idempotency_key LIKE 'reports.%' ORDER BY id`,
  );
  return rows;
}

/** A small real photo as base64 (a JPEG of noise). */
export async function photoBase64(): Promise<string> {
  const jpeg = await sharp({
    create: { width: 64, height: 48, channels: 3, background: '#556b2f' },
  })
    .jpeg()
    .toBuffer();
  return jpeg.toString('base64');
}
