import { Link } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { MeetingDetail } from '../../api/meeting.js';
import { FollowCommittees } from '../follows/follow-committees.js';
import { DetailPage } from '../parts/detail-page.js';
import { Documents } from '../parts/documents.js';
import { MeetingFacts } from '../parts/meeting-facts.js';
import { SourceText } from '../parts/source-text.js';
import { paths } from '../paths.js';
import { useCouncil } from '../use-council.js';

/** `/rat/:key`: a meeting with its public agenda, the papers on it and its documents. */
export default function MeetingScreen({ params }: ScreenProps) {
  const { t, locale, city } = useCouncil();
  return (
    <DetailPage<MeetingDetail> kind="meeting" objectKey={params.key ?? ''}>
      {(meeting) => (
        <>
          <MeetingFacts meeting={meeting} locale={locale} timeZone={city.timezone} t={t} />
          <p>
            {/* Also for a cancelled meeting: a calendar that has it strikes it when read again. */}
            <a href={paths.meetingCalendar(meeting.key, locale)} type="text/calendar">
              {t('council.meeting.addToCalendar')}
            </a>
          </p>
          <FollowCommittees committees={meeting.organizations} />
          <section aria-labelledby="council-agenda">
            <h2 id="council-agenda">{t('council.meeting.agenda')}</h2>
            {meeting.agenda.length ? (
              <ol className="council-agenda">
                {meeting.agenda.map((item) => (
                  <li key={item.key}>
                    <h3>
                      {item.number ? `${t('council.meeting.item', { number: item.number })}: ` : ''}
                      <SourceText>{item.name ?? ''}</SourceText>
                    </h3>
                    {item.result ? (
                      <p>
                        {t('council.meeting.result')}: <SourceText>{item.result}</SourceText>
                      </p>
                    ) : null}
                    {item.papers.length ? (
                      <ul aria-label={t('council.meeting.papers')}>
                        {item.papers.map((paper) => (
                          <li key={paper.key}>
                            <Link to={paths.paper(paper.key)}>
                              {paper.reference ? `${paper.reference}: ` : ''}
                              {paper.name ? (
                                <SourceText>{paper.name}</SourceText>
                              ) : (
                                t('council.paper.untitled')
                              )}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ol>
            ) : (
              <p>{t('council.meeting.agendaEmpty')}</p>
            )}
          </section>
          <Documents documents={meeting.documents} locale={locale} t={t} />
        </>
      )}
    </DetailPage>
  );
}
