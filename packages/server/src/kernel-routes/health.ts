import type { Context } from 'hono';
import type { Database } from '../module.js';
import { SERVER_VERSION } from '../version.js';

/** `GET /healthz` for load balancers and uptime checks: also asks the database. */
export function healthHandler(db: Database) {
  return async (c: Context) => {
    try {
      await db.query('select 1');
      return c.json({ status: 'ok', version: SERVER_VERSION, database: db.kind });
    } catch {
      return c.json({ status: 'error', version: SERVER_VERSION, database: db.kind }, 503);
    }
  };
}
