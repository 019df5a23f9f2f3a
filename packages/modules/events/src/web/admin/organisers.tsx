import { Button, Dialog, Status, WideTable } from '@city-app/ui';
import { ActionFailure, Loaded, useAction, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useState } from 'react';
import type { Organiser, OrganiserList } from '../../api/submission.js';
import { GermanText } from '../parts/localized-text.js';
import { AdminPage } from './admin-page.js';
import { adminApi } from './paths.js';
import { type Staff, useStaff } from './staff.js';

/** `/admin/veranstaltungen/veranstalter`: who submits events, and whom staff trust. */
export default function OrganisersScreen(_props: ScreenProps) {
  return <OrganisersView staff={useStaff()} />;
}

export function OrganisersView({ staff }: { staff: Staff }) {
  const { t, api, locale } = staff;
  const organisers = useResource(() => api.get<OrganiserList>(adminApi.organisers), []);
  const action = useAction(staff);
  const [deleting, setDeleting] = useState<Organiser | null>(null);

  const setTrust = async (organiser: Organiser, trusted: boolean) => {
    const done = await action.run(
      organiser.id,
      () => api.post<Organiser>(adminApi.trust(organiser.id, trusted)),
      (o) => t(`events.staff.organisers.${trusted ? 'trusted' : 'distrusted'}`, { name: o.name }),
    );
    if (done) organisers.reload();
  };

  const remove = async (organiser: Organiser) => {
    const done = await action.run(
      organiser.id,
      () => api.delete(adminApi.organiser(organiser.id)).then(() => organiser),
      (o) => t('events.staff.organisers.deleted', { name: o.name }),
    );
    if (done) organisers.reload();
  };

  return (
    <AdminPage staff={staff} section="organisers" title={t('events.staff.organisers.title')}>
      <p>{t('events.staff.organisers.lead')}</p>
      <Status>{action.announcement}</Status>
      <ActionFailure staff={staff} failure={action.failure} />
      <Loaded resource={organisers} staff={staff}>
        {({ items }) =>
          items.length ? (
            <WideTable label={t('events.staff.organisers.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('events.staff.organisers.name')}</th>
                  <th scope="col">{t('events.staff.organisers.contact')}</th>
                  <th scope="col">{t('events.staff.organisers.events')}</th>
                  <th scope="col">{t('events.staff.organisers.status')}</th>
                  <th scope="col">{t('events.staff.review.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((o) => {
                  const word = o.trusted ? 'distrust' : 'trust';
                  return (
                    <tr key={o.id}>
                      <th scope="row">
                        <GermanText text={o.name} locale={locale} />
                      </th>
                      <td>
                        {o.contact ? (
                          <>
                            {o.contact}
                            <br />
                          </>
                        ) : null}
                        {o.email ? <a href={`mailto:${o.email}`}>{o.email}</a> : null}
                        {o.website ? (
                          <>
                            <br />
                            <a href={o.website}>{o.website}</a>
                          </>
                        ) : null}
                      </td>
                      <td>{o.events}</td>
                      <td>
                        {t(`events.staff.organisers.${o.trusted ? 'trustedYes' : 'trustedNo'}`)}
                      </td>
                      <td>
                        <Button
                          variant="secondary"
                          busy={action.busy === o.id}
                          onClick={() => setTrust(o, !o.trusted)}
                          aria-label={t(`events.staff.organisers.${word}Name`, { name: o.name })}
                        >
                          {t(`events.staff.organisers.${word}`)}
                        </Button>{' '}
                        <Button
                          variant="danger"
                          onClick={() => setDeleting(o)}
                          aria-label={t('events.staff.organisers.deleteName', { name: o.name })}
                        >
                          {t('events.staff.organisers.delete')}
                        </Button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </WideTable>
          ) : (
            <p>{t('events.staff.organisers.none')}</p>
          )
        }
      </Loaded>
      <Dialog
        open={deleting !== null}
        title={t('events.staff.organisers.deleteTitle')}
        onClose={() => setDeleting(null)}
        actions={
          <Button
            variant="danger"
            onClick={async () => {
              const organiser = deleting;
              setDeleting(null);
              if (organiser) await remove(organiser);
            }}
          >
            {t('events.staff.organisers.deleteConfirm')}
          </Button>
        }
      >
        <p>{deleting ? t('events.staff.organisers.deleteText', { name: deleting.name }) : null}</p>
      </Dialog>
    </AdminPage>
  );
}
