import type { Locale } from '../../api.js';

export type MailKind =
  | 'confirmed'
  | 'pending'
  | 'approved'
  | 'declined'
  | 'cancelled'
  | 'cancelled_by_staff'
  | 'rescheduled'
  | 'reminder'
  | 'waitlisted'
  | 'offer';

export interface MailFacts {
  kind: MailKind;
  locale: Locale;
  name: string;
  /** The resource or course, in the booker's language. */
  what: string;
  /** `[start, end)` as instants. */
  start: string;
  end: string;
  timezone: string;
  place: string;
  manageUrl: string;
  library: { name: string; address: string; email?: string; phone?: string };
  reason?: string;
  offerExpiresAt?: string;
}

const SUBJECTS: Record<MailKind, Record<Locale, string>> = {
  confirmed: { de: 'Buchung bestätigt: {what}', en: 'Booking confirmed: {what}' },
  pending: {
    de: 'Buchung eingegangen, wartet auf Freigabe: {what}',
    en: 'Booking received, awaiting approval: {what}',
  },
  approved: { de: 'Buchung freigegeben: {what}', en: 'Booking approved: {what}' },
  declined: { de: 'Buchung abgelehnt: {what}', en: 'Booking declined: {what}' },
  cancelled: { de: 'Buchung storniert: {what}', en: 'Booking cancelled: {what}' },
  cancelled_by_staff: {
    de: 'Die Bibliothek hat Ihre Buchung abgesagt: {what}',
    en: 'The library has cancelled your booking: {what}',
  },
  rescheduled: { de: 'Buchung verschoben: {what}', en: 'Booking moved: {what}' },
  reminder: { de: 'Erinnerung: morgen {what}', en: 'Reminder: {what} tomorrow' },
  waitlisted: {
    de: 'Sie stehen auf der Warteliste: {what}',
    en: 'You are on the waitlist: {what}',
  },
  offer: { de: 'Ein Platz ist frei geworden: {what}', en: 'A place has become free: {what}' },
};

const LEADS: Record<MailKind, Record<Locale, string>> = {
  confirmed: {
    de: 'Ihre Buchung ist bestätigt. Den Termin finden Sie auch im Anhang (termin.ics) für Ihren Kalender.',
    en: 'Your booking is confirmed. The attached file (termin.ics) adds it to your calendar.',
  },
  pending: {
    de: 'Ihre Buchung ist eingegangen. Für dieses Angebot gibt das Team der Bibliothek jede Buchung frei; Sie erhalten dazu eine weitere Nachricht. Der Termin ist bis dahin für Sie reserviert.',
    en: 'We have received your booking. The library team approves every booking of this item; you will get another message. Until then the time is held for you.',
  },
  approved: {
    de: 'Die Bibliothek hat Ihre Buchung freigegeben. Den Termin finden Sie im Anhang (termin.ics).',
    en: 'The library has approved your booking. The attached file (termin.ics) adds it to your calendar.',
  },
  declined: {
    de: 'Die Bibliothek konnte Ihre Buchung leider nicht freigeben.',
    en: 'Unfortunately the library could not approve your booking.',
  },
  cancelled: {
    de: 'Sie haben Ihre Buchung storniert. Der Termin ist wieder frei.',
    en: 'You have cancelled your booking. The time is free again.',
  },
  cancelled_by_staff: {
    de: 'Die Bibliothek musste Ihre Buchung leider absagen. Bitte entschuldigen Sie.',
    en: 'Unfortunately the library had to cancel your booking. We apologise.',
  },
  rescheduled: {
    de: 'Ihre Buchung ist auf die neue Zeit verschoben. Der aktualisierte Termin ist im Anhang (termin.ics).',
    en: 'Your booking has been moved to the new time. The attached file (termin.ics) has the new time.',
  },
  reminder: {
    de: 'Wir erinnern Sie an Ihren Termin im Digitalen Experimentierraum.',
    en: 'This is a reminder of your appointment in the digital experiment space.',
  },
  waitlisted: {
    de: 'Der Termin ist ausgebucht. Sie stehen auf der Warteliste; wird ein Platz frei, bieten wir ihn Ihnen per E-Mail an.',
    en: 'This date is fully booked. You are on the waitlist; when a place frees up, we offer it to you by e-mail.',
  },
  offer: {
    de: 'Ein Platz ist für Sie frei geworden. Er ist für Sie reserviert bis {expires}. Nehmen Sie ihn über den Link unten an; danach geht er an die nächste Person auf der Warteliste.',
    en: 'A place has become free for you. It is held for you until {expires}. Accept it with the link below; after that it goes to the next person on the waitlist.',
  },
};

