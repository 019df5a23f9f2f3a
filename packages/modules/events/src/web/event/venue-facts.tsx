import type { Locale, Translate } from '@city-app/core';
import type { Venue } from '../../api/venue.js';

/** The venue's address as lines: street, then postcode and locality. */
function addressLines(venue: Venue): string[] {
  const locality = [venue.postcode, venue.locality].filter(Boolean).join(' ');
  return [venue.street, locality].filter((line): line is string => Boolean(line));
}

/**
 * Where it takes place: the venue with its address and what it offers people with
 * disabilities, each fact said as yes or no (an unticked fact is a "no", not a gap), or the
 * place written on the event when it has no venue.
 */
export function VenueFacts({
  venue,
  place,
  t,
  locale,
}: {
  venue: Venue | null;
  place: string | null;
  t: Translate;
  locale: Locale;
}) {
  // Names, addresses and notes are the town's own words, in German.
  const german = locale === 'de' ? undefined : 'de';
  if (!venue && !place) return null;
  const yesNo = (value: boolean) => t(value ? 'events.detail.yes' : 'events.detail.no');
  return (
    <section aria-labelledby="events-place">
      <h2 id="events-place">{t('events.detail.place')}</h2>
      {venue ? (
        <>
          <address style={{ fontStyle: 'normal' }} lang={german}>
            <strong>{venue.name}</strong>
            {addressLines(venue).map((line) => (
              <span key={line}>
                <br />
                {line}
              </span>
            ))}
          </address>
          <h3>{t('events.detail.accessibility')}</h3>
          <dl>
            <dt>{t('events.detail.stepFree')}</dt>
            <dd>{yesNo(venue.accessibility.stepFree)}</dd>
            <dt>{t('events.detail.toilet')}</dt>
            <dd>{yesNo(venue.accessibility.accessibleToilet)}</dd>
            <dt>{t('events.detail.hearingLoop')}</dt>
            <dd>{yesNo(venue.accessibility.hearingLoop)}</dd>
          </dl>
          {venue.accessibility.note ? <p lang={german}>{venue.accessibility.note}</p> : null}
        </>
      ) : (
        <p lang={german}>{place}</p>
      )}
    </section>
  );
}
