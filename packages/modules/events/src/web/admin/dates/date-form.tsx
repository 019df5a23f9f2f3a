import { Button, Form, TextArea, TextField } from '@city-app/ui';
import { formatStaffDate } from '@city-app/web';
import { useEffect, useRef, useState } from 'react';
import { EVENT_LIMITS } from '../../../api/event-input.js';
import type { Staff } from '../staff.js';
import type { DateEdit } from './date-table.js';

/** What a cancel or move sends; `to` only for a move. */
export type DateEditInput = { to?: string; startTime?: string; endTime?: string; note?: string };

/** The fields a refusal of a cancel or move may name, in the form's order. */
export const DATE_FIELDS = ['to', 'startTime', 'endTime', 'note'] as const;

const fieldId = (field: string) => `events-date-${field}`;

/**
 * Calling off or moving one date: the new day and, optionally, other times (for a move), and
 * a note residents read. Takes focus when it opens, so keyboard users land on it.
 */
export function DateForm({
  staff,
  edit,
  serverErrors,
  busy,
  onSubmit,
  onClose,
}: {
  staff: Staff;
  edit: DateEdit;
  serverErrors: Record<string, string>;
  busy: boolean;
  onSubmit(input: DateEditInput): void;
  onClose(): void;
}) {
  const { t, locale } = staff;
  const moving = edit.kind === 'move';
  const [to, setTo] = useState(moving ? edit.date.localDate : '');
  const [startTime, setStartTime] = useState('');
  const [endTime, setEndTime] = useState('');
  const [note, setNote] = useState(edit.date.note ?? '');
  const [missing, setMissing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const shown: Record<string, string | undefined> = {
    ...serverErrors,
    ...(missing ? { to: t('events.staff.dates.toMissing') } : {}),
  };
  const date = formatStaffDate(edit.date.originalDate, locale);

  return (
    <section aria-labelledby="events-date-heading" className="events-admin__panel">
      <h3 id="events-date-heading" tabIndex={-1} ref={heading}>
        {t(moving ? 'events.staff.dates.moveTitle' : 'events.staff.dates.cancelTitle', { date })}
      </h3>
      <Form
        errors={DATE_FIELDS.filter((f) => shown[f]).map((f) => ({
          fieldId: fieldId(f),
          message: shown[f] as string,
        }))}
        errorTitle={t('events.staff.form.errors')}
        onSubmit={() => {
          setMissing(moving && !to);
          if (moving && !to) return;
          const input: DateEditInput = {};
          if (moving) {
            input.to = to;
            if (startTime) input.startTime = startTime;
            if (endTime) input.endTime = endTime;
          }
          if (note.trim()) input.note = note.trim();
          onSubmit(input);
        }}
      >
        {moving ? (
          <>
            <TextField
              id={fieldId('to')}
              type="date"
              required
              label={t('events.staff.dates.to')}
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
              error={shown.to}
            />
            <TextField
              id={fieldId('startTime')}
              type="time"
              label={t('events.staff.dates.startTime')}
              description={t('events.staff.dates.timesHint')}
              value={startTime}
              onChange={(e) => setStartTime(e.currentTarget.value)}
              error={shown.startTime}
            />
            <TextField
              id={fieldId('endTime')}
              type="time"
              label={t('events.staff.dates.endTime')}
              value={endTime}
              onChange={(e) => setEndTime(e.currentTarget.value)}
              error={shown.endTime}
            />
          </>
        ) : null}
        <TextArea
          id={fieldId('note')}
          rows={2}
          maxLength={EVENT_LIMITS.note}
          label={t('events.staff.dates.noteLabel')}
          description={t('events.staff.dates.noteHint')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={shown.note}
        />
        <div className="events-admin__actions">
          <Button type="submit" busy={busy}>
            {t(moving ? 'events.staff.dates.moveSubmit' : 'events.staff.dates.cancelSubmit')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('events.staff.dates.keep')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
