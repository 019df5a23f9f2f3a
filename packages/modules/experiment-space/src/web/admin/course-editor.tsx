import {
  Alert,
  Button,
  Dialog,
  Fieldset,
  Form,
  type FormError,
  Status,
  TextField,
} from '@city-app/ui';
import { Link, useAction, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useState } from 'react';
import type { CourseSession, CourseSummary, StaffBooking, StaffResource } from '../../api.js';
import { formatRange, isLocalDate } from '../format.js';
import { Loaded } from '../parts/load-state.js';
import { groupLabel } from '../parts/resource-facts.js';
import { seatsLabel } from '../parts/session-label.js';
import { paths } from '../paths.js';
import { type Space, useSpace } from '../use-space.js';
import { AdminPage } from './admin-page.js';
import { COURSE_FIELDS, CourseForm } from './course-form.js';

/** `/admin/experimentierraum/kurse/:id`: change a course, add and cancel dates, see participants. */
export default function CourseEditorScreen({ params }: ScreenProps) {
  const space = useSpace();
  const { t, text } = space;
  const id = params.id ?? '';
  const course = useResource(
    async () =>
      (await space.api.get<CourseSummary[]>('/staff/courses')).find((c) => c.id === id) ?? null,
    [id],
  );
  const rooms = useResource(() => space.api.get<StaffResource[]>('/staff/resources'), []);
  return (
    <AdminPage
      space={space}
      title={
        course.state === 'ready' && course.data ? text(course.data.title) : t('admin.courses.title')
      }
    >
      <Loaded resource={course} space={space}>
        {(data) =>
          data ? (
            <Editor
              course={data}
              rooms={(rooms.data ?? []).filter((r) => r.kind === 'room')}
              space={space}
            />
          ) : (
            <Alert tone="warning" live="off">
              {t('courses.notFound')}
            </Alert>
          )
        }
      </Loaded>
      <p>
        <Link to={paths.admin.courses}>{t('admin.courses.back')}</Link>
      </p>
    </AdminPage>
  );
}

