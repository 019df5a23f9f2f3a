import type { Figures } from '../../../api/staff-report.js';
import { REPORT_STATUSES } from '../../../status/status.js';
import { FactList } from '../parts/fact-list.js';
import { daysText } from '../parts/report-marks.js';
import type { Staff } from '../staff.js';

/** The figures at the top of the inbox: open, by status, waiting for review, days to fixed. */
export function FiguresList({
  staff,
  figures,
}: {
  staff: Pick<Staff, 't' | 'locale'>;
  figures: Figures;
}) {
  const { t, locale } = staff;
  const number = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: 1,
  });
  const entries: Array<[string, string]> = [
    [t('reports.staff.figures.open'), number.format(figures.open)],
    [t('reports.staff.figures.pendingModeration'), number.format(figures.pendingModeration)],
    [
      t('reports.staff.figures.medianDays'),
      figures.medianDaysToFixed === null
        ? t('reports.staff.figures.noMedian')
        : daysText(t, figures.medianDaysToFixed, number.format(figures.medianDaysToFixed)),
    ],
    [t('reports.staff.figures.fixedLastYear'), number.format(figures.fixedLastYear)],
    ...REPORT_STATUSES.map((s): [string, string] => [
      t(`reports.status.${s}`),
      number.format(figures.byStatus[s] ?? 0),
    ]),
  ];
  return (
    <section aria-labelledby="reports-figures-heading">
      <h2 id="reports-figures-heading">{t('reports.staff.figures.title')}</h2>
      <FactList facts={entries} className="city-grid" />
    </section>
  );
}
