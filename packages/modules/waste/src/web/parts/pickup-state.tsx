import type { Locale, Translate } from '@city-app/core';
import type { Pickup } from '../../api/pickups.js';
import { formatDay } from './days.js';

/**
 * What sets a pickup apart from the plan: "fällt aus", or the reason it moved and the date
 * first published, struck through. Nothing for a pickup on its planned day.
 */
export function PickupState({
  pickup,
  locale,
  t,
}: {
  pickup: Pickup;
  locale: Locale;
  t: Translate;
}) {
  const note = pickup.note?.[locale];
  if (pickup.status === 'cancelled') {
    return (
      <>
        {' – '}
        <strong>{t('waste.cancelled')}</strong>
        {note ? ` (${note})` : null}
      </>
    );
  }
  const moved = pickup.plannedDate && pickup.plannedDate !== pickup.date;
  if (!moved && !note) return null;
  return (
    <>
      {moved ? (
        <>
          {' – '}
          {t(`waste.reason.${pickup.reason ?? 'other'}`)}
          {', '}
          {t('waste.insteadOf')}{' '}
          <del>{formatDay(pickup.plannedDate as string, locale, 'short')}</del>
        </>
      ) : null}
      {note ? ` (${note})` : null}
    </>
  );
}
