import { RowActions, WideTable } from '@city-app/ui';
import type { ResponseTemplate } from '../../../api/staff-report.js';
import type { Staff } from '../staff.js';

/** The response templates with the status each suits and its text, each to edit or delete. */
export function TemplateTable({
  staff,
  templates,
  onEdit,
  onDelete,
}: {
  staff: Staff;
  templates: ResponseTemplate[];
  onEdit(template: ResponseTemplate): void;
  onDelete(template: ResponseTemplate): void;
}) {
  const { t, locale } = staff;
  const german = locale === 'de' ? undefined : 'de';
  if (!templates.length) return <p>{t('reports.staff.templates.none')}</p>;
  return (
    <WideTable label={t('reports.staff.templates.title')}>
      <thead>
        <tr>
          <th scope="col">{t('reports.staff.templates.titleField')}</th>
          <th scope="col">{t('reports.staff.templates.status')}</th>
          <th scope="col">{t('reports.staff.templates.text')}</th>
          <th scope="col">{t('reports.staff.templates.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {templates.map((x) => (
          <tr key={x.id}>
            <th scope="row" lang={german}>
              {x.title}
            </th>
            <td>
              {x.status ? t(`reports.status.${x.status}`) : t('reports.staff.templates.anyStatus')}
            </td>
            <td lang={german}>{x.text}</td>
            <td>
              <RowActions
                actions={[
                  {
                    word: t('reports.staff.templates.edit'),
                    name: t('reports.staff.templates.editName', { title: x.title }),
                    onClick: () => onEdit(x),
                  },
                  {
                    word: t('reports.staff.templates.delete'),
                    name: t('reports.staff.templates.deleteName', { title: x.title }),
                    variant: 'danger',
                    onClick: () => onDelete(x),
                  },
                ]}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </WideTable>
  );
}
