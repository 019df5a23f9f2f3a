import { Button, Fieldset, Form, Radio, Select, TextField } from '@city-app/ui';
import { useState } from 'react';
import type { StaffLocation } from '../../api/staff.js';
import { summaryOf } from './form-parts.js';
import type { Staff } from './staff.js';

export const LOCATION_FIELDS = [
  'kind',
  'name',
  'district',
  'houseFrom',
  'houseTo',
  'parity',
] as const;

export type LocationInput = {
  kind: 'street' | 'area';
  name: string;
  district: string | null;
  houseFrom: number | null;
  houseTo: number | null;
  parity: 'all' | 'odd' | 'even';
};

const number = (text: string) => (text.trim() === '' ? null : Number(text));
const isHouseNumber = (text: string) => text.trim() === '' || /^\d{1,5}$/.test(text.trim());

/**
 * A street, the part of a street between two house numbers (perhaps only odd or even), or an
 * area such as a village. Used to add a location and to change one.
 */
export function LocationForm({
  staff,
  location,
  serverErrors,
  busy,
  submitLabel,
  onSubmit,
}: {
  staff: Staff;
  location: Omit<StaffLocation, 'id' | 'tours'> | null;
  serverErrors: Record<string, string>;
  busy: boolean;
  submitLabel: string;
  onSubmit(input: LocationInput): void;
}) {
  const { t } = staff;
  const id = location ? 'waste-location-edit' : 'waste-location-new';
  const [kind, setKind] = useState(location?.kind ?? 'street');
  const [name, setName] = useState(location?.name ?? '');
  const [district, setDistrict] = useState(location?.district ?? '');
  const [from, setFrom] = useState(location?.houseFrom?.toString() ?? '');
  const [to, setTo] = useState(location?.houseTo?.toString() ?? '');
  const [parity, setParity] = useState(location?.parity ?? 'all');
  const [checked, setChecked] = useState<Record<string, string>>({});

  const shown = { ...serverErrors, ...checked };
  const errors = summaryOf(id, LOCATION_FIELDS, shown);
  const street = kind === 'street';

  return (
    <Form
      errors={errors}
      errorTitle={t('waste.admin.form.errors')}
      onSubmit={() => {
        const found: Record<string, string> = {};
        if (!name.trim()) found.name = t('waste.admin.location.nameMissing');
        if (!isHouseNumber(from)) found.houseFrom = t('waste.admin.location.numberInvalid');
        if (!isHouseNumber(to)) found.houseTo = t('waste.admin.location.numberInvalid');
        setChecked(found);
        if (Object.keys(found).length) return;
        onSubmit({
          kind,
          name: name.trim(),
          district: district.trim() || null,
          houseFrom: street ? number(from) : null,
          houseTo: street ? number(to) : null,
          parity: street ? parity : 'all',
        });
      }}
    >
      <Fieldset legend={t('waste.admin.location.kind')}>
        {(['street', 'area'] as const).map((k) => (
          <Radio
            key={k}
            id={k === 'street' ? `${id}-kind` : `${id}-kind-${k}`}
            name={`${id}-kind`}
            value={k}
            checked={kind === k}
            onChange={() => setKind(k)}
            label={t(`waste.admin.location.kind.${k}`)}
          />
        ))}
      </Fieldset>
      <TextField
        id={`${id}-name`}
        required
        maxLength={120}
        label={t('waste.admin.location.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={shown.name}
      />
      <TextField
        id={`${id}-district`}
        maxLength={80}
        label={t('waste.admin.location.district')}
        description={t('waste.admin.location.districtHint')}
        value={district}
        onChange={(e) => setDistrict(e.currentTarget.value)}
        error={shown.district}
      />
      {street ? (
        <Fieldset
          legend={t('waste.admin.location.houses')}
          description={t('waste.admin.location.housesHint')}
        >
          <TextField
            id={`${id}-houseFrom`}
            inputMode="numeric"
            label={t('waste.admin.location.houseFrom')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            error={shown.houseFrom}
          />
          <TextField
            id={`${id}-houseTo`}
            inputMode="numeric"
            label={t('waste.admin.location.houseTo')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={shown.houseTo}
          />
          <Select
            id={`${id}-parity`}
            label={t('waste.admin.location.parity')}
            value={parity}
            onChange={(e) => setParity(e.currentTarget.value as LocationInput['parity'])}
            options={(['all', 'odd', 'even'] as const).map((p) => ({
              value: p,
              label: t(`waste.admin.parity.${p}`),
            }))}
            error={shown.parity}
          />
        </Fieldset>
      ) : null}
      <Button type="submit" busy={busy}>
        {submitLabel}
      </Button>
    </Form>
  );
}
