import type { Queryable } from '@city-app/server';
import type { SpaceContext } from '../context.js';
import { enqueueMail } from '../mail/queue.js';
import { composeMail, type MailKind } from '../mail/texts.js';
import { isPushKind, queuePush } from '../push.js';
import type { State } from './state.js';
import type { BookingViews } from './views.js';

/** Kinds of e-mail that carry the booking as an .ics attachment. */
const WITH_ICS = ['confirmed', 'pending', 'approved', 'rescheduled', 'reminder'];

/** Telling the booker about a change: the e-mail, and the push if they chose one. */
export function bookingTeller(ctx: SpaceContext, views: Pick<BookingViews, 'ics' | 'placeOf'>) {
  /**
   * Queues the e-mail of `kind` about this booking, in the booker's language, and the push to
   * their device if they chose it — in `q`, the transaction of the change it tells about.
   */
  return async function tell(
    q: Queryable,
    s: State,
    kind: MailKind,
    extra: { reason?: string } = {},
  ): Promise<void> {
    const { row } = s;
    if (row.anonymised_at) return;
    const locale = row.locale;
    const origin = ctx.publicUrl ?? row.origin ?? '';
    const what = s.course
      ? (s.course.title[locale] ?? s.course.title.de)
      : (s.resource.name[locale] ?? s.resource.name.de);
    const { library } = ctx.config;
    const mail = composeMail({
      kind,
      locale,
      name: row.name,
      what,
      start: s.start,
      end: s.end,
      timezone: ctx.timezone,
      place: views.placeOf(s),
      manageUrl: `${origin}${ctx.webPath}/buchung/${row.token}`,
      library: {
        name: library.name,
        address: library.address,
        ...(library.email ? { email: library.email } : {}),
        ...(library.phone ? { phone: library.phone } : {}),
      },
      ...(extra.reason ? { reason: extra.reason } : {}),
      ...(s.entry?.offerExpiresAt ? { offerExpiresAt: s.entry.offerExpiresAt } : {}),
    });
    const mailId = await enqueueMail(
      q,
      {
        bookingId: row.id,
        kind,
        recipient: row.email,
        subject: mail.subject,
        body: mail.body,
        ics: WITH_ICS.includes(kind) ? views.ics(s) : null,
      },
      ctx.now(),
    );
    if (row.installation_id && isPushKind(kind)) {
      const name = s.course ? s.course.title : s.resource.name;
      await queuePush(ctx, q, {
        installationId: row.installation_id,
        bookingId: row.id,
        kind,
        n: mailId,
        url: `${ctx.webPath}/buchung/${row.token}`,
        facts: {
          what: { de: name.de, ...(name.en ? { en: name.en } : {}) },
          start: s.start,
          end: s.end,
          timezone: ctx.timezone,
          ...(s.entry?.offerExpiresAt ? { offerExpiresAt: s.entry.offerExpiresAt } : {}),
        },
      });
    }
  };
}
