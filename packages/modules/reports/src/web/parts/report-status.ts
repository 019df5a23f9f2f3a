import type { Translate } from '@city-app/core';
import type { ClosingReason, ReportStatus } from '../../status/status.js';

/** A status in words; a closed report always with the reason residents read. */
export function statusText(
  report: { status: ReportStatus; closingReason: ClosingReason | null },
  t: Translate,
): string {
  const status = t(`reports.status.${report.status}`);
  return report.status === 'closed' && report.closingReason
    ? t('reports.statusWithReason', {
        status,
        reason: t(`reports.closingReason.${report.closingReason}`),
      })
    : status;
}
