import type { Locale, Translate } from '@city-app/core';

/** A point's degrees as people read them: five decimals (about a metre), the locale's comma. */
export function degrees(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: 5,
    minimumFractionDigits: 5,
  }).format(value);
}

/** Where a report is, in words: its address, else its point, else that none was given. */
export function placeText(
  report: { address: string | null; location: { lat: number; lon: number } | null },
  t: Translate,
  locale: Locale,
): string {
  if (report.address) return report.address;
  if (report.location) {
    return t('reports.place.point', {
      lat: degrees(report.location.lat, locale),
      lon: degrees(report.location.lon, locale),
    });
  }
  return t('reports.place.none');
}
