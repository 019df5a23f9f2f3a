import { PageHeading } from '@city-app/ui';
import { Link, Loaded, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { SurveySummary } from '../../api/survey.js';
import { type SurveysContext, useSurveys } from '../parts/use-surveys.js';
import { paths } from '../paths.js';

const GROUPS = [
  ['open', 'surveys.list.open', 'closesAt', 'surveys.list.until'],
  ['upcoming', 'surveys.list.upcoming', 'opensAt', 'surveys.list.from'],
  ['closed', 'surveys.list.closed', 'closesAt', 'surveys.list.ended'],
] as const;

/** `/umfragen`: the open surveys first, then the coming and the closed ones. */
export default function ListScreen(_props: ScreenProps) {
  const surveys = useSurveys();
  const { t, api } = surveys;
  const list = useResource(() => api.get<{ items: SurveySummary[] }>(paths.surveysApi), [api]);
  return (
    <>
      <PageHeading lead={t('surveys.list.lead')}>{t('surveys.list.title')}</PageHeading>
      <Loaded resource={list} staff={surveys}>
        {(data) =>
          data.items.length ? (
            <Groups items={data.items} surveys={surveys} />
          ) : (
            <p>{t('surveys.list.none')}</p>
          )
        }
      </Loaded>
    </>
  );
}

function Groups({ items, surveys }: { items: SurveySummary[]; surveys: SurveysContext }) {
  const { t, locale, when } = surveys;
  return GROUPS.map(([state, heading, date, words]) => {
    const shown = items.filter((s) => s.state === state);
    if (!shown.length) return null;
    return (
      <section key={state} aria-labelledby={`surveys-${state}`}>
        <h2 id={`surveys-${state}`}>{t(heading)}</h2>
        <ul className="surveys-list">
          {shown.map((survey) => (
            <li key={survey.id}>
              <Link to={paths.survey(survey.id)}>{survey.title[locale]}</Link>{' '}
              <span>
                ({t(words, { date: when(survey[date]) })}
                {survey.binding ? `, ${t('surveys.list.binding')}` : ''})
              </span>
            </li>
          ))}
        </ul>
      </section>
    );
  });
}
