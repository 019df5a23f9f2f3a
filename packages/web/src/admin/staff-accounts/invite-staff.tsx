import { Status } from '@city-app/ui';
import { useState } from 'react';
import { useAction } from '../../api/use-action.js';
import { formatStaffInstant } from '../../i18n/staff-dates.js';
import type { StaffAccountsContext } from './staff.js';
import { STAFF_API } from './staff.js';
import { readyToSend, STAFF_FORM_FIELDS, StaffForm, type StaffFormValues } from './staff-form.js';
import type { StaffAccount, StaffRole } from './types.js';

const EMPTY: StaffFormValues = { name: '', email: '', roles: [] };

/** "Per E-Mail einladen": the server creates the account and mails the link. */
export function InviteStaff({
  staff,
  roles,
  onInvited,
}: {
  staff: StaffAccountsContext;
  roles: readonly StaffRole[];
  onInvited(): void;
}) {
  const { t, api, locale, timeZone } = staff;
  const action = useAction(staff, STAFF_FORM_FIELDS);
  const [values, setValues] = useState(EMPTY);

  const submit = async () => {
    if (!readyToSend(action, values, true, t)) return;
    const email = values.email.trim();
    const done = await action.run(
      'staff-invite',
      () =>
        api.post<{ user: StaffAccount; invitation: { expiresAt: string } }>(STAFF_API, {
          name: values.name.trim(),
          email,
          roles: values.roles,
        }),
      (answer) =>
        t('staffAccounts.invited', {
          email: answer.user.email,
          date: formatStaffInstant(answer.invitation.expiresAt, locale, timeZone),
        }),
    );
    if (!done) return;
    setValues(EMPTY);
    onInvited();
  };

  return (
    <section aria-labelledby="staff-invite-title">
      <h2 id="staff-invite-title">{t('staffAccounts.invite.title')}</h2>
      <p>{t('staffAccounts.invite.lead')}</p>
      <StaffForm
        idPrefix="staff-invite"
        labelledBy="staff-invite-title"
        roles={roles}
        values={values}
        action={action}
        withEmail
        submitWord={t('staffAccounts.invite.submit')}
        t={t}
        locale={locale}
        onChange={setValues}
        onSubmit={() => void submit()}
      />
      <Status>{action.announcement}</Status>
    </section>
  );
}
