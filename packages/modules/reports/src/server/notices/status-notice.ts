import type { Locale } from '@city-app/core';
import type { ModuleServerContext, Queryable } from '@city-app/server';
import type { ReportsConfig } from '../../config.js';
import { meta } from '../../meta.js';
import type { ClosingReason, ReportStatus } from '../../status/status.js';
import { categoryTitle, text } from './texts.js';

export interface StatusNotice {
  /** The history entry that made the change: the notice's idempotency key. */
  historyId: string;
  reportId: string;
  publicId: string;
  category: string;
  status: ReportStatus;
  closingReason: ClosingReason | null;
  publicNote: string | null;
  reporterEmail: string | null;
  reporterInstallation: string | null;
  language: Locale;
}

/** What a status reads as in `locale`: "Geschlossen (Schon gemeldet)". */
function statusWords(notice: StatusNotice, locale: Locale): string {
  const status = text(locale, `reports.status.${notice.status}`);
  return notice.closingReason
    ? `${status} (${text(locale, `reports.closingReason.${notice.closingReason}`)})`
    : status;
}

/**
 * Tells of a public change, in the change's transaction: one push to the reporter's device and
 * every follower's (both languages; each device shows its own), and an e-mail to the reporter
 * when they gave an address, in the language they reported in.
 */
export async function sendStatusNotice(
  ctx: ModuleServerContext<ReportsConfig>,
  tx: Queryable,
  notice: StatusNotice,
  origin: string,
): Promise<void> {
  const { rows } = await tx.query<{ installation_id: string }>(
    'SELECT installation_id FROM reports_followers WHERE report_id = $1',
    [notice.reportId],
  );
  const installations = new Set(rows.map((r) => r.installation_id));
  if (notice.reporterInstallation) installations.add(notice.reporterInstallation);
  const path = `${meta.path}/${notice.publicId}`;
  const words = (locale: Locale) => {
    const params = {
      publicId: notice.publicId,
      status: statusWords(notice, locale),
      category: categoryTitle(ctx.config, notice.category, locale),
      note: notice.publicNote ?? '',
    };
    return params;
  };
  if (ctx.notify && installations.size > 0) {
    const body = (locale: Locale) =>
      text(
        locale,
        notice.publicNote ? 'reports.push.status.body' : 'reports.push.status.bodyNoNote',
        words(locale),
      );
    await ctx.notify.send(tx, {
      installationIds: [...installations],
      title: {
        de: text('de', 'reports.push.status.title', words('de')),
        en: text('en', 'reports.push.status.title', words('en')),
      },
      body: { de: body('de'), en: body('en') },
      url: path,
      collapseKey: `reports-${notice.publicId}`.slice(0, 64),
      idempotencyKey: `reports.status:${notice.historyId}`,
    });
  }
  if (ctx.mail && notice.reporterEmail) {
    const locale = notice.language;
    const params = {
      ...words(locale),
      link: `${origin}${path}`,
      app: ctx.city.branding.appName,
    };
    await ctx.mail.enqueue(tx, {
      to: notice.reporterEmail,
      subject: text(locale, 'reports.mail.status.subject', params),
      text: `${text(locale, 'reports.mail.status.body', params)}\n`,
    });
  }
}
