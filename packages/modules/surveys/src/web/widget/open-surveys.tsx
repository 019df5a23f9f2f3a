import { type HomeWidgetProps, Link, useCity, useModule } from '@city-app/web';
import type { SurveySummary } from '../../api/survey.js';
import { meta } from '../../meta.js';
import { formatWhen } from '../parts/when.js';
import { paths } from '../paths.js';
import { votedHere } from '../survey/voted-here.js';

/**
 * The open surveys on the home screen: each with its title, how long it runs and what to do —
 * vote, or (where this device voted) see the results or learn that they follow the close. The
 * shell draws the card around it, and none at all while no survey is open.
 */
export default function OpenSurveysWidget({ data }: HomeWidgetProps<SurveySummary[]>) {
  const { t, locale } = useModule(meta.id);
  const { city } = useCity();
  return (
    <ul className="city-stack-list">
      {data.map((survey) => {
        const title = survey.title[locale] || survey.title.de;
        const action = !votedHere(survey.id)
          ? 'surveys.widget.vote'
          : survey.results === 'live'
            ? 'surveys.widget.results'
            : 'surveys.widget.voted';
        return (
          <li key={survey.id}>
            <h3 lang={survey.title[locale] ? undefined : 'de'}>{title}</h3>
            <p>
              {t('surveys.widget.until', {
                date: formatWhen(survey.closesAt, locale, city.timezone),
              })}
            </p>
            <p>
              {/* Several items say "Jetzt abstimmen": the link's name says which survey. */}
              <Link to={paths.survey(survey.id)} aria-label={`${t(action)}: ${title}`}>
                {t(action)}
              </Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
