import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../module.js';
import { createTestPostgresDatabase } from '../testing.js';
import { openDatabase } from './open.js';

const temp = mkdtempSync(join(tmpdir(), 'city-app-db-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** What every engine must do the same way. */
async function sharedBehaviour(db: Database) {
  await db.query(
    'create table items (id serial primary key, name text not null unique, tags text[], born date, n bigint)',
  );
  const inserted = await db.query(
    'insert into items (name, tags, born, n) values ($1, $2, $3, $4), ($5, $6, $7, $8)',
    ['a', ['x', 'y'], '2024-03-01', 7, 'b', [], '2024-03-02', 8],
  );
  expect(inserted.rowCount).toBe(2);
  const { rows } = await db.query(
    'select name, tags, born, n, count(*) over ()::int as total from items order by name',
  );
  expect(rows[0]).toEqual({
    name: 'a',
    tags: ['x', 'y'],
    born: new Date('2024-03-01T00:00:00Z'),
    n: 7,
    total: 2,
  });

  // A transaction commits when its function resolves and rolls back when it throws.
  await db.transaction(async (tx) => {
    await tx.query("insert into items (name) values ('c')");
  });
  await expect(
    db.transaction(async (tx) => {
      await tx.query("insert into items (name) values ('d')");
      await tx.query("insert into items (name) values ('a')"); // unique violation
    }),
  ).rejects.toMatchObject({ code: '23505' });
  const names = await db.query<{ name: string }>('select name from items order by name');
  expect(names.rows.map((r) => r.name)).toEqual(['a', 'b', 'c']);

  // Without parameters, several statements may be sent at once (string migrations).
  const multi = await db.query(
    'create table more (x int); insert into more values (1), (2); select count(*)::int as n from more',
  );
  expect(multi.rows).toEqual([{ n: 2 }]);
}

describe('PGlite', () => {
  it('in memory', async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    expect(db.kind).toBe('pglite');
    await sharedBehaviour(db);
    await db.close();
  });

  it('keeps 32 MB of shared buffers, not a database server’s 128 MB', async () => {
    const db = await openDatabase({ dataDir: join(temp, 'buffers') });
    expect((await db.query('show shared_buffers')).rows).toEqual([{ shared_buffers: '32MB' }]);
    await db.close();
  });

  it('in a folder keeps its data and refuses a second opener while open', async () => {
    const dataDir = join(temp, 'db');
    const db = await openDatabase({ dataDir });
    await db.query('create table kept (x int); insert into kept values (42);');
    expect(JSON.parse(readFileSync(`${dataDir}.lock`, 'utf8')).pid).toBe(process.pid);
    await expect(openDatabase({ dataDir })).rejects.toMatchObject({
      code: 'database_locked',
      message: expect.stringContaining(`process ${process.pid}`),
      hint: expect.stringContaining('DATABASE_URL'),
    });
    await db.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    const reopened = await openDatabase({ dataDir });
    expect((await reopened.query('select x from kept')).rows).toEqual([{ x: 42 }]);
    await reopened.close();
  });

  it('refuses a folder locked by another running process and takes over a stale lock', async () => {
    const dataDir = join(temp, 'other');
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(`${dataDir}.lock`, String(sleeper.pid));
      await expect(openDatabase({ dataDir })).rejects.toMatchObject({
        code: 'database_locked',
        message: expect.stringContaining(`process ${sleeper.pid}`),
      });
    } finally {
      sleeper.kill();
    }
    await new Promise((resolve) => sleeper.once('exit', resolve));
    const db = await openDatabase({ dataDir });
    expect(JSON.parse(readFileSync(`${dataDir}.lock`, 'utf8')).pid).toBe(process.pid);
    await db.close();
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL && !process.env.CI)('PostgreSQL', () => {
  it('behaves like PGlite', async () => {
    const database = await createTestPostgresDatabase();
    const db = await openDatabase({ url: database.url });
    try {
      expect(db.kind).toBe('postgres');
      await sharedBehaviour(db);
    } finally {
      await db.close();
      await database.drop();
    }
  });

  it('says clearly when it cannot connect, without the password', async () => {
    await expect(
      openDatabase({ url: 'postgres://city:geheim@127.0.0.1:1/none' }),
    ).rejects.toMatchObject({
      code: 'database_unreachable',
      message: expect.not.stringContaining('geheim'),
    });
  });
});

it('refuses a DATABASE_URL that is not PostgreSQL', async () => {
  await expect(openDatabase({ url: 'mysql://x@y/z' })).rejects.toMatchObject({
    code: 'invalid_database_url',
    field: 'DATABASE_URL',
  });
});
