import type { PrivateBooking } from '../../api.js';
import { refused } from '../errors.js';
import type { BookingsCore } from './core.js';

/** A booking as its private link shows it. */
export async function getByLink(core: BookingsCore, token: string): Promise<PrivateBooking> {
  return core.privateView(await core.state(await core.byToken(token)));
}

/** The booking behind a private link as an iCalendar file; a waitlist place has none yet. */
export async function icsByLink(core: BookingsCore, token: string): Promise<string> {
  const s = await core.state(await core.byToken(token));
  const text = core.ics(s);
  if (!text) {
    throw refused('no_calendar_entry', 'A place on the waitlist has no calendar entry yet.', {
      status: 404,
      hint: 'You get one when you accept an offered place.',
    });
  }
  return text;
}
