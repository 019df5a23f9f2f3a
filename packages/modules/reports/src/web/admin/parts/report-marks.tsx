import type { Translate } from '@city-app/core';
import type { StaffReport } from '../../../api/staff-report.js';

/** The status in words, with the closing reason when it was closed. */
export function statusText(
  t: Translate,
  report: Pick<StaffReport, 'status' | 'closingReason'>,
): string {
  const status = t(`reports.status.${report.status}`);
  return report.closingReason
    ? t('reports.staff.report.closedBecause', {
        status,
        reason: t(`reports.closingReason.${report.closingReason}`),
      })
    : status;
}

/** Where the report is: the address as given, else the point in degrees. */
export function placeText(t: Translate, report: Pick<StaffReport, 'address' | 'location'>) {
  if (report.address) return report.address;
  if (report.location) {
    return t('reports.staff.report.point', {
      lat: report.location.lat.toFixed(5),
      lon: report.location.lon.toFixed(5),
    });
  }
  return t('reports.staff.report.noPlace');
}

/** How long a report has waited, in whole days since `instant`: "heute", "1 Tag", "12 Tage". */
export function ageText(t: Translate, instant: string, now: number): string {
  const days = Math.max(0, Math.floor((now - Date.parse(instant)) / 86_400_000));
  return days === 0 ? t('reports.staff.report.today') : daysText(t, days);
}

/** A number of days in words, one or many. */
export const daysText = (t: Translate, days: number, shown: string = String(days)) =>
  t(days === 1 ? 'reports.staff.days.one' : 'reports.staff.days.other', { days: shown });
