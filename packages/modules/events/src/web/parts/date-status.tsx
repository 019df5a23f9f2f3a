import { formatLocalDate, type Locale, type Translate } from '@city-app/core';
import type { ReactNode } from 'react';

/** A date's state as the list and the event page show it. */
export interface DateState {
  status: 'scheduled' | 'cancelled' | 'moved';
  localDate: string;
  originalDate: string;
}

/**
 * "Abgesagt" or "Verlegt" in words, never by colour or strike-through alone. A moved date
 * names the day it had before (spelt by core, without `Intl`: the home card shows this too).
 */
export function DateStatus({ date, locale, t }: { date: DateState; locale: Locale; t: Translate }) {
  if (date.status === 'cancelled') return <strong>{t('events.status.cancelled')}</strong>;
  if (date.status !== 'moved') return null;
  return (
    <strong>
      {date.originalDate !== date.localDate
        ? t('events.status.movedFrom', {
            date: formatLocalDate(date.originalDate, locale, { weekday: true }),
          })
        : t('events.status.moved')}
    </strong>
  );
}

/** A cancelled date's words struck through (`del`), besides the "Abgesagt" beside them. */
export function Struck({ cancelled, children }: { cancelled: boolean; children: ReactNode }) {
  return cancelled ? <del>{children}</del> : children;
}
