import { addDaysToDate, localToInstant } from '@city-app/core';
import type { SendInput } from '@city-app/notify';
import type { ModuleServerContext, ScheduledJob } from '@city-app/server';
import type { EventsConfig } from '../../config.js';
import { EVENTS_TOPIC } from '../../topics.js';
import { shortWhen, translate } from '../push/texts.js';

/** An all-day date is remembered the evening before, at this local time. */
const ALL_DAY_REMINDER_MINUTE = 18 * 60;

interface DueRow {
  installation_id: string;
  event_id: string;
  original_date: string;
  local_date: string;
  starts_at: Date | string;
  all_day: boolean;
  lead_minutes: number;
  cancelled: boolean;
  title: string;
  title_en: string | null;
  place: string | null;
}

/** When the reminder of one date is due. */
function dueTime(row: DueRow, timeZone: string): number {
  if (row.all_day) {
    return localToInstant(addDaysToDate(row.local_date, -1), ALL_DAY_REMINDER_MINUTE, timeZone);
  }
  return new Date(row.starts_at).getTime() - row.lead_minutes * 60_000;
}

function reminderMessage(
  row: DueRow,
  ctx: ModuleServerContext<EventsConfig>,
  dueAt: Date,
): SendInput {
  const zone = ctx.city.timezone;
  const start = new Date(row.starts_at);
  const text = (locale: 'de' | 'en') => {
    const title = (locale === 'en' && row.title_en) || row.title;
    const when = shortWhen(start, row.all_day, zone, locale);
    if (row.cancelled) {
      return {
        title: translate(locale, 'events.push.cancelled.title', { title }),
        body: translate(locale, 'events.push.cancelled.body', { when }),
      };
    }
    return {
      title: translate(
        locale,
        row.all_day || row.lead_minutes >= 1440
          ? 'events.push.reminder.tomorrow'
          : 'events.push.reminder.title',
        { title },
      ),
      body: row.place
        ? translate(locale, 'events.push.reminder.body', { when, place: row.place })
        : translate(locale, 'events.push.reminder.bodyNoPlace', { when }),
    };
  };
  const de = text('de');
  const en = text('en');
  return {
    installationIds: [row.installation_id],
    topic: EVENTS_TOPIC,
    title: { de: de.title, en: en.title },
    body: { de: de.body, en: en.body },
    url: `${ctx.manifest.path}/${row.event_id}`,
    urgency: 'normal',
    // Useless once the date has begun.
    ttl: Math.max(
      0,
      Math.min(28 * 24 * 3600, Math.floor((start.getTime() - dueAt.getTime()) / 1000)),
    ),
    idempotencyKey: `events-reminder:${row.installation_id}:${row.event_id}:${row.original_date}:${start.toISOString()}`,
  };
}

/**
 * Sends the reminders due by `dueAt` of dates that have not begun (a cancelled one: that it
 * does not take place), each marked sent, for the start it announced, in the same
 * transaction as its message. A reminder sent for a start the date no longer has (staff moved
 * it) counts as not sent.
 */
export async function sendDueReminders(
  ctx: ModuleServerContext<EventsConfig>,
  dueAt: Date,
): Promise<{ sent: number }> {
  const notify = ctx.notify;
  if (!notify) return { sent: 0 };
  const zone = ctx.city.timezone;
  return ctx.db.transaction(async (tx) => {
    // Candidates: dates within two days; the exact due time is worked out below.
    const { rows } = await tx.query<DueRow>(
      `SELECT r.installation_id::text AS installation_id, r.event_id,
              to_char(r.original_date, 'YYYY-MM-DD') AS original_date,
              to_char(o.local_date, 'YYYY-MM-DD') AS local_date, o.starts_at, o.all_day,
              r.lead_minutes, (o.status = 'cancelled' OR e.cancelled) AS cancelled, e.title,
              e.title_en, coalesce(v.name, e.place) AS place
         FROM events_reminders r
         JOIN events_occurrences o ON o.event_id = r.event_id AND o.original_date = r.original_date
         JOIN events_events e ON e.id = r.event_id
         LEFT JOIN events_venues v ON v.id = e.venue_id
        WHERE r.sent_for IS DISTINCT FROM o.starts_at AND o.starts_at > $1::timestamptz
          AND o.starts_at <= $1::timestamptz + interval '2 days 1 hour'
        FOR UPDATE OF r SKIP LOCKED`,
      [dueAt.toISOString()],
    );
    const due = rows.filter((r) => dueTime(r, zone) <= dueAt.getTime());
    if (!due.length) return { sent: 0 };
    await notify.sendMany(
      tx,
      due.map((r) => reminderMessage(r, ctx, dueAt)),
    );
    // Sent for this start: a date moved afterwards has another and is reminded of again.
    await tx.query(
      `UPDATE events_reminders r SET sent_at = $5::timestamptz, sent_for = k.s
         FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::timestamptz[]) AS k(i, e, d, s)
        WHERE r.installation_id = k.i AND r.event_id = k.e AND r.original_date = k.d`,
      [
        due.map((r) => r.installation_id),
        due.map((r) => r.event_id),
        due.map((r) => r.original_date),
        due.map((r) => new Date(r.starts_at).toISOString()),
        dueAt.toISOString(),
      ],
    );
    return { sent: due.length };
  });
}

export const remindersJob: ScheduledJob<EventsConfig> = {
  name: 'reminders',
  title: {
    de: 'An Veranstaltungen erinnern',
    en: 'Send event reminders',
  },
  every: '5 minutes',
  run: (ctx, { dueAt }) => sendDueReminders(ctx, dueAt),
};
