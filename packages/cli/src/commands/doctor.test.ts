import { placeholderLegal } from 'create-city-app';
import { afterEach, describe, expect, it } from 'vitest';
import { answersFor, makeProject, runCli, type TestProject } from '../test-support.js';
import { generateVapidKeys } from './vapid.js';

let project: TestProject | undefined;
afterEach(() => project?.cleanup());

type Check = { id: string; status: string; message: string; hint?: string };
const byId = (checks: Check[]) => Object.fromEntries(checks.map((c) => [c.id, c]));

describe('city-app doctor', () => {
  it('passes a ready project: keys, SMTP, contrast, legal pages, database', async () => {
    project = await makeProject();
    const keys = generateVapidKeys();
    await project.write(
      '.env',
      `# secrets\nVAPID_PUBLIC_KEY=${keys.publicKey}\nVAPID_PRIVATE_KEY="${keys.privateKey}"\nSMTP_URL=smtps://app:pw@mail.boizenburg.de:465\n`,
    );
    const run = await runCli(['doctor', '--json'], project.root);
    const checks = byId(run.json().checks);
    expect(Object.values(checks).filter((c) => c.status !== 'ok')).toEqual([]);
    expect(checks.database?.message).toContain('not created yet; the first start creates it');
    expect(checks.smtp?.message).toBe('SMTP server mail.boizenburg.de:465.');
    expect(run.code).toBe(0);
  });

  it('says what to fix: placeholders, broken keys, bad SMTP URL, unreachable database', async () => {
    project = await makeProject(
      answersFor('Boizenburg/Elbe', {
        city: { ...answersFor('Boizenburg/Elbe').city, legal: placeholderLegal('Boizenburg/Elbe') },
      }),
    );
    const a = generateVapidKeys();
    const b = generateVapidKeys();
    const run = await runCli(['doctor', '--json'], project.root, {
      env: {
        VAPID_PUBLIC_KEY: a.publicKey,
        VAPID_PRIVATE_KEY: b.privateKey,
        SMTP_URL: 'mail.boizenburg.de',
        DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none',
      },
    });
    expect(run.code).toBe(1);
    const checks = byId(run.json().checks);
    expect(checks['legal.imprint']).toMatchObject({ status: 'fail' });
    expect(checks['legal.imprint']?.message).toContain('legal.imprint.email');
    expect(checks['legal.accessibility']?.status).toBe('fail');
    expect(checks.vapid).toMatchObject({ status: 'fail' });
    expect(checks.smtp).toMatchObject({ status: 'fail' });
    expect(checks.database).toMatchObject({ status: 'fail' });
    expect(checks.database?.message).not.toContain('secret');
    for (const c of Object.values(checks))
      if (c.status === 'fail') expect(c.hint, c.id).toBeTruthy();

    const human = await runCli(['doctor'], project.root);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/✖ Impressum: placeholders left/);
    expect(human.stdout).toMatch(/things to fix\.$/m);
  });
});
