import { Button, Select, WideTable } from '@city-app/ui';
import type { useAction } from '@city-app/web';
import { StaffLink } from '@city-app/web';
import { useState } from 'react';
import type { StaffLocation, TourSummary } from '../../api/staff.js';
import type { CalendarSummary } from '../../summary.js';
import { adminApi, adminPaths } from './paths.js';
import type { Staff } from './staff.js';
import { TypeName } from './type-name.js';

/**
 * Per waste type, the tour that serves the location: choose one of that type's tours, or
 * none. A table, so each row reads "type – tour – actions".
 */
export function LocationTours({
  staff,
  location,
  types,
  tours,
  action,
  onChanged,
}: {
  staff: Staff;
  location: StaffLocation;
  types: CalendarSummary['types'];
  tours: TourSummary[];
  action: ReturnType<typeof useAction>;
  onChanged(): void;
}) {
  const { t, api, locale } = staff;
  const [chosen, setChosen] = useState<Record<string, string>>({});
  return (
    <WideTable label={t('waste.admin.location.tours')}>
      <thead>
        <tr>
          <th scope="col">{t('waste.admin.tours.type')}</th>
          <th scope="col">{t('waste.admin.location.tour')}</th>
          <th scope="col">{t('waste.admin.pickup.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {types.map((type) => {
          const current = location.tours.find((lt) => lt.typeId === type.id);
          const ofType = tours.filter((tour) => tour.typeId === type.id);
          const value = chosen[type.id] ?? String(current?.tourId ?? ofType[0]?.id ?? '');
          const typeName = type.name[locale] ?? type.name.de;
          return (
            <tr key={type.id}>
              <th scope="row">
                <TypeName staff={staff} types={types} typeId={type.id} />
              </th>
              <td>
                {current ? (
                  <StaffLink staff={staff} to={adminPaths.tour(current.tourId)}>
                    {current.tourName}
                  </StaffLink>
                ) : (
                  t('waste.admin.location.noTour')
                )}
              </td>
              <td>
                {ofType.length ? (
                  <div className="waste-admin__actions">
                    <Select
                      label={t('waste.admin.location.chooseTour', { type: typeName })}
                      value={value}
                      onChange={(e) => setChosen({ ...chosen, [type.id]: e.currentTarget.value })}
                      options={ofType.map((tour) => ({
                        value: String(tour.id),
                        label: tour.name,
                      }))}
                    />
                    <Button
                      variant="secondary"
                      busy={action.busy === `tour-${type.id}`}
                      onClick={async () => {
                        const done = await action.run(
                          `tour-${type.id}`,
                          () =>
                            api.put<StaffLocation>(adminApi.locationTour(location.id, type.id), {
                              tourId: Number(value),
                            }),
                          () => t('waste.admin.location.tourSet', { type: typeName }),
                        );
                        if (done) onChanged();
                      }}
                    >
                      {t('waste.admin.location.setTour', { type: typeName })}
                    </Button>
                    {current ? (
                      <Button
                        variant="secondary"
                        busy={action.busy === `clear-${type.id}`}
                        onClick={async () => {
                          const done = await action.run(
                            `clear-${type.id}`,
                            () =>
                              api.delete<StaffLocation>(
                                adminApi.locationTour(location.id, type.id),
                              ),
                            () => t('waste.admin.location.tourCleared', { type: typeName }),
                          );
                          if (done) onChanged();
                        }}
                      >
                        {t('waste.admin.location.clearTour', { type: typeName })}
                      </Button>
                    ) : null}
                  </div>
                ) : (
                  t('waste.admin.location.noToursOfType')
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </WideTable>
  );
}
