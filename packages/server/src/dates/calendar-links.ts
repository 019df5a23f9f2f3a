import { createHash, randomBytes } from 'node:crypto';
import type { Locale } from '@city-app/core';
import type { Queryable } from '../module.js';

/** 32 random bytes, base64url: as hard to guess as the installation id it stands for, or harder. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export interface CalendarLink {
  installationId: string;
  locale: Locale;
  createdAt: string;
}

interface LinkRow {
  installation_id: string;
  locale: Locale;
  created_at: Date | string;
}

const linkOf = (row: LinkRow): CalendarLink => ({
  installationId: row.installation_id,
  locale: row.locale,
  createdAt: new Date(row.created_at).toISOString(),
});

/**
 * The private calendar subscription of each installation: one token per installation, kept
 * only as its hash, so a copy of the database opens no calendar. Issuing a new token revokes
 * the old one in the same statement.
 */
export function calendarLinks(db: Queryable) {
  return {
    /** A new token for the installation; the previous one stops working at once. */
    async issue(installationId: string, locale: Locale): Promise<CalendarLink & { token: string }> {
      const token = randomBytes(32).toString('base64url');
      const { rows } = await db.query<LinkRow>(
        `insert into city_app_calendar_links (installation_id, token_hash, locale)
         values ($1, $2, $3)
         on conflict (installation_id)
           do update set token_hash = excluded.token_hash, locale = excluded.locale, created_at = now()
         returning installation_id, locale, created_at`,
        [installationId, hashOf(token), locale],
      );
      return { ...linkOf(rows[0] as LinkRow), token };
    },

    async of(installationId: string): Promise<CalendarLink | undefined> {
      const { rows } = await db.query<LinkRow>(
        'select installation_id, locale, created_at from city_app_calendar_links where installation_id = $1',
        [installationId],
      );
      return rows[0] ? linkOf(rows[0]) : undefined;
    },

    async revoke(installationId: string): Promise<boolean> {
      const { rowCount } = await db.query(
        'delete from city_app_calendar_links where installation_id = $1',
        [installationId],
      );
      return rowCount > 0;
    },

    /** The link a token opens; `undefined` for a malformed, revoked or unknown one. */
    async byToken(token: string): Promise<CalendarLink | undefined> {
      if (!TOKEN.test(token)) return undefined;
      const { rows } = await db.query<LinkRow>(
        'select installation_id, locale, created_at from city_app_calendar_links where token_hash = $1',
        [hashOf(token)],
      );
      return rows[0] ? linkOf(rows[0]) : undefined;
    },
  };
}

export type CalendarLinks = ReturnType<typeof calendarLinks>;

/**
 * Ends an installation's calendar link when notify deletes the installation (with everything
 * stored about it): mounted as middleware on `DELETE /api/notify/installations/:id`.
 */
export function forgetLinkOfDeletedInstallation(links: CalendarLinks) {
  return async (
    c: { req: { method: string; param(name: string): string | undefined }; res: Response },
    next: () => Promise<void>,
  ) => {
    await next();
    const id = c.req.param('id');
    if (c.req.method === 'DELETE' && c.res.status === 204 && id) await links.revoke(id);
  };
}