function Editor({
  course: loaded,
  rooms,
  space,
}: {
  course: CourseSummary;
  rooms: StaffResource[];
  space: Space;
}) {
  const { t, locale } = space;
  const [course, setCourse] = useState(loaded);
  const action = useAction(space, [...COURSE_FIELDS, 'start', 'end']);
  const [toCancel, setToCancel] = useState<CourseSession | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const base = `/staff/courses/${encodeURIComponent(course.id)}`;

  return (
    <>
      <Status>{action.announcement}</Status>
      {action.failure ? <Alert tone="error">{action.failure}</Alert> : null}
      <section aria-labelledby="experiment-space-sessions">
        <h2 id="experiment-space-sessions">{t('admin.courses.sessions')}</h2>
        {course.sessions.length ? (
          <ul className="city-stack-list">
            {course.sessions.map((session) => {
              const when = formatRange(session, locale);
              return (
                <li key={session.id}>
                  <h3>{when}</h3>
                  <p>
                    {seatsLabel(session, t)}
                    {session.waiting
                      ? ` · ${t('admin.courses.waiting', { count: session.waiting })}`
                      : ''}
                  </p>
                  <p>
                    <Button
                      variant="secondary"
                      aria-expanded={open === session.id}
                      onClick={() => setOpen(open === session.id ? null : session.id)}
                    >
                      {t('admin.courses.participants')}
                      <span className="city-visually-hidden">{`: ${when}`}</span>
                    </Button>{' '}
                    {session.cancelled ? null : (
                      <Button variant="danger" onClick={() => setToCancel(session)}>
                        {t('admin.courses.cancelSession')}
                        <span className="city-visually-hidden">{`: ${when}`}</span>
                      </Button>
                    )}
                  </p>
                  {open === session.id ? (
                    <Participants
                      path={`${base}/sessions/${encodeURIComponent(session.id)}/participants`}
                      space={space}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : (
          <p>{t('courses.noSessions')}</p>
        )}
        <AddSession
          space={space}
          errors={action.errors}
          busy={action.busy === 'session'}
          onAdd={async (input) => {
            const saved = await action.run(
              'session',
              () => space.api.post<CourseSummary>(`${base}/sessions`, input),
              () => t('admin.courses.sessionAdded'),
            );
            if (saved) setCourse(saved);
            return saved !== undefined;
          }}
        />
      </section>
      <section aria-labelledby="experiment-space-course-data">
        <h2 id="experiment-space-course-data">{t('admin.courses.edit')}</h2>
        <CourseForm
          course={course}
          rooms={rooms}
          space={space}
          serverErrors={action.errors}
          failure={null}
          busy={action.busy === 'save'}
          onSubmit={async ({ id: _id, sessions: _sessions, ...input }) => {
            const saved = await action.run(
              'save',
              () => space.api.put<CourseSummary>(base, input),
              () => t('admin.saved'),
            );
            if (saved) setCourse(saved);
          }}
        />
      </section>
      <Dialog
        open={toCancel !== null}
        title={t('admin.courses.cancelSessionTitle')}
        onClose={() => setToCancel(null)}
        actions={
          <Button
            variant="danger"
            onClick={async () => {
              const session = toCancel;
              setToCancel(null);
              if (!session) return;
              const saved = await action.run(
                'cancel',
                () =>
                  space.api.delete<CourseSummary>(
                    `${base}/sessions/${encodeURIComponent(session.id)}`,
                  ),
                () => t('admin.courses.sessionCancelled'),
              );
              if (saved) setCourse(saved);
            }}
          >
            {t('admin.courses.cancelSession')}
          </Button>
        }
      >
        <p>
          {toCancel
            ? t('admin.courses.cancelSessionText', { when: formatRange(toCancel, locale) })
            : null}
        </p>
      </Dialog>
    </>
  );
}

function Participants({ path, space }: { path: string; space: Space }) {
  const { t } = space;
  const participants = useResource(() => space.api.get<StaffBooking[]>(path), [path]);
  return (
    <Loaded resource={participants} space={space}>
      {(data) =>
        data.length ? (
          <ul>
            {data.map((p) => (
              <li key={p.id}>
                {p.anonymised ? t('admin.anonymised') : `${p.name} (${p.email})`}
                {p.organisation ? `, ${p.organisation} (${groupLabel(p.group, t)})` : ''}
                {p.seats > 1 ? `, ${t('admin.seats', { seats: p.seats })}` : ''} –{' '}
                {t(`status.${p.status}`)}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('admin.courses.noParticipants')}</p>
        )
      }
    </Loaded>
  );
}

function AddSession({
  space,
  errors: serverErrors,
  busy,
  onAdd,
}: {
  space: Space;
  errors: Record<string, string>;
  busy: boolean;
  onAdd(input: { id: string; start: string; end: string }): Promise<boolean>;
}) {
  const { t } = space;
  const [v, setV] = useState({ id: '', date: '', start: '10:00', end: '12:00' });
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors: Record<string, string> = {
    ...local,
    ...(serverErrors.start ? { date: serverErrors.start } : {}),
    ...(serverErrors.end ? { end: serverErrors.end } : {}),
  };
  const ids: Record<string, string> = {
    id: 'experiment-space-session-id',
    date: 'experiment-space-session-date',
    end: 'experiment-space-session-end',
  };
  const summary: FormError[] = Object.entries(errors).map(([field, message]) => ({
    fieldId: ids[field],
    message,
  }));
  const change = (key: keyof typeof v) => (event: { currentTarget: { value: string } }) =>
    setV((current) => ({ ...current, [key]: event.currentTarget.value }));
  return (
    <Form
      errors={summary}
      errorTitle={t('form.errorSummary')}
      onSubmit={async () => {
        const found: Record<string, string> = {};
        if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(v.id.trim()))
          found.id = t('admin.resources.error.id');
        if (!isLocalDate(v.date)) found.date = t('admin.exceptions.error.date');
        if (!v.start || !v.end || v.end <= v.start) found.end = t('admin.courses.error.end');
        setLocal(found);
        if (Object.keys(found).length) return;
        const added = await onAdd({
          id: v.id.trim(),
          start: `${v.date}T${v.start}`,
          end: `${v.date}T${v.end}`,
        });
        if (added) setV({ ...v, id: '', date: '' });
      }}
    >
      <Fieldset legend={t('admin.courses.addSession')}>
        <TextField
          id={ids.id}
          label={t('admin.courses.sessionId')}
          description={t('admin.courses.sessionIdHint')}
          value={v.id}
          error={errors.id ?? null}
          required
          onChange={change('id')}
        />
        <TextField
          id={ids.date}
          type="date"
          label={t('slots.date')}
          value={v.date}
          error={errors.date ?? null}
          required
          onChange={change('date')}
        />
        <TextField
          type="time"
          label={t('admin.courses.from')}
          value={v.start}
          required
          onChange={change('start')}
        />
        <TextField
          id={ids.end}
          type="time"
          label={t('admin.courses.to')}
          value={v.end}
          error={errors.end ?? null}
          required
          onChange={change('end')}
        />
      </Fieldset>
      <Button type="submit" busy={busy}>
        {t('admin.courses.addSession')}
      </Button>
    </Form>
  );
}
