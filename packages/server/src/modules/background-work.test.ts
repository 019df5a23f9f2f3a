import { defineModule } from '@city-app/core';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type CityEnv, defineServerModule, type ModuleServerContext } from '../module.js';
import { createTestServer } from '../testing.js';

/** A module whose background work counts rows, so the test sees it run and stop. */
function countingModule(events: string[]) {
  let seenContext: ModuleServerContext | undefined;
  const module = defineServerModule({
    manifest: defineModule({
      id: 'ticker',
      title: { de: 'Ticker', en: 'Ticker' },
      description: { de: 'Zählt im Hintergrund', en: 'Counts in the background' },
      field: 'administration',
      personalData: [],
      configSchema: z.object({}),
      messages: { de: { title: 'Ticker' }, en: { title: 'Ticker' } },
    }),
    migrations: [{ id: '001_ticks', up: 'CREATE TABLE ticker_ticks (at timestamptz NOT NULL)' }],
    routes(ctx) {
      seenContext = ctx;
      events.push('routes');
      return new Hono<CityEnv>();
    },
    async start(ctx) {
      events.push(ctx === seenContext ? 'start with the routes’ context' : 'start, other context');
      await ctx.db.query('INSERT INTO ticker_ticks VALUES (now())');
      return async () => {
        // The database is still open while the work stops.
        const { rows } = await ctx.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM ticker_ticks',
        );
        events.push(`stopped after ${rows[0]?.n} tick`);
      };
    },
  });
  return module;
}

describe('a module’s background work', () => {
  it('starts after the routes with the same context and stops on close, before the database', async () => {
    const events: string[] = [];
    const t = await createTestServer({ modules: [countingModule(events)] });
    expect(events).toEqual(['routes', 'start with the routes’ context']);
    await t.close();
    expect(events).toEqual(['routes', 'start with the routes’ context', 'stopped after 1 tick']);
  });
});
