import { errors, localeFromAcceptLanguage } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { meetingDetailSchema, meetingPageSchema } from '../../api/meeting.js';
import type { CouncilConfig } from '../../config.js';
import { meetingCalendar } from '../calendar/meeting-calendar.js';
import { readMeeting } from '../read/meeting.js';
import { searchWords, upcomingMeetings } from '../read/meetings.js';

export const keyParams = z.strictObject({ key: z.string().regex(/^[A-Za-z0-9_-]{16}$/) });

const listQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(500).default(1),
});

const calendarQuery = z.strictObject({
  lang: z
    .enum(['de', 'en'])
    .optional()
    .describe('Language of the file’s own words (default: the request’s).'),
});

/** The app's own address: the configured public one, else the request's. */
const originOf = (c: Context, env: ModuleServerContext['env']) =>
  new URL(env?.CITY_APP_PUBLIC_URL ?? c.req.url).origin;

/** Residents' meetings: the coming ones, searchable, and a meeting's page. */
export function meetingRoutes(ctx: ModuleServerContext<CouncilConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const meetingOr404 = async (key: string) => {
    const meeting = await readMeeting(ctx.db, key);
    if (!meeting) throw errors.notFound({ de: 'Die Sitzung', en: 'The meeting' });
    return meeting;
  };
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
      return c.json(await meetingOr404(key));
    },
  );
  app.get(
    '/meetings/:key/calendar.ics',
    describeRoute({
      summary: 'A meeting as an iCalendar file, to add to a calendar',
      description:
        'One VEVENT in the town’s zone (VTIMEZONE included) with the meeting’s place, committees and public agenda, a link back to its page, and a UID that stays the same; a cancelled meeting as STATUS:CANCELLED.',
      tags: ['council'],
      params: keyParams,
      query: calendarQuery,
      publicContent: true,
      responses: {
        200: { description: 'The meeting.', contentType: 'text/calendar' },
        404: { description: 'No meeting with this key (`not_found`).' },
      },
    }),
    async (c) => {
      const { key } = validated<{ key: string }>(c, 'params');
      const { lang } = validated<z.output<typeof calendarQuery>>(c, 'query');
      const meeting = await meetingOr404(key);
      const text = meetingCalendar(meeting, {
        locale: lang ?? localeFromAcceptLanguage(c.req.header('accept-language')),
        timezone: ctx.city.timezone,
        origin: originOf(c, ctx.env),
        path: `${ctx.manifest.path}/${key}`,
        now: new Date(),
      });
      return c.body(text, 200, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="sitzung-${key}.ics"`,
        'cache-control': 'public, max-age=300',
        vary: 'accept-language',
      });
    },
  );
  return app;
}
