import { placeholderLegal } from 'create-city-app';
import { afterEach, describe, expect, it } from 'vitest';
import { answersFor, makeProject, runCli, type TestProject } from '../test-support.js';
import { generateVapidKeys } from './vapid.js';

let project: TestProject | undefined;
afterEach(() => project?.cleanup());

type Check = { id: string; status: string; message: string; hint?: string };
const byId = (checks: Check[]) => Object.fromEntries(checks.map((c) => [c.id, c]));

/** A project whose town has filled in every legal fact, its own logo and its own news. */
async function readyProject(): Promise<TestProject> {
  const answers = answersFor('Boizenburg/Elbe');
  const legal = answers.city.legal;
  const ready = await makeProject({
    ...answers,
    city: {
      ...answers.city,
      legal: {
        ...legal,
        imprint: {
          ...legal.imprint,
          phone: '038847 620',
          representative: 'vertreten durch den Bürgermeister',
          supervisoryAuthority: 'Landkreis Ludwigslust-Parchim',
        },
        accessibility: {
          ...legal.accessibility,
          contactPhone: '038847 621',
          statementDate: '2026-11-02',
          enforcementBody: {
            name: 'Schlichtungsstelle des Landes',
            url: 'https://www.schlichtung-mv.de/',
          },
        },
      },
    },
  });
  await ready.write('public/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
  for (const file of [
    '02-offene-sprechstunde-im-rathaus.md',
    '03-smartphone-hilfe-in-der-bibliothek.md',
  ]) {
    const text = await ready.read(`content/news/${file}`);
    await ready.write(`content/news/${file}`, text.replace('sample: true\n', ''));
  }
  return ready;
}

describe('city-app doctor', () => {
  it('passes a ready project: keys, SMTP, contrast, legal pages, database', async () => {
    project = await readyProject();
    const keys = generateVapidKeys();
    await project.write(
      'deploy/.env',
      `# secrets\nCITY_APP_VAPID_PUBLIC_KEY=${keys.publicKey}\nCITY_APP_VAPID_PRIVATE_KEY="${keys.privateKey}"\nCITY_APP_VAPID_SUBJECT=mailto:it@boizenburg.de\nCITY_APP_SMTP_URL=smtps://app:pw@mail.boizenburg.de:465\n`,
    );
    const run = await runCli(['doctor', '--env-file', 'deploy/.env', '--json'], project.root);
    const checks = byId(run.json().checks);
    expect(Object.values(checks).filter((c) => c.status !== 'ok')).toEqual([]);
    expect(checks['open-items']?.message).toBe('Nichts ist mehr einzutragen.');
    expect(checks.database?.message).toContain('noch nicht angelegt; der erste Start legt sie an');
    expect(checks.smtp?.message).toBe('SMTP-Server mail.boizenburg.de:465.');
    expect(checks.vapid?.message).toBe('Das VAPID-Schlüsselpaar ist gültig.');
    expect(checks.contrast?.message).toMatch(/^Text auf der Hauptfarbe erreicht \d+,\d\d:1\.$/);
    expect(run.code).toBe(0);
    const human = await runCli(['doctor', '--env-file', 'deploy/.env'], project.root);
    expect(human.stdout).toContain('✔ city.config.ts ist gültig.');
    expect(human.stdout).toContain('✔ Keine ungelösten Konfliktmarken.');
    expect(human.stdout).toMatch(/\nNichts zu beheben\.\n$/);
  });

  it('checks the names the server reads, not a .env it ignores, and names a misspelt one', async () => {
    // A town whose first language is English hears it in English.
    const answers = answersFor('Boizenburg/Elbe');
    project = await makeProject({ ...answers, city: { ...answers.city, locales: ['en', 'de'] } });
    const keys = generateVapidKeys();
    // A .env in the project is not read by the server, so it does not count.
    await project.write('.env', 'CITY_APP_SMTP_URL=smtps://app:pw@mail.boizenburg.de:465\n');
    const run = await runCli(['doctor', '--json'], project.root, {
      env: {
        SMTP_URL: 'smtps://app:pw@mail.boizenburg.de:465',
        CITY_APP_SMTP_URI: 'smtps://app:pw@mail.boizenburg.de:465',
        CITY_APP_VAPID_PUBLIC_KEY: keys.publicKey,
        CITY_APP_VAPID_PRIVATE_KEY: keys.privateKey,
      },
    });
    expect(run.code).toBe(1);
    const checks = byId(run.json().checks);
    expect(checks.smtp).toMatchObject({ status: 'warn' });
    expect(checks.smtp?.message).toContain('CITY_APP_SMTP_URL is not set');
    expect(checks.settings).toMatchObject({ status: 'fail' });
    expect(checks.settings?.message).toContain(
      'CITY_APP_SMTP_URI (did you mean CITY_APP_SMTP_URL?)',
    );
    expect(checks.vapid).toMatchObject({ status: 'fail' });
    expect(checks.vapid?.message).toContain('CITY_APP_VAPID_SUBJECT is not set');
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
        CITY_APP_VAPID_PUBLIC_KEY: a.publicKey,
        CITY_APP_VAPID_PRIVATE_KEY: b.privateKey,
        CITY_APP_VAPID_SUBJECT: 'mailto:it@boizenburg.de',
        CITY_APP_SMTP_URL: 'mail.boizenburg.de',
        DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none',
      },
    });
    expect(run.code).toBe(1);
    const checks = byId(run.json().checks);
    expect(checks.vapid).toMatchObject({ status: 'fail' });
    expect(checks.vapid).toMatchObject({ status: 'fail' });
    expect(checks.smtp).toMatchObject({ status: 'fail' });
    expect(checks.database).toMatchObject({ status: 'fail' });
    expect(checks.database?.message).not.toContain('secret');
    for (const c of Object.values(checks))
      if (c.status === 'fail') expect(c.hint, c.id).toBeTruthy();

    expect(checks.vapid?.message).toBe(
      'VAPID-Schlüssel: Der öffentliche Schlüssel gehört nicht zum privaten.',
    );
    expect(checks.smtp?.message).toBe(
      'CITY_APP_SMTP_URL ist so nicht nutzbar (keine lesbare Adresse).',
    );

    const human = await runCli(['doctor'], project.root, {
      env: { CITY_APP_SMTP_URL: 'ftp://mail', CITY_APP_SMTP_URI: 'x' },
    });
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('✖ CITY_APP_SMTP_URL ist so nicht nutzbar (Protokoll ftp:).');
    expect(human.stdout).toContain(
      '✖ Der Server liest die Variable CITY_APP_SMTP_URI (meinten Sie CITY_APP_SMTP_URL?) nicht.',
    );
    expect(human.stdout).toMatch(/^\d+ Sachen zu beheben\.$/m);
  });

  it('lists what a freshly generated town still has to fill in, as warnings', async () => {
    project = await makeProject(
      answersFor('Boizenburg/Elbe', {
        city: { ...answersFor('Boizenburg/Elbe').city, legal: placeholderLegal('Boizenburg/Elbe') },
      }),
    );
    const run = await runCli(['doctor', '--json'], project.root);
    const warnings = (run.json().checks as Check[]).filter((c) => c.id.startsWith('open-item:'));
    expect(warnings.every((c) => c.status === 'warn')).toBe(true);
    const where = warnings.map((c) => c.id.slice('open-item:'.length));
    // The legal facts (core's openItems tests list them all), then the project's sample files.
    expect(where.slice(0, 2)).toEqual(['legal.imprint.address', 'legal.imprint.phone']);
    expect(where).toContain('legal.accessibility.enforcementBody');
    expect(where.slice(-3)).toEqual([
      'content/news/02-offene-sprechstunde-im-rathaus.md',
      'content/news/03-smartphone-hilfe-in-der-bibliothek.md',
      'public/logo.svg',
    ]);
    const human = await runCli(['doctor'], project.root);
    expect(human.stdout).toContain(
      '! Noch einzutragen: Anschrift der Stadtverwaltung (Impressum) (legal.imprint.address in city.config.ts).',
    );
    expect(human.stdout).toContain('! Noch einzutragen: Beispielinhalt: ersetzen oder löschen');
    expect(human.stdout).not.toContain('Still to fill in');
  });
});
