import { RowActions, WideTable } from '@city-app/ui';
import type { Venue } from '../../../api/venue.js';
import { GermanText } from '../../parts/localized-text.js';
import { SampleMark } from '../events-list/event-marks.js';
import type { Staff } from '../staff.js';

const FACTS = ['stepFree', 'accessibleToilet', 'hearingLoop'] as const;

/** The venues with address and accessibility in words, each to edit or delete. */
export function VenueTable({
  staff,
  venues,
  onEdit,
  onDelete,
}: {
  staff: Staff;
  venues: Venue[];
  onEdit(venue: Venue): void;
  onDelete(venue: Venue): void;
}) {
  const { t, locale } = staff;
  if (!venues.length) return <p>{t('events.staff.venues.none')}</p>;
  return (
    <WideTable label={t('events.staff.venues.title')}>
      <thead>
        <tr>
          <th scope="col">{t('events.staff.venue.name')}</th>
          <th scope="col">{t('events.staff.venues.address')}</th>
          <th scope="col">{t('events.staff.venues.access')}</th>
          <th scope="col">{t('events.staff.venues.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {venues.map((v) => {
          const facts = FACTS.filter((f) => v.accessibility[f]).map((f) =>
            t(`events.staff.venue.${f}`),
          );
          const address = [v.street, [v.postcode, v.locality].filter(Boolean).join(' ')]
            .filter(Boolean)
            .join(', ');
          return (
            <tr key={v.id}>
              <th scope="row">
                <GermanText text={v.name} locale={locale} />
                {v.sample ? (
                  <>
                    {' '}
                    <SampleMark t={t} />
                  </>
                ) : null}
              </th>
              <td>{address ? <GermanText text={address} locale={locale} /> : '–'}</td>
              <td>
                {facts.length || v.accessibility.note ? (
                  <ul className="events-admin__marks-list">
                    {facts.map((f) => (
                      <li key={f}>{f}</li>
                    ))}
                    {v.accessibility.note ? (
                      <li>
                        <GermanText text={v.accessibility.note} locale={locale} />
                      </li>
                    ) : null}
                  </ul>
                ) : (
                  t('events.staff.venues.noAccess')
                )}
              </td>
              <td>
                <RowActions
                  actions={[
                    {
                      word: t('events.staff.venues.edit'),
                      name: t('events.staff.venues.editName', { name: v.name }),
                      onClick: () => onEdit(v),
                    },
                    {
                      word: t('events.staff.venues.delete'),
                      name: t('events.staff.venues.deleteName', { name: v.name }),
                      variant: 'danger',
                      onClick: () => onDelete(v),
                    },
                  ]}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </WideTable>
  );
}
