import type { Locale, Translate } from '@city-app/core';
import {
  Button,
  Checkbox,
  Fieldset,
  Form,
  type FormError,
  TextField,
  useUiStrings,
} from '@city-app/ui';
import type { ReactNode } from 'react';
import type { FieldErrors, useAction } from '../../api/use-action.js';
import { roleWord } from './role-words.js';
import { EMAIL_MAX, NAME_MAX, type StaffRole } from './types.js';

export interface StaffFormValues {
  name: string;
  email: string;
  roles: string[];
}

/** The fields the server may name in a refusal of this form. */
export const STAFF_FORM_FIELDS = ['name', 'email', 'roles'] as const;

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong before anything is sent, by field; the e-mail only when the form has it. */
export function checkStaffForm(
  values: StaffFormValues,
  withEmail: boolean,
  t: Translate,
): FieldErrors {
  const errors: FieldErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = t('staffAccounts.error.nameRequired');
  else if (name.length > NAME_MAX)
    errors.name = t('staffAccounts.error.nameTooLong', { max: NAME_MAX });
  const email = values.email.trim();
  if (withEmail && !email) errors.email = t('staffAccounts.error.emailRequired');
  else if (withEmail && (email.length > EMAIL_MAX || !EMAIL_SHAPE.test(email)))
    errors.email = t('staffAccounts.error.emailInvalid');
  if (!values.roles.length) errors.roles = t('staffAccounts.error.rolesRequired');
  return errors;
}

type FormAction = Pick<
  ReturnType<typeof useAction>,
  'errors' | 'failure' | 'busy' | 'setErrors' | 'setFailure'
>;

/** Shows what is wrong at the fields; true when the values may be sent. */
export function readyToSend(
  action: FormAction,
  values: StaffFormValues,
  withEmail: boolean,
  t: Translate,
): boolean {
  const problems = checkStaffForm(values, withEmail, t);
  action.setErrors(problems);
  action.setFailure(null);
  return Object.keys(problems).length === 0;
}

/**
 * Name, e-mail (when inviting) and roles as checkboxes with the roles' titles. Errors stand
 * at their field and in the summary that takes focus after a refused submit.
 */
export function StaffForm({
  idPrefix,
  labelledBy,
  roles,
  values,
  action,
  withEmail,
  submitWord,
  t,
  locale,
  onChange,
  onSubmit,
  children,
}: {
  idPrefix: string;
  /** The id of the heading that names the form. */
  labelledBy: string;
  roles: readonly StaffRole[];
  values: StaffFormValues;
  /** The form's action: its errors by field, a refusal naming none, whether it runs. */
  action: FormAction;
  withEmail: boolean;
  submitWord: string;
  t: Translate;
  locale: Locale;
  onChange(values: StaffFormValues): void;
  onSubmit(): void;
  /** More buttons beside the submit button ("Abbrechen"). */
  children?: ReactNode;
}) {
  const strings = useUiStrings();
  const { errors, failure } = action;
  const roleId = (id: string) => `${idPrefix}-role-${id}`;
  const rolesErrorId = `${idPrefix}-roles-error`;
  const summary: FormError[] = [
    ...(errors.name ? [{ fieldId: `${idPrefix}-name`, message: errors.name }] : []),
    ...(errors.email ? [{ fieldId: `${idPrefix}-email`, message: errors.email }] : []),
    ...(errors.roles && roles[0] ? [{ fieldId: roleId(roles[0].id), message: errors.roles }] : []),
    ...(failure ? [{ message: failure }] : []),
  ];
  const toggle = (id: string, on: boolean) =>
    onChange({
      ...values,
      roles: on ? [...values.roles, id] : values.roles.filter((role) => role !== id),
    });

  return (
    <Form onSubmit={onSubmit} errors={summary} aria-labelledby={labelledBy}>
      <TextField
        id={`${idPrefix}-name`}
        name="name"
        autoComplete="off"
        label={t('staffAccounts.name')}
        required
        maxLength={NAME_MAX}
        value={values.name}
        error={errors.name}
        onChange={(event) => onChange({ ...values, name: event.target.value })}
      />
      {withEmail ? (
        <TextField
          id={`${idPrefix}-email`}
          name="email"
          type="email"
          autoComplete="off"
          label={t('staffAccounts.email')}
          required
          maxLength={EMAIL_MAX}
          value={values.email}
          error={errors.email}
          onChange={(event) => onChange({ ...values, email: event.target.value })}
        />
      ) : null}
      <Fieldset legend={t('staffAccounts.roles')} description={t('staffAccounts.rolesHint')}>
        {errors.roles ? (
          <p className="city-field__error" id={rolesErrorId}>
            <span className="city-visually-hidden">{strings.errorPrefix} </span>
            {errors.roles}
          </p>
        ) : null}
        {roles.map((role) => (
          <Checkbox
            key={role.id}
            id={roleId(role.id)}
            name="roles"
            value={role.id}
            label={roleWord(role, locale, t)}
            checked={values.roles.includes(role.id)}
            aria-describedby={errors.roles ? rolesErrorId : undefined}
            onChange={(event) => toggle(role.id, event.target.checked)}
          />
        ))}
      </Fieldset>
      <div className="city-row-actions">
        <Button type="submit" busy={action.busy === idPrefix}>
          {submitWord}
        </Button>
        {children}
      </div>
    </Form>
  );
}
