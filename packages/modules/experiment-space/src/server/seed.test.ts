import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ModuleServerContext } from '@city-app/server';
import { createTestServer, TEST_CITY, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMail } from '../../test/mime.js';
import type { Catalogue, DaySlots } from '../api.js';
import { type ExperimentSpaceConfig, experimentSpaceConfigSchema } from '../config.js';
import hagenow from '../fixtures/hagenow.json' with { type: 'json' };
import { createExperimentSpaceServer, type ExperimentSpaceServerModule } from './index.js';

const API = '/api/experiment-space';
let server: TestServer;
let module: ExperimentSpaceServerModule;
let mailDir: string;

beforeAll(async () => {
  mailDir = await mkdtemp(join(tmpdir(), 'experiment-space-mail-'));
  module = createExperimentSpaceServer({
    now: () => new Date('2026-12-01T08:00:00Z'),
    env: { CITY_APP_MAIL_DIR: mailDir },
    scheduledJobs: false,
  });
  server = await createTestServer({
    modules: [module],
    city: { ...TEST_CITY, modules: { 'experiment-space': hagenow } },
  });
});
afterAll(async () => {
  await module?.stop();
  await server?.close();
  await rm(mailDir, { recursive: true, force: true });
});

describe('HageNOW!’s experiment space', () => {
  it('starts with the library’s hardware, rooms and courses from the config', async () => {
    const catalogue = (await (await server.request(API)).json()) as Catalogue;
    expect(catalogue.resources.map((r) => r.id)).toEqual([
      '3d-drucker-1',
      '3d-drucker-2',
      'vr-brille-1',
      'vr-brille-2',
      '360-kamera',
      'videokonferenzraum',
      'digitaler-seminarraum',
    ]);
    expect(catalogue.resources.find((r) => r.id === 'vr-brille-1')?.approvalRequired).toBe(true);
    expect(catalogue.courses.map((c) => c.title.de)).toEqual([
      '3D-Druck für Einsteiger',
      'Virtuelle Realität ausprobieren',
      'Sicher im digitalen Alltag – Live-Seminar der Volkshochschule',
    ]);
    // The remote seminar holds the seminar room on its evenings.
    const day = (await (
      await server.request(
        `${API}/resources/digitaler-seminarraum/slots?date=2027-01-20&duration=60&group=education_provider`,
      )
    ).json()) as DaySlots;
    const starts = day.slots.map((s) => s.startLocal.slice(11));
    expect(starts).toContain('17:00');
    expect(starts).not.toContain('18:00');
    expect(starts).not.toContain('19:00');
    expect(starts).toContain('19:30');
  });

  it('seeds once: a second run changes nothing', async () => {
    const count = async () => {
      const { rows } = await server.db.query<{ r: string; c: string; b: string }>(
        `SELECT (SELECT count(*) FROM booking_resources) AS r, (SELECT count(*) FROM experiment_space_courses) AS c,
                (SELECT count(*) FROM booking_reservations) AS b`,
      );
      return rows[0];
    };
    const before = await count();
    const ctx = {
      city: server.server.config,
      config: experimentSpaceConfigSchema.parse(hagenow) as ExperimentSpaceConfig,
      manifest: module.manifest,
      db: server.db,
      log: server.log,
      requireRole: () => async () => undefined,
    } as unknown as ModuleServerContext<ExperimentSpaceConfig>;
    await module.seed?.(ctx);
    expect(await count()).toEqual(before);
  });

  it('writes e-mails as .eml files when no SMTP server is set, and says so at start', async () => {
    expect(server.log.lines.map((l) => l.message)).toContain(
      `No CITY_APP_SMTP_URL set: e-mails of the experiment space are written as .eml files to ${mailDir}`,
    );
    const res = await server.request(`${API}/bookings`, {
      method: 'POST',
      json: {
        resourceId: '360-kamera',
        start: '2026-12-02T10:00',
        durationMinutes: 60,
        name: 'Jörg Lüdemann',
        email: 'joerg@example.org',
      },
    });
    expect(res.status).toBe(201);
    await module.runJobs();
    const files = (await readdir(mailDir)).filter((f) => f.endsWith('.eml'));
    expect(files).toHaveLength(1);
    const mail = parseMail(await readFile(join(mailDir, files[0] as string), 'utf8'));
    expect(mail.headers.to).toBe('joerg@example.org');
    expect(mail.headers.from).toContain('bibliothek@hagenow.example');
    expect(mail.headers.subject).toBe('Buchung bestätigt: 360°-Kamera');
    expect(mail.text).toContain('Guten Tag Jörg Lüdemann');
    expect(mail.attachments[0]?.content).toContain('BEGIN:VCALENDAR');
  });
});
