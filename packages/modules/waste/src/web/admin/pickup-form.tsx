import { Button, Form, type FormError, TextArea, TextField } from '@city-app/ui';
import { formatStaffDate } from '@city-app/web';
import { useEffect, useRef, useState } from 'react';
import type { PickupReason, StaffPickup } from '../../api/staff.js';
import { ReasonSelect } from './form-parts.js';
import type { Staff } from './staff.js';

export type PickupEdit = { kind: 'move' | 'cancel'; pickup: StaffPickup };
export type PickupEditInput = {
  date?: string;
  reason: PickupReason;
  note?: { de: string; en?: string };
};

export const PICKUP_FIELDS = ['date', 'reason', 'note'] as const;

/**
 * Moving or cancelling one pickup: the new day (for a move), the reason residents read, and
 * a note in German and, where wanted, English. Takes focus when it opens.
 */
export function PickupForm({
  staff,
  edit,
  serverErrors,
  busy,
  onSubmit,
  onClose,
}: {
  staff: Staff;
  edit: PickupEdit;
  serverErrors: Record<string, string>;
  busy: boolean;
  onSubmit(input: PickupEditInput): void;
  onClose(): void;
}) {
  const { t, locale } = staff;
  const [date, setDate] = useState('');
  const [reason, setReason] = useState<PickupReason>('holiday');
  const [noteDe, setNoteDe] = useState('');
  const [noteEn, setNoteEn] = useState('');
  const [missing, setMissing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = `waste-pickup-${edit.kind}`;
  useEffect(() => heading.current?.focus(), []);

  const moving = edit.kind === 'move';
  const errors: FormError[] = [];
  if (missing) errors.push({ fieldId: `${id}-date`, message: t('waste.admin.pickup.dateMissing') });
  for (const field of PICKUP_FIELDS) {
    const message = serverErrors[field];
    if (message) errors.push({ fieldId: `${id}-${field}`, message });
  }
  const day = formatStaffDate(edit.pickup.date, locale);

  return (
    <section aria-labelledby={`${id}-heading`} className="waste-admin__panel">
      <h2 id={`${id}-heading`} tabIndex={-1} ref={heading}>
        {t(moving ? 'waste.admin.pickup.moveTitle' : 'waste.admin.pickup.cancelTitle', {
          date: day,
        })}
      </h2>
      <Form
        errors={errors}
        errorTitle={t('waste.admin.form.errors')}
        onSubmit={() => {
          if (moving && !date) {
            setMissing(true);
            return;
          }
          setMissing(false);
          const note = noteDe.trim()
            ? { de: noteDe.trim(), ...(noteEn.trim() ? { en: noteEn.trim() } : {}) }
            : undefined;
          onSubmit({ ...(moving ? { date } : {}), reason, ...(note ? { note } : {}) });
        }}
      >
        {moving ? (
          <TextField
            id={`${id}-date`}
            type="date"
            label={t('waste.admin.pickup.newDate')}
            required
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={missing ? t('waste.admin.pickup.dateMissing') : serverErrors.date}
          />
        ) : null}
        <ReasonSelect
          staff={staff}
          id={`${id}-reason`}
          value={reason}
          onChange={setReason}
          error={serverErrors.reason}
        />
        <TextArea
          id={`${id}-note`}
          rows={2}
          maxLength={300}
          label={t('waste.admin.pickup.noteDe')}
          description={t('waste.admin.pickup.noteHint')}
          value={noteDe}
          onChange={(e) => setNoteDe(e.currentTarget.value)}
          error={serverErrors.note}
        />
        <TextArea
          id={`${id}-note-en`}
          rows={2}
          maxLength={300}
          label={t('waste.admin.pickup.noteEn')}
          value={noteEn}
          onChange={(e) => setNoteEn(e.currentTarget.value)}
        />
        <div className="waste-admin__actions">
          <Button type="submit" busy={busy}>
            {t(moving ? 'waste.admin.pickup.move' : 'waste.admin.pickup.cancel')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('waste.admin.pickup.keep')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
