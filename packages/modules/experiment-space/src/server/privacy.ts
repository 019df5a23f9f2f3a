import type { MyDataDeleted, MyDataExport } from '../api.js';
import type { BookingRow, Bookings } from './bookings.js';
import type { SpaceContext } from './context.js';
import { booking } from './errors.js';

const DAY = 86_400_000;

/** A resident's rights over their data, and the erasure after the booking is over. */
export function privacy(ctx: SpaceContext, bookingsApi: Bookings) {
  const { db } = ctx;

  async function rowsOf(email: string): Promise<BookingRow[]> {
    const { rows } = await db.query<BookingRow>(
      'SELECT * FROM experiment_space_bookings WHERE email = $1 AND anonymised_at IS NULL ORDER BY created_at',
      [email],
    );
    return rows;
  }

  /** Erases name, e-mail, organisation, note, device and link of these bookings, and their e-mails. */
  async function erase(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await db.transaction(async (tx) => {
      await tx.query(
        `UPDATE experiment_space_bookings SET name = '', email = '', organisation = NULL, note = NULL, origin = NULL,
                installation_id = NULL, token = 'erased:' || id::text, anonymised_at = $2::timestamptz
          WHERE id = ANY($1::uuid[])`,
        [ids, ctx.now().toISOString()],
      );
      await tx.query('DELETE FROM experiment_space_mail WHERE booking_id = ANY($1::uuid[])', [ids]);
    });
  }

  return {
    /** Every booking of the e-mail behind this link, and its briefings. */
    async exportData(token: string): Promise<MyDataExport> {
      const row = await bookingsApi.byToken(token);
      const all = await bookingsApi.statesOf(await rowsOf(row.email));
      const briefings = await ctx.booking.listQualifications(row.email);
      return {
        email: row.email,
        exportedAt: ctx.now().toISOString(),
        bookings: all.map(bookingsApi.privateView),
        briefings: briefings.map((b) => ({
          prerequisite: b.prerequisite,
          validUntil: b.expiresAt,
        })),
      };
    },

    /**
     * Deletes what the e-mail behind this link left: bookings still ahead are cancelled (the
     * deadline does not apply), waitlist places given up, then name, e-mail and briefings erased.
     */
    async deleteData(token: string): Promise<MyDataDeleted> {
      const row = await bookingsApi.byToken(token);
      const email = row.email;
      const rows = await rowsOf(email);
      let cancelled = 0;
      for (const r of rows) {
        const s = await bookingsApi.state(r);
        if (s.reservation && ['pending', 'confirmed'].includes(s.status)) {
          if (Date.parse(s.end) > ctx.now().getTime()) {
            await booking(() =>
              ctx.booking.cancel(r.reservation_id as string, {
                actor: email,
                asStaff: true,
                reason: 'deleted by the booker',
              }),
            );
            cancelled += 1;
          }
        } else if (s.entry && ['waiting', 'offered'].includes(s.entry.status)) {
          await booking(() =>
            ctx.booking.withdrawFromWaitlist(r.waitlist_id as string, { personId: email }),
          );
          cancelled += 1;
        }
      }
      await erase(rows.map((r) => r.id));
      await ctx.booking.anonymise({ personId: email });
      for (const q of await ctx.booking.listQualifications(email)) {
        await ctx.booking.revokeQualification(email, q.prerequisite);
      }
      return { cancelled, erased: rows.length };
    },

    /** Erases bookings that ended more than `anonymiseAfterDays` ago; returns how many. */
    async anonymiseEnded(): Promise<number> {
      const cutoff = new Date(ctx.now().getTime() - ctx.config.anonymiseAfterDays * DAY);
      const { rows } = await db.query<{ id: string }>(
        `SELECT id FROM experiment_space_bookings WHERE anonymised_at IS NULL AND ends_at <= $1::timestamptz`,
        [cutoff.toISOString()],
      );
      await erase(rows.map((r) => r.id));
      const { rows: owned } = await db.query<{ id: string }>(
        `SELECT id FROM experiment_space_resources UNION SELECT resource_id FROM experiment_space_courses`,
      );
      await ctx.booking.anonymise({
        endedBefore: cutoff,
        resourceIds: owned.map((r) => r.id),
      });
      // Sent e-mails are kept as long as the bookings they were about.
      await db.query(
        `DELETE FROM experiment_space_mail WHERE status <> 'queued' AND created_at <= $1::timestamptz`,
        [cutoff.toISOString()],
      );
      return rows.length;
    },
  };
}
