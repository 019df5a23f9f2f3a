import type { Locale, Translate } from '@city-app/core';
import { Alert, Button, Status, TextField } from '@city-app/ui';
import { type ReactNode, useState } from 'react';
import { MapSlot, type Point } from '../parts/map-slot.js';
import { degrees } from '../parts/place.js';
import { fieldId } from './draft.js';
import { locate } from './locate.js';

/**
 * Step 2: an address typed in — the way that works with keyboard and screen reader alone —
 * and "Meinen Standort verwenden". A map goes into `map` and picks through `onPoint`.
 */
export function WhereStep({
  address,
  point,
  accuracy,
  error,
  onAddress,
  onPoint,
  t,
  locale,
  map,
}: {
  address: string;
  point: Point | null;
  accuracy: number | null;
  error: string | undefined;
  onAddress(address: string): void;
  onPoint(point: Point | null, accuracy: number | null): void;
  t: Translate;
  locale: Locale;
  map?: ReactNode;
}) {
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  async function takeLocation() {
    setLocating(true);
    setProblem(null);
    setAnnouncement(t('reports.new.locating'));
    const found = await locate(globalThis.navigator?.geolocation);
    setLocating(false);
    if ('problem' in found) {
      setProblem(t(found.problem));
      setAnnouncement('');
      return;
    }
    onPoint(found.point, found.accuracy);
    setAnnouncement(located(found.point, found.accuracy));
  }

  // A position from the device says how exact it is; a point picked on a map does not.
  const located = (at: Point, metres: number | null) => {
    const where = { lat: degrees(at.lat, locale), lon: degrees(at.lon, locale) };
    return metres === null
      ? t('reports.new.pointPicked', where)
      : t('reports.new.located', { ...where, accuracy: metres });
  };

  return (
    <section aria-labelledby="reports-where">
      <h2 id="reports-where">{t('reports.new.where')}</h2>
      <p>{t('reports.new.whereLead')}</p>
      <TextField
        id={fieldId('address')}
        name="address"
        label={t('reports.new.address')}
        description={t('reports.new.addressHint')}
        error={error}
        autoComplete="street-address"
        maxLength={200}
        value={address}
        onChange={(event) => onAddress(event.currentTarget.value)}
      />
      <p>
        <Button type="button" variant="secondary" disabled={locating} onClick={takeLocation}>
          {t('reports.new.locate')}
        </Button>
      </p>
      {point ? (
        <p>
          {located(point, accuracy)}{' '}
          <Button
            type="button"
            variant="link"
            onClick={() => {
              onPoint(null, null);
              setAnnouncement(t('reports.new.locationRemoved'));
            }}
          >
            {t('reports.new.forgetLocation')}
          </Button>
        </p>
      ) : null}
      {problem ? (
        <Alert tone="warning">
          <p>{problem}</p>
        </Alert>
      ) : null}
      <Status visuallyHidden>{announcement}</Status>
      <MapSlot label={t('reports.new.mapArea')}>{map}</MapSlot>
    </section>
  );
}
