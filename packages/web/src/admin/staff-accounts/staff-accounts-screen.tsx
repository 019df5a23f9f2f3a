import { Button, Dialog, PageHeading, Status } from '@city-app/ui';
import { useRef, useState } from 'react';
import { ActionFailure } from '../../api/action-failure.js';
import { useAction } from '../../api/use-action.js';
import { useCity } from '../../app/context.js';
import { Loaded } from '../../data/loaded.js';
import { useResource } from '../../data/use-resource.js';
import { formatStaffInstant } from '../../i18n/staff-dates.js';
import { useMessages } from '../../i18n/use-messages.js';
import { EditStaff } from './edit-staff.js';
import { InviteStaff } from './invite-staff.js';
import { staffAccountsMessages } from './messages.js';
import { STAFF_API, type StaffAccountsContext, staffApi } from './staff.js';
import { StaffTable } from './staff-table.js';
import type { StaffAccount, StaffList } from './types.js';

/** `/admin/mitarbeitende`: the administrators' list of staff accounts. */
export default function StaffAccountsScreen() {
  const { api, locale, city, user } = useCity();
  const t = useMessages(staffAccountsMessages);
  return <StaffAccountsView staff={{ t, api, locale, timeZone: city.timezone }} me={user?.id} />;
}

/**
 * The accounts, then either the invitation form or one account's form. Deactivating asks
 * first; every outcome is announced in the live region, every refusal shown in words.
 */
export function StaffAccountsView({
  staff,
  me,
}: {
  staff: StaffAccountsContext;
  me: string | undefined;
}) {
  const { t, api, locale, timeZone } = staff;
  const list = useResource(() => api.get<StaffList>(STAFF_API), [api]);
  const action = useAction(staff);
  const [editing, setEditing] = useState<StaffAccount | null>(null);
  const [deactivating, setDeactivating] = useState<StaffAccount | null>(null);
  const [saved, setSaved] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);

  const act = async (
    account: StaffAccount,
    what: 'invitation' | 'deactivate' | 'reactivate',
    done: (answer: { expiresAt?: string }) => string,
  ) => {
    setSaved('');
    const answer = await action.run(
      account.id,
      () => api.post<{ expiresAt?: string }>(staffApi(account.id, what)),
      done,
    );
    if (!answer) return;
    list.reload();
    // The pressed button gives way to its opposite: focus stays on the list, not the page.
    if (what !== 'invitation') listHeading.current?.focus();
  };

  const deactivate = async () => {
    const account = deactivating;
    setDeactivating(null);
    if (account)
      await act(account, 'deactivate', () =>
        t('staffAccounts.deactivated', { name: account.name }),
      );
  };

  return (
    <>
      <PageHeading lead={t('staffAccounts.lead')}>{t('staffAccounts.title')}</PageHeading>
      <Status>{saved || action.announcement}</Status>
      <ActionFailure staff={staff} failure={action.failure} />
      <Loaded resource={list} staff={staff}>
        {({ staff: accounts, roles }) => (
          <>
            <section aria-labelledby="staff-list-title">
              <h2 id="staff-list-title" ref={listHeading} tabIndex={-1}>
                {t('staffAccounts.list')}
              </h2>
              <p>
                {t('staffAccounts.count', {
                  active: accounts.filter((a) => !a.deactivatedAt).length,
                  inactive: accounts.filter((a) => a.deactivatedAt).length,
                })}
              </p>
              <StaffTable
                staff={staff}
                accounts={accounts}
                roles={roles}
                me={me}
                busy={action.busy}
                actions={{
                  edit: (account) => {
                    setSaved('');
                    setEditing(account);
                  },
                  resend: (account) =>
                    act(account, 'invitation', (answer) =>
                      t('staffAccounts.resent', {
                        email: account.email,
                        date: answer.expiresAt
                          ? formatStaffInstant(answer.expiresAt, locale, timeZone)
                          : '',
                      }),
                    ),
                  deactivate: setDeactivating,
                  reactivate: (account) =>
                    act(account, 'reactivate', () =>
                      t('staffAccounts.reactivated', { name: account.name }),
                    ),
                }}
              />
            </section>
            {editing ? (
              <EditStaff
                key={editing.id}
                staff={staff}
                account={editing}
                roles={roles}
                onDone={(message) => {
                  setEditing(null);
                  if (message) {
                    setSaved(message);
                    list.reload();
                  }
                  listHeading.current?.focus();
                }}
              />
            ) : (
              <InviteStaff staff={staff} roles={roles} onInvited={list.reload} />
            )}
          </>
        )}
      </Loaded>
      <Dialog
        open={deactivating !== null}
        title={deactivating ? t('staffAccounts.deactivateTitle', { name: deactivating.name }) : ''}
        onClose={() => setDeactivating(null)}
        actions={
          <Button variant="danger" onClick={() => void deactivate()}>
            {t('staffAccounts.deactivateConfirm')}
          </Button>
        }
      >
        <p>
          {deactivating ? t('staffAccounts.deactivateText', { name: deactivating.name }) : null}
        </p>
      </Dialog>
    </>
  );
}
