import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKernelDatabase } from '../database/open.js';
import type { Database } from '../module.js';
import { createTestServer, type TestServer } from '../testing.js';
import type { LimitRule } from './rules.js';
import { createLimitStore } from './store.js';

let ruleCounter = 0;
/** A rule of its own kind per test, so tests sharing a database do not count each other. */
function rule(max: number, per: LimitRule['per'] = 'address', windowSeconds = 3600): LimitRule {
  ruleCounter += 1;
  return { id: 'feedbackPerAddress', kind: `test-${ruleCounter}`, per, max, windowSeconds };
}

const admittedCount = (decisions: { admitted: boolean }[]) =>
  decisions.filter((d) => d.admitted).length;

/** Cases every database runs; `a` and `b` may be two connections to one database. */
function storeCases(setup: () => { a: Database; b: Database }) {
  it('admits up to the limit, then answers with the seconds until the oldest leaves the window', async () => {
    const { a } = setup();
    const store = createLimitStore(a);
    const r = rule(3);
    for (let i = 0; i < 3; i++)
      expect((await store.admit([{ rule: r, key: '192.0.2.1' }])).admitted).toBe(true);
    const refused = await store.admit([{ rule: r, key: '192.0.2.1' }]);
    expect(refused).toMatchObject({ admitted: false, rule: r });
    const wait = refused.admitted ? 0 : refused.retryAfter;
    expect(wait).toBeGreaterThan(3500);
    expect(wait).toBeLessThanOrEqual(3600);
    // Another address is not affected, and a refusal was not counted.
    expect((await store.admit([{ rule: r, key: '192.0.2.2' }])).admitted).toBe(true);
    const { rows } = await a.query<{ n: number }>(
      'select count(*)::int as n from city_app_limit_events where kind = $1',
      [r.kind],
    );
    expect(rows[0]?.n).toBe(4);
  });

  it('counts N concurrent admissions against a limit of k as exactly k, across connections', async () => {
    const { a, b } = setup();
    const stores = [createLimitStore(a), createLimitStore(b)];
    const r = rule(5);
    const decisions = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        (stores[i % 2] as (typeof stores)[number]).admit([{ rule: r, key: '198.51.100.7' }]),
      ),
    );
    expect(admittedCount(decisions)).toBe(5);
  });

  it('admits only when every check is below its limit, and then counts all of them', async () => {
    const { a } = setup();
    const store = createLimitStore(a);
    const perAddress = rule(5);
    const perEmail = { ...rule(1, 'email'), kind: perAddress.kind };
    const both = (email: string) => [
      { rule: perAddress, key: '203.0.113.9' },
      { rule: perEmail, key: email },
    ];
    expect((await store.admit(both('anna@example.org'))).admitted).toBe(true);
    // The same e-mail written differently is the same person.
    const again = await store.admit(both(' Anna@Example.org'));
    expect(again).toMatchObject({ admitted: false, rule: perEmail });
    expect((await store.admit(both('ben@example.org'))).admitted).toBe(true);
    const { rows } = await a.query<{ n: number }>(
      'select count(*)::int as n from city_app_limit_events where kind = $1',
      [perAddress.kind],
    );
    expect(rows[0]?.n).toBe(4);
  });

  it('counts a retry with the same token once, and takes back released events', async () => {
    const { a } = setup();
    const store = createLimitStore(a);
    const r = rule(2, 'email');
    const first = await store.admit([{ rule: r, key: 'c@example.org' }], { token: 'key-1' });
    expect(first.admitted).toBe(true);
    for (let i = 0; i < 3; i++) {
      const retry = await store.admit([{ rule: r, key: 'c@example.org' }], { token: 'key-1' });
      expect(retry).toEqual({ admitted: true, receipt: [] });
    }
    const second = await store.admit([{ rule: r, key: 'c@example.org' }], { token: 'key-2' });
    expect(second.admitted).toBe(true);
    expect((await store.admit([{ rule: r, key: 'c@example.org' }])).admitted).toBe(false);
    if (second.admitted) await store.release(second.receipt);
    expect((await store.admit([{ rule: r, key: 'c@example.org' }])).admitted).toBe(true);
  });

  it('stores no address or e-mail, only keyed hashes', async () => {
    const { a } = setup();
    const store = createLimitStore(a);
    await store.admit([{ rule: rule(5, 'email'), key: 'geheim@example.org' }], { token: 'tok' });
    await store.admit([{ rule: rule(5), key: '192.0.2.55' }]);
    const { rows } = await a.query<Record<string, unknown>>('select * from city_app_limit_events');
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain('geheim');
    expect(stored).not.toContain('192.0.2.55');
    expect(stored).not.toContain('"tok"');
  });

  it('forgets events older than the window, and deletes expired ones', async () => {
    const { a } = setup();
    const r = rule(1);
    const store = createLimitStore(a);
    expect((await store.admit([{ rule: r, key: '192.0.2.77' }])).admitted).toBe(true);
    expect((await store.admit([{ rule: r, key: '192.0.2.77' }])).admitted).toBe(false);
    await a.query(
      "update city_app_limit_events set counted_at = counted_at - interval '61 minutes', expires_at = expires_at - interval '61 minutes' where kind = $1",
      [r.kind],
    );
    // A new store sweeps at its first admission.
    expect((await createLimitStore(a).admit([{ rule: r, key: '192.0.2.77' }])).admitted).toBe(true);
    const { rows } = await a.query<{ n: number }>(
      'select count(*)::int as n from city_app_limit_events where expires_at < now()',
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('admits everything when a limit is switched off (0), and counts nothing', async () => {
    const { a } = setup();
    const store = createLimitStore(a);
    const off = rule(0);
    for (let i = 0; i < 5; i++)
      expect((await store.admit([{ rule: off, key: 'x' }])).admitted).toBe(true);
    const { rows } = await a.query<{ n: number }>(
      'select count(*)::int as n from city_app_limit_events where kind = $1',
      [off.kind],
    );
    expect(rows[0]?.n).toBe(0);
  });
}

describe('the limit store on PGlite', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await createTestServer();
  });
  afterAll(async () => {
    await t?.close();
  });
  storeCases(() => ({ a: t.db, b: t.db }));

  it('admits in one statement, without a transaction or a lock (one connection takes turns itself)', async () => {
    const statements: string[] = [];
    const counted: Database = {
      ...t.db,
      query: (sql, params) => {
        statements.push(sql);
        return t.db.query(sql, params);
      },
      transaction: (fn) => {
        statements.push('transaction');
        return t.db.transaction(fn);
      },
    };
    const store = createLimitStore(counted);
    const r = rule(1);
    await store.admit([{ rule: r, key: '192.0.2.99' }]); // the town's secret is read once
    statements.length = 0;
    expect((await store.admit([{ rule: r, key: '192.0.2.98' }])).admitted).toBe(true);
    expect((await store.admit([{ rule: r, key: '192.0.2.98' }])).admitted).toBe(false);
    expect(statements).toHaveLength(2);
    expect(statements.join()).not.toMatch(/advisory|transaction/);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL && !process.env.CI)(
  'the limit store on PostgreSQL, two connection pools',
  () => {
    let t: TestServer;
    let other: Database;
    beforeAll(async () => {
      t = await createTestServer({ database: 'postgres' });
      const { rows } = await t.db.query<{ db: string }>('select current_database() as db');
      const url = new URL(process.env.TEST_DATABASE_URL as string);
      url.pathname = `/${rows[0]?.db}`;
      other = await openKernelDatabase({ url: url.toString(), dataDir: 'memory://' });
    });
    afterAll(async () => {
      await other?.close();
      await t?.close();
    });
    storeCases(() => ({ a: t.db, b: other }));
  },
);
