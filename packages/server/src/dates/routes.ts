import { type CityConfig, errors, type Locale, localeFromAcceptLanguage } from '@city-app/core';
import type { Notify } from '@city-app/notify';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { expectedOrigin, type KernelEnv, type RequestSettings } from '../http/context.js';
import type { Logger } from '../module.js';
import { describeRoute, validated } from '../openapi/describe.js';
import { installationRoute } from '../openapi/installation-route.js';
import type { CalendarLinks } from './calendar-links.js';
import { collectDates, type DatesSource } from './collect.js';
import { datesCalendar } from './ics.js';

const TAGS = ['dates'];
const DAY = 86_400_000;
/** The feed reaches a month back (a calendar keeps what just happened) and a year ahead. */
const FEED_PAST_DAYS = 31;
const FEED_DAYS = 366;
const FEED_MAX_ENTRIES = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const listQuery = z.object({
  from: z
    .union([z.iso.datetime({ offset: true }), z.iso.date()])
    .optional()
    .describe('Entries that end after this instant or date (default: now).'),
  days: z.coerce.number().int().min(1).max(FEED_DAYS).default(FEED_DAYS),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(1000).default(0),
});
const linkBody = z.object({ locale: z.enum(['de', 'en']).optional() });
const feedParams = z.object({
  file: z.string().max(60).describe('`<token>.ics`: the private token of the subscription.'),
});

export interface DatesRoutesOptions {
  city: CityConfig;
  notify: Notify;
  links: CalendarLinks;
  sources: readonly DatesSource[];
  settings: RequestSettings;
  log: Logger;
  now?: () => Date;
}

/**
 * "Meine Termine" at `/api/dates`: an installation's dates from every module that contributes
 * some, and its private calendar subscription. No account: holding the installation's id is the
 * proof, as for its notification preferences; the feed's token stands for that id.
 */
export function datesRoutes(options: DatesRoutesOptions): Hono<KernelEnv> {
  const { city, notify, links, sources, settings, log } = options;
  const now = options.now ?? (() => new Date());
  const timezone = city.timezone;
  const app = new Hono<KernelEnv>();

  /** The installation of the path, or a 404 that says nothing about any other. */
  async function ownInstallation(id: string): Promise<string> {
    if (!UUID.test(id) || !(await notify.installations.get(id))) {
      throw errors.notFound('The installation');
    }
    return id.toLowerCase();
  }

  const origin = (c: Context) => settings.publicOrigin ?? expectedOrigin(c, settings);

  app.get(
    '/installations/:id',
    describeRoute(
      installationRoute({
        summary: 'An installation’s dates from every module, the earliest first',
        description:
          'Entries that end after `from` and start within `days`; `limit` per page, `more` when another page follows (`offset`). `incomplete` names modules whose dates could not be read.',
        tags: TAGS,
        query: listQuery,
        responses: {
          200: { description: '`{ entries, more, incomplete }`' },
        },
      }),
    ),
    async (c) => {
      const id = await ownInstallation(c.req.param('id'));
      const query = validated<z.output<typeof listQuery>>(c, 'query');
      const from = query.from ? new Date(query.from) : now();
      const page = await collectDates(
        sources,
        id,
        {
          range: { from, to: new Date(from.getTime() + query.days * DAY) },
          limit: query.limit,
          offset: query.offset,
        },
        { timezone, log },
      );
      c.header('cache-control', 'no-store');
      return c.json(page);
    },
  );

  app.get(
    '/installations/:id/calendar',
    describeRoute(
      installationRoute({
        summary: 'Whether the installation has a calendar subscription, and since when',
        tags: TAGS,
        responses: {
          200: { description: '`{ active, createdAt? }`: the link itself is shown only once.' },
        },
      }),
    ),
    async (c) => {
      const link = await links.of(await ownInstallation(c.req.param('id')));
      c.header('cache-control', 'no-store');
      return c.json(link ? { active: true, createdAt: link.createdAt } : { active: false });
    },
  );

  app.post(
    '/installations/:id/calendar',
    describeRoute(
      installationRoute({
        summary: 'A new private calendar subscription (the previous link stops working)',
        description:
          'Returns the link once, as https and webcal address; only its hash is stored. `locale` chooses the language of the entries (default: the request’s).',
        tags: TAGS,
        body: linkBody,
        responses: {
          201: { description: '`{ https, webcal, createdAt }`' },
        },
      }),
    ),
    async (c) => {
      const id = await ownInstallation(c.req.param('id'));
      const body = validated<z.output<typeof linkBody>>(c, 'body');
      const locale: Locale =
        body.locale ?? localeFromAcceptLanguage(c.req.header('accept-language'));
      const link = await links.issue(id, locale);
      const https = `${origin(c)}/api/dates/calendar/${link.token}.ics`;
      c.header('cache-control', 'no-store');
      return c.json(
        { https, webcal: https.replace(/^https?:/, 'webcal:'), createdAt: link.createdAt },
        201,
      );
    },
  );

  app.delete(
    '/installations/:id/calendar',
    describeRoute(
      installationRoute({
        summary: 'End the calendar subscription: its link stops working',
        tags: TAGS,
        responses: {
          204: { description: 'Ended (or there was none).' },
        },
      }),
    ),
    async (c) => {
      await links.revoke(await ownInstallation(c.req.param('id')));
      return c.body(null, 204);
    },
  );

  app.get(
    '/calendar/:file',
    describeRoute({
      summary: 'The installation’s dates as an iCalendar feed (RFC 5545)',
      description:
        'For a calendar app to subscribe to: a month back and a year ahead, in the town’s time zone with its VTIMEZONE.',
      tags: TAGS,
      secret: { kind: 'private-link', in: 'path', name: 'file' },
      params: feedParams,
      responses: {
        200: { description: 'The feed', contentType: 'text/calendar' },
        404: { description: 'No such link, or it was renewed or ended.' },
      },
    }),
    async (c) => {
      const file = c.req.param('file');
      const link = file.endsWith('.ics') ? await links.byToken(file.slice(0, -4)) : undefined;
      if (!link) throw errors.notFound('The calendar');
      if (!(await notify.installations.get(link.installationId))) {
        // The installation was deleted with everything about it: its link goes too.
        await links.revoke(link.installationId);
        throw errors.notFound('The calendar');
      }
      const at = now();
      const page = await collectDates(
        sources,
        link.installationId,
        {
          range: {
            from: new Date(at.getTime() - FEED_PAST_DAYS * DAY),
            to: new Date(at.getTime() + FEED_DAYS * DAY),
          },
          limit: FEED_MAX_ENTRIES,
          offset: 0,
        },
        { timezone, log },
      );
      const name = link.locale === 'de' ? 'Meine Termine' : 'My dates';
      const text = datesCalendar(page.entries, {
        name: `${name} – ${city.branding.appName}`,
        timezone,
        locale: link.locale,
        origin: origin(c),
        now: at,
      });
      c.header('content-type', 'text/calendar; charset=utf-8');
      c.header('cache-control', 'private, no-cache');
      c.header('content-disposition', 'inline; filename="termine.ics"');
      return c.body(text);
    },
  );

  return app;
}
