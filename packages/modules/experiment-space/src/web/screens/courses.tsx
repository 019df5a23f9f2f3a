import { Card, PageHeading } from '@city-app/ui';
import { Link, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { CourseSummary } from '../../api.js';
import { formatRange } from '../format.js';
import { Loaded } from '../parts/load-state.js';
import { LocalText } from '../parts/local-text.js';
import { PhotoView } from '../parts/photo.js';
import { seatsLabel } from '../parts/session-label.js';
import { paths } from '../paths.js';
import { type Space, useSpace } from '../use-space.js';

/** `/experimentierraum/kurse`: courses with their dates and free seats. */
export default function CoursesScreen(_props: ScreenProps) {
  const space = useSpace();
  const { t } = space;
  const courses = useResource(() => space.api.get<CourseSummary[]>('/courses'), []);
  return (
    <div className="experiment-space">
      <PageHeading lead={t('courses.lead')}>{t('courses.title')}</PageHeading>
      <Loaded resource={courses} space={space}>
        {(data) =>
          data.length ? (
            <ul className="city-stack-list">
              {data.map((course) => (
                <li key={course.id}>
                  <CourseCard course={course} space={space} />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('courses.empty')}</p>
          )
        }
      </Loaded>
      <p>
        <Link to={paths.catalogue}>{t('backToCatalogue')}</Link>
      </p>
    </div>
  );
}

export function courseWhere(course: CourseSummary, space: Space): string {
  const { t, text } = space;
  const place = course.location ? text(course.location.name) : '';
  if (course.remote && place) return t('courses.remoteAnd', { place });
  if (course.remote) return t('courses.remote');
  return place;
}

function CourseCard({ course, space }: { course: CourseSummary; space: Space }) {
  const { t, text, locale } = space;
  const upcoming = course.sessions.filter((s) => Date.parse(s.end) > Date.now());
  const where = courseWhere(course, space);
  return (
    <Card as="article" title={<LocalText value={course.title} space={space} />}>
      {course.photo ? <PhotoView photo={course.photo} space={space} place="course" /> : null}
      {text(course.description) ? (
        <p lang={space.lang(course.description)}>{text(course.description)}</p>
      ) : null}
      {course.provider || where ? (
        <p>
          {course.provider ? `${t('courses.provider')}: ${course.provider}` : null}
          {course.provider && where ? ' · ' : null}
          {where ? `${t('courses.where')}: ${where}` : null}
        </p>
      ) : null}
      {upcoming.length ? (
        <ul className="experiment-space-sessions">
          {upcoming.map((session) => (
            <li key={session.id}>
              <span>{formatRange(session, locale)}</span>
              {' – '}
              <span>{seatsLabel(session, t)}</span>
              {session.cancelled ? null : (
                <>
                  {' '}
                  <Link to={paths.course(course.id, session.id)}>
                    {session.seatsLeft > 0 ? t('courses.register') : t('courses.joinWaitlist')}
                    <span className="city-visually-hidden">
                      {': '}
                      <LocalText value={course.title} space={space} />
                      {`, ${formatRange(session, locale)}`}
                    </span>
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('courses.noSessions')}</p>
      )}
    </Card>
  );
}
