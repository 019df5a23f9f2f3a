import { addDaysToDate, createTranslator, localDate } from '@city-app/core';
import { writeCalendar } from '@city-app/core/icalendar';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { type Context, Hono } from 'hono';
import type { EventsConfig } from '../../config.js';
import { eventError } from '../../errors/events.js';
import { feedMessages } from '../../messages/feeds.js';
import { categoryTitle } from '../events/category-title.js';
import { type CalendarContext, eventsCalendar } from './calendar-ics.js';
import {
  appOrigin,
  chosenCategories,
  type FeedQuery,
  feedLocale,
  feedQuery,
} from './calendar-query.js';
import { readFeedEvents, whereOf } from './calendar-read.js';
import { routeContext } from './context.js';
import { eventParams, notFound } from './event.js';

const langQuery = feedQuery.pick({ lang: true });
const dateParams = eventParams.extend({ date: localDate() });

const calendarResponse = (c: Context, text: string, file: string, maxAge: number) =>
  c.body(text, 200, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': `inline; filename="${file}"`,
    'cache-control': `public, max-age=${maxAge}`,
    vary: 'accept-language',
  });

/**
 * Events for the phone's calendar: one event with all its dates, one date, and every
 * published event (or those of some categories) as a calendar to subscribe to.
 */
export function calendarRoutes(ctx: ModuleServerContext<EventsConfig>): Hono<CityEnv> {
  const route = routeContext(ctx);
  const calendarContext = (c: Context, lang: FeedQuery['lang']): CalendarContext => {
    const origin = appOrigin(c, ctx);
    return {
      config: ctx.config,
      timeZone: route.timeZone,
      locale: feedLocale(c, lang),
      pages: `${origin}${ctx.manifest.path}`,
      host: new URL(origin).hostname,
      now: route.now(),
    };
  };
  const app = new Hono<CityEnv>();

  app.get(
    '/events/:id/calendar.ics',
    describeRoute({
      summary: 'A published event with all its dates, to add to a calendar',
      description:
        'One VEVENT with the series’ RRULE in the town’s zone (VTIMEZONE included), cancelled dates as EXDATE, moved ones as VEVENTs with RECURRENCE-ID.',
      tags: ['events'],
      params: eventParams,
      query: langQuery,
      responses: {
        200: { description: 'The event.', contentType: 'text/calendar' },
        404: { description: 'No published event with this id (`not_found`).' },
      },
    }),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      const { lang } = validated<FeedQuery>(c, 'query');
      const cal = calendarContext(c, lang);
      const [event] = await readFeedEvents(ctx.db, { ids: [id] }, cal);
      if (!event) throw notFound();
      return calendarResponse(c, eventsCalendar([event], cal), `veranstaltung-${id}.ics`, 300);
    },
  );

  app.get(
    '/events/:id/dates/:date/calendar.ics',
    describeRoute({
      summary: 'One date of a published event, to add to a calendar',
      description:
        'The date as it takes place (moved: on its new day); a cancelled one as STATUS:CANCELLED.',
      tags: ['events'],
      params: dateParams,
      query: langQuery,
      responses: {
        200: { description: 'The date.', contentType: 'text/calendar' },
        404: { description: 'No such event or date (`not_found`, `events_date_unknown`).' },
      },
    }),
    async (c) => {
      const { id, date } = validated<{ id: string; date: string }>(c, 'params');
      const { lang } = validated<FeedQuery>(c, 'query');
      const cal = calendarContext(c, lang);
      const [event] = await readFeedEvents(ctx.db, { ids: [id] }, cal);
      if (!event) throw notFound();
      const { rows } = await ctx.db.query<{
        local_date: string;
        starts_at: Date | string;
        ends_at: Date | string | null;
        all_day: boolean;
        status: string;
      }>(
        `SELECT to_char(local_date, 'YYYY-MM-DD') AS local_date, starts_at, ends_at, all_day, status
           FROM events_occurrences WHERE event_id = $1 AND original_date = $2::date`,
        [id, date],
      );
      const found = rows[0];
      if (!found) throw eventError('events_date_unknown', { date }, { field: 'date' });
      const row = event.row;
      const en = cal.locale === 'en';
      const text = writeCalendar(
        [
          {
            uid: `event-${id}-${date}@${cal.host}`,
            start: found.all_day ? found.local_date : new Date(found.starts_at).toISOString(),
            ...(found.all_day
              ? { end: addDaysToDate(found.local_date, row.ends_after_days + 1) }
              : found.ends_at
                ? { end: new Date(found.ends_at).toISOString() }
                : {}),
            summary: (en && row.title_en) || row.title,
            status: row.cancelled || found.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
            location: whereOf(event),
            description: [(en && row.description_en) || row.description, row.link]
              .filter(Boolean)
              .join('\n\n'),
            url: `${cal.pages}/${id}`,
          },
        ],
        {
          productId: '-//city-app//events//DE',
          timezone: cal.timeZone,
          now: cal.now,
          method: 'PUBLISH',
        },
      );
      return calendarResponse(c, text, `veranstaltung-${id}-${date}.ics`, 300);
    },
  );

  app.get(
    '/calendar.ics',
    describeRoute({
      summary: 'Every published event, or those of some categories, as a calendar to subscribe to',
      description:
        'Series with RRULE, EXDATE and RECURRENCE-ID in the town’s zone; events from a month ago on.',
      tags: ['events'],
      query: feedQuery,
      responses: {
        200: { description: 'The calendar.', contentType: 'text/calendar' },
        400: { description: 'An unknown category (`events_category_unknown`).' },
      },
    }),
    async (c) => {
      const query = validated<FeedQuery>(c, 'query');
      const categories = chosenCategories(query.category, ctx.config);
      const cal = calendarContext(c, query.lang);
      const events = await readFeedEvents(ctx.db, { categories }, cal);
      const t = createTranslator(cal.locale, feedMessages);
      const name = query.category
        ? t('events.feeds.calendarNameOf', {
            town: route.town,
            categories: categories
              .map((id) => categoryTitle(ctx.config, id)[cal.locale] ?? id)
              .join(', '),
          })
        : t('events.feeds.calendarName', { town: route.town });
      // Calendar apps poll; an hour keeps the server calm and a change still arrives soon.
      return calendarResponse(c, eventsCalendar(events, cal, name), 'veranstaltungen.ics', 3600);
    },
  );
  return app;
}
