import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer, testDatabases } from '../testing.js';
import { staffDirectory } from './staff-directory.js';

describe.each(testDatabases())('the staff directory on %s', (database) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await createTestServer({ database });
  });
  afterAll(() => t.close());

  it('lists active holders of a module role and administrators by name, and checks one', async () => {
    const directory = staffDirectory(t.db, ['clerk']);
    const clerk = (await t.loginAs(['clerk'], { name: 'Berta Bauhof' })).user;
    const admin = (await t.loginAs(['admin'], { name: 'Anna Admin' })).user;
    const editor = (await t.loginAs(['editor'], { name: 'Erik Redaktion' })).user;
    const gone = (await t.loginAs(['clerk'], { name: 'Carl Gegangen' })).user;
    await t.db.query('update city_app_users set deactivated_at = now() where id = $1', [gone.id]);

    const holders = await directory.holders('clerk');
    expect(holders.map((c) => c.name)).toEqual(
      [...holders.map((c) => c.name)].sort((a, b) => (a < b ? -1 : 1)),
    );
    expect(holders).toContainEqual({ id: clerk.id, name: 'Berta Bauhof' });
    expect(holders).toContainEqual({ id: admin.id, name: 'Anna Admin' });
    expect(holders.map((c) => c.id)).not.toContain(editor.id);
    expect(holders.map((c) => c.id)).not.toContain(gone.id);

    expect(await directory.holder(clerk.id, 'clerk')).toEqual({
      id: clerk.id,
      name: 'Berta Bauhof',
    });
    expect(await directory.holder(editor.id, 'clerk')).toBeNull();
    expect(await directory.holder(gone.id, 'clerk')).toBeNull();
    expect(await directory.holder('not-an-id', 'clerk')).toBeNull();
  });

  it('answers a module about its own roles only', async () => {
    const directory = staffDirectory(t.db, ['clerk']);
    await expect(directory.holders('editor')).rejects.toThrow(/does not declare the role "editor"/);
  });
});
