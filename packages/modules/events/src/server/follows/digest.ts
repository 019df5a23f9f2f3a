import { localDateOf, localToInstant } from '@city-app/core';
import type { SendInput } from '@city-app/notify';
import type { ModuleServerContext, ScheduledJob } from '@city-app/server';
import type { EventsConfig } from '../../config.js';
import { EVENTS_TOPIC } from '../../topics.js';
import { categoryTitle } from '../events/category-title.js';
import { translate } from '../push/texts.js';

/** At most this many titles in one message; the rest are counted. */
const TITLES = 3;

interface NewEventRow {
  installation_id: string;
  event_id: string;
  title: string;
  title_en: string | null;
  category: string;
}

/**
 * Once a day, each device that follows categories hears of the events in them it was not
 * told of yet whose next date falls within its chosen days ahead: one message per device, not
 * one per event. Each event is recorded as told in the same transaction as the message, and
 * the message's key holds the day, so a second run of the same day sends nothing.
 */
export async function sendFollowDigests(
  ctx: ModuleServerContext<EventsConfig>,
  dueAt: Date,
): Promise<{ devices: number; events: number }> {
  const notify = ctx.notify;
  if (!notify) return { devices: 0, events: 0 };
  const zone = ctx.city.timezone;
  const today = localDateOf(dueAt, zone);
  const from = new Date(localToInstant(today, 0, zone)).toISOString();
  return ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<NewEventRow>(
      `SELECT f.installation_id::text AS installation_id, e.id AS event_id, e.title,
              e.title_en, e.category
         FROM events_follows f
         JOIN events_events e ON e.category = ANY(f.categories) AND e.status = 'published'
                              AND NOT e.cancelled
        WHERE NOT EXISTS (SELECT 1 FROM events_follow_announced a
                           WHERE a.installation_id = f.installation_id AND a.event_id = e.id)
          AND EXISTS (SELECT 1 FROM events_occurrences o
                       WHERE o.event_id = e.id AND o.status <> 'cancelled'
                         AND o.starts_at >= $1::timestamptz
                         AND o.local_date <= $2::date + f.days_before)
        ORDER BY f.installation_id, e.title, e.id`,
      [from, today],
    );
    const byDevice = new Map<string, NewEventRow[]>();
    for (const row of rows)
      byDevice.set(row.installation_id, [...(byDevice.get(row.installation_id) ?? []), row]);
    const messages: SendInput[] = [];
    for (const [installationId, found] of byDevice) {
      messages.push(digestMessage(ctx, installationId, found, today));
    }
    if (messages.length) await notify.sendMany(tx, messages);
    await tx.query(
      `INSERT INTO events_follow_announced (installation_id, event_id, announced_on)
       SELECT i, e, $3::date FROM unnest($1::uuid[], $2::uuid[]) AS t(i, e)
       ON CONFLICT DO NOTHING`,
      [rows.map((r) => r.installation_id), rows.map((r) => r.event_id), today],
    );
    return { devices: byDevice.size, events: rows.length };
  });
}

function digestMessage(
  ctx: ModuleServerContext<EventsConfig>,
  installationId: string,
  found: NewEventRow[],
  today: string,
): SendInput {
  const text = (locale: 'de' | 'en') => {
    const titles = found.map((r) => (locale === 'en' && r.title_en) || r.title);
    // In the town's order of categories (one the town removed since, last).
    const rank = (id: string) => ctx.config.categories.findIndex((c) => c.id === id) >>> 0;
    const categories = [...new Set(found.map((r) => r.category))]
      .sort((a, b) => rank(a) - rank(b))
      .map((id) => categoryTitle(ctx.config, id)[locale] ?? id);
    const shown = titles.slice(0, TITLES).join(', ');
    const more =
      titles.length > TITLES
        ? ` ${translate(locale, 'events.push.follow.more', { count: String(titles.length - TITLES) })}`
        : '';
    return {
      title:
        titles.length === 1
          ? translate(locale, 'events.push.follow.title.one', {
              categories: categories.join(', '),
              title: titles[0] as string,
            })
          : translate(locale, 'events.push.follow.title.many', {
              categories: categories.join(', '),
              count: String(titles.length),
            }),
      body: translate(locale, 'events.push.follow.body', { titles: `${shown}${more}` }),
    };
  };
  const de = text('de');
  const en = text('en');
  const single = found.length === 1 ? `/${found[0]?.event_id}` : '';
  return {
    installationIds: [installationId],
    topic: EVENTS_TOPIC,
    title: { de: de.title, en: en.title },
    body: { de: de.body, en: en.body },
    url: `${ctx.manifest.path}${single}`,
    urgency: 'low',
    ttl: 24 * 3600,
    idempotencyKey: `events-follow:${installationId}:${today}`,
  };
}

/** Every day at 17:00, when people plan their evening and weekend. */
export const followDigestJob: ScheduledJob<EventsConfig> = {
  name: 'follow-digest',
  title: {
    de: 'Neue Veranstaltungen an Folgende melden',
    en: 'Tell followers of new events',
  },
  at: '17:00',
  lateByMinutes: 180,
  run: (ctx, { dueAt }) => sendFollowDigests(ctx, dueAt),
};
