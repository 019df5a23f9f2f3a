// The staff API as the routes' tests call it: a test server with the waste module, signed in
// as a member of the `waste` role.
import { createTestServer, type TestServer } from '@city-app/server/testing';
import { expect } from 'vitest';
import waste from '../index.js';

export const ADMIN_API = '/api/waste/admin';

export interface StaffClient {
  server: TestServer;
  /** A request of the signed-in staff member, in `lang` (German unless said). */
  send(method: string, path: string, json?: unknown, lang?: string): Promise<Response>;
}

export async function startStaffClient(): Promise<StaffClient> {
  const server = await createTestServer({ modules: [waste] });
  const { headers } = await server.loginAs(['waste']);
  return {
    server,
    send: (method, path, json, lang = 'de') =>
      server.request(`${ADMIN_API}${path}`, {
        method,
        headers: { ...headers, 'Accept-Language': lang },
        ...(json === undefined ? {} : { json }),
      }),
  };
}

/** The body of an answer with `status`; the body is in the failure message otherwise. */
export async function ok<T>(response: Response | Promise<Response>, status = 200): Promise<T> {
  const res = await response;
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body as T;
}
