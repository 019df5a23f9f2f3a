import { WideTable } from '@city-app/ui';
import { StaffLink } from '@city-app/web';
import type { StaffReport } from '../../../api/staff-report.js';
import { CategoryLabel } from '../parts/category-label.js';
import { type Choices, departmentName } from '../parts/choices.js';
import { ageText, placeText, statusText } from '../parts/report-marks.js';
import { adminPaths } from '../paths.js';
import type { Staff } from '../staff.js';

/**
 * A page of the inbox: the number (a link to the report), category, place, how long it has
 * waited, the status, whether residents see it, and who has it.
 */
export function ReportTable({
  staff,
  reports,
  choices,
  now,
}: {
  staff: Staff;
  reports: StaffReport[];
  choices: Choices;
  now: number;
}) {
  const { t, locale } = staff;
  // Places and names are the town's words, in German, whatever language staff read.
  const german = locale === 'de' ? undefined : 'de';
  return (
    <WideTable label={t('reports.staff.inbox.table')}>
      <thead>
        <tr>
          <th scope="col">{t('reports.staff.report.number')}</th>
          <th scope="col">{t('reports.staff.report.category')}</th>
          <th scope="col">{t('reports.staff.report.place')}</th>
          <th scope="col">{t('reports.staff.report.age')}</th>
          <th scope="col">{t('reports.staff.report.status')}</th>
          <th scope="col">{t('reports.staff.report.moderation')}</th>
          <th scope="col">{t('reports.staff.report.handledBy')}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => (
          <tr key={r.publicId}>
            <th scope="row">
              <StaffLink staff={staff} to={adminPaths.report(r.publicId)}>
                {r.publicId}
              </StaffLink>
            </th>
            <td>
              <CategoryLabel categories={choices.categories} id={r.category} locale={locale} />
            </td>
            <td lang={r.address ? german : undefined}>{placeText(t, r)}</td>
            <td>{ageText(t, r.reportedAt, now)}</td>
            <td>{statusText(t, r)}</td>
            <td>
              {r.moderation === 'pending' ? (
                <strong>{t('reports.moderation.pending')}</strong>
              ) : (
                t(`reports.moderation.${r.moderation}`)
              )}
            </td>
            <td>
              <span lang={german}>{departmentName(choices, r.department)}</span>
              {r.assignee ? (
                <>
                  {', '}
                  <span lang={german}>{r.assignee.name}</span>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </WideTable>
  );
}
