import type { ServerModule } from '@city-app/server';
import { createTestServer, TEST_CITY, type TestServer } from '@city-app/server/testing';
import type { ExperimentSpaceConfigInput } from '../src/config.js';
import {
  createExperimentSpaceServer,
  type ExperimentSpaceServerModule,
} from '../src/server/index.js';
import { parseMail } from './mime.js';
import { startSmtpSink } from './smtp-sink.js';

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  opens: '08:00',
  closes: '20:00',
}));

/** A small library: a printer that needs a briefing, a VR headset that needs approval, a room, a course. */
export const TEST_CONFIG: ExperimentSpaceConfigInput = {
  library: {
    name: 'Stadtbibliothek Musterstadt',
    address: 'Markt 2\n19999 Musterstadt',
    email: 'bibliothek@musterstadt.example',
  },
  openingHours: EVERY_DAY,
  rules: {
    granularityMinutes: 60,
    minDurationMinutes: 60,
    maxDurationMinutes: 240,
    maxHorizonDays: 60,
    cancellationDeadlineMinutes: 60,
    waitlistOfferMinutes: 60,
  },
  resources: [
    {
      id: 'drucker',
      kind: 'equipment',
      category: '3d-printer',
      name: { de: '3D-Drucker', en: '3D printer' },
      prerequisites: ['3d-printer-briefing'],
      photo: { src: '/experimentierraum/drucker.jpg', alt: { de: 'Ein 3D-Drucker' } },
    },
    {
      id: 'vr',
      kind: 'equipment',
      category: 'vr-headset',
      name: { de: 'VR-Brille', en: 'VR headset' },
      approvalRequired: true,
    },
    { id: 'kamera', kind: 'equipment', name: { de: '360°-Kamera', en: '360° camera' } },
    {
      id: 'seminarraum',
      kind: 'room',
      name: { de: 'Digitaler Seminarraum', en: 'Digital seminar room' },
      bookableBy: ['school', 'association', 'education_provider'],
    },
  ],
  courses: [
    {
      id: 'einsteiger',
      title: { de: '3D-Druck für Einsteiger', en: '3D printing for beginners' },
      seats: 2,
      location: 'seminarraum',
      sessions: [{ id: '1', start: '2026-12-03T16:00', end: '2026-12-03T18:00' }],
    },
  ],
  providerQuotas: [
    { organisation: 'Volkshochschule', resourceIds: ['seminarraum'], period: 'month', maxHours: 3 },
  ],
};

/** Tuesday, 1 December 2026, 09:00 in Musterstadt. */
export const T0 = '2026-12-01T08:00:00.000Z';

export interface Harness {
  server: TestServer;
  module: ExperimentSpaceServerModule;
  smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  clock: { set(iso: string): void; advanceMinutes(minutes: number): void; now(): Date };
  staff: Record<string, string>;
  /** Runs the background work and returns the e-mails sent meanwhile, parsed. */
  deliver(): Promise<(ReturnType<typeof parseMail> & { to: string[] })[]>;
  json<T>(response: Response | Promise<Response>, status: number): Promise<T>;
  /** A request of the library staff below the module's `/staff`, in `language` (German). */
  asStaff(method: string, path: string, json: unknown, language?: string): Promise<Response>;
  close(): Promise<void>;
}

export async function startHarness(
  options: {
    config?: ExperimentSpaceConfigInput;
    database?: 'pglite' | 'postgres';
    /** The server's environment, e.g. CITY_APP_LIMIT_* settings. */
    env?: Record<string, string>;
    /** Modules enabled beside the experiment space (after it, without options). */
    alongside?: ServerModule[];
  } = {},
): Promise<Harness> {
  let now = new Date(T0);
  const clock = {
    set(iso: string) {
      now = new Date(iso);
    },
    advanceMinutes(minutes: number) {
      now = new Date(now.getTime() + minutes * 60_000);
    },
    now: () => now,
  };
  const smtp = await startSmtpSink();
  const module = createExperimentSpaceServer({
    now: () => now,
    env: { CITY_APP_SMTP_URL: smtp.url },
    scheduledJobs: false,
  });
  const server = await createTestServer({
    modules: [module, ...(options.alongside ?? [])],
    city: {
      ...TEST_CITY,
      modules: {
        'experiment-space': options.config ?? TEST_CONFIG,
        ...Object.fromEntries((options.alongside ?? []).map((m) => [m.manifest.id, {}])),
      },
    },
    ...(options.database ? { database: options.database } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  const staff = (await server.loginAs(['library'])).headers;
  let seen = 0;
  return {
    server,
    module,
    smtp,
    clock,
    staff,
    asStaff: (method, path, json, language = 'de') =>
      server.request(`/api/experiment-space/staff${path}`, {
        method,
        headers: { ...staff, 'Accept-Language': language },
        json,
      }),
    async deliver() {
      await module.runJobs();
      const fresh = smtp.mails.slice(seen);
      seen = smtp.mails.length;
      return fresh.map((m) => ({ ...parseMail(m.raw), to: m.to }));
    },
    async json<T>(response: Response | Promise<Response>, status: number): Promise<T> {
      const res = await response;
      const text = await res.text();
      if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
    async close() {
      await module.stop();
      await server.close();
      await smtp.close();
    },
  };
}
