import { cityError } from '@city-app/core';
import type { PrivateBooking } from '../../api.js';
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
    throw cityError('space_no_calendar_entry');
  }
  return text;
}
