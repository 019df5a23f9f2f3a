import { Button, Dialog, Status } from '@city-app/ui';
import { ActionFailure, Loaded, useAction, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useEffect, useRef, useState } from 'react';
import type { ResponseTemplate } from '../../api/staff-report.js';
import { AdminPage } from './admin-page.js';
import { adminApi } from './paths.js';
import { type Staff, useStaff } from './staff.js';
import { TEMPLATE_FIELDS, TemplateForm } from './templates/template-form.js';
import { TemplateTable } from './templates/template-table.js';

/** `/admin/maengelmelder/vorlagen`: the public notes staff write again and again. */
export default function TemplatesScreen(_props: ScreenProps) {
  return <TemplatesView staff={useStaff()} />;
}

export function TemplatesView({ staff }: { staff: Staff }) {
  const { t, api } = staff;
  const templates = useResource(
    () => api.get<{ items: ResponseTemplate[] }>(adminApi.templates),
    [],
  );
  const action = useAction(staff, TEMPLATE_FIELDS);
  const [editing, setEditing] = useState<ResponseTemplate | null>(null);
  const [deleting, setDeleting] = useState<ResponseTemplate | null>(null);
  // A new empty form after each template added.
  const [added, setAdded] = useState(0);
  // Keyboard users land on the edit form as it opens.
  const editHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (editing) editHeading.current?.focus();
  }, [editing]);

  const run = async <T,>(name: string, work: () => Promise<T>, done: (r: T) => string) => {
    const result = await action.run(name, work, done);
    if (result !== undefined) templates.reload();
    return result;
  };

  return (
    <AdminPage staff={staff} section="templates" title={t('reports.staff.templates.title')}>
      <p>{t('reports.staff.templates.lead')}</p>
      <Status>{action.announcement}</Status>
      <ActionFailure staff={staff} failure={action.failure} />
      <Loaded resource={templates} staff={staff}>
        {(data) => (
          <TemplateTable
            staff={staff}
            templates={data.items}
            onEdit={setEditing}
            onDelete={setDeleting}
          />
        )}
      </Loaded>

      {editing ? (
        <section aria-labelledby="reports-template-edit-heading">
          <h2 id="reports-template-edit-heading" tabIndex={-1} ref={editHeading}>
            {t('reports.staff.templates.editTitle', { title: editing.title })}
          </h2>
          <TemplateForm
            key={editing.id}
            staff={staff}
            template={editing}
            serverErrors={action.errors}
            busy={action.busy === 'save'}
            submitLabel={t('reports.staff.templates.save')}
            onSubmit={async (input) => {
              const saved = await run(
                'save',
                () => api.put<ResponseTemplate>(adminApi.template(editing.id), input),
                (x) => t('reports.staff.templates.saved', { title: x.title }),
              );
              if (saved) setEditing(null);
            }}
          />
          <Button variant="secondary" onClick={() => setEditing(null)}>
            {t('reports.staff.templates.cancelEdit')}
          </Button>
        </section>
      ) : (
        <section aria-labelledby="reports-template-new-heading">
          <h2 id="reports-template-new-heading">{t('reports.staff.templates.new')}</h2>
          <TemplateForm
            key={added}
            staff={staff}
            template={null}
            serverErrors={action.errors}
            busy={action.busy === 'create'}
            submitLabel={t('reports.staff.templates.create')}
            onSubmit={async (input) => {
              const made = await run(
                'create',
                () => api.post<ResponseTemplate>(adminApi.templates, input),
                (x) => t('reports.staff.templates.created', { title: x.title }),
              );
              if (made) setAdded((n) => n + 1);
            }}
          />
        </section>
      )}

      <Dialog
        open={deleting !== null}
        title={t('reports.staff.templates.deleteTitle')}
        onClose={() => setDeleting(null)}
        actions={
          <Button
            variant="danger"
            onClick={async () => {
              const template = deleting;
              setDeleting(null);
              if (!template) return;
              await run(
                'delete',
                () => api.delete(adminApi.template(template.id)).then(() => template),
                (x) => t('reports.staff.templates.deleted', { title: x.title }),
              );
            }}
          >
            {t('reports.staff.templates.deleteConfirm')}
          </Button>
        }
      >
        <p>
          {deleting ? t('reports.staff.templates.deleteText', { title: deleting.title }) : null}
        </p>
      </Dialog>
    </AdminPage>
  );
}
