import type { ModuleServerContext } from '@city-app/server';
import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAgendaItem, addSpecialMeeting, jobContext } from '../../../test/devices.js';
import type { CouncilConfig } from '../../config.js';
import { type OParlServer, startOParlServer } from '../../testing/index.js';
import council from '../index.js';
import { syncCouncilJob } from '../jobs/sync-job.js';

type Sent = Parameters<NonNullable<ModuleServerContext['notify']>['send']>[1];

describe('news of meetings for the followers of the council topic', () => {
  let app: TestServer;
  let oparl: OParlServer;
  const sent: Sent[] = [];
  const keys = new Set<string>();
  let ctx: ModuleServerContext<CouncilConfig>;
  const run = (dueAt: Date) =>
    syncCouncilJob.run(ctx, { dueAt, attempt: 1, signal: new AbortController().signal });

  beforeAll(async () => {
    app = await createTestServer({ modules: [council] });
    oparl = await startOParlServer({
      size: { meetings: 4, papers: 4, persons: 2, organizations: 2 },
    });
    ctx = jobContext(
      app,
      { oparl: { system: oparl.system } },
      {
        async send(_tx, input) {
          const created = !keys.has(input.idempotencyKey);
          if (created) {
            keys.add(input.idempotencyKey);
            sent.push(input);
          }
          return { dispatchId: input.idempotencyKey, created };
        },
        sendMany: async () => [],
        existingInstallations: async () => [],
      },
    );
  });
  afterAll(async () => {
    await oparl?.close();
    await app?.close();
  });

  it('says nothing of what the first sync reads, then tells of a new meeting and a longer agenda', async () => {
    await run(new Date('2026-03-01T10:00:00Z'));
    expect(sent).toEqual([]);

    const base = oparl.data.base;
    addSpecialMeeting(oparl);
    addAgendaItem(oparl, 1, 'Dringlichkeitsantrag Schulweg');
    // A meeting in the past is no news.
    oparl.add('meeting', {
      id: `${base}/meeting/alt`,
      type: 'https://schema.oparl.org/1.1/Meeting',
      name: 'Nachgetragene Sitzung',
      start: '2020-01-01T17:00:00+01:00',
    });
    const due = new Date('2026-03-01T11:00:00Z');
    await run(due);
    expect(sent.map((s) => [s.topic, (s.title as { de: string }).de])).toEqual([
      ['council', 'Tagesordnung ergänzt: 2. Sitzung Hauptausschuss'],
      ['council', 'Neue Sitzung: Sondersitzung der Stadtvertretung'],
    ]);
    expect(sent[1]).toMatchObject({
      url: expect.stringMatching(/^\/rat\/[A-Za-z0-9_-]{16}$/),
      title: { en: 'New meeting: Sondersitzung der Stadtvertretung' },
      idempotencyKey: expect.stringMatching(/^council:meeting:.+:new$/),
    });

    // Nothing new: nothing sent.
    await run(new Date('2026-03-01T12:00:00Z'));
    expect(sent).toHaveLength(2);
  });
});
