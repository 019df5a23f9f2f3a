import { Button, Form } from '@city-app/ui';
import { type ReactNode, useState } from 'react';
import type { Localized } from '../../../api/localized.js';
import type { StaffEvent } from '../../../api/staff-event.js';
import type { Venue } from '../../../api/venue.js';
import type { Staff } from '../staff.js';
import { MoreSection, WhatSection, WhenSection, WhereSection } from './event-sections.js';
import {
  EVENT_FIELDS,
  type EventFormInput,
  type EventFormState,
  fieldId,
  formStateOf,
  inputOf,
} from './form-state.js';
import { RepeatFields } from './repeat-fields.js';
import { followFirstDay } from './repeat-state.js';

/**
 * An event as staff write it: what, where, when, how it repeats, admission, link and image.
 * Errors (the form's own and the server's, by field) are listed at the top, each linking to
 * its control. Used for a new event and to change one; `submission` leaves out what only staff
 * add (English texts, the organiser's name, a last day, an image, other series than weekly).
 */
export function EventForm({
  staff,
  event,
  categories,
  venues,
  serverErrors,
  busy,
  submitLabel,
  onSubmit,
  children,
  extraErrors = [],
  checkExtra = () => true,
  submission = false,
}: {
  staff: Staff;
  event: StaffEvent | null;
  categories: Array<{ id: string; title: Localized }>;
  venues: Venue[];
  serverErrors: Record<string, string>;
  busy: boolean;
  submitLabel: string;
  onSubmit(input: EventFormInput): void;
  /** More fields before the button (an organiser's own), with their errors and check. */
  children?: ReactNode;
  extraErrors?: Array<{ fieldId: string; message: string }>;
  checkExtra?: () => boolean;
  /** An organiser's form: only what an organiser hands in. */
  submission?: boolean;
}) {
  const { t } = staff;
  const [state, setState] = useState<EventFormState>(() =>
    formStateOf(event, categories[0]?.id ?? ''),
  );
  const [checked, setChecked] = useState<Record<string, string>>({});
  const shown: Record<string, string | undefined> = { ...serverErrors, ...checked };
  const set = (change: Partial<EventFormState>) =>
    setState((s) => {
      const next = { ...s, ...change };
      // A new first day moves the weekday and day of the month the series part suggested.
      if (change.startDate !== undefined && change.startDate !== s.startDate) {
        next.repeat = followFirstDay(next.repeat, s.startDate, change.startDate);
      }
      return next;
    });
  const sections = { staff, state, errors: shown, set, submission };
  const imported =
    event?.rrule && !event.repeat ? { rrule: event.rrule, words: event.repeats } : null;

  return (
    <Form
      errors={[
        ...EVENT_FIELDS.filter((f) => shown[f]).map((f) => ({
          fieldId: fieldId(f),
          message: shown[f] as string,
        })),
        ...extraErrors,
      ]}
      errorTitle={t('events.staff.form.errors')}
      onSubmit={() => {
        const result = inputOf(state, t);
        setChecked(result.ok ? {} : result.errors);
        const extraOk = checkExtra();
        if (result.ok && extraOk) onSubmit(result.input);
      }}
    >
      <WhatSection {...sections} categories={categories} />
      <WhereSection {...sections} venues={venues} />
      <WhenSection {...sections} />
      <RepeatFields
        staff={staff}
        state={state.repeat}
        imported={imported}
        weeklyOnly={submission}
        errors={shown}
        onChange={(repeat) => set({ repeat })}
      />
      <MoreSection {...sections} />
      {children}
      <Button type="submit" busy={busy}>
        {submitLabel}
      </Button>
    </Form>
  );
}
