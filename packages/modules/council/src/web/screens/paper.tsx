import { Link } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { PaperDetail } from '../../api/paper.js';
import { formatDay, formatStart } from '../format.js';
import { DetailPage } from '../parts/detail-page.js';
import { Documents } from '../parts/documents.js';
import { SourceText } from '../parts/source-text.js';
import { paths } from '../paths.js';
import { useCouncil } from '../use-council.js';

/** `/rat/vorlage/:key`: a paper (Drucksache), its documents and where it is discussed. */
export default function PaperScreen({ params }: ScreenProps) {
  const { t, locale, city } = useCouncil();
  return (
    <DetailPage<PaperDetail> kind="paper" objectKey={params.key ?? ''}>
      {(paper) => (
        <>
          <dl className="council-facts">
            {paper.reference ? (
              <>
                <dt>{t('council.paper.reference')}</dt>
                <dd>{paper.reference}</dd>
              </>
            ) : null}
            {paper.paperType ? (
              <>
                <dt>{t('council.paper.type')}</dt>
                <dd>
                  <SourceText>{paper.paperType}</SourceText>
                </dd>
              </>
            ) : null}
            {paper.date ? (
              <>
                <dt>{t('council.paper.date')}</dt>
                <dd>
                  <time dateTime={paper.date}>{formatDay(paper.date, locale)}</time>
                </dd>
              </>
            ) : null}
          </dl>
          <Documents documents={paper.documents} locale={locale} t={t} />
          <section aria-labelledby="council-consultations">
            <h2 id="council-consultations">{t('council.paper.consultations')}</h2>
            {paper.consultations.length ? (
              <ul>
                {paper.consultations.map((c) => (
                  <li key={c.key}>
                    {c.meeting ? (
                      <Link to={paths.meeting(c.meeting.key)}>
                        {c.meeting.name ? (
                          <SourceText>{c.meeting.name}</SourceText>
                        ) : (
                          t('council.meeting.untitled')
                        )}
                        {c.meeting.start
                          ? `, ${formatStart(c.meeting.start, locale, city.timezone)}`
                          : ''}
                      </Link>
                    ) : (
                      t('council.paper.meetingUnknown')
                    )}
                    {c.committees.length ? (
                      <>
                        {' ('}
                        <SourceText>{c.committees.join(', ')}</SourceText>)
                      </>
                    ) : null}
                    {c.role ? (
                      <>
                        {` – ${t('council.paper.role')}: `}
                        <SourceText>{c.role}</SourceText>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('council.paper.noConsultations')}</p>
            )}
          </section>
        </>
      )}
    </DetailPage>
  );
}