const LABELS = {
  de: {
    hello: 'Guten Tag {name},',
    what: 'Was',
    when: 'Wann',
    where: 'Wo',
    reason: 'Begründung',
    manage: 'Ihre Buchung ansehen, verschieben oder stornieren:',
    manageOffer: 'Platz annehmen oder ablehnen:',
    private: 'Dieser Link ist privat: Wer ihn kennt, kann Ihre Buchung ändern.',
    bye: 'Viele Grüße\n{library}',
  },
  en: {
    hello: 'Hello {name},',
    what: 'What',
    when: 'When',
    where: 'Where',
    reason: 'Reason',
    manage: 'See, move or cancel your booking:',
    manageOffer: 'Accept or decline the place:',
    private: 'This link is private: whoever has it can change your booking.',
    bye: 'Kind regards\n{library}',
  },
} as const;

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);

const DAY_FORMATS = {
  /** "Dienstag, 1. Dezember 2026" — e-mails. */
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  /** "Di., 1. Dez." — short enough for a push notification. */
  short: { weekday: 'short', day: 'numeric', month: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const FORMATS = {
  ...DAY_FORMATS,
  time: { hour: '2-digit', minute: '2-digit' },
  instant: { dateStyle: 'full', timeStyle: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

// Creating an Intl.DateTimeFormat costs far more than formatting with it, and every booking's
// e-mail is written inside its transaction: one formatter per language, zone and format.
const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, timeZone: string, format: keyof typeof FORMATS) {
  const key = `${locale}:${timeZone}:${format}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
      timeZone,
      ...FORMATS[format],
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "Dienstag, 1. Dezember 2026, 10:00–12:00 Uhr" in the town's time zone (`short`: "Di., 1. Dez., 10:00–12:00 Uhr"). */
export function formatRange(
  start: string,
  end: string,
  locale: Locale,
  timeZone: string,
  style: keyof typeof DAY_FORMATS = 'long',
): string {
  const day = dateFormat(locale, timeZone, style);
  const time = dateFormat(locale, timeZone, 'time');
  const s = new Date(start);
  const e = new Date(end);
  const sameDay = day.format(s) === day.format(e);
  const range = sameDay
    ? `${day.format(s)}, ${time.format(s)}–${time.format(e)}`
    : `${day.format(s)}, ${time.format(s)} – ${day.format(e)}, ${time.format(e)}`;
  return locale === 'de' ? `${range} Uhr` : range;
}

/** "Dienstag, 1. Dezember 2026, 10:00 Uhr". */
export function formatInstant(at: string, locale: Locale, timeZone: string): string {
  const text = dateFormat(locale, timeZone, 'instant').format(new Date(at));
  return locale === 'de' ? `${text} Uhr` : text;
}

/** Subject and plain text of one message, in the booker's language. */
export function composeMail(f: MailFacts): { subject: string; body: string } {
  const l = LABELS[f.locale];
  const expires = f.offerExpiresAt ? formatInstant(f.offerExpiresAt, f.locale, f.timezone) : '';
  const lines = [
    fill(l.hello, { name: f.name }),
    '',
    fill(LEADS[f.kind][f.locale], { expires }),
    '',
    `${l.what}: ${f.what}`,
    `${l.when}: ${formatRange(f.start, f.end, f.locale, f.timezone)}`,
    `${l.where}: ${f.place}`,
    ...(f.reason ? [`${l.reason}: ${f.reason}`] : []),
    '',
    f.kind === 'offer' ? l.manageOffer : l.manage,
    f.manageUrl,
    l.private,
    '',
    fill(l.bye, { library: f.library.name }),
    ...(f.library.address ? [f.library.address] : []),
    ...[f.library.email, f.library.phone].filter((x): x is string => Boolean(x)),
  ];
  return { subject: fill(SUBJECTS[f.kind][f.locale], { what: f.what }), body: lines.join('\n') };
}
