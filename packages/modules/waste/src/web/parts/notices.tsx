import type { Locale, Translate } from '@city-app/core';
import { Alert } from '@city-app/ui';

/** Until staff import the authority's dates, every screen says the dates are samples. */
export function SampleNotice({ t }: { t: Translate }) {
  return (
    <Alert tone="warning" title={t('waste.sample')} live="off">
      <p>{t('waste.sampleHint')}</p>
    </Alert>
  );
}

const STAND = {
  de: new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
};

/** Offline: the dates shown are the ones saved on the device, as of `since`. */
export function StaleNotice({ since, t, locale }: { since: string; t: Translate; locale: Locale }) {
  return (
    <Alert tone="info">
      <p>{t('waste.offline', { date: STAND[locale].format(new Date(since)) })}</p>
    </Alert>
  );
}
