import type { DatedEntry } from '@city-app/core';
import type { DateRange } from '@city-app/server';
import type { BookingStatus } from '../api.js';
import { messages } from '../messages.js';
import type { BookingRow, State } from './bookings/index.js';
import { libraryPlace } from './library-place.js';
import type { Space } from './space.js';

/** How a booking's status reads in a calendar: held, not yet sure, or off. */
const CALENDAR_STATUS: Record<BookingStatus, DatedEntry['status']> = {
  pending: 'tentative',
  confirmed: 'confirmed',
  checked_in: 'confirmed',
  no_show: 'confirmed',
  cancelled: 'cancelled',
  declined: 'cancelled',
  waiting: 'tentative',
  offered: 'tentative',
  expired: 'cancelled',
  withdrawn: 'cancelled',
};

function entryOf(space: Space, s: State): DatedEntry {
  const { library } = space.ctx.config;
  const key = `experiment-space.status.${s.status}` as const;
  return {
    id: s.row.id,
    title: s.course?.title ?? s.resource.name,
    start: s.start,
    end: s.end,
    location: libraryPlace(library),
    // The booker's own page of this booking: the installation that made it holds its link.
    path: `${space.ctx.webPath}/buchung/${s.row.token}`,
    status: CALENDAR_STATUS[s.status],
    detail: { de: messages.de[key], en: messages.en[key] },
  };
}

/**
 * "Meine Termine" of the experiment space: the bookings and course places an installation
 * made (the booker chose push on that device, so the booking keeps its installation id),
 * until they are anonymised with the booker's name and e-mail.
 */
export async function experimentSpaceDates(
  space: Space,
  installationId: string,
  range: DateRange,
): Promise<DatedEntry[]> {
  const { rows } = await space.ctx.db.query<BookingRow>(
    `SELECT * FROM experiment_space_bookings
      WHERE installation_id = $1 AND anonymised_at IS NULL AND ends_at > $2
      ORDER BY ends_at, id LIMIT $3`,
    [installationId, range.from.toISOString(), range.limit],
  );
  const states = await space.bookings.statesOf(rows);
  return states
    .filter((s) => Date.parse(s.start) < range.to.getTime())
    .map((s) => entryOf(space, s));
}
