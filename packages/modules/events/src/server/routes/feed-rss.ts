import {
  addDaysToDate,
  createTranslator,
  formatLocalDate,
  instantToLocal,
  type Locale,
  localDateOf,
} from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import type { EventsConfig } from '../../config.js';
import { feedMessages } from '../../messages/feeds.js';
import { categoryTitle } from '../events/category-title.js';
import { timeOf } from '../events/record.js';
import {
  appOrigin,
  chosenCategories,
  type FeedQuery,
  feedLocale,
  feedQuery,
} from './calendar-query.js';
import { routeContext } from './context.js';

/** The RSS feed lists the dates of the coming weeks, at most this many. */
export const RSS_DAYS = 60;
export const RSS_ITEMS = 100;

interface RssDate {
  event_id: string;
  original_date: string;
  local_date: string;
  starts_at: Date | string;
  all_day: boolean;
  status: 'scheduled' | 'cancelled' | 'moved';
  cancelled: boolean;
  title: string;
  title_en: string | null;
  description: string;
  description_en: string | null;
  category: string;
  published_at: Date | string | null;
  updated_at: Date | string;
}

const xml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`,
  );

const excerpt = (text: string, max = 300) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

function item(
  d: RssDate,
  ctx: { locale: Locale; pages: string; timeZone: string; config: EventsConfig },
) {
  const t = createTranslator(ctx.locale, feedMessages);
  const en = ctx.locale === 'en';
  const title = (en && d.title_en) || d.title;
  const shown =
    d.cancelled || d.status === 'cancelled'
      ? t('events.feeds.cancelled', { title })
      : d.status === 'moved'
        ? t('events.feeds.moved', { title })
        : title;
  const when = d.all_day
    ? `${formatLocalDate(d.local_date, ctx.locale, { weekday: true })}, ${t('events.feeds.allDay')}`
    : `${formatLocalDate(d.local_date, ctx.locale, { weekday: true })}, ${timeOf(
        instantToLocal(new Date(d.starts_at).getTime(), ctx.timeZone).minutes,
      )}`;
  const description = excerpt((en && d.description_en) || d.description);
  const link = `${ctx.pages}/${d.event_id}`;
  return [
    '<item>',
    `<title>${xml(`${shown} – ${when}`)}</title>`,
    `<link>${xml(link)}</link>`,
    `<guid isPermaLink="false">${xml(`event-${d.event_id}-${d.original_date}`)}</guid>`,
    `<description>${xml([when, description].filter(Boolean).join('\n\n'))}</description>`,
    `<category>${xml(categoryTitle(ctx.config, d.category)[ctx.locale] ?? d.category)}</category>`,
    `<pubDate>${new Date(d.published_at ?? d.updated_at).toUTCString()}</pubDate>`,
    '</item>',
  ].join('');
}

/** `GET /api/events/feed.rss`: the coming dates as RSS 2.0, for news readers and town websites. */
export function rssFeedRoutes(ctx: ModuleServerContext<EventsConfig>): Hono<CityEnv> {
  const route = routeContext(ctx);
  return new Hono<CityEnv>().get(
    '/feed.rss',
    describeRoute({
      summary: 'The coming dates (all, or of some categories) as RSS 2.0',
      description: `The dates of the next ${RSS_DAYS} days, at most ${RSS_ITEMS}; cancelled and moved ones say so.`,
      tags: ['events'],
      query: feedQuery,
      responses: {
        200: { description: 'The feed.', contentType: 'application/rss+xml' },
        400: { description: 'An unknown category (`events_category_unknown`).' },
      },
    }),
    async (c) => {
      const query = validated<FeedQuery>(c, 'query');
      const categories = chosenCategories(query.category, ctx.config);
      const locale = feedLocale(c, query.lang);
      const now = route.now();
      const origin = appOrigin(c, ctx);
      const pages = `${origin}${ctx.manifest.path}`;
      const asked = new URL(c.req.url);
      const self = `${origin}${asked.pathname}${asked.search}`;
      const last = addDaysToDate(localDateOf(now, route.timeZone), RSS_DAYS);
      const { rows } = await ctx.db.query<RssDate>(
        `SELECT o.event_id, to_char(o.original_date, 'YYYY-MM-DD') AS original_date,
                to_char(o.local_date, 'YYYY-MM-DD') AS local_date, o.starts_at, o.all_day,
                o.status, e.cancelled, e.title, e.title_en, e.description, e.description_en,
                e.category, e.published_at, e.updated_at
           FROM events_occurrences o JOIN events_events e ON e.id = o.event_id
          WHERE e.status = 'published' AND e.category = ANY($1::text[])
            AND coalesce(o.ends_at, o.starts_at) >= $2::timestamptz AND o.local_date <= $3::date
          ORDER BY o.starts_at, o.event_id
          LIMIT $4`,
        [categories, now.toISOString(), last, RSS_ITEMS],
      );
      const t = createTranslator(locale, feedMessages);
      const title = t('events.feeds.calendarName', { town: route.town });
      const body = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
        `<title>${xml(title)}</title>`,
        `<link>${xml(pages)}</link>`,
        `<description>${xml(t('events.feeds.rssDescription', { town: route.town }))}</description>`,
        `<language>${locale}</language>`,
        `<atom:link href="${xml(self)}" rel="self" type="application/rss+xml"/>`,
        `<lastBuildDate>${now.toUTCString()}</lastBuildDate>`,
        `<ttl>60</ttl>`,
        ...rows.map((d) =>
          item(d, { locale, pages, timeZone: route.timeZone, config: ctx.config }),
        ),
        '</channel></rss>',
      ].join('\n');
      return c.body(body, 200, {
        'content-type': 'application/rss+xml; charset=utf-8',
        'cache-control': 'public, max-age=900',
        vary: 'accept-language',
      });
    },
  );
}
