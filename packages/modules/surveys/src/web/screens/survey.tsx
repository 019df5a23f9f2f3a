import { PageHeading } from '@city-app/ui';
import { Link, Loaded, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { PublicSurvey } from '../../api/survey.js';
import { useSurveys } from '../parts/use-surveys.js';
import { paths } from '../paths.js';
import { QuestionResults } from '../results/question-results.js';
import { BallotForm } from '../survey/ballot-form.js';
import { Comments } from '../survey/comments.js';

/** `/umfragen/:id`: one survey — vote while it is open, the results when shown, comments. */
export default function SurveyScreen({ params }: ScreenProps) {
  const surveys = useSurveys();
  const { t, api } = surveys;
  const id = params.id ?? '';
  const survey = useResource(() => api.get<PublicSurvey>(paths.surveyApi(id)), [api, id]);
  return (
    <Loaded resource={survey} staff={surveys} notFound={t('surveys.survey.notFound')}>
      {(data) => <SurveyView survey={data} onVoted={survey.reload} />}
    </Loaded>
  );
}

function SurveyView({ survey, onVoted }: { survey: PublicSurvey; onVoted(): void }) {
  const surveys = useSurveys();
  const { t, locale, when } = surveys;
  const date = when(survey.state === 'upcoming' ? survey.opensAt : survey.closesAt);
  return (
    <>
      <PageHeading lead={t(`surveys.state.${survey.state}`, { date })}>
        {survey.title[locale]}
      </PageHeading>
      {survey.intro[locale] ? <p className="surveys-intro">{survey.intro[locale]}</p> : null}
      {survey.state === 'open' ? (
        <BallotForm survey={survey} surveys={surveys} onVoted={onVoted} />
      ) : null}
      <section aria-labelledby="surveys-results-heading">
        <h2 id="surveys-results-heading">{t('surveys.results.title')}</h2>
        {survey.tally ? (
          <>
            <p>{t('surveys.results.ballots', { count: survey.tally.ballots })}</p>
            {survey.questions.map((question) => (
              <QuestionResults
                key={question.id}
                question={question}
                result={survey.tally?.questions.find((q) => q.id === question.id)}
                ballots={survey.tally?.ballots ?? 0}
                t={t}
                locale={locale}
              />
            ))}
          </>
        ) : (
          <p>{t('surveys.results.later', { date: when(survey.closesAt) })}</p>
        )}
      </section>
      {survey.comments ? <Comments survey={survey} surveys={surveys} /> : null}
      <p>
        <Link to={paths.list}>{t('surveys.survey.back')}</Link>
      </p>
    </>
  );
}
