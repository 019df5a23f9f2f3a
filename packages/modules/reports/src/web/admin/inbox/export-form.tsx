import { Button, Select, TextField } from '@city-app/ui';
import { useState } from 'react';
import type { StaffDepartment } from '../../../api/staff-departments.js';
import { adminApi } from '../paths.js';
import type { Staff } from '../staff.js';

/**
 * Every report as a spreadsheet: a plain form the browser sends to the export route, which
 * answers with the file to download (the session cookie goes with it). A field left empty
 * has no name, so it is not sent: the route reads an empty value as a wrong one.
 */
export function ExportForm({
  staff,
  departments,
}: {
  staff: Pick<Staff, 't'>;
  departments: StaffDepartment[];
}) {
  const { t } = staff;
  const [values, setValues] = useState({ department: '', from: '', to: '' });
  const named = (field: keyof typeof values) => (values[field] ? field : undefined);
  const set = (field: keyof typeof values) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
  };
  return (
    <section aria-labelledby="reports-export-heading">
      <h2 id="reports-export-heading">{t('reports.staff.export.title')}</h2>
      <p>{t('reports.staff.export.lead')}</p>
      <form method="get" action={adminApi.exportCsv} className="city-row-actions">
        <Select
          id="reports-export-department"
          name={named('department')}
          label={t('reports.staff.export.department')}
          value={values.department}
          onChange={set('department')}
          options={[
            { value: '', label: t('reports.staff.inbox.allDepartments') },
            ...departments.map((d) => ({ value: d.id, label: d.name })),
          ]}
        />
        <TextField
          type="date"
          name={named('from')}
          label={t('reports.staff.export.from')}
          value={values.from}
          onChange={set('from')}
        />
        <TextField
          type="date"
          name={named('to')}
          min={values.from || undefined}
          label={t('reports.staff.export.to')}
          value={values.to}
          onChange={set('to')}
        />
        <Button type="submit" variant="secondary">
          {t('reports.staff.export.download')}
        </Button>
      </form>
    </section>
  );
}
