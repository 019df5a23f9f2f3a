// The surveys API as the tests drive it: a server with the module and its context, a staff
// member of the `surveys` role, a survey ready to vote in, and the mail the module queued.
import { randomUUID } from 'node:crypto';
import type { ModuleServerContext } from '@city-app/server';
import { createTestServer, TEST_CITY, type TestServer } from '@city-app/server/testing';
import { expect } from 'vitest';
import type { StaffSurvey, SurveyInput } from '../../api/survey-input.js';
import type { SurveysConfig } from '../../config.js';
import surveys from '../index.js';

export const API = '/api/surveys';
export const PUBLIC_URL = 'https://app.hagenow.example';

export interface SurveysHarness {
  server: TestServer;
  ctx: ModuleServerContext<SurveysConfig>;
  staff(method: string, path: string, json?: unknown): Promise<Response>;
  /** A stranger's request, from `address` (X-Forwarded-For through a trusted proxy). */
  resident(method: string, path: string, json?: unknown, more?: ResidentOptions): Promise<Response>;
}

export interface ResidentOptions {
  lang?: string;
  address?: string;
  idempotencyKey?: string;
}

export async function startSurveys(
  options: { database?: 'pglite' | 'postgres'; config?: Record<string, unknown> } = {},
): Promise<SurveysHarness> {
  let captured: ModuleServerContext<SurveysConfig> | undefined;
  const server = await createTestServer({
    modules: [
      {
        ...surveys,
        start(c) {
          captured = c as ModuleServerContext<SurveysConfig>;
          return undefined;
        },
      },
    ],
    city: { ...TEST_CITY, timezone: 'Europe/Berlin', modules: { surveys: options.config ?? {} } },
    ...(options.database ? { database: options.database } : {}),
    env: {
      CITY_APP_NOTIFY_WORKER: 'off',
      CITY_APP_PUBLIC_URL: PUBLIC_URL,
      CITY_APP_TRUST_PROXY: '1',
    },
    scheduler: { now: () => new Date('2000-01-01T00:00:00Z'), checkEveryMs: 2 ** 30 },
  });
  if (!captured) throw new Error('the surveys module was not started');
  const { headers } = await server.loginAs(['surveys']);
  return {
    server,
    ctx: captured,
    staff: (method, path, json) =>
      server.request(`${API}/admin${path}`, {
        method,
        headers,
        ...(json === undefined ? {} : { json }),
      }),
    resident: (method, path, json, more = {}) =>
      server.request(`${API}${path}`, {
        method,
        headers: {
          'Accept-Language': more.lang ?? 'de',
          'X-Forwarded-For': more.address ?? '203.0.113.7',
          ...(more.idempotencyKey ? { 'Idempotency-Key': more.idempotencyKey } : {}),
        },
        ...(json === undefined ? {} : { json }),
      }),
  };
}

const both = (de: string, en: string) => ({ de, en });
const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/** A survey about the market square: one single-choice question with own words, one multiple. */
export function surveyInput(more: Partial<SurveyInput> = {}): SurveyInput {
  return {
    title: both('Neugestaltung des Marktplatzes', 'Redesigning the market square'),
    intro: both('Wie soll der Markt aussehen?', 'What should the market look like?'),
    opensAt: inHours(-1),
    closesAt: inHours(24 * 14),
    results: 'live',
    binding: false,
    comments: true,
    questions: [
      {
        kind: 'single',
        text: both('Mehr Bäume oder mehr Parkplätze?', 'More trees or more parking?'),
        freeText: true,
        options: [{ text: both('Bäume', 'Trees') }, { text: both('Parkplätze', 'Parking') }],
      },
      {
        kind: 'multiple',
        text: both('Was fehlt?', 'What is missing?'),
        freeText: false,
        options: [
          { text: both('Bänke', 'Benches') },
          { text: both('Brunnen', 'A fountain') },
          { text: both('Spielplatz', 'A playground') },
        ],
      },
    ],
    ...more,
  };
}

/** The body of an answer with `status`; the body is in the failure message otherwise. */
export async function ok<T>(response: Response | Promise<Response>, status = 200): Promise<T> {
  const res = await response;
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A survey made and opened by staff. */
export async function openSurvey(h: SurveysHarness, more: Partial<SurveyInput> = {}) {
  const made = await ok<StaffSurvey>(h.staff('POST', '/surveys', surveyInput(more)), 201);
  return ok<StaffSurvey>(h.staff('POST', `/surveys/${made.id}/open`));
}

/** A vote for the first options (`pick` chooses others), from a new device unless one is given. */
export function ballot(
  survey: StaffSurvey,
  pick: { first?: number; second?: number[]; text?: string } = {},
  installationId: string = randomUUID(),
) {
  const [q1, q2] = survey.questions as [StaffSurvey['questions'][0], StaffSurvey['questions'][0]];
  return {
    installationId,
    answers: [
      {
        question: q1.id,
        choices: [q1.options[pick.first ?? 0]?.id as string],
        ...(pick.text ? { text: pick.text } : {}),
      },
      { question: q2.id, choices: (pick.second ?? [0]).map((i) => q2.options[i]?.id as string) },
    ],
  };
}

/** The mail queued to `to`, oldest first. */
export async function mailTo(server: TestServer, to: string) {
  const { rows } = await server.db.query<{ subject: string; body: string }>(
    `SELECT subject, body FROM city_app_mail_outbox WHERE recipient = $1 ORDER BY id`,
    [to],
  );
  return rows;
}

/** The token of the confirmation link in a mail (the part after `#`). */
export function linkToken(mail: { body: string }): string {
  const match = mail.body.match(/\/umfragen\/bestaetigen#([A-Za-z0-9_-]{43})/);
  if (!match?.[1]) throw new Error(`no confirmation link in: ${mail.body}`);
  return match[1];
}
