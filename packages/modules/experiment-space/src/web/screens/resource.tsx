import { Fieldset, PageHeading, Select } from '@city-app/ui';
import { attemptKey, keyAfter, Link, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useRef, useState } from 'react';
import type {
  BookerGroup,
  BookingCreated,
  BookingRequest,
  DaySlots,
  FreeTime,
  ResourceDetail,
} from '../../api.js';
import { addDays, formatMinutes, todayIn } from '../format.js';
import {
  type BookerErrors,
  type BookerValues,
  bookerFieldId,
  emptyBooker,
  refusalView,
  validateBooker,
} from '../parts/booker-state.js';
import { BookingForm } from '../parts/booking-form.js';
import { durationChoices } from '../parts/durations.js';
import { Loaded } from '../parts/load-state.js';
import { LocalText } from '../parts/local-text.js';
import { usePushOptIn } from '../parts/push-opt-in.js';
import { groupLabel, ResourceFacts } from '../parts/resource-facts.js';
import { SLOTS_HEADING_ID, SlotList } from '../parts/slot-list.js';
import { paths, replaceSearch, searchParam } from '../paths.js';
import { type Space, useSpace } from '../use-space.js';

/** `/experimentierraum/buchen/:id`: one resource, its free times per day, and the booking form. */
export default function ResourceScreen({ params }: ScreenProps) {
  const space = useSpace();
  const id = params.id ?? '';
  const resource = useResource(
    () => space.api.get<ResourceDetail>(`/resources/${encodeURIComponent(id)}`),
    [id],
  );
  return (
    <div className="experiment-space">
      <PageHeading>
        {resource.state === 'ready' ? (
          <LocalText value={resource.data.name} space={space} />
        ) : (
          space.t('resource.title')
        )}
      </PageHeading>
      <Loaded resource={resource} space={space} notFound={space.t('resource.notFound')}>
        {(data) => (
          <>
            <ResourceFacts resource={data} space={space} />
            <Booking resource={data} space={space} />
          </>
        )}
      </Loaded>
      <p>
        <Link to={paths.catalogue}>{space.t('backToCatalogue')}</Link>
      </p>
    </div>
  );
}

function Booking({ resource, space }: { resource: ResourceDetail; space: Space }) {
  const { t, locale } = space;
  const today = todayIn(space.timeZone);
  const groups = resource.bookableBy;
  const [values, setValues] = useState<BookerValues>(() => ({
    ...emptyBooker(),
    group: groups.includes('resident') ? 'resident' : (groups[0] as BookerGroup),
  }));
  const rules = { ...resource.rules, ...resource.groupRules[values.group] };
  const durations = durationChoices(rules);
  const [duration, setDuration] = useState(() => durations[0] ?? 60);
  const [date, setDate] = useState(() => {
    const wanted = searchParam('tag');
    return wanted && wanted >= today ? wanted : today;
  });
  const [selected, setSelected] = useState<FreeTime | null>(null);
  const [errors, setErrors] = useState<BookerErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [alternatives, setAlternatives] = useState<FreeTime[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const key = useRef(attemptKey());
  const push = usePushOptIn();
  const maxDate = addDays(today, Math.max(0, rules.maxHorizonDays - 1));

  const slots = useResource(() => {
    const query = new URLSearchParams({
      date,
      duration: String(duration),
      group: values.group,
    });
    return space.api.get<DaySlots>(`/resources/${encodeURIComponent(resource.id)}/slots?${query}`);
  }, [resource.id, date, duration, values.group]);

  const changeDay = (next: string) => {
    setDate(next);
    replaceSearch({ tag: next === today ? null : next });
  };

  const choose = (slot: FreeTime) => {
    setSelected(slot);
    key.current = attemptKey();
    setErrors((current) => ({ ...current, slot: undefined }));
  };

  async function submit() {
    const found = validateBooker(values, t, { slotChosen: selected !== null });
    setErrors(found);
    setGeneral(null);
    if (Object.keys(found).length || !selected) return;
    const body: BookingRequest = {
      resourceId: resource.id,
      start: selected.startLocal,
      durationMinutes: duration,
      name: values.name.trim(),
      email: values.email.trim(),
      group: values.group,
      locale,
      ...(values.group !== 'resident' ? { organisation: values.organisation.trim() } : {}),
      ...(values.note.trim() ? { note: values.note.trim() } : {}),
      ...push.request(),
    };
    setSubmitting(true);
    try {
      const created = await space.api.post<BookingCreated>('/bookings', body, {
        headers: { 'Idempotency-Key': key.current },
      });
      space.navigate(paths.confirmation(created.token));
    } catch (error) {
      const view = refusalView(error as Error, t);
      setErrors(view.errors);
      setGeneral(view.general);
      setAlternatives(view.alternatives);
      if (view.alternatives.length || view.errors.slot) {
        setSelected(null);
        slots.reload();
      }
      key.current = keyAfter(error, key.current);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <section aria-labelledby="experiment-space-book">
      <h2 id="experiment-space-book">{t('book.heading')}</h2>
      {resource.approvalRequired ? <p>{t('book.approvalNote')}</p> : null}
      <BookingForm
        space={space}
        values={values}
        errors={errors}
        general={general}
        alternatives={alternatives}
        groups={groups.map((group) => ({ id: group, label: groupLabel(group, t) }))}
        showGroup={false}
        withNote
        push={push}
        submitting={submitting}
        submitLabel={resource.approvalRequired ? t('book.request') : t('book.submit')}
        onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
        onAlternative={(slot) => {
          changeDay(slot.startLocal.slice(0, 10));
          choose(slot);
          setAlternatives([]);
          document.getElementById(SLOTS_HEADING_ID)?.focus();
        }}
        onSubmit={submit}
      >
        <Fieldset legend={t('book.what')}>
          <Select
            id="experiment-space-duration"
            label={t('book.duration')}
            value={String(duration)}
            onChange={(event) => {
              setDuration(Number(event.currentTarget.value));
              setSelected(null);
            }}
            options={durations.map((minutes) => ({
              value: String(minutes),
              label: formatMinutes(minutes, locale),
            }))}
          />
          {groups.length > 1 ? (
            <Select
              id={bookerFieldId('group')}
              label={t('form.group')}
              description={t('form.groupHint')}
              value={values.group}
              error={errors.group ?? null}
              onChange={(event) => {
                const group = event.currentTarget.value as BookerGroup;
                setValues((current) => ({ ...current, group }));
                setSelected(null);
              }}
              options={groups.map((group) => ({ value: group, label: groupLabel(group, t) }))}
            />
          ) : null}
        </Fieldset>
        <SlotList
          space={space}
          headingLevel={3}
          date={date}
          minDate={today}
          maxDate={maxDate}
          day={slots.state === 'ready' ? slots.data : null}
          failed={slots.state === 'failed'}
          selected={selected}
          error={errors.slot ?? null}
          onDate={changeDay}
          onSelect={choose}
          onRetry={slots.reload}
        />
      </BookingForm>
    </section>
  );
}
