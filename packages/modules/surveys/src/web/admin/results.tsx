import { Loaded, StaffLink, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { SurveyResults } from '../../api/survey.js';
import type { StaffSurvey } from '../../api/survey-input.js';
import { QuestionResults } from '../results/question-results.js';
import { AdminPage } from './admin-page.js';
import { adminPaths } from './paths.js';
import { type Staff, useStaff } from './staff.js';

/** `/admin/umfragen/:id/ergebnisse`: the counts so far, as a table and a chart, and own words. */
export default function ResultsScreen({ params }: ScreenProps) {
  return <ResultsView staff={useStaff()} id={params.id ?? ''} />;
}

export function ResultsView({ staff, id }: { staff: Staff; id: string }) {
  const { t, api, locale } = staff;
  const both = useResource(
    () =>
      Promise.all([
        api.get<StaffSurvey>(adminPaths.surveyApi(id)),
        api.get<SurveyResults>(adminPaths.resultsApi(id)),
      ]),
    [api, id],
  );
  const title = both.state === 'ready' ? both.data[0].title[locale] : '';
  return (
    <AdminPage staff={staff} section={null} title={t('surveys.staff.results.title', { title })}>
      <Loaded resource={both} staff={staff} notFound={t('surveys.survey.notFound')}>
        {([survey, results]) => (
          <>
            <p>
              {t(`surveys.staff.state.${survey.state}`)} ·{' '}
              {t('surveys.results.ballots', { count: results.ballots })} ·{' '}
              <StaffLink staff={staff} to={adminPaths.survey(survey.id)}>
                {t('surveys.staff.results.edit')}
              </StaffLink>
            </p>
            {survey.questions.map((question) => {
              const result = results.questions.find((q) => q.id === question.id);
              return (
                <div key={question.id}>
                  <QuestionResults
                    question={question}
                    result={result}
                    ballots={results.ballots}
                    t={t}
                    locale={locale}
                    headingLevel={2}
                  />
                  {question.freeText ? (
                    <>
                      <h3>{t('surveys.staff.results.ownWords')}</h3>
                      {result?.freeTexts?.length ? (
                        <ul className="surveys-comments">
                          {result.freeTexts.map((text, i) => (
                            // biome-ignore lint/suspicious/noArrayIndexKey: words have no id, by design
                            <li key={i}>{text}</li>
                          ))}
                        </ul>
                      ) : (
                        <p>{t('surveys.staff.results.noOwnWords')}</p>
                      )}
                    </>
                  ) : null}
                </div>
              );
            })}
          </>
        )}
      </Loaded>
    </AdminPage>
  );
}
