import type { CityEnv, ModuleServerContext } from '@city-app/server';
import { Hono } from 'hono';
import type { EventsConfig } from '../../config.js';
import { calendarRoutes } from './calendar.js';
import { dateRoutes } from './dates.js';
import { eventRoutes } from './event.js';
import { rssFeedRoutes } from './feed-rss.js';
import { followRoutes } from './follows.js';
import { moderationRoutes } from './moderation.js';
import { organiserRoutes } from './organisers.js';
import { reminderRoutes } from './reminders.js';
import { sourceRoutes } from './sources.js';
import { staffDateRoutes } from './staff-dates.js';
import { staffEventRoutes } from './staff-events.js';
import { staffVenueRoutes } from './staff-venues.js';
import { submissionRoutes } from './submissions.js';
import { summaryRoutes } from './summary.js';
import { filterRoutes } from './venues.js';

/**
 * The events API under `/api/events`: one router per concept, each with its full paths. The
 * order here is the OpenAPI document's.
 */
export function eventsRoutes(ctx: ModuleServerContext<EventsConfig>): Hono<CityEnv> {
  return (
    new Hono<CityEnv>()
      // residents
      .route('/', summaryRoutes(ctx))
      .route('/', dateRoutes(ctx))
      .route('/', eventRoutes(ctx))
      .route('/', filterRoutes(ctx))
      .route('/', followRoutes(ctx))
      .route('/', reminderRoutes(ctx))
      .route('/', calendarRoutes(ctx))
      .route('/', submissionRoutes(ctx))
      .route('/', rssFeedRoutes(ctx))
      // staff
      .route('/', staffEventRoutes(ctx))
      .route('/', staffDateRoutes(ctx))
      .route('/', staffVenueRoutes(ctx))
      .route('/', sourceRoutes(ctx))
      .route('/', moderationRoutes(ctx))
      .route('/', organiserRoutes(ctx))
  );
}
