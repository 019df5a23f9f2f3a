import type { DatedEntry } from '@city-app/core';
import type { DateRange, ModuleServerContext } from '@city-app/server';
import { installationIdSchema } from '../../api/follows.js';
import type { CouncilConfig } from '../../config.js';
import { pushMessages } from '../../messages/push.js';
import { MEETING_COLUMNS, type MeetingRow } from '../read/meetings.js';

const iso = (value: Date | string) => new Date(value).toISOString();
// Entries' free texts are at most 300 characters (the kernel drops a longer entry).
const short = (text: string) => (text.length > 300 ? `${text.slice(0, 299)}…` : text);

/**
 * "Meine Termine" of the council module: the meetings of the committees a device follows that
 * end after the range's start and begin before its end, earliest first. A cancelled meeting
 * stays, marked, so a calendar strikes it instead of losing it.
 */
export async function committeeMeetingDates(
  installationId: string,
  range: DateRange,
  ctx: ModuleServerContext<CouncilConfig>,
): Promise<DatedEntry[]> {
  if (!installationIdSchema.safeParse(installationId).success) return [];
  const { rows } = await ctx.db.query<MeetingRow>(
    `SELECT ${MEETING_COLUMNS} FROM council_objects m
      WHERE m.type = 'Meeting' AND NOT m.deleted AND m.starts_at IS NOT NULL
        AND m.organizations && ARRAY(SELECT f.organization FROM council_followers f
                                      WHERE f.installation_id = $1)
        AND COALESCE(m.ends_at, m.starts_at + interval '4 hours') > $2
        AND m.starts_at < $3
      ORDER BY m.starts_at, m.key
      LIMIT $4`,
    [installationId, range.from, range.to, range.limit],
  );
  return rows.map((row) => {
    const start = iso(row.starts_at);
    const end = row.ends_at && iso(row.ends_at) > start ? iso(row.ends_at) : undefined;
    const committees = row.committees.join(', ');
    return {
      id: row.key,
      title: {
        de: short(row.name ?? pushMessages.de['council.push.untitled']),
        en: short(row.name ?? pushMessages.en['council.push.untitled']),
      },
      start,
      ...(end ? { end } : {}),
      ...(row.place ? { location: short(row.place) } : {}),
      path: `${ctx.manifest.path}/${row.key}`,
      status: row.cancelled ? 'cancelled' : 'confirmed',
      ...(committees ? { detail: { de: short(committees), en: short(committees) } } : {}),
    };
  });
}
