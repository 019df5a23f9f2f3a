import { type Locale, localDateOf, type Translate } from '@city-app/core';

const LANGUAGE: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}/${timeZone}/${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LANGUAGE[locale], { ...options, timeZone });
    formats.set(key, found);
  }
  return found;
}

/**
 * A local day in words, "Samstag, 12. Dezember 2026": a calendar day, not an instant, so it is
 * read in UTC where it cannot shift.
 */
export function formatDay(day: string, locale: Locale, style: 'long' | 'month' = 'long'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
      : { month: 'long', year: 'numeric' };
  return format(locale, 'UTC', options).format(new Date(`${day}T00:00:00Z`));
}

/** The time of an instant on the town's clocks, "19:30". */
export function formatTime(instant: string, locale: Locale, timeZone: string): string {
  return format(locale, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(instant),
  );
}

/** What a date's times are, as the API gives them. */
export interface DateTimes {
  localDate: string;
  start: string;
  end: string | null;
  allDay: boolean;
}

/**
 * When a date takes place, beside its day: "19:00–21:00 Uhr", "ganztägig", or the end's day
 * too when it ends on a later one. An all-day date ends at the midnight after its last day.
 */
export function describeTimes(
  date: DateTimes,
  ctx: { locale: Locale; timeZone: string; t: Translate },
): string {
  const { locale, timeZone, t } = ctx;
  if (date.allDay) {
    const last = date.end ? localDateOf(Date.parse(date.end) - 1, timeZone) : date.localDate;
    return last > date.localDate
      ? t('events.time.allDayUntil', { date: formatDay(last, locale) })
      : t('events.time.allDay');
  }
  const start = formatTime(date.start, locale, timeZone);
  if (!date.end) return t('events.time.at', { time: start });
  const end = formatTime(date.end, locale, timeZone);
  const endDay = localDateOf(Date.parse(date.end), timeZone);
  // An evening that ends after midnight still reads as one evening.
  const nextMorning =
    endDay > date.localDate && Date.parse(date.end) - Date.parse(date.start) < 86_400_000;
  if (endDay === date.localDate || nextMorning) return t('events.time.range', { start, end });
  return t('events.time.until', { start, date: formatDay(endDay, locale), end });
}
