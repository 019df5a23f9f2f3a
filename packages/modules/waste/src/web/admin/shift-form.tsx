import { Button, Form, TextField } from '@city-app/ui';
import { useState } from 'react';
import type { PickupReason } from '../../api/staff.js';
import { ReasonSelect, type StaffFormProps, summaryOf } from './form-parts.js';

export const SHIFT_FIELDS = ['from', 'to', 'days', 'reason'] as const;
export type ShiftInput = { from: string; to: string; days: number; reason: PickupReason };

/** Moving all of a tour's dates in a range by some days ("a day later after Easter"). */
export function ShiftForm({ staff, serverErrors, busy, onSubmit }: StaffFormProps<ShiftInput>) {
  const { t } = staff;
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [days, setDays] = useState('1');
  const [reason, setReason] = useState<PickupReason>('holiday');
  const [checked, setChecked] = useState<Record<string, string>>({});
  const id = 'waste-shift';

  const own = (values: { from: string; to: string; days: string }) => {
    const found: Record<string, string> = {};
    if (!values.from) found.from = t('waste.admin.shift.fromMissing');
    if (!values.to) found.to = t('waste.admin.shift.toMissing');
    const n = Number(values.days);
    if (!Number.isInteger(n) || n === 0 || n < -14 || n > 14)
      found.days = t('waste.admin.shift.daysInvalid');
    return found;
  };
  const shown = { ...serverErrors, ...checked };
  const errors = summaryOf(id, SHIFT_FIELDS, shown);

  return (
    <Form
      errors={errors}
      errorTitle={t('waste.admin.form.errors')}
      onSubmit={() => {
        const found = own({ from, to, days });
        setChecked(found);
        if (Object.keys(found).length) return;
        onSubmit({ from, to, days: Number(days), reason });
      }}
    >
      <TextField
        id={`${id}-from`}
        type="date"
        required
        label={t('waste.admin.shift.from')}
        value={from}
        onChange={(e) => setFrom(e.currentTarget.value)}
        error={shown.from}
      />
      <TextField
        id={`${id}-to`}
        type="date"
        required
        label={t('waste.admin.shift.to')}
        value={to}
        onChange={(e) => setTo(e.currentTarget.value)}
        error={shown.to}
      />
      <TextField
        id={`${id}-days`}
        type="number"
        inputMode="numeric"
        min={-14}
        max={14}
        required
        label={t('waste.admin.shift.days')}
        description={t('waste.admin.shift.daysHint')}
        value={days}
        onChange={(e) => setDays(e.currentTarget.value)}
        error={shown.days}
      />
      <ReasonSelect
        staff={staff}
        id={`${id}-reason`}
        value={reason}
        onChange={setReason}
        error={shown.reason}
      />
      <Button type="submit" busy={busy}>
        {t('waste.admin.shift.submit')}
      </Button>
    </Form>
  );
}
