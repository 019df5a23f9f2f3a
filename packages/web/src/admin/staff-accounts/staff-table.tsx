import { RowActions, StackedRow, StackedTable } from '@city-app/ui';
import { formatStaffInstant } from '../../i18n/staff-dates.js';
import { rolesInWords } from './role-words.js';
import type { StaffAccountsContext } from './staff.js';
import type { StaffAccount, StaffRole } from './types.js';

export interface StaffRowActions {
  edit(account: StaffAccount): void;
  resend(account: StaffAccount): void;
  deactivate(account: StaffAccount): void;
  reactivate(account: StaffAccount): void;
}

/**
 * Every account with its roles in words, whether it is active, invited or deactivated, and
 * its last sign-in. One's own row offers no deactivation (the server refuses it anyway).
 */
export function StaffTable({
  staff,
  accounts,
  roles,
  me,
  busy,
  actions,
}: {
  staff: StaffAccountsContext;
  accounts: readonly StaffAccount[];
  roles: readonly StaffRole[];
  /** The signed-in administrator's id. */
  me: string | undefined;
  /** The id of the account an action is running for. */
  busy: string | null;
  actions: StaffRowActions;
}) {
  const { t, locale, timeZone } = staff;
  const when = (iso: string) => formatStaffInstant(iso, locale, timeZone);
  const status = (account: StaffAccount) =>
    account.deactivatedAt
      ? t('staffAccounts.status.deactivated', { date: when(account.deactivatedAt) })
      : account.mustChangePassword
        ? t('staffAccounts.status.invited')
        : t('staffAccounts.status.active');

  return (
    <StackedTable
      label={t('staffAccounts.table')}
      columns={[
        t('staffAccounts.name'),
        t('staffAccounts.email'),
        t('staffAccounts.roles'),
        t('staffAccounts.status'),
        t('staffAccounts.lastLogin'),
        t('staffAccounts.actions'),
      ]}
    >
      {accounts.map((account) => {
        const name = { name: account.name };
        const active = !account.deactivatedAt;
        const self = account.id === me;
        return (
          <StackedRow
            key={account.id}
            header={
              <>
                {account.name}
                {self ? ` ${t('staffAccounts.you')}` : null}
              </>
            }
            cells={[
              account.email,
              rolesInWords(account.roles, roles, locale, t),
              status(account),
              account.lastLoginAt ? when(account.lastLoginAt) : t('staffAccounts.lastLogin.never'),
            ]}
            actions={
              <RowActions
                actions={[
                  {
                    word: t('staffAccounts.edit'),
                    name: t('staffAccounts.editName', name),
                    onClick: () => actions.edit(account),
                  },
                  active &&
                    account.mustChangePassword && {
                      word: t('staffAccounts.resend'),
                      name: t('staffAccounts.resendName', name),
                      busy: busy === account.id,
                      onClick: () => actions.resend(account),
                    },
                  active &&
                    !self && {
                      word: t('staffAccounts.deactivate'),
                      name: t('staffAccounts.deactivateName', name),
                      variant: 'danger',
                      onClick: () => actions.deactivate(account),
                    },
                  !active && {
                    word: t('staffAccounts.reactivate'),
                    name: t('staffAccounts.reactivateName', name),
                    busy: busy === account.id,
                    onClick: () => actions.reactivate(account),
                  },
                ]}
              />
            }
          />
        );
      })}
    </StackedTable>
  );
}
