import { Button, Status, TextField, WideTable } from '@city-app/ui';
import { Loaded, StaffLink, useAction, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useState } from 'react';
import type { LocationPage, StaffLocation } from '../../api/staff.js';
import type { CalendarSummary } from '../../summary.js';
import { AdminPage } from './admin-page.js';
import { LOCATION_FIELDS, LocationForm } from './location-form.js';
import { locationLabel } from './location-label.js';
import { adminApi, adminPaths } from './paths.js';
import { type Staff, useStaff } from './staff.js';
import { TourList } from './tour-list.js';
import { TypeName } from './type-name.js';

const PAGE = 50;

/** `/admin/abfall/strassen`: find a street, see its tours, add a street; the tours. */
export default function LocationsScreen(_props: ScreenProps) {
  return <LocationsView staff={useStaff()} />;
}

export function LocationsView({ staff }: { staff: Staff }) {
  const { t, api } = staff;
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);
  const page = useResource(
    () =>
      api.get<LocationPage>(
        `${adminApi.locations}?${new URLSearchParams({ q: query, limit: String(PAGE), offset: String(offset) })}`,
      ),
    [query, offset],
  );
  const summary = useResource(() => api.get<CalendarSummary>(adminApi.summary), []);
  const types = summary.data?.types ?? [];
  const action = useAction(staff, LOCATION_FIELDS);

  return (
    <AdminPage staff={staff} section="locations" title={t('waste.admin.locations.title')}>
      <Status>{action.announcement}</Status>
      {/* biome-ignore lint/a11y/useSemanticElements: the search landmark on the form itself, as browsers without <search> know it */}
      <form
        role="search"
        className="waste-admin__search"
        onSubmit={(e) => {
          e.preventDefault();
          setOffset(0);
          setQuery(typed.trim());
        }}
      >
        <TextField
          type="search"
          maxLength={120}
          label={t('waste.admin.locations.search')}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
        />
        <Button type="submit">{t('waste.admin.locations.searchSubmit')}</Button>
      </form>
      <Loaded resource={page} staff={staff}>
        {(data) => (
          <>
            <p role="status">{t('waste.admin.locations.count', { count: data.total })}</p>
            {data.locations.length ? (
              <LocationTable staff={staff} locations={data.locations} types={types} />
            ) : null}
            <div className="waste-admin__actions">
              {offset > 0 ? (
                <Button variant="secondary" onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                  {t('waste.admin.locations.previous')}
                </Button>
              ) : null}
              {offset + PAGE < data.total ? (
                <Button variant="secondary" onClick={() => setOffset(offset + PAGE)}>
                  {t('waste.admin.locations.next')}
                </Button>
              ) : null}
            </div>
          </>
        )}
      </Loaded>

      <h2>{t('waste.admin.locations.new')}</h2>
      {action.failure ? <p className="city-field__error">{action.failure}</p> : null}
      <LocationForm
        staff={staff}
        location={null}
        serverErrors={action.errors}
        busy={action.busy === 'create'}
        submitLabel={t('waste.admin.locations.create')}
        onSubmit={async (input) => {
          const made = await action.run(
            'create',
            () => api.post<StaffLocation>(adminApi.locations, input),
            (l) => t('waste.admin.locations.created', { name: locationLabel(t, l) }),
          );
          if (made) staff.navigate(adminPaths.location(made.id));
        }}
      />

      <TourList staff={staff} types={types} />
    </AdminPage>
  );
}

function LocationTable({
  staff,
  locations,
  types,
}: {
  staff: Staff;
  locations: StaffLocation[];
  types: CalendarSummary['types'];
}) {
  const { t } = staff;
  return (
    <WideTable label={t('waste.admin.locations.title')}>
      <thead>
        <tr>
          <th scope="col">{t('waste.admin.location.name')}</th>
          <th scope="col">{t('waste.admin.locations.tours')}</th>
        </tr>
      </thead>
      <tbody>
        {locations.map((l) => (
          <tr key={l.id}>
            <th scope="row">
              <StaffLink staff={staff} to={adminPaths.location(l.id)}>
                {locationLabel(t, l)}
              </StaffLink>
            </th>
            <td>
              {l.tours.length ? (
                <ul className="waste-admin__plain-list">
                  {l.tours.map((tour) => (
                    <li key={tour.typeId}>
                      <TypeName staff={staff} types={types} typeId={tour.typeId} />: {tour.tourName}
                    </li>
                  ))}
                </ul>
              ) : (
                t('waste.admin.locations.noTours')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </WideTable>
  );
}
