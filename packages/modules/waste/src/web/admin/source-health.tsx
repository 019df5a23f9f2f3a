import { formatStaffInstant } from '@city-app/web';
import type { Staff } from './staff.js';

/** A calendar address imported again on a schedule, as `GET /api/waste/admin/sources` lists it. */
export interface Source {
  id: number;
  name: string;
  format: 'ics' | 'csv' | 'sva';
  url: string;
  locationId: number | null;
  active: boolean;
  lastCheckedAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  failures: number;
  lastSummary: unknown;
}

/** Whether a source works, in words (never colour alone): paused, not yet read, fine, failing. */
export function SourceHealth({
  staff,
  source,
}: {
  staff: Pick<Staff, 't' | 'locale'>;
  source: Source;
}) {
  const { t, locale } = staff;
  const when = (at: string | null) =>
    at ? formatStaffInstant(at, locale) : t('waste.admin.sources.never');
  if (!source.active) return <span>{t('waste.admin.sources.paused')}</span>;
  if (!source.lastCheckedAt) return <span>{t('waste.admin.sources.notYet')}</span>;
  if (source.failures > 0) {
    return (
      <span>
        <strong>{t('waste.admin.sources.failing', { count: source.failures })}</strong>{' '}
        {source.lastError ?? ''}{' '}
        {t('waste.admin.sources.lastSuccess', { at: when(source.lastSuccessAt) })}
      </span>
    );
  }
  return <span>{t('waste.admin.sources.ok', { at: when(source.lastSuccessAt) })}</span>;
}
