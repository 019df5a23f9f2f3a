import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFolderMail, waitForFolderMail } from '../../auth/test-mail.js';
import { createTestServer, type TestServer } from '../../testing.js';

let t: TestServer;
let mailDir: string;
let admin: Awaited<ReturnType<TestServer['loginAs']>>;

beforeAll(async () => {
  mailDir = await mkdtemp(join(tmpdir(), 'city-app-feedback-'));
  t = await createTestServer({ env: { CITY_APP_MAIL_DIR: mailDir } });
  admin = await t.loginAs(['admin'], { name: 'Petra Amt' });
});
afterAll(async () => {
  await t?.close();
  await rm(mailDir, { recursive: true, force: true });
});

async function send(body: Record<string, string>): Promise<string> {
  const res = await t.request('/api/feedback', { json: body });
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

const asAdmin = (path: string, init: { method?: string; json?: unknown; lang?: string } = {}) =>
  t.request(path, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers: { ...admin.headers, 'Accept-Language': init.lang ?? 'de' },
    ...(init.json === undefined ? {} : { json: init.json }),
  });

/** Every .eml file in the mail folder that contains `text`. */
async function filesNaming(text: string): Promise<string[]> {
  const names = (await readdir(mailDir)).filter((n) => n.endsWith('.eml'));
  const found: string[] = [];
  for (const name of names)
    if ((await readFile(join(mailDir, name), 'utf8')).toLowerCase().includes(text))
      found.push(name);
  return found;
}

