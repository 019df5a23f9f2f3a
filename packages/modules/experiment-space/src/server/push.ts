import type { Queryable } from '@city-app/server';
import type { Locale } from '../api.js';
import type { SpaceContext } from './context.js';
import { formatRange, type MailKind } from './mail/texts.js';

/** The messages that also go as a push to a booker who opted in on their device. */
export type PushKind = Exclude<MailKind, 'cancelled' | 'waitlisted'>;

const TITLES: Record<PushKind, Record<Locale, string>> = {
  confirmed: { de: 'Buchung bestätigt', en: 'Booking confirmed' },
  pending: { de: 'Buchung wartet auf Freigabe', en: 'Booking awaits approval' },
  approved: { de: 'Buchung freigegeben', en: 'Booking approved' },
  declined: { de: 'Buchung abgelehnt', en: 'Booking declined' },
  reminder: { de: 'Erinnerung an Ihren Termin', en: 'Reminder of your booking' },
  offer: { de: 'Ein Platz ist frei geworden', en: 'A place has become free' },
  cancelled_by_staff: {
    de: 'Die Bibliothek hat abgesagt',
    en: 'The library has cancelled',
  },
  rescheduled: { de: 'Buchung verschoben', en: 'Booking moved' },
};

/** The kinds that have a push title are the ones sent by push. */
export const isPushKind = (kind: MailKind): kind is PushKind => Object.hasOwn(TITLES, kind);

function shortInstant(at: string, locale: Locale, timeZone: string): string {
  const text = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(at));
  return locale === 'de' ? `${text} Uhr` : text;
}

export interface PushFacts {
  kind: PushKind;
  /** The resource or course, per language. */
  what: { de: string; en?: string };
  start: string;
  end: string;
  timezone: string;
  offerExpiresAt?: string;
}

/**
 * Title and body in German and English (the device shows its own language). Only what the
 * booker's own lock screen may show: what and when — no name, no e-mail, no reason.
 */
export function composePush(f: PushFacts): {
  title: Record<Locale, string>;
  body: Record<Locale, string>;
} {
  const body = (locale: Locale) => {
    const what = locale === 'en' ? (f.what.en ?? f.what.de) : f.what.de;
    const line = `${what} · ${formatRange(f.start, f.end, locale, f.timezone, 'short')}`;
    if (f.kind !== 'offer' || !f.offerExpiresAt) return line;
    const until = shortInstant(f.offerExpiresAt, locale, f.timezone);
    return locale === 'de' ? `${line}. Annehmen bis ${until}.` : `${line}. Accept by ${until}.`;
  };
  return { title: TITLES[f.kind], body: { de: body('de'), en: body('en') } };
}

/**
 * Queues the push in the caller's transaction. A push that cannot be queued (an installation
 * the device has since removed, say) is logged and leaves the booking and its e-mail as they
 * are: it runs under a savepoint, so the failed statement does not abort the transaction.
 */
export async function queuePush(
  ctx: SpaceContext,
  tx: Queryable,
  push: {
    installationId: string;
    bookingId: string;
    kind: PushKind;
    /** Makes the key unique per message (the e-mail's queue id). */
    n: string | number;
    url: string;
    facts: Omit<PushFacts, 'kind'>;
  },
): Promise<boolean> {
  const notify = ctx.notify;
  if (!notify) return false;
  const { title, body } = composePush({ ...push.facts, kind: push.kind });
  await tx.query('SAVEPOINT experiment_space_push');
  try {
    await notify.send(tx, {
      installationId: push.installationId,
      title,
      body,
      url: push.url,
      idempotencyKey: `experiment-space:${push.bookingId}:${push.kind}:${push.n}`,
    });
  } catch (error) {
    await tx.query('ROLLBACK TO SAVEPOINT experiment_space_push');
    ctx.log.warn('A push to the booker’s device could not be queued; the e-mail goes anyway', {
      kind: push.kind,
      error: String((error as Error)?.message ?? error),
    });
    return false;
  }
  await tx.query('RELEASE SAVEPOINT experiment_space_push');
  return true;
}
