import type { ScheduledJob } from '@city-app/server';
import type { ReportsConfig } from '../../config.js';
import { forgetGoneDevices } from './forget-devices.js';

/** How long after a report is fixed or closed its reporter's contact data and followers stay. */
export const KEEP_CONTACTS_DAYS = 90;

/**
 * Forgets, once a day, who reported and who followed reports fixed or closed more than 90 days
 * ago (as the privacy page says), and the stored copies of mail to those reporters; and devices
 * that no longer exist. Reopening a report within the 90 days keeps them. Idempotent: a second
 * run finds nothing.
 */
export const forgetContactsJob: ScheduledJob<ReportsConfig> = {
  name: 'forget-contacts',
  title: {
    de: 'Kontaktdaten erledigter Meldungen löschen',
    en: 'Delete the contact details of closed reports',
  },
  at: '03:40',
  async run(ctx, { dueAt }) {
    const { forgotten, unfollowed } = await ctx.db.transaction(async (tx) => {
      const before = [dueAt.toISOString(), KEEP_CONTACTS_DAYS];
      const { rows } = await tx.query<{ email: string | null }>(
        `UPDATE reports r SET reporter_email = NULL, reporter_installation = NULL
           FROM (SELECT id, reporter_email AS email FROM reports
                  WHERE done_at < $1::timestamptz - make_interval(days => $2)
                    AND (reporter_email IS NOT NULL OR reporter_installation IS NOT NULL)
                  FOR UPDATE) old
          WHERE r.id = old.id
          RETURNING old.email`,
        before,
      );
      const followers = await tx.query(
        `DELETE FROM reports_followers f USING reports r
          WHERE f.report_id = r.id AND r.done_at < $1::timestamptz - make_interval(days => $2)
          RETURNING f.installation_id`,
        before,
      );
      return { forgotten: rows, unfollowed: followers.rows.length };
    });
    const emails = new Set(forgotten.map((r) => r.email).filter((e): e is string => Boolean(e)));
    for (const email of emails) await ctx.mail?.forgetRecipient(email);
    return { forgotten: forgotten.length, unfollowed, goneDevices: await forgetGoneDevices(ctx) };
  },
};
