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
}: {
  locationId: number;
  locale: Locale;
  t: Translate;
}) {
  const host = typeof window === 'undefined' ? '' : window.location.host;
  return (
    <section aria-labelledby="waste-subscribe">
      <h2 id="waste-subscribe">{t('waste.subscribe.heading')}</h2>
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
