import { defineModule } from '@city-app/core';
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { defineServerModule, type ModuleServerContext } from '../module.js';
import { createTestServer, memoryLogger, type TestServer } from '../testing.js';
import {
  deliverQueuedMail,
  enqueueMail,
  forgetQueuedMail,
  MAX_MAIL_ATTEMPTS,
  mailOutboxJob,
} from './outbox.js';
import type { MailTransport, OutgoingMail } from './transport.js';

// A module that writes a row and its mail in one transaction, and fails after both on request.
const manifest = defineModule({
  id: 'post',
  title: { de: 'Post', en: 'Mail' },
  description: { de: 'Schreibt Post', en: 'Writes mail' },
  field: 'administration',
  configSchema: z.object({}),
  personalData: [],
  messages: { de: {}, en: {} },
});
const post = defineServerModule({
  manifest,
  routes: (ctx: ModuleServerContext) =>
    new Hono().post('/send', async (c) => {
      const fail = c.req.query('fail') === '1';
      await ctx.db
        .transaction(async (tx) => {
          await ctx.mail?.enqueue(tx, {
            to: 'verein@example.de',
            subject: 'Bitte bestätigen',
            text: 'Hallo',
          });
          if (fail) throw new Error('after the mail');
        })
        .catch(() => undefined);
      return c.body(null, 204);
    }) as never,
});

function memoryTransport(): MailTransport & { sent: OutgoingMail[]; down: boolean } {
  const sent: OutgoingMail[] = [];
  const transport = {
    kind: 'folder' as const,
    description: 'memory',
    sent,
    down: false,
    async send(mail: OutgoingMail) {
      if (transport.down) throw new Error('mail server down');
      sent.push(mail);
    },
    close() {},
  };
  return transport;
}

let t: TestServer;
// The server's own transport: what the module's mail reaches without any job run by the test.
const serverTransport = memoryTransport();
beforeAll(async () => {
  t = await createTestServer({ modules: [post as never], mailTransport: serverTransport });
});
beforeEach(async () => {
  await t.db.query('DELETE FROM city_app_mail_outbox');
});
afterAll(async () => {
  await t?.close();
});

const queued = async () =>
  (
    await t.db.query<{ status: string; attempts: number; module: string }>(
      'SELECT status, attempts, module FROM city_app_mail_outbox ORDER BY id',
    )
  ).rows;

describe('the kernel’s mail outbox', () => {
  it('keeps a module’s mail exactly when its transaction commits, and sends it moments later', async () => {
    const before = serverTransport.sent.length;
    expect((await t.request('/api/post/send?fail=1', { method: 'POST' })).status).toBe(204);
    expect(await queued()).toEqual([]);
    const started = Date.now();
    expect((await t.request('/api/post/send', { method: 'POST' })).status).toBe(204);
    expect(await queued()).toMatchObject([{ module: 'post' }]);
    // The server sends it without the outbox job's minute, and only the committed one.
    await vi.waitFor(() => expect(serverTransport.sent.length).toBe(before + 1), {
      timeout: 10_000,
      interval: 50,
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(serverTransport.sent.at(-1)).toMatchObject({
      to: 'verein@example.de',
      subject: 'Bitte bestätigen',
    });
    expect(await queued()).toEqual([{ status: 'sent', attempts: 1, module: 'post' }]);
  });

  it('sends each message once, from the kernel’s sender', async () => {
    const transport = memoryTransport();
    await enqueueMail(t.db, 'post', {
      to: 'a@example.de',
      subject: 'Eins',
      text: 'Text',
      replyTo: 'rathaus@example.de',
    });
    await enqueueMail(t.db, 'post', { to: 'b@example.de', subject: 'Zwei', text: 'Text' });
    const now = new Date();
    expect(
      await deliverQueuedMail(t.db, transport, { from: 'Stadt <app@example.de>', now }),
    ).toEqual({ sent: 2, retried: 0, failed: 0 });
    expect(
      await deliverQueuedMail(t.db, transport, { from: 'Stadt <app@example.de>', now }),
    ).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(transport.sent.map((m) => [m.to, m.subject, m.from, m.replyTo])).toEqual([
      ['a@example.de', 'Eins', 'Stadt <app@example.de>', 'rathaus@example.de'],
      ['b@example.de', 'Zwei', 'Stadt <app@example.de>', undefined],
    ]);
  });

  it('retries with doubling pauses while the mail server is away, then gives up', async () => {
    const transport = memoryTransport();
    transport.down = true;
    const log = memoryLogger();
    await enqueueMail(t.db, 'post', { to: 'a@example.de', subject: 'Eins', text: 'Text' });
    let now = new Date('2030-01-01T10:00:00Z');
    const deliver = () => deliverQueuedMail(t.db, transport, { from: 'x@example.de', now, log });
    const results = [await deliver()];
    for (let attempt = 2; attempt <= MAX_MAIL_ATTEMPTS; attempt++) {
      const pause = 2 ** (attempt - 1) * 60_000;
      // Not before its pause is over…
      now = new Date(now.getTime() + pause - 1000);
      expect((await deliver()).retried).toBe(0);
      // …and then at once.
      now = new Date(now.getTime() + 2000);
      results.push(await deliver());
    }
    expect(results.slice(0, -1).every((r) => r.retried === 1)).toBe(true);
    expect(results.at(-1)).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await queued()).toEqual([
      { status: 'failed', attempts: MAX_MAIL_ATTEMPTS, module: 'post' },
    ]);
    expect(log.lines.at(-1)?.message).toMatch(/not sent \(attempt 8\): mail server down/);
  });

  it('forgets every message to an address, whatever its case', async () => {
    await enqueueMail(t.db, 'post', { to: 'Verein@Example.de', subject: 'Eins', text: 'Text' });
    await enqueueMail(t.db, 'post', { to: 'other@example.de', subject: 'Zwei', text: 'Text' });
    expect(await forgetQueuedMail(t.db, 'verein@example.de')).toBe(1);
    expect(await queued()).toHaveLength(1);
  });

  it('runs as the kernel’s job: delivers, and deletes what was sent 30 days before', async () => {
    const transport = memoryTransport();
    await t.db.query(
      `INSERT INTO city_app_mail_outbox (module, recipient, subject, body, status, created_at)
       VALUES ('post', 'old@example.de', 'Alt', 'Text', 'sent', now() - interval '31 days')`,
    );
    await enqueueMail(t.db, 'post', { to: 'new@example.de', subject: 'Neu', text: 'Text' });
    const job = mailOutboxJob(t.db, { transport, from: 'x@example.de', log: memoryLogger() });
    const counts = await job.run({
      dueAt: new Date(),
      attempt: 1,
      signal: new AbortController().signal,
    });
    expect(counts).toEqual({ sent: 1, retried: 0, failed: 0, deleted: 1 });
    expect(transport.sent.map((m) => m.to)).toEqual(['new@example.de']);
  });
});
