import type { Queryable, SourceHealth } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { sourcesChecks } from './sources-check.js';

const db: Queryable = { query: async () => ({ rows: [], rowCount: 0 }) };

function source(over: Partial<SourceHealth>): SourceHealth {
  return {
    job: 'waste.import',
    module: 'waste',
    kind: 'import',
    title: null,
    lastRunAt: null,
    lastSuccessAt: null,
    lastErrorAt: null,
    lastError: null,
    lastErrorWords: null,
    successes: 0,
    failures: 0,
    lastCounts: {},
    ...over,
  };
}

describe('the sources checks of city-app doctor', () => {
  it('warns for each source whose last run failed, and says when it last worked', async () => {
    const checks = await sourcesChecks(db, async () => [
      source({
        lastSuccessAt: '2026-06-01T10:00:00.000Z',
        lastErrorAt: '2026-06-01T10:10:00.000Z',
        lastError: 'The feed answered 503',
      }),
      source({
        job: 'news.feed',
        module: 'news',
        lastErrorAt: '2026-06-01T09:00:00.000Z',
        lastSuccessAt: '2026-06-01T10:00:00.000Z',
      }),
      source({
        job: 'waste.remind',
        kind: 'job',
        lastErrorAt: '2026-06-01T18:00:01.000Z',
        lastError: 'boom',
      }),
    ]);
    expect(checks).toEqual([
      expect.objectContaining({
        id: 'source:waste.import',
        status: 'warn',
        message: expect.stringContaining(
          'The import waste.import failed at 2026-06-01T10:10:00.000Z: The feed answered 503',
        ),
        hint: expect.stringContaining('last succeeded at 2026-06-01T10:00:00.000Z'),
      }),
      expect.objectContaining({
        id: 'source:waste.remind',
        message: expect.stringContaining('The scheduled job waste.remind'),
        hint: expect.stringContaining('never succeeded'),
      }),
    ]);
  });

  it("speaks the town's language, with the server's own words for a known error", async () => {
    const checks = await sourcesChecks(
      db,
      async () => [
        source({
          lastErrorAt: '2026-06-01T10:10:00.000Z',
          lastError: 'The feed answered 503',
          lastErrorWords: {
            de: 'Der Feed antwortete mit 503',
            en: 'The feed answered 503',
          },
        }),
      ],
      'de',
    );
    expect(checks).toEqual([
      {
        id: 'source:waste.import',
        status: 'warn',
        message:
          'Der Import waste.import ist am 2026-06-01T10:10:00.000Z fehlgeschlagen: Der Feed antwortete mit 503',
        hint: 'Er ist noch nie gelungen; prüfen Sie die Adresse seiner Quelle und das Log des Servers.',
      },
    ]);
    expect(
      await sourcesChecks(
        db,
        async () => [source({ lastSuccessAt: '2026-06-01T10:00:00.000Z' })],
        'de',
      ),
    ).toEqual([
      {
        id: 'sources',
        status: 'ok',
        message: '1 Import oder geplanter Auftrag: keiner schlägt fehl.',
      },
    ]);
  });

  it('says all is well when no source fails, and nothing before the server ran', async () => {
    expect(
      await sourcesChecks(db, async () => [source({ lastSuccessAt: '2026-06-01T10:00:00.000Z' })]),
    ).toEqual([
      expect.objectContaining({
        id: 'sources',
        status: 'ok',
        message: expect.stringContaining('none failing'),
      }),
    ]);
    expect(await sourcesChecks(db, async () => [])).toEqual([]);
    expect(
      await sourcesChecks(db, async () => {
        throw new Error('relation "city_app_sources" does not exist');
      }),
    ).toEqual([]);
  });
});
