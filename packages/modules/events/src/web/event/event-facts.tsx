import type { Locale, Translate } from '@city-app/core';
import { Link } from '@city-app/web';
import type { EventDetail } from '../../api/event-detail.js';
import { GermanText } from '../parts/localized-text.js';

/** The site a link leads to, as its link text says ("www.sv-hagenow.de"). */
function hostOf(link: string): string {
  try {
    return new URL(link).host || link;
  } catch {
    return link;
  }
}

/**
 * Who organises it, what it costs, and where to read more. Links to other sites open as links
 * do (no new window forced on anyone); a page of this app (a course of the library, where
 * residents register) opens in the app.
 */
export function EventFacts({
  event,
  t,
  locale,
}: {
  event: EventDetail;
  t: Translate;
  locale: Locale;
}) {
  const price = event.isFree ? t('events.free') : event.price;
  const { organiser } = event;
  if (!organiser && !price && !event.link) return null;
  return (
    <dl>
      {organiser ? (
        <>
          <dt>{t('events.detail.organiser')}</dt>
          <dd>
            {organiser.website ? (
              <a href={organiser.website} rel="noopener noreferrer">
                <GermanText text={organiser.name} locale={locale} />
              </a>
            ) : (
              <GermanText text={organiser.name} locale={locale} />
            )}
          </dd>
        </>
      ) : null}
      {price ? (
        <>
          <dt>{t('events.detail.price')}</dt>
          <dd>{event.isFree ? price : <GermanText text={price} locale={locale} />}</dd>
        </>
      ) : null}
      {event.link ? (
        <>
          <dt>{t('events.detail.link')}</dt>
          <dd>
            {event.link.startsWith('/') ? (
              <Link to={event.link}>{t('events.detail.inApp')}</Link>
            ) : (
              <a href={event.link} rel="noopener noreferrer">
                {hostOf(event.link)}
              </a>
            )}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
