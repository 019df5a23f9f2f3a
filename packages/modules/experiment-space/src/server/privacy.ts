import { createHash, randomBytes } from 'node:crypto';
import { cityError } from '@city-app/core';
import type {
  BookingDataExport,
  DataAccess,
  Locale,
  MyDataDeleted,
  MyDataExport,
  PrivateBooking,
} from '../api.js';
import type { BookingRow, Bookings } from './bookings/index.js';
import type { SpaceContext } from './context.js';
import { composeDataAccessMail } from './mail/data-access.js';
import { enqueueMail } from './mail/queue.js';

const DAY = 86_400_000;
const MINUTE = 60_000;
/** How long the link in the e-mail works, and how long the access it opens lasts. */
export const DATA_ACCESS_MINUTES = 30;
/** Links sent to one address per hour; more requests are answered alike but send nothing. */
export const DATA_ACCESS_MAILS_PER_HOUR = 3;

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');
const secret = () => randomBytes(32).toString('base64url');

const accessDenied = () => cityError('space_data_access_invalid');

/** A booking as its owner may take it along: without links (they manage, not describe it). */
function exported(b: PrivateBooking): Omit<PrivateBooking, 'icsUrl' | 'manageUrl'> {
  const { icsUrl: _ics, manageUrl: _manage, ...rest } = b;
  return rest;
}

