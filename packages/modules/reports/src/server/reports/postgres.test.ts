import { testDatabases } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, type ReportsClient, startReports } from '../routes/reports-testing.js';

// On a real PostgreSQL (with `with-postgres`): many residents reporting at once each get their
// own number, with none skipped; staff changing one report at once take turns.
const postgres = testDatabases().includes('postgres');

describe.skipIf(!postgres)('reports on PostgreSQL under concurrency', () => {
  let t: ReportsClient;
  beforeAll(async () => {
    t = await startReports({ database: 'postgres' });
  });
  afterAll(() => t?.close());

  it('gives 30 reports sent at once 30 consecutive numbers', async () => {
    const sent = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        ok<{ publicId: string }>(
          t.resident('/', { json: { category: 'muell', address: `Markt ${i + 1}` } }),
          201,
        ),
      ),
    );
    const numbers = sent.map((s) => Number(s.publicId.split('-')[1])).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(30);
    expect((numbers.at(-1) ?? 0) - (numbers[0] ?? 0)).toBe(29);
    // Each one's department mail was written with it.
    const { rows } = await t.server.db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM city_app_mail_outbox WHERE module = 'reports'`,
    );
    expect(rows[0]?.count).toBe(30);
  });

  it('stores one report for five tries sent at once with the same Idempotency-Key', async () => {
    const key = crypto.randomUUID();
    const json = { category: 'gruen', address: 'Stadtpark', email: 'fuenfmal@example.org' };
    const tries = await Promise.all(
      Array.from({ length: 5 }, () =>
        ok<{ publicId: string }>(t.resident('/', { json, key }), 201),
      ),
    );
    expect(new Set(tries.map((r) => r.publicId)).size).toBe(1);
    const { rows } = await t.server.db.query(
      `SELECT 1 FROM reports WHERE reporter_email = 'fuenfmal@example.org'`,
    );
    expect(rows).toHaveLength(1);
  });

  it('records two status changes made at once one after the other', async () => {
    const { publicId } = await ok<{ publicId: string }>(
      t.resident('/', { json: { category: 'strasse', address: 'Lange Straße 3' } }),
      201,
    );
    const results = await Promise.all(
      (['confirmed', 'in_progress'] as const).map((status) =>
        t.staff('POST', `/reports/${publicId}/status`, { status }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const detail = await ok<{ history: { status: string }[]; status: string }>(
      t.staff('GET', `/reports/${publicId}`),
    );
    expect(detail.history).toHaveLength(3);
    expect(detail.status).toBe(detail.history.at(-1)?.status);
  });
});
