import type { Locale, Translate } from '@city-app/core';
import type { MeetingSummary } from '../../api/meeting.js';
import { formatStart } from '../format.js';
import { SourceText } from './source-text.js';

/** When, where and which committee: a meeting's facts as a description list. */
export function MeetingFacts({
  meeting,
  locale,
  timeZone,
  t,
}: {
  meeting: MeetingSummary;
  locale: Locale;
  timeZone: string;
  t: Translate;
}) {
  return (
    <dl className="council-facts">
      <dt>{t('council.meeting.when')}</dt>
      <dd>
        <time dateTime={meeting.start}>{formatStart(meeting.start, locale, timeZone)}</time>
        {meeting.cancelled ? <strong> – {t('council.meeting.cancelled')}</strong> : null}
      </dd>
      {meeting.committees.length ? (
        <>
          <dt>{t('council.meeting.committees')}</dt>
          <dd>
            <SourceText>{meeting.committees.join(', ')}</SourceText>
          </dd>
        </>
      ) : null}
      {meeting.place ? (
        <>
          <dt>{t('council.meeting.place')}</dt>
          <dd>
            <SourceText>{meeting.place}</SourceText>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
