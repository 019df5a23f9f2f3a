import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestServer, memoryLogger, type TestServer } from '../testing.js';
import { enqueueMail } from './outbox.js';
import { promptMailDelivery } from './prompt-delivery.js';
import type { MailTransport, OutgoingMail } from './transport.js';

function memoryTransport(): MailTransport & { sent: OutgoingMail[] } {
  const sent: OutgoingMail[] = [];
  return {
    kind: 'folder',
    description: 'memory',
    sent,
    async send(mail) {
      sent.push(mail);
    },
    close() {},
  };
}

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer({});
});
beforeEach(async () => {
  await t.db.query('DELETE FROM city_app_mail_outbox');
});
afterAll(async () => {
  await t?.close();
});

const mail = (subject: string) => ({ to: 'verein@example.de', subject, text: 'Hallo' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('prompt mail delivery', () => {
  it('looks again a little later when the queuing transaction committed after its first look', async () => {
    const transport = memoryTransport();
    const delivery = promptMailDelivery(t.db, {
      transport,
      from: 'app@example.de',
      log: memoryLogger(),
      firstLookMs: 20,
      secondLookMs: 400,
    });
    delivery.nudge();
    // The first look finds nothing: the message commits only now.
    await sleep(150);
    expect(transport.sent).toEqual([]);
    await enqueueMail(t.db, 'post', mail('Spät'));
    await vi.waitFor(() => expect(transport.sent.map((m) => m.subject)).toEqual(['Spät']), {
      timeout: 5_000,
    });
    await delivery.stop();
  });

  it('does not lose a message queued while a delivery runs', async () => {
    const transport = memoryTransport();
    let release: (() => void) | undefined;
    const slow: MailTransport = {
      ...transport,
      async send(outgoing) {
        // The first message holds the delivery until the second one was queued and nudged.
        if (outgoing.subject === 'Eins') await new Promise<void>((resolve) => (release = resolve));
        await transport.send(outgoing);
      },
    };
    const delivery = promptMailDelivery(t.db, {
      transport: slow,
      from: 'app@example.de',
      log: memoryLogger(),
      firstLookMs: 20,
      secondLookMs: 60_000,
    });
    await enqueueMail(t.db, 'post', mail('Eins'));
    delivery.nudge();
    await vi.waitFor(() => expect(release).toBeTypeOf('function'), { timeout: 5_000 });
    await enqueueMail(t.db, 'post', mail('Zwei'));
    delivery.nudge();
    release?.();
    await vi.waitFor(() => expect(transport.sent.map((m) => m.subject)).toEqual(['Eins', 'Zwei']), {
      timeout: 5_000,
    });
    await delivery.stop();
  });

  it('sends nothing once stopped', async () => {
    const transport = memoryTransport();
    const delivery = promptMailDelivery(t.db, {
      transport,
      from: 'app@example.de',
      log: memoryLogger(),
      firstLookMs: 20,
    });
    await delivery.stop();
    await enqueueMail(t.db, 'post', mail('Nach dem Ende'));
    delivery.nudge();
    await sleep(200);
    expect(transport.sent).toEqual([]);
  });
});
