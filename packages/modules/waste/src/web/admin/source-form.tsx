import { Button, Form, Select, TextField } from '@city-app/ui';
import { useState } from 'react';
import { IMPORT_FORMATS, type ImportFormat } from '../../api/import-plan.js';
import { CalendarUrlField, isCalendarUrl, type StaffFormProps, summaryOf } from './form-parts.js';
import { type StreetChoice, StreetPicker } from './street-picker.js';

export const SOURCE_FIELDS = ['name', 'format', 'url', 'locationId'] as const;
export type NewSource = { name: string; format: ImportFormat; url: string; locationId?: number };

/** A new address to import again on a schedule, with the street its calendar is for. */
export function SourceForm({ staff, serverErrors, busy, onSubmit }: StaffFormProps<NewSource>) {
  const { t } = staff;
  const id = 'waste-source';
  const [name, setName] = useState('');
  const [format, setFormat] = useState<ImportFormat>('ics');
  const [url, setUrl] = useState('');
  const [street, setStreet] = useState<StreetChoice>(null);
  const [checked, setChecked] = useState<Record<string, string>>({});
  const shown = { ...serverErrors, ...checked };
  const errors = summaryOf(id, SOURCE_FIELDS, shown);

  return (
    <Form
      errors={errors}
      errorTitle={t('waste.admin.form.errors')}
      onSubmit={() => {
        const found: Record<string, string> = {};
        if (!name.trim()) found.name = t('waste.admin.sources.nameMissing');
        if (!isCalendarUrl(url)) found.url = t('waste.admin.import.urlInvalid');
        setChecked(found);
        if (Object.keys(found).length) return;
        const locationId = street && 'locationId' in street ? street.locationId : undefined;
        onSubmit({
          name: name.trim(),
          format,
          url: url.trim(),
          ...(locationId ? { locationId } : {}),
        });
      }}
    >
      <TextField
        id={`${id}-name`}
        required
        maxLength={120}
        label={t('waste.admin.sources.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={shown.name}
      />
      <Select
        id={`${id}-format`}
        label={t('waste.admin.import.format')}
        value={format}
        onChange={(e) => setFormat(e.currentTarget.value as ImportFormat)}
        error={shown.format}
        options={IMPORT_FORMATS.map((f) => ({
          value: f,
          label: t(`waste.admin.import.format.${f}`),
        }))}
      />
      <CalendarUrlField
        staff={staff}
        id={`${id}-url`}
        value={url}
        error={shown.url}
        onChange={setUrl}
      />
      <StreetPicker
        staff={staff}
        id={`${id}-locationId`}
        allowNew={false}
        error={shown.locationId}
        onChange={setStreet}
      />
      <Button type="submit" busy={busy}>
        {t('waste.admin.sources.create')}
      </Button>
    </Form>
  );
}
