import { Button, Fieldset, Select, TextField } from '@city-app/ui';
import { failureText } from '@city-app/web';
import { useState } from 'react';
import type { LocationPage } from '../../api/staff.js';
import { locationLabel } from './location-label.js';
import { adminApi } from './paths.js';
import type { Staff } from './staff.js';

/** The street a calendar of one street belongs to: an existing one, a new one by name, or none. */
export type StreetChoice = { locationId: number } | { location: { name: string } } | null;

const NEW = 'new';

/** Finds a street by the start of its name and lets staff choose it (or add it). */
export function StreetPicker({
  staff,
  id,
  allowNew,
  error,
  onChange,
}: {
  staff: Staff;
  id: string;
  allowNew: boolean;
  error?: string;
  onChange(choice: StreetChoice): void;
}) {
  const { t, api } = staff;
  const [name, setName] = useState('');
  const [matches, setMatches] = useState<LocationPage['locations'] | null>(null);
  const [choice, setChoice] = useState('');
  const [failed, setFailed] = useState<string | null>(null);

  const choose = (value: string, typed = name) => {
    setChoice(value);
    if (value === NEW) onChange(typed.trim() ? { location: { name: typed.trim() } } : null);
    else onChange(value ? { locationId: Number(value) } : null);
  };

  async function find() {
    const q = name.trim();
    setFailed(null);
    if (!q) {
      setMatches(null);
      return choose('');
    }
    try {
      const page = await api.get<LocationPage>(
        `${adminApi.locations}?${new URLSearchParams({ q, limit: '20' })}`,
      );
      setMatches(page.locations);
      choose(page.locations[0] ? String(page.locations[0].id) : allowNew ? NEW : '', q);
    } catch (e) {
      setFailed(failureText(e, t));
    }
  }

  return (
    <Fieldset
      legend={t('waste.admin.import.street')}
      description={t('waste.admin.import.streetHint')}
    >
      <TextField
        id={`${id}-name`}
        maxLength={120}
        label={t('waste.admin.import.streetName')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={failed}
      />
      <Button type="button" variant="secondary" onClick={find}>
        {t('waste.admin.import.findStreet')}
      </Button>
      {matches ? (
        <Select
          id={id}
          label={t('waste.admin.import.chooseStreet')}
          value={choice}
          onChange={(e) => choose(e.currentTarget.value)}
          error={error}
          options={[
            ...matches.map((l) => ({ value: String(l.id), label: locationLabel(t, l) })),
            ...(allowNew && name.trim()
              ? [{ value: NEW, label: t('waste.admin.import.newStreet', { name: name.trim() }) }]
              : []),
            { value: '', label: t('waste.admin.import.noStreet') },
          ]}
        />
      ) : error ? (
        <p className="city-field__error">{error}</p>
      ) : null}
    </Fieldset>
  );
}
