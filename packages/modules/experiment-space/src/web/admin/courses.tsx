import { Card, Status } from '@city-app/ui';
import { Link, useAction, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { CourseSummary, StaffResource } from '../../api.js';
import { Loaded } from '../parts/load-state.js';
import { paths } from '../paths.js';
import { useSpace } from '../use-space.js';
import { AdminPage } from './admin-page.js';
import { COURSE_FIELDS, CourseForm } from './course-form.js';

/** `/admin/experimentierraum/kurse`: the courses with their dates; a new course. */
export default function CoursesAdminScreen(_props: ScreenProps) {
  const space = useSpace();
  const { t, text } = space;
  const courses = useResource(() => space.api.get<CourseSummary[]>('/staff/courses'), []);
  const rooms = useResource(() => space.api.get<StaffResource[]>('/staff/resources'), []);
  const action = useAction(space, COURSE_FIELDS);
  return (
    <AdminPage space={space} title={t('admin.courses.title')}>
      <Status>{action.announcement}</Status>
      <Loaded resource={courses} space={space}>
        {(data) =>
          data.length ? (
            <ul className="city-grid">
              {data.map((course) => (
                <Card
                  key={course.id}
                  as="li"
                  title={<Link to={paths.admin.course(course.id)}>{text(course.title)}</Link>}
                >
                  <p>
                    {t('admin.courses.summary', {
                      sessions: course.sessions.filter((s) => !s.cancelled).length,
                      seats: course.seats,
                    })}
                  </p>
                </Card>
              ))}
            </ul>
          ) : (
            <p>{t('courses.empty')}</p>
          )
        }
      </Loaded>
      <h2>{t('admin.courses.new')}</h2>
      <CourseForm
        course={null}
        rooms={(rooms.data ?? []).filter((r) => r.kind === 'room')}
        space={space}
        serverErrors={action.errors}
        failure={action.failure}
        busy={action.busy === 'create'}
        onSubmit={async (input) => {
          const created = await action.run(
            'create',
            () => space.api.post<CourseSummary>('/staff/courses', input),
            (course) => t('admin.courses.created', { title: text(course.title) }),
          );
          if (created) space.navigate(paths.admin.course(created.id));
        }}
      />
    </AdminPage>
  );
}
