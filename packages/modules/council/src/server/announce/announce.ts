import { createTranslator, type Locale } from '@city-app/core';
import type { ModuleServerContext } from '@city-app/server';
import type { CouncilConfig } from '../../config.js';
import { pushMessages } from '../../messages/push.js';
import { COUNCIL_TOPIC } from '../../topics.js';
import { committeeFollowers, knownFollowers } from '../follows/followers.js';
import type { SyncReport } from '../sync/sync-system.js';
import { wordFollowers } from '../words/followers.js';

/** A sync that reshuffles a whole calendar does not send a message per meeting. */
const MOST_PER_RUN = 20;

const translators = {
  de: createTranslator('de', pushMessages),
  en: createTranslator('en', pushMessages),
};

interface Upcoming {
  id: string;
  key: string;
  name: string | null;
  starts_at: Date | string;
  organizations: string[];
}

/** "Dienstag, 3. März, 18:00" in the town's zone: short enough for a lock screen. */
const when = (start: Date | string, locale: Locale, timeZone: string) =>
  new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(start));

/**
 * Tells the followers of the council topic of the coming meetings a sync found new, and of
 * coming meetings whose agenda gained items: one message each, the earliest first, at most
 * `MOST_PER_RUN`; and the devices following a meeting's committee or a word found in the
 * news, in one message more. Keyed by the job's due time, so a run repeated for the same due
 * time (after a crash) sends nothing twice.
 */
export async function announceNews(
  ctx: Pick<ModuleServerContext<CouncilConfig>, 'db' | 'notify' | 'city' | 'manifest'>,
  report: Pick<SyncReport, 'newMeetings' | 'newAgendas' | 'newAgendaItems'>,
  due: { dueAt: Date; now: Date },
): Promise<number> {
  const notify = ctx.notify;
  const ids = [...report.newMeetings, ...report.newAgendas];
  if (!notify || !ids.length) return 0;
  const { rows } = await ctx.db.query<Upcoming>(
    `SELECT id, key, name, starts_at, organizations FROM council_objects
     WHERE id = ANY($1::text[]) AND type = 'Meeting' AND NOT deleted AND starts_at >= $2
       AND COALESCE((data->>'cancelled')::boolean, false) = false
     ORDER BY starts_at LIMIT $3`,
    [ids, due.now, MOST_PER_RUN],
  );
  const fresh = new Set(report.newMeetings);
  const both = (fn: (locale: Locale) => string) => ({ de: fn('de'), en: fn('en') });
  const byCommittee = await committeeFollowers(
    ctx.db,
    rows.flatMap((m) => m.organizations),
  );
  const byWord = await wordFollowers(
    ctx.db,
    rows.map((m) => ({ id: m.id, isNew: fresh.has(m.id) })),
    report.newAgendaItems,
  );
  // Each device once per meeting, whether it follows the committee, a word, or several.
  const followers = new Map(
    rows.map((m) => [
      m.id,
      [
        ...new Set([
          ...m.organizations.flatMap((o) => byCommittee.get(o) ?? []),
          ...(byWord.get(m.id) ?? []),
        ]),
      ],
    ]),
  );
  const known = await knownFollowers(ctx, [...followers.values()].flat());
  await ctx.db.transaction(async (tx) => {
    for (const meeting of rows) {
      const isNew = fresh.has(meeting.id);
      const name = (locale: Locale) => meeting.name ?? translators[locale]('council.push.untitled');
      const idempotencyKey = isNew
        ? `council:meeting:${meeting.key}:new`
        : `council:meeting:${meeting.key}:agenda:${due.dueAt.toISOString()}`;
      const message = {
        topic: COUNCIL_TOPIC,
        title: both((locale) =>
          translators[locale](isNew ? 'council.push.newMeeting' : 'council.push.agenda', {
            name: name(locale),
          }),
        ),
        body: both((locale) => when(meeting.starts_at, locale, ctx.city.timezone)),
        url: `${ctx.manifest.path}/${meeting.key}`,
        // The same key for both messages: a device that follows the topic and a committee or
        // a word shows the news once, the later message replacing the earlier.
        collapseKey: `council-${meeting.key}`,
      };
      await notify.send(tx, { ...message, idempotencyKey });
      const installationIds = (followers.get(meeting.id) ?? []).filter((id) => known.has(id));
      if (installationIds.length) {
        await notify.send(tx, {
          ...message,
          installationIds,
          idempotencyKey: `${idempotencyKey}:followers`,
        });
      }
    }
  });
  return rows.length;
}
