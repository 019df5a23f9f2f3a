import { randomUUID } from 'node:crypto';
import type { ModuleServerContext } from '@city-app/server';
import type { TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases } from '../../../test/databases.js';
import {
  addAgendaItem,
  addSpecialMeeting,
  deviceServer,
  devices,
  jobContext,
} from '../../../test/devices.js';
import type { FollowedWords } from '../../api/words.js';
import { type OParlServer, startOParlServer } from '../../testing/index.js';
import { syncCouncilJob } from '../jobs/sync-job.js';
import { keyOf } from '../oparl/record.js';
import { MAX_WORDS_PER_INSTALLATION } from './store.js';

type Sent = Parameters<NonNullable<ModuleServerContext['notify']>['send']>[1];

describe.each(databases)('following a word on $name', ({ database, skip }) => {
  let app: TestServer;
  let oparl: OParlServer;
  const { call, signUp, refusal } = devices(() => app);
  const wordPath = (device: string, word?: string) =>
    `/api/council/installations/${device}/words${word === undefined ? '' : `/${encodeURIComponent(word)}`}`;
  const words = async (res: Response) => {
    expect(res.status).toBe(200);
    return ((await res.json()) as FollowedWords).items.map((w) => w.word);
  };
  beforeAll(async () => {
    if (skip) return;
    app = await deviceServer(database);
    oparl = await startOParlServer({
      size: { meetings: 4, papers: 4, persons: 2, organizations: 2 },
    });
  });
  afterAll(async () => {
    await oparl?.close();
    await app?.close();
  });

  it.skipIf(skip)('a device follows words, spelt as it likes, and stops', async () => {
    const device = await signUp();
    expect(await words(await call(wordPath(device)))).toEqual([]);
    expect(await words(await call(wordPath(device, 'Bahnhofstraße'), 'PUT'))).toEqual([
      'Bahnhofstraße',
    ]);
    // Another spelling of the same word is the same follow, kept as last typed.
    expect(await words(await call(wordPath(device, 'BAHNHOFSTRASSE'), 'PUT'))).toEqual([
      'BAHNHOFSTRASSE',
    ]);
    expect(await words(await call(wordPath(device, '  Neue   Mitte '), 'PUT'))).toEqual([
      'BAHNHOFSTRASSE',
      'Neue Mitte',
    ]);
    expect(await words(await call(wordPath(device.toUpperCase())))).toEqual([
      'BAHNHOFSTRASSE',
      'Neue Mitte',
    ]);
    // A paper's reference, its slash sent encoded.
    expect(await words(await call(wordPath(device, '0042/2026'), 'PUT'))).toEqual([
      '0042/2026',
      'BAHNHOFSTRASSE',
      'Neue Mitte',
    ]);
    expect(await words(await call(wordPath(device, '0042/2026'), 'DELETE'))).toHaveLength(2);
    expect(await words(await call(wordPath(device, 'bahnhofstraße'), 'DELETE'))).toEqual([
      'Neue Mitte',
    ]);
    const res = await call(wordPath(device));
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      items: [{ word: 'Neue Mitte' }],
      limit: MAX_WORDS_PER_INSTALLATION,
    });
  });

  it.skipIf(skip)(
    'refuses what a stranger may send, naming the field, in German and English',
    async () => {
      const device = await signUp();
      for (const bad of ['ab', '<script>', 'x'.repeat(41), 'Rad%weg']) {
        expect(await refusal(await call(wordPath(device, bad), 'PUT')), bad).toMatchObject({
          status: 400,
          code: 'council_word_invalid',
          field: 'word',
          message: expect.stringContaining('Ein Stichwort hat 3 bis 40 Zeichen'),
        });
      }
      expect(await refusal(await call(wordPath(device, 'ab'), 'DELETE', 'en'))).toMatchObject({
        status: 400,
        field: 'word',
        message: expect.stringContaining('A word has 3 to 40 characters'),
      });
      expect(await refusal(await call(wordPath(device, 'y'.repeat(201)), 'PUT'))).toMatchObject({
        status: 400,
        code: 'validation_failed',
        field: 'word',
      });
      expect(await refusal(await call(wordPath(randomUUID(), 'Radweg'), 'PUT'))).toMatchObject({
        status: 409,
        code: 'council_no_installation',
        field: 'installationId',
        message: expect.stringContaining('Dieses Gerät'),
      });
      expect(await refusal(await call(wordPath('nope', 'Radweg'), 'PUT'))).toMatchObject({
        status: 400,
        code: 'validation_failed',
        field: 'installationId',
      });
      expect(await refusal(await call(wordPath('nope')))).toMatchObject({
        status: 400,
        field: 'installationId',
      });
    },
  );

  it.skipIf(skip)(`a device follows at most ${MAX_WORDS_PER_INSTALLATION} words`, async () => {
    const device = await signUp();
    const all = Array.from({ length: MAX_WORDS_PER_INSTALLATION + 1 }, (_, i) => `Wort ${i}x`);
    for (const word of all.slice(0, MAX_WORDS_PER_INSTALLATION)) {
      expect((await call(wordPath(device, word), 'PUT')).status).toBe(200);
    }
    // Following one it follows already still answers, the next one is refused.
    expect((await call(wordPath(device, 'wort 0X'), 'PUT')).status).toBe(200);
    expect(
      await refusal(await call(wordPath(device, all.at(-1) as string), 'PUT', 'en')),
    ).toMatchObject({
      status: 409,
      code: 'council_too_many_words',
      field: 'installationId',
      message: `This device already follows ${MAX_WORDS_PER_INSTALLATION} words; no more are possible.`,
    });
  });

  it.skipIf(skip)(
    'tells a word’s followers of new meetings and added items it is found in, once a device',
    async () => {
      const sent: Sent[] = [];
      const known = new Set<string>();
      const ctx = jobContext(
        app,
        { oparl: { system: oparl.system } },
        {
          async send(_tx, input) {
            sent.push(input);
            return { dispatchId: input.idempotencyKey, created: true };
          },
          sendMany: async () => [],
          existingInstallations: async (ids) => ids.filter((id) => known.has(id)),
        },
      );
      const run = (dueAt: Date) =>
        syncCouncilJob.run(ctx, { dueAt, attempt: 1, signal: new AbortController().signal });
      await run(new Date('2026-03-01T10:00:00Z'));
      expect(sent).toEqual([]);

      const follows = async (...list: string[]) => {
        const device = await signUp();
        known.add(device);
        for (const word of list) {
          expect((await call(wordPath(device, word), 'PUT')).status).toBe(200);
        }
        return device;
      };
      const schulweg = await follows('schulweg');
      // Meeting 1's agenda had the Radweg before: the addition is not about it.
      const radweg = await follows('Radweg');
      const marktplatz = await follows('Marktplatz', 'Neue Mitte');
      const phrase = await follows('Neue Mitte');
      // Only in an item not public.
      const secret = await follows('Grundstücksverkauf');
      // The meeting's name ends with one, its first item begins with the other: no phrase.
      const across = await follows('Stadtvertretung Neue');
      const dropped = randomUUID();
      await app.db.query(
        `INSERT INTO council_word_follows (installation_id, folded, word) VALUES ($1, 'marktplatz', 'Marktplatz')`,
        [dropped],
      );
      const base = oparl.data.base;
      // The Stadtvertretung's follower who follows the word too hears of it once.
      const both = await follows('marktplatz');
      const stadtvertretung = keyOf(`${base}/organization/0`);
      expect(
        (await call(`/api/council/committees/${stadtvertretung}/followers/${both}`, 'PUT')).status,
      ).toBe(204);

      addSpecialMeeting(oparl, {
        agendaItem: [
          {
            id: `${base}/agendaitem/sonder-1`,
            type: 'https://schema.oparl.org/1.1/AgendaItem',
            meeting: `${base}/meeting/sonder`,
            number: '1',
            name: 'Neue Mitte: Umgestaltung des Marktplatzes',
            public: true,
          },
          {
            id: `${base}/agendaitem/sonder-2`,
            type: 'https://schema.oparl.org/1.1/AgendaItem',
            meeting: `${base}/meeting/sonder`,
            number: '2',
            name: 'Grundstücksverkauf am Mühlenweg',
            public: false,
          },
        ],
      });
      addAgendaItem(oparl, 1, 'Dringlichkeitsantrag Schulweg');
      await run(new Date('2026-03-01T11:00:00Z'));
      const told = sent.map((s) => [
        (s.title as { de: string }).de,
        s.installationIds ? [...s.installationIds].sort() : s.topic,
      ]);
      expect(told).toEqual([
        ['Tagesordnung ergänzt: 2. Sitzung Hauptausschuss', 'council'],
        ['Tagesordnung ergänzt: 2. Sitzung Hauptausschuss', [schulweg]],
        ['Neue Sitzung: Sondersitzung der Stadtvertretung', 'council'],
        ['Neue Sitzung: Sondersitzung der Stadtvertretung', [both, marktplatz, phrase].sort()],
      ]);
      expect(sent[3]).toMatchObject({
        collapseKey: sent[2]?.collapseKey,
        idempotencyKey: `${sent[2]?.idempotencyKey}:followers`,
      });
      expect(JSON.stringify(sent)).not.toContain(radweg);
      expect(JSON.stringify(sent)).not.toContain(secret);
      expect(JSON.stringify(sent)).not.toContain(across);
      const { rows } = await app.db.query(
        'SELECT 1 FROM council_word_follows WHERE installation_id = $1',
        [dropped],
      );
      expect(rows).toEqual([]);
    },
  );
});
