import type { Locale, Translate } from '@city-app/core';
import { Link } from '@city-app/web';
import type { EventDate } from '../../api/event-date.js';
import { paths } from '../paths.js';
import { DateStatus, Struck } from './date-status.js';
import { LocalizedText } from './localized-text.js';

/**
 * A date's event as a link to its page, struck through when cancelled, with "Abgesagt" or
 * "Verlegt" beside it: the first line of a date in the list and on the home card.
 */
export function DateTitle({ date, locale, t }: { date: EventDate; locale: Locale; t: Translate }) {
  return (
    <p>
      <Link to={paths.event(date.eventId)}>
        <Struck cancelled={date.status === 'cancelled'}>
          <LocalizedText text={date.title} locale={locale} />
        </Struck>
      </Link>{' '}
      <DateStatus date={date} locale={locale} t={t} />
    </p>
  );
}
