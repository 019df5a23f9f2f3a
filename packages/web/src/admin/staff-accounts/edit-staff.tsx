import { Button } from '@city-app/ui';
import { useEffect, useRef, useState } from 'react';
import { useAction } from '../../api/use-action.js';
import type { StaffAccountsContext } from './staff.js';
import { staffApi } from './staff.js';
import { readyToSend, STAFF_FORM_FIELDS, StaffForm } from './staff-form.js';
import type { StaffAccount, StaffRole } from './types.js';

/** One account's name and roles; focus goes to its heading when it opens. */
export function EditStaff({
  staff,
  account,
  roles,
  onDone,
}: {
  staff: StaffAccountsContext;
  account: StaffAccount;
  roles: readonly StaffRole[];
  /** Closes the form; `message` says what was saved. */
  onDone(message?: string): void;
}) {
  const { t, api, locale } = staff;
  const action = useAction(staff, STAFF_FORM_FIELDS);
  const [values, setValues] = useState({ name: account.name, email: '', roles: account.roles });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const submit = async () => {
    if (!readyToSend(action, values, false, t)) return;
    const saved = await action.run(
      'staff-edit',
      () =>
        api.patch<{ user: StaffAccount }>(staffApi(account.id), {
          name: values.name.trim(),
          roles: values.roles,
        }),
      (answer) => t('staffAccounts.saved', { name: answer.user.name }),
    );
    if (saved) onDone(t('staffAccounts.saved', { name: saved.user.name }));
  };

  return (
    <section aria-labelledby="staff-edit-title">
      <h2 id="staff-edit-title" ref={heading} tabIndex={-1}>
        {t('staffAccounts.edit.title', { name: account.name })}
      </h2>
      <p>{t('staffAccounts.edit.lead')}</p>
      <p>
        {t('staffAccounts.email')}: {account.email}
      </p>
      <StaffForm
        idPrefix="staff-edit"
        labelledBy="staff-edit-title"
        roles={roles}
        values={values}
        action={action}
        withEmail={false}
        submitWord={t('staffAccounts.edit.submit')}
        t={t}
        locale={locale}
        onChange={setValues}
        onSubmit={() => void submit()}
      >
        <Button variant="secondary" onClick={() => onDone()}>
          {t('staffAccounts.edit.cancel')}
        </Button>
      </StaffForm>
    </section>
  );
}
