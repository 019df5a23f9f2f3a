import { formatStaffInstant, StaffLink } from '@city-app/web';
import type { ReactNode } from 'react';
import type { StaffReportDetail } from '../../../api/staff-report.js';
import { CategoryLabel } from '../parts/category-label.js';
import { type Choices, departmentName } from '../parts/choices.js';
import { FactList } from '../parts/fact-list.js';
import { placeText, statusText } from '../parts/report-marks.js';
import { adminPaths } from '../paths.js';
import type { Staff } from '../staff.js';

/**
 * Everything about a report: what, where, when, who has it, what the resident wrote and what
 * residents read, whether the photo is released, and how to reach the reporter — shown on this page only.
 */
export function ReportFacts({
  staff,
  report,
  choices,
}: {
  staff: Staff;
  report: StaffReportDetail;
  choices: Choices;
}) {
  const { t, locale, timeZone } = staff;
  const german = locale === 'de' ? undefined : 'de';
  const when = (instant: string) => formatStaffInstant(instant, locale, timeZone);
  const facts: Array<[string, ReactNode]> = [
    [t('reports.staff.report.status'), statusText(t, report)],
    [t('reports.staff.report.moderation'), t(`reports.moderation.${report.moderation}`)],
    [
      t('reports.staff.report.category'),
      <CategoryLabel
        key="c"
        categories={choices.categories}
        id={report.category}
        locale={locale}
      />,
    ],
    [
      t('reports.staff.report.place'),
      <span key="p" lang={report.address ? german : undefined}>
        {placeText(t, report)}
      </span>,
    ],
    [t('reports.staff.report.reportedAt'), when(report.reportedAt)],
    [t('reports.staff.report.updatedAt'), when(report.updatedAt)],
    [
      t('reports.staff.report.department'),
      <span key="d" lang={german}>
        {departmentName(choices, report.department)}
      </span>,
    ],
    [
      t('reports.staff.report.assignee'),
      report.assignee ? (
        <span key="a" lang={german}>
          {report.assignee.name}
        </span>
      ) : (
        t('reports.staff.report.nobody')
      ),
    ],
    [
      t('reports.staff.report.email'),
      report.reporterEmail ? (
        <a key="e" href={`mailto:${report.reporterEmail}`}>
          {report.reporterEmail}
        </a>
      ) : (
        t('reports.staff.report.noEmail')
      ),
    ],
    [t('reports.staff.report.language'), t(`reports.staff.report.language.${report.language}`)],
    [t('reports.staff.report.followers'), String(report.followers)],
    [
      t('reports.staff.report.original'),
      report.originalDescription ? (
        <span key="o" lang={german}>
          {report.originalDescription}
        </span>
      ) : (
        t('reports.staff.report.noDescription')
      ),
    ],
    [
      t('reports.staff.report.publicDescription'),
      report.description ? (
        <span key="w" lang={german}>
          {report.description}
        </span>
      ) : (
        t('reports.staff.report.noDescription')
      ),
    ],
  ];
  if (report.mergedInto) {
    facts.push([
      t('reports.staff.report.mergedInto'),
      <StaffLink key="m" staff={staff} to={adminPaths.report(report.mergedInto)}>
        {report.mergedInto}
      </StaffLink>,
    ]);
  }
  return (
    <section aria-labelledby="reports-facts-heading">
      <h2 id="reports-facts-heading">{t('reports.staff.report.facts')}</h2>
      <FactList facts={facts} />
      {/* The photo itself is shown where staff can make parts of it unrecognisable. */}
      <p>
        {t(
          !report.hasPhoto
            ? 'reports.staff.report.noPhoto'
            : report.photoPublic
              ? 'reports.staff.report.photoPublic'
              : 'reports.staff.report.photoInternal',
        )}
      </p>
    </section>
  );
}