describe('the feedback inbox', () => {
  it('lists unread and read feedback; opening marks it read, staff can mark it unread again', async () => {
    const id = await send({ message: 'Die Rampe am Rathaus fehlt.', email: 'rampe@example.de' });
    const list = await asAdmin('/api/feedback?filter=unread');
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('no-store');
    const unread = await list.json();
    expect(unread.feedback.map((f: { id: string }) => f.id)).toContain(id);
    expect(unread.feedback.find((f: { id: string }) => f.id === id)).toMatchObject({
      read: false,
      answerCount: 0,
      email: 'rampe@example.de',
    });

    const opened = await asAdmin(`/api/feedback/${id}`);
    expect(opened.headers.get('cache-control')).toBe('no-store');
    expect(await opened.json()).toMatchObject({ id, read: true, answers: [] });
    const after = await (await asAdmin('/api/feedback?filter=unread')).json();
    expect(after.feedback.map((f: { id: string }) => f.id)).not.toContain(id);
    expect(after.unread).toBe(unread.unread - 1);

    const marked = await asAdmin(`/api/feedback/${id}`, { method: 'PATCH', json: { read: false } });
    expect(await marked.json()).toMatchObject({ id, read: false });
  });

  it('is for administrators only, and answers unknown ids with 404 in the request’s language', async () => {
    const id = await send({ message: 'Nur für die Verwaltung' });
    expect((await t.request(`/api/feedback/${id}`)).status).toBe(401);
    const editor = await t.loginAs(['editor']);
    for (const [method, path] of [
      ['GET', `/api/feedback/${id}`],
      ['DELETE', `/api/feedback/${id}`],
      ['POST', `/api/feedback/${id}/answers`],
    ] as const) {
      const res = await t.request(path, {
        method,
        headers: editor.headers,
        ...(method === 'POST' ? { json: { text: 'Hallo' } } : {}),
      });
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    const unknown = '00000000-0000-4000-8000-000000000000';
    const de = await asAdmin(`/api/feedback/${unknown}`);
    expect([de.status, await de.json()]).toEqual([
      404,
      expect.objectContaining({
        code: 'feedback_not_found',
        message: 'Dieses Feedback gibt es nicht (mehr).',
      }),
    ]);
    const en = await asAdmin(`/api/feedback/${unknown}`, { method: 'DELETE', lang: 'en' });
    expect((await en.json()).message).toBe('This feedback does not exist (any more).');
    const bad = await asAdmin('/api/feedback/not-an-id');
    expect([bad.status, (await bad.json()).field]).toEqual([400, 'id']);
  });

  it('answers by e-mail to the address the resident gave and records who answered and when', async () => {
    const id = await send({
      message: 'Wann ist die Bibliothek\nsamstags geöffnet?',
      email: 'Leser@Example.de',
      name: 'Lea Leser',
    });
    const before = (await readFolderMail(mailDir)).length;
    const res = await asAdmin(`/api/feedback/${id}/answers`, {
      json: { text: 'Samstags von 10 bis 13 Uhr.' },
    });
    expect(res.status).toBe(201);
    const answer = await res.json();
    expect(answer).toMatchObject({ text: 'Samstags von 10 bis 13 Uhr.', answeredBy: 'Petra Amt' });
    expect(Math.abs(Date.parse(answer.answeredAt) - Date.now())).toBeLessThan(60_000);

    const mails = await waitForFolderMail(mailDir, before + 1);
    const mail = mails.find((m) => m.to.toLowerCase().includes('leser@example.de'));
    expect(mail?.subject).toBe('Antwort auf Ihre Nachricht an Muster App');
    const text = mail?.text.replace(/\r\n/g, '\n');
    expect(text).toContain('Samstags von 10 bis 13 Uhr.');
    expect(text).toContain('> Wann ist die Bibliothek\n> samstags geöffnet?');

    const opened = await (await asAdmin(`/api/feedback/${id}`)).json();
    expect(opened).toMatchObject({ answerCount: 1, lastAnsweredAt: answer.answeredAt });
    expect(opened.answers).toEqual([answer]);
  });

  it('refuses to answer feedback without an address, an empty answer, and records nothing', async () => {
    const id = await send({ message: 'Anonym' });
    const de = await asAdmin(`/api/feedback/${id}/answers`, { json: { text: 'Danke!' } });
    expect([de.status, await de.json()]).toEqual([
      409,
      expect.objectContaining({
        code: 'feedback_without_email',
        field: 'email',
        message: 'Diese Person hat keine E-Mail-Adresse angegeben; eine Antwort ist nicht möglich.',
      }),
    ]);
    const en = await asAdmin(`/api/feedback/${id}/answers`, {
      json: { text: 'Thanks' },
      lang: 'en',
    });
    expect((await en.json()).message).toBe(
      'This person gave no e-mail address, so an answer is not possible.',
    );
    const withAddress = await send({ message: 'Hallo', email: 'leer@example.de' });
    const empty = await asAdmin(`/api/feedback/${withAddress}/answers`, { json: { text: '  ' } });
    expect([empty.status, (await empty.json()).field]).toEqual([400, 'text']);
    const long = await asAdmin(`/api/feedback/${withAddress}/answers`, {
      json: { text: 'x'.repeat(10_001) },
    });
    expect([long.status, (await long.json()).field]).toEqual([400, 'text']);
    const { rows } = await t.db.query(
      'select 1 from feedback_answers where feedback_id = any($1)',
      [[id, withAddress]],
    );
    expect(rows).toEqual([]);
  });

  it('deletes feedback with its answers and every mail file naming the address; others stay', async () => {
    const id = await send({ message: 'Bitte löschen', email: 'weg@example.de' });
    const other = await send({ message: 'Bleibt', email: 'bleibt@example.de' });
    for (const [which, text] of [
      [id, 'Erledigt.'],
      [other, 'Auch erledigt.'],
    ] as const) {
      expect((await asAdmin(`/api/feedback/${which}/answers`, { json: { text } })).status).toBe(
        201,
      );
    }
    expect(await filesNaming('weg@example.de')).toHaveLength(1);

    const res = await asAdmin(`/api/feedback/${id}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(await filesNaming('weg@example.de')).toEqual([]);
    expect(await filesNaming('bleibt@example.de')).toHaveLength(1);
    const { rows } = await t.db.query(
      'select 1 from feedback where id = $1 union all select 1 from feedback_answers where feedback_id = $1',
      [id],
    );
    expect(rows).toEqual([]);
    expect((await asAdmin(`/api/feedback/${id}`, { method: 'DELETE' })).status).toBe(404);
  });
});

describe('an answer when the mail server is unreachable', () => {
  it('answers 503 in the request’s language, without the server’s details, and records nothing', async () => {
    const s = await createTestServer({ env: { CITY_APP_SMTP_URL: 'smtp://127.0.0.1:9' } });
    try {
      const staff = await s.loginAs(['admin']);
      const id = (
        await (
          await s.request('/api/feedback', { json: { message: 'Hallo', email: 'a@example.de' } })
        ).json()
      ).id;
      const res = await s.request(`/api/feedback/${id}/answers`, {
        headers: staff.headers,
        json: { text: 'Antwort' },
      });
      const body = await res.json();
      expect([res.status, body.code]).toEqual([503, 'mail_not_sent']);
      expect(body.message).toBe(
        'Die Antwort konnte nicht versendet werden. Sie wurde nicht gespeichert.',
      );
      expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
      const { rows } = await s.db.query('select 1 from feedback_answers');
      expect(rows).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
