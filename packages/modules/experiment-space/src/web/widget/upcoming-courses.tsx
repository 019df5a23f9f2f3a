import { type HomeWidgetProps, Link, useModule } from '@city-app/web';
import type { CourseSummary } from '../../api.js';
import { meta } from '../../meta.js';
import { formatRange } from '../format.js';
import { paths } from '../paths.js';

const WIDGET_SIZE = 3;

// The widget's few words live here, so the home screen does not load the screens' catalogue.
const WORDS = {
  de: {
    empty: 'Zurzeit sind keine Kurstermine geplant.',
    left: (n: number) => (n === 1 ? 'noch 1 Platz frei' : `noch ${n} Plätze frei`),
    full: 'ausgebucht – Warteliste',
  },
  en: {
    empty: 'No course dates are planned at the moment.',
    left: (n: number) => (n === 1 ? '1 place left' : `${n} places left`),
    full: 'fully booked – waitlist',
  },
};

/**
 * The home screen's card: the next course dates with their free seats (the shell loads the
 * courses, see ../index.ts). The shell draws the card around it (title and a link to the
 * module), so this renders only the items.
 */
export default function UpcomingCoursesWidget({ data }: HomeWidgetProps<CourseSummary[]>) {
  const { locale } = useModule(meta.id);
  const words = WORDS[locale];
  const now = Date.now();
  const next = data
    .flatMap((course) =>
      course.sessions
        .filter((session) => !session.cancelled && Date.parse(session.start) > now)
        .map((session) => ({ course, session })),
    )
    .sort((a, b) => Date.parse(a.session.start) - Date.parse(b.session.start))
    .slice(0, WIDGET_SIZE);
  if (!next.length) return <p>{words.empty}</p>;
  return (
    <ul className="city-stack-list">
      {next.map(({ course, session }) => (
        <li key={`${course.id}/${session.id}`}>
          <h3>
            <Link to={paths.course(course.id, session.id)}>
              <span lang={course.title[locale] ? undefined : 'de'}>
                {course.title[locale] ?? course.title.de}
              </span>
            </Link>
          </h3>
          <p>
            {formatRange(session, locale)}
            {' · '}
            {session.seatsLeft > 0 ? words.left(session.seatsLeft) : words.full}
          </p>
        </li>
      ))}
    </ul>
  );
}
