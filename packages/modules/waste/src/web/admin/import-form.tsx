import { Button, Fieldset, Form, Radio, TextField } from '@city-app/ui';
import { useState } from 'react';
import { IMPORT_FORMATS, type ImportFormat } from '../../api/import-plan.js';
import { readBytes, toBase64 } from './base64.js';
import { CalendarUrlField, isCalendarUrl, type StaffFormProps, summaryOf } from './form-parts.js';
import { type StreetChoice, StreetPicker } from './street-picker.js';

/** What `POST /api/waste/admin/import` takes, without `dryRun`. */
export interface ImportRequest {
  format: ImportFormat;
  file?: string;
  url?: string;
  locationId?: number;
  location?: { name: string };
}

export const IMPORT_FIELDS = ['format', 'file', 'url', 'locationId', 'location'] as const;

/**
 * The calendar to import: its format, a file or an address, and — for a file of one street,
 * as most authorities publish — the street it belongs to, found by name or added.
 */
export function ImportForm({ staff, serverErrors, busy, onSubmit }: StaffFormProps<ImportRequest>) {
  const { t } = staff;
  const [format, setFormat] = useState<ImportFormat>('ics');
  const [from, setFrom] = useState<'file' | 'url'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState('');
  const [street, setStreet] = useState<StreetChoice>(null);
  const [checked, setChecked] = useState<Record<string, string>>({});
  const id = 'waste-import';

  const shown = { ...serverErrors, ...checked };
  // A refusal of a new street (`location`) is shown at the street picker (`locationId`).
  const errors = summaryOf(id, IMPORT_FIELDS, {
    ...shown,
    locationId: shown.locationId ?? shown.location,
    location: undefined,
  });

  return (
    <Form
      errors={errors}
      errorTitle={t('waste.admin.form.errors')}
      onSubmit={async () => {
        const found: Record<string, string> = {};
        if (from === 'file' && !file) found.file = t('waste.admin.import.fileMissing');
        if (from === 'url' && !isCalendarUrl(url)) {
          found.url = t('waste.admin.import.urlInvalid');
        }
        setChecked(found);
        if (Object.keys(found).length) return;
        const request: ImportRequest = { format };
        if (from === 'file' && file) request.file = toBase64(await readBytes(file));
        else request.url = url.trim();
        onSubmit({ ...request, ...street });
      }}
    >
      <Fieldset legend={t('waste.admin.import.format')}>
        {IMPORT_FORMATS.map((f) => (
          <Radio
            key={f}
            id={f === 'ics' ? `${id}-format` : `${id}-format-${f}`}
            name={`${id}-format`}
            value={f}
            checked={format === f}
            onChange={() => setFormat(f)}
            label={t(`waste.admin.import.format.${f}`)}
          />
        ))}
      </Fieldset>
      <Fieldset legend={t('waste.admin.import.from')}>
        <Radio
          id={`${id}-from-file`}
          name={`${id}-from`}
          value="file"
          checked={from === 'file'}
          onChange={() => setFrom('file')}
          label={t('waste.admin.import.fromFile')}
        />
        <Radio
          id={`${id}-from-url`}
          name={`${id}-from`}
          value="url"
          checked={from === 'url'}
          onChange={() => setFrom('url')}
          label={t('waste.admin.import.fromUrl')}
        />
      </Fieldset>
      {from === 'file' ? (
        <TextField
          id={`${id}-file`}
          type="file"
          accept=".ics,.ical,.csv,.txt,text/calendar,text/csv"
          label={t('waste.admin.import.file')}
          required
          error={shown.file}
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
      ) : (
        <CalendarUrlField
          staff={staff}
          id={`${id}-url`}
          value={url}
          error={shown.url}
          onChange={setUrl}
        />
      )}
      <StreetPicker
        staff={staff}
        id={`${id}-locationId`}
        allowNew
        error={shown.locationId ?? shown.location}
        onChange={setStreet}
      />
      <Button type="submit" busy={busy}>
        {t('waste.admin.import.dryRun')}
      </Button>
    </Form>
  );
}