/**
 * A resident's rights over their data, and the erasure after the booking is over.
 *
 * The private link of a booking is the key to that one booking. What spans every booking of an
 * e-mail address (export, deletion) needs proof that the person reads that address: a link
 * sent to it, which works once and for 30 minutes and opens an access of the same length.
 *
 * Briefings are the library's record that it instructed a person to use a device safely, not
 * the person's own data to erase: an export lists them, a deletion keeps them (and says so),
 * and they end with their validity or when staff revoke them.
 */
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

  /** The e-mail address an open access belongs to; refuses an unknown or expired one. */
  async function emailOf(access: string): Promise<string> {
    const { rows } = await db.query<{ email: string }>(
      `SELECT email FROM experiment_space_data_access
        WHERE access_hash = $1 AND access_expires_at > $2::timestamptz`,
      [hash(access), ctx.now().toISOString()],
    );
    const row = rows[0];
    if (!row) throw accessDenied();
    return row.email;
  }

  return {
    /** The data behind one private link: that booking, nothing of any other. */
    async exportBooking(token: string): Promise<BookingDataExport> {
      const s = await bookingsApi.state(await bookingsApi.byToken(token));
      return { exportedAt: ctx.now().toISOString(), booking: bookingsApi.privateView(s) };
    },

    /**
     * Sends a single-use link to the data of `email`, if bookings of it are stored. Answers
     * the same either way, so nobody learns whether an address booked. At most
     * DATA_ACCESS_MAILS_PER_HOUR links go to one address per hour.
     */
    async requestAccess(email: string, locale: Locale, origin: string): Promise<void> {
      const address = email.trim().toLowerCase();
      const now = ctx.now();
      const proof = secret();
      const link = `${ctx.publicUrl ?? origin}${ctx.webPath}/meine-daten#${proof}`;
      const mail = composeDataAccessMail({
        locale,
        link,
        minutes: DATA_ACCESS_MINUTES,
        library: ctx.config.library.name,
      });
      await db.transaction(async (tx) => {
        // Requests for one address wait for each other here, so that several at once (on
        // PostgreSQL, over several connections) cannot all see "fewer than three this hour".
        await tx.query(
          "SELECT pg_advisory_xact_lock(hashtext('experiment_space_data_access:' || $1))",
          [address],
        );
        const { rows } = await tx.query<{ booked: boolean; recent: number }>(
          `SELECT EXISTS (SELECT 1 FROM experiment_space_bookings WHERE email = $1 AND anonymised_at IS NULL) AS booked,
                  (SELECT count(*)::int FROM experiment_space_data_access
                    WHERE email = $1 AND created_at > $2::timestamptz - interval '1 hour') AS recent`,
          [address, now.toISOString()],
        );
        const { booked, recent } = rows[0] ?? { booked: false, recent: 0 };
        if (!booked || recent >= DATA_ACCESS_MAILS_PER_HOUR) return;
        await tx.query(
          `INSERT INTO experiment_space_data_access (email, proof_hash, proof_expires_at, created_at)
           VALUES ($1, $2, $3::timestamptz, $4::timestamptz)`,
          [
            address,
            hash(proof),
            new Date(now.getTime() + DATA_ACCESS_MINUTES * MINUTE).toISOString(),
            now.toISOString(),
          ],
        );
        await enqueueMail(
          tx,
          { bookingId: null, kind: 'data_access', recipient: address, ...mail },
          now,
        );
      });
    },

    /** Spends the link's proof (once) for an access to that address's data. */
    async openAccess(proof: string): Promise<DataAccess> {
      const now = ctx.now();
      const access = secret();
      const expiresAt = new Date(now.getTime() + DATA_ACCESS_MINUTES * MINUTE).toISOString();
      const { rows } = await db.query<{ email: string }>(
        `UPDATE experiment_space_data_access
            SET proof_used_at = $2::timestamptz, access_hash = $3, access_expires_at = $4::timestamptz
          WHERE proof_hash = $1 AND proof_used_at IS NULL AND proof_expires_at > $2::timestamptz
          RETURNING email`,
        [hash(proof), now.toISOString(), hash(access), expiresAt],
      );
      const row = rows[0];
      if (!row) throw accessDenied();
      return { access, email: row.email, expiresAt };
    },

    /** Every booking of the address behind an access, and the briefings recorded for it. */
    async exportData(access: string): Promise<MyDataExport> {
      const email = await emailOf(access);
      const all = await bookingsApi.statesOf(await rowsOf(email));
      const briefings = await ctx.booking.listQualifications(email);
      return {
        email,
        exportedAt: ctx.now().toISOString(),
        bookings: all.map((s) => exported(bookingsApi.privateView(s))),
        briefings: briefings.map((b) => ({
          prerequisite: b.prerequisite,
          validUntil: b.expiresAt,
        })),
      };
    },

    /**
     * Deletes what the address behind an access left: bookings still ahead are cancelled (the
     * deadline does not apply), waitlist places given up, then name and e-mail erased from
     * every booking and from the booking core's records, and the stored copies of e-mails to
     * it deleted. Briefings stay (see above). The access ends.
     */
    async deleteData(access: string): Promise<MyDataDeleted> {
      const email = await emailOf(access);
      const rows = await rowsOf(email);
      let cancelled = 0;
      for (const r of rows) {
        const s = await bookingsApi.state(r);
        if (s.reservation && ['pending', 'confirmed'].includes(s.status)) {
          if (Date.parse(s.end) > ctx.now().getTime()) {
            await ctx.booking.cancel(r.reservation_id as string, {
              actor: email,
              asStaff: true,
              reason: 'deleted by the booker',
            });
            cancelled += 1;
          }
        } else if (s.entry && ['waiting', 'offered'].includes(s.entry.status)) {
          await ctx.booking.withdrawFromWaitlist(r.waitlist_id as string, { personId: email });
          cancelled += 1;
        }
      }
      await erase(rows.map((r) => r.id));
      await ctx.booking.anonymise({ personId: email });
      await db.query(
        `DELETE FROM experiment_space_mail WHERE recipient = $1 AND kind = 'data_access'`,
        [email],
      );
      await db.query('DELETE FROM experiment_space_data_access WHERE email = $1', [email]);
      // The e-mails already sent were copies too (written as files when there is no SMTP).
      await ctx.forgetMailRecipient(email);
      const briefingsKept = (await ctx.booking.listQualifications(email)).length;
      return { cancelled, erased: rows.length, briefingsKept };
    },

    /** Erases bookings that ended more than `anonymiseAfterDays` ago; returns how many. */
    async anonymiseEnded(): Promise<number> {
      const cutoff = new Date(ctx.now().getTime() - ctx.config.anonymiseAfterDays * DAY);
      const { rows } = await db.query<{ id: string; email: string | null }>(
        `SELECT id, email FROM experiment_space_bookings WHERE anonymised_at IS NULL AND ends_at <= $1::timestamptz`,
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
      // Sent e-mails are kept as long as the bookings they were about; access links a day.
      await db.query(
        `DELETE FROM experiment_space_mail WHERE status <> 'queued' AND created_at <= $1::timestamptz`,
        [cutoff.toISOString()],
      );
      await db.query(
        `DELETE FROM experiment_space_data_access WHERE created_at <= $1::timestamptz - interval '1 day'`,
        [ctx.now().toISOString()],
      );
      // The stored copies of e-mails go with the last booking they could be about: an address
      // that still has a booking keeps its mail files until that one is erased too.
      const emails = [...new Set(rows.flatMap((r) => (r.email ? [r.email] : [])))];
      if (emails.length) {
        const { rows: active } = await db.query<{ email: string }>(
          `SELECT DISTINCT email FROM experiment_space_bookings
            WHERE anonymised_at IS NULL AND email = ANY($1::text[])`,
          [emails],
        );
        const kept = new Set(active.map((r) => r.email));
        for (const email of emails) if (!kept.has(email)) await ctx.forgetMailRecipient(email);
      }
      return rows.length;
    },
  };
}
