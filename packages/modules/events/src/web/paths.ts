import { meta } from '../meta.js';

const api = `/api/${meta.id}`;

/** Where the events module's screens and API live. */
export const paths = {
  api,
  screens: meta.path,
  month: `${meta.path}/monat`,
  /** Organisers submit an event; the mailed link confirms it. */
  submit: `${meta.path}/eintragen`,
  confirm: `${meta.path}/eintragen/bestaetigen`,
  event: (id: string) => `${meta.path}/${encodeURIComponent(id)}`,
  eventApi: (id: string) => `${api}/events/${encodeURIComponent(id)}`,
  /** One date as an iCalendar file: `date` is the date the series gives it (`originalDate`). */
  dateCalendar: (id: string, date: string) =>
    `${api}/events/${encodeURIComponent(id)}/dates/${date}/calendar.ics`,
  /** Every date of the event as one iCalendar file. */
  seriesCalendar: (id: string) => `${api}/events/${encodeURIComponent(id)}/calendar.ics`,
};
