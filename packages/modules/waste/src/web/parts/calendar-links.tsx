import type { Locale, Translate } from '@city-app/core';

/** The street's feed, in the resident's language. */
export function feedPath(locationId: number, locale: Locale): string {
  return `/api/waste/locations/${locationId}/calendar.ics?lang=${locale}`;
}

/** `webcal://…`: calendar apps open a subscription for this scheme instead of downloading. */
export function webcalUrl(locationId: number, locale: Locale, host: string): string {
  return `webcal://${host}${feedPath(locationId, locale)}`;
}

/** The calendar subscription of the chosen street, and the same as a file to download. */
export function CalendarLinks({
  locationId,
  locale,
  t,
  level = 2,
}: {
  locationId: number;
  locale: Locale;
  t: Translate;
  /** The heading's level where it stands: 2 on the calendar, 3 in the settings section. */
  level?: 2 | 3;
}) {
  const host = typeof window === 'undefined' ? '' : window.location.host;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="waste-subscribe">
      <Heading id="waste-subscribe">{t('waste.subscribe.heading')}</Heading>
      <p>{t('waste.subscribe.text')}</p>
      <ul className="city-link-list">
        {host ? (
          <li>
            <a href={webcalUrl(locationId, locale, host)}>{t('waste.subscribe.link')}</a>
          </li>
        ) : null}
        <li>
          <a href={feedPath(locationId, locale)} download={`abfuhrtermine-${locationId}.ics`}>
            {t('waste.subscribe.download')}
          </a>
        </li>
      </ul>
    </section>
  );
}
