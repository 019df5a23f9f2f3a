import { Button, Form, TextField } from '@city-app/ui';
import type { useAction } from '@city-app/web';
import { useState } from 'react';
import type { TourDetail } from '../../api/staff.js';
import { adminApi, adminPaths } from './paths.js';
import type { Staff } from './staff.js';

/** Renaming a tour, and deleting it with its dates. */
export function TourSettings({
  staff,
  tour,
  action,
  onRenamed,
}: {
  staff: Staff;
  tour: TourDetail;
  action: ReturnType<typeof useAction>;
  onRenamed(): void;
}) {
  const { t, api } = staff;
  const [name, setName] = useState(tour.name);
  const [missing, setMissing] = useState(false);
  const error = missing ? t('waste.admin.tours.nameMissing') : action.errors.name;
  return (
    <>
      <h2>{t('waste.admin.tour.rename')}</h2>
      <Form
        errors={error ? [{ fieldId: 'waste-tour-rename', message: error }] : []}
        errorTitle={t('waste.admin.form.errors')}
        onSubmit={async () => {
          setMissing(!name.trim());
          if (!name.trim()) return;
          const done = await action.run(
            'rename',
            () => api.patch<TourDetail>(adminApi.tour(tour.id), { name: name.trim() }),
            (renamed) => t('waste.admin.tour.renamed', { name: renamed.name }),
          );
          if (done) onRenamed();
        }}
      >
        <TextField
          id="waste-tour-rename"
          required
          maxLength={120}
          label={t('waste.admin.tours.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={error}
        />
        <Button type="submit" busy={action.busy === 'rename'}>
          {t('waste.admin.tour.renameSubmit')}
        </Button>
      </Form>
      <h2>{t('waste.admin.tour.delete')}</h2>
      <p>{t('waste.admin.tour.deleteLead')}</p>
      <Button
        variant="danger"
        busy={action.busy === 'delete'}
        onClick={async () => {
          const gone = await action.run(
            'delete',
            async () => {
              await api.delete(adminApi.tour(tour.id));
              return true;
            },
            () => t('waste.admin.tour.deleted', { name: tour.name }),
          );
          if (gone) staff.navigate(adminPaths.locations);
        }}
      >
        {t('waste.admin.tour.deleteSubmit', { name: tour.name })}
      </Button>
    </>
  );
}
