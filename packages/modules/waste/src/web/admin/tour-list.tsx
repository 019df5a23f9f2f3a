import { Alert, Button, Form, type FormError, Select, TextField, WideTable } from '@city-app/ui';
import { formatStaffDate, Loaded, StaffLink, useAction, useResource } from '@city-app/web';
import { useState } from 'react';
import type { TourDetail, TourList as Tours } from '../../api/staff.js';
import type { CalendarSummary } from '../../summary.js';

import { adminApi, adminPaths } from './paths.js';
import type { Staff } from './staff.js';
import { TypeName, typeOptions } from './type-name.js';

/** The tours with their next date and how many locations they serve, and a new tour. */
export function TourList({ staff, types }: { staff: Staff; types: CalendarSummary['types'] }) {
  const { t, locale, api } = staff;
  const tours = useResource(() => api.get<Tours>(adminApi.tours), []);
  const action = useAction(staff, ['typeId', 'name']);
  const [typeId, setTypeId] = useState('');
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const chosenType = typeId || types[0]?.id || '';
  const nameError = missing ? t('waste.admin.tours.nameMissing') : action.errors.name;
  const errors: FormError[] = [
    ...(nameError ? [{ fieldId: 'waste-tour-name', message: nameError }] : []),
    ...(action.errors.typeId
      ? [{ fieldId: 'waste-tour-type', message: action.errors.typeId }]
      : []),
  ];

  return (
    <section>
      <h2 id="waste-tours-heading">{t('waste.admin.tours.title')}</h2>
      <Loaded resource={tours} staff={staff}>
        {(data) =>
          data.tours.length ? (
            <WideTable label={t('waste.admin.tours.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('waste.admin.tours.name')}</th>
                  <th scope="col">{t('waste.admin.tours.type')}</th>
                  <th scope="col">{t('waste.admin.tours.next')}</th>
                  <th scope="col">{t('waste.admin.tours.locations')}</th>
                </tr>
              </thead>
              <tbody>
                {data.tours.map((tour) => (
                  <tr key={tour.id}>
                    <th scope="row">
                      <StaffLink staff={staff} to={adminPaths.tour(tour.id)}>
                        {tour.name}
                      </StaffLink>
                    </th>
                    <td>
                      <TypeName staff={staff} types={types} typeId={tour.typeId} />
                    </td>
                    <td>{tour.nextDate ? formatStaffDate(tour.nextDate, locale) : '–'}</td>
                    <td>{tour.locations}</td>
                  </tr>
                ))}
              </tbody>
            </WideTable>
          ) : (
            <p>{t('waste.admin.tours.empty')}</p>
          )
        }
      </Loaded>
      <h3>{t('waste.admin.tours.new')}</h3>
      {action.failure ? <Alert tone="error">{action.failure}</Alert> : null}
      <Form
        errors={errors}
        errorTitle={t('waste.admin.form.errors')}
        onSubmit={async () => {
          setMissing(!name.trim());
          if (!name.trim()) return;
          const made = await action.run(
            'create',
            () => api.post<TourDetail>(adminApi.tours, { typeId: chosenType, name: name.trim() }),
            (tour) => t('waste.admin.tours.created', { name: tour.name }),
          );
          if (made) staff.navigate(adminPaths.tour(made.id));
        }}
      >
        <Select
          id="waste-tour-type"
          label={t('waste.admin.tours.type')}
          value={chosenType}
          onChange={(e) => setTypeId(e.currentTarget.value)}
          options={typeOptions(staff, types)}
          error={action.errors.typeId}
        />
        <TextField
          id="waste-tour-name"
          required
          maxLength={120}
          label={t('waste.admin.tours.name')}
          description={t('waste.admin.tours.nameHint')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={nameError}
        />
        <Button type="submit" busy={action.busy === 'create'}>
          {t('waste.admin.tours.create')}
        </Button>
      </Form>
    </section>
  );
}
