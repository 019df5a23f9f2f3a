import { Fieldset, PageHeading, Radio, VisuallyHidden } from '@city-app/ui';
import { attemptKey, keyAfter, Link, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useRef, useState } from 'react';
import type { BookerGroup, BookingCreated, CourseSummary, RegistrationRequest } from '../../api.js';
import { formatRange } from '../format.js';
import {
  type BookerErrors,
  type BookerValues,
  emptyBooker,
  refusalView,
  validateBooker,
} from '../parts/booker-state.js';
import { BookingForm } from '../parts/booking-form.js';
import { Loaded } from '../parts/load-state.js';
import { LocalText } from '../parts/local-text.js';
import { PhotoView } from '../parts/photo.js';
import { usePushOptIn } from '../parts/push-opt-in.js';
import { groupLabel } from '../parts/resource-facts.js';
import { seatsLabel } from '../parts/session-label.js';
import { paths, searchParam } from '../paths.js';
import { type Space, useSpace } from '../use-space.js';
import { courseWhere } from './courses.js';

const GROUPS: BookerGroup[] = [
  'resident',
  'school',
  'association',
  'business',
  'education_provider',
];
const SESSIONS_ID = 'experiment-space-sessions';

/** `/experimentierraum/kurse/:id`: one course; register for a date, or join its waitlist. */
export default function CourseScreen({ params }: ScreenProps) {
  const space = useSpace();
  const id = params.id ?? '';
  const course = useResource(
    () => space.api.get<CourseSummary>(`/courses/${encodeURIComponent(id)}`),
    [id],
  );
  return (
    <div className="experiment-space">
      <PageHeading>
        {course.state === 'ready' ? (
          <LocalText value={course.data.title} space={space} />
        ) : (
          space.t('courses.title')
        )}
      </PageHeading>
      <Loaded resource={course} space={space} notFound={space.t('courses.notFound')}>
        {(data) => <Registration course={data} space={space} />}
      </Loaded>
      <p>
        <Link to={paths.courses}>{space.t('courses.back')}</Link>
      </p>
    </div>
  );
}

function Registration({ course, space }: { course: CourseSummary; space: Space }) {
  const { t, text, locale } = space;
  const open = course.sessions.filter((s) => !s.cancelled && Date.parse(s.start) > Date.now());
  const [sessionId, setSessionId] = useState(() => {
    const wanted = searchParam('termin');
    return open.some((s) => s.id === wanted) ? (wanted as string) : (open[0]?.id ?? '');
  });
  const [values, setValues] = useState<BookerValues>(emptyBooker);
  const [errors, setErrors] = useState<BookerErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const key = useRef(attemptKey());
  const push = usePushOptIn();
  const session = open.find((s) => s.id === sessionId);
  const where = courseWhere(course, space);

  async function submit() {
    const found = validateBooker(values, t, {
      slotChosen: session !== undefined,
      maxSeats: course.seats,
    });
    setErrors(found);
    setGeneral(null);
    if (Object.keys(found).length || !session) return;
    const body: RegistrationRequest = {
      sessionId: session.id,
      name: values.name.trim(),
      email: values.email.trim(),
      group: values.group,
      locale,
      ...(values.group !== 'resident'
        ? { organisation: values.organisation.trim(), seats: Number(values.seats) }
        : {}),
      ...push.request(),
    };
    setSubmitting(true);
    try {
      const created = await space.api.post<BookingCreated>(
        `/courses/${encodeURIComponent(course.id)}/registrations`,
        body,
        { headers: { 'Idempotency-Key': key.current } },
      );
      space.navigate(paths.confirmation(created.token));
    } catch (error) {
      const view = refusalView(error as Error, t);
      setErrors(view.errors);
      setGeneral(view.general);
      key.current = keyAfter(error, key.current);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <>
      {course.photo ? <PhotoView photo={course.photo} space={space} place="page" /> : null}
      {text(course.description) ? (
        <p lang={space.lang(course.description)}>{text(course.description)}</p>
      ) : null}
      {course.provider ? (
        <p>
          {t('courses.provider')}: {course.provider}
        </p>
      ) : null}
      {where ? (
        <p>
          {t('courses.where')}: {where}
        </p>
      ) : null}
      <h2>{t('courses.registerHeading')}</h2>
      {open.length ? (
        <BookingForm
          space={space}
          values={values}
          errors={errors}
          general={general}
          groups={GROUPS.map((group) => ({ id: group, label: groupLabel(group, t) }))}
          slotFieldId={`${SESSIONS_ID}-${open[0]?.id}`}
          maxSeats={course.seats}
          push={push}
          submitting={submitting}
          submitLabel={
            session && session.seatsLeft > 0 ? t('courses.register') : t('courses.joinWaitlist')
          }
          onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
          onSubmit={submit}
        >
          <Fieldset legend={t('courses.chooseSession')}>
            {errors.slot ? (
              <p className="city-field__error">
                <VisuallyHidden>{t('form.errorPrefix')} </VisuallyHidden>
                {errors.slot}
              </p>
            ) : null}
            {open.map((s) => (
              <Radio
                key={s.id}
                id={`${SESSIONS_ID}-${s.id}`}
                name="session"
                value={s.id}
                checked={s.id === sessionId}
                onChange={() => setSessionId(s.id)}
                label={`${formatRange(s, locale)} – ${seatsLabel(s, t)}`}
              />
            ))}
          </Fieldset>
          {session && session.seatsLeft <= 0 ? <p>{t('courses.waitlistNote')}</p> : null}
        </BookingForm>
      ) : (
        <p>{t('courses.noSessions')}</p>
      )}
    </>
  );
}
