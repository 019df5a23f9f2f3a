import { isApiError, useAction } from '@city-app/web';
import type { StaffReportDetail } from '../../../api/staff-report.js';
import type { Staff } from '../staff.js';

/** What a section of the report's page tells the page: the report as it now is, or a clash. */
export interface ReportChanges {
  onChanged(report: StaffReportDetail): void;
  /** Someone else changed or merged the report first (409): the page explains and reloads. */
  onConflict(): void;
}

/**
 * One section's change of a report: posts `body`, hands the report the server answers with to
 * the page, and places a refusal at the section's field it names. A 409 also goes to the page.
 */
export function useReportAction(
  staff: Staff,
  fields: readonly string[],
  { onChanged, onConflict }: ReportChanges,
) {
  const action = useAction(staff, fields);
  const send = async (
    name: string,
    path: string,
    body: unknown,
    done: (report: StaffReportDetail) => string,
  ) => {
    const changed = await action.run(
      name,
      () =>
        staff.api.post<StaffReportDetail>(path, body).catch((error: unknown) => {
          if (isApiError(error) && error.status === 409) onConflict();
          throw error;
        }),
      done,
    );
    if (changed) onChanged(changed);
    return changed;
  };
  return { ...action, send };
}
