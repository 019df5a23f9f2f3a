import { errors } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { z } from 'zod';
import { meetingDetailSchema, meetingPageSchema } from '../../api/meeting.js';
import type { CouncilConfig } from '../../config.js';
import { readMeeting } from '../read/meeting.js';
import { searchWords, upcomingMeetings } from '../read/meetings.js';

export const keyParams = z.strictObject({ key: z.string().regex(/^[A-Za-z0-9_-]{16}$/) });

const listQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(500).default(1),
});

/** Residents' meetings: the coming ones, searchable, and a meeting's page. */
export function meetingRoutes(ctx: ModuleServerContext<CouncilConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  // The module's root answers the same list: every module answers GET /api/<id>.
  for (const path of ['/', '/meetings']) {
    app.get(
      path,
      describeRoute({
        summary: 'The coming meetings of the council and its committees, searchable',
        description:
          'Earliest first, 20 a page. `q`: words found in a meeting, its public agenda or the papers on it (each word must be found).',
        tags: ['council'],
        query: listQuery,
        publicContent: true,
        responses: { 200: { description: 'A page of meetings.', schema: meetingPageSchema } },
      }),
      async (c) => {
        const { q, page } = validated<z.output<typeof listQuery>>(c, 'query');
        return c.json(
          await upcomingMeetings(ctx.db, { now: new Date(), words: searchWords(q), page }),
        );
      },
    );
  }
  app.get(
    '/meetings/:key',
    describeRoute({
      summary: 'A meeting with its public agenda, the papers on it and its documents',
      tags: ['council'],
      params: keyParams,
      publicContent: true,
      responses: {
        200: { description: 'The meeting.', schema: meetingDetailSchema },
        404: { description: 'No meeting with this key (`not_found`).' },
      },
    }),
    async (c) => {
      const { key } = validated<{ key: string }>(c, 'params');
      const meeting = await readMeeting(ctx.db, key);
      if (!meeting) throw errors.notFound({ de: 'Die Sitzung', en: 'The meeting' });
      return c.json(meeting);
    },
  );
  return app;
}
