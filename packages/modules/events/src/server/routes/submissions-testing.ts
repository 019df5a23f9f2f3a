// Organisers' submissions as the tests drive them: a server with the events module and its
// context, the mail the module queued, and the token in a confirmation link.
import type { ModuleServerContext } from '@city-app/server';
import { createTestServer, TEST_CITY, type TestServer } from '@city-app/server/testing';
import type { EventsConfig } from '../../config.js';
import events from '../index.js';
import { API, day } from './events-testing.js';

export const PUBLIC_URL = 'https://app.hagenow.example';

export interface SubmissionsHarness {
  server: TestServer;
  ctx: ModuleServerContext<EventsConfig>;
  staffHeaders: Record<string, string>;
}

export async function startSubmissions(
  env: Record<string, string> = {},
  database: 'pglite' | 'postgres' = 'pglite',
): Promise<SubmissionsHarness> {
  let captured: ModuleServerContext<EventsConfig> | undefined;
  const server = await createTestServer({
    modules: [
      {
        ...events,
        start(c) {
          captured = c as ModuleServerContext<EventsConfig>;
          return undefined;
        },
      },
    ],
    city: { ...TEST_CITY, timezone: 'Europe/Berlin' },
    database,
    env: { CITY_APP_NOTIFY_WORKER: 'off', CITY_APP_PUBLIC_URL: PUBLIC_URL, ...env },
    scheduler: { now: () => new Date('2000-01-01T00:00:00Z'), checkEveryMs: 2 ** 30 },
  });
  if (!captured) throw new Error('the events module was not started');
  return { server, ctx: captured, staffHeaders: (await server.loginAs(['events'])).headers };
}

/** A submission as the form sends it; `email` tells organisers apart. */
export const submission = (email: string, title = 'Lesenacht in der Bibliothek') => ({
  event: {
    title,
    description: 'Vorlesen mit Taschenlampen für Kinder ab acht Jahren.',
    category: 'kultur',
    place: 'Stadtbibliothek, Lange Straße 5',
    isFree: true,
    startDate: day(10),
    startTime: '18:00',
    endTime: '21:00',
  },
  organiser: {
    name: 'Förderverein Stadtbibliothek',
    contact: 'Erika Mustermann',
    email,
    website: 'https://bibliothek.example',
  },
  consent: true,
});

export interface QueuedMail {
  recipient: string;
  subject: string;
  body: string;
}

/** The mail the events module queued to `to`, oldest first. */
export async function mailTo(server: TestServer, to: string): Promise<QueuedMail[]> {
  const { rows } = await server.db.query<QueuedMail>(
    `SELECT recipient, subject, body FROM city_app_mail_outbox
      WHERE module = 'events' AND recipient = $1 ORDER BY id`,
    [to],
  );
  return rows;
}

/** The token of the confirmation link in a mail (the part after `#`). */
export function linkToken(mail: QueuedMail): string {
  const match = mail.body.match(/\/veranstaltungen\/eintragen\/bestaetigen#([A-Za-z0-9_-]{43})/);
  if (!match?.[1]) throw new Error(`no confirmation link in: ${mail.body}`);
  return match[1];
}

/** A request to the events API as a stranger (an organiser) would make it. */
export const post = (server: TestServer, path: string, json: unknown, lang = 'de') =>
  server.request(`${API}${path}`, { method: 'POST', json, headers: { 'Accept-Language': lang } });
