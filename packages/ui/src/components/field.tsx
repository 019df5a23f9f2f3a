import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';
import { cx, useDomId, useUiStrings } from './strings.js';

/** What every labelled control shares: a visible label, an optional hint and error. */
export interface FieldProps {
  label: ReactNode;
  /** A hint shown under the label and read with the control. */
  description?: ReactNode;
  /** The error message; marks the control invalid and is read with it. */
  error?: string | null;
  /** The control's id; give one when an error summary must link to it. */
  id?: string;
  required?: boolean;
}

interface FieldIds {
  id: string;
  descriptionId: string | undefined;
  errorId: string | undefined;
  describedBy: string | undefined;
}

function useFieldIds(props: FieldProps, extraDescribedBy?: string): FieldIds {
  const generated = useDomId('field');
  const id = props.id ?? generated;
  const descriptionId = props.description ? `${id}-description` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy =
    [descriptionId, errorId, extraDescribedBy].filter(Boolean).join(' ') || undefined;
  return { id, descriptionId, errorId, describedBy };
}

function Label({
  htmlFor,
  label,
  required,
}: {
  htmlFor: string;
  label: ReactNode;
  required?: boolean;
}) {
  const strings = useUiStrings();
  return (
    <label className="city-field__label" htmlFor={htmlFor}>
      {label}
      {required ? <span className="city-field__required"> ({strings.required})</span> : null}
    </label>
  );
}

function Hints({
  ids,
  description,
  error,
}: {
  ids: FieldIds;
  description?: ReactNode;
  error?: string | null;
}) {
  const strings = useUiStrings();
  return (
    <>
      {description ? (
        <p className="city-field__description" id={ids.descriptionId}>
          {description}
        </p>
      ) : null}
      {error ? (
        <p className="city-field__error" id={ids.errorId}>
          <span className="city-visually-hidden">{strings.errorPrefix} </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

export type TextFieldProps = FieldProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required'>;

export function TextField({
  label,
  description,
  error,
  id,
  required,
  className,
  type = 'text',
  ...input
}: TextFieldProps) {
  const ids = useFieldIds({ label, description, error, id }, input['aria-describedby']);
  return (
    <div className={cx('city-field', error && 'city-field--invalid', className)}>
      <Label htmlFor={ids.id} label={label} required={required} />
      <Hints ids={ids} description={description} error={error} />
      <input
        {...input}
        type={type}
        id={ids.id}
        className="city-field__control"
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </div>
  );
}

export type TextAreaProps = FieldProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required'>;

export function TextArea({
  label,
  description,
  error,
  id,
  required,
  className,
  rows = 5,
  ...textarea
}: TextAreaProps) {
  const ids = useFieldIds({ label, description, error, id }, textarea['aria-describedby']);
  return (
    <div className={cx('city-field', error && 'city-field--invalid', className)}>
      <Label htmlFor={ids.id} label={label} required={required} />
      <Hints ids={ids} description={description} error={error} />
      <textarea
        {...textarea}
        rows={rows}
        id={ids.id}
        className="city-field__control"
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export type SelectProps = FieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'required'> & { options: SelectOption[] };

export function Select({
  label,
  description,
  error,
  id,
  required,
  className,
  options,
  ...select
}: SelectProps) {
  const ids = useFieldIds({ label, description, error, id }, select['aria-describedby']);
  return (
    <div className={cx('city-field', error && 'city-field--invalid', className)}>
      <Label htmlFor={ids.id} label={label} required={required} />
      <Hints ids={ids} description={description} error={error} />
      <select
        {...select}
        id={ids.id}
        className="city-field__control"
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export type CheckboxProps = FieldProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required' | 'type'>;

/** A checkbox with its label to the right and the whole row as a large target. */
export function Checkbox({
  label,
  description,
  error,
  id,
  required,
  className,
  ...input
}: CheckboxProps) {
  const ids = useFieldIds({ label, description, error, id }, input['aria-describedby']);
  return (
    <div className={cx('city-checkbox', error && 'city-field--invalid', className)}>
      <input
        {...input}
        type="checkbox"
        id={ids.id}
        className="city-checkbox__control"
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
      <div className="city-checkbox__text">
        <Label htmlFor={ids.id} label={label} required={required} />
        <Hints ids={ids} description={description} error={error} />
      </div>
    </div>
  );
}

/** A group of related controls (radio buttons, checkboxes) with a visible legend. */
export function Fieldset({
  legend,
  description,
  children,
  className,
}: {
  legend: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const descriptionId = `${useDomId('fieldset')}-description`;
  return (
    <fieldset
      className={cx('city-fieldset', className)}
      aria-describedby={description ? descriptionId : undefined}
    >
      <legend className="city-fieldset__legend">{legend}</legend>
      {description ? (
        <p className="city-field__description" id={descriptionId}>
          {description}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}

export type RadioProps = { label: ReactNode; id?: string } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'type'
>;

export function Radio({ label, id, className, ...input }: RadioProps) {
  const generated = useDomId('radio');
  const radioId = id ?? generated;
  return (
    <div className={cx('city-checkbox', className)}>
      <input {...input} type="radio" id={radioId} className="city-checkbox__control" />
      <div className="city-checkbox__text">
        <label className="city-field__label" htmlFor={radioId}>
          {label}
        </label>
      </div>
    </div>
  );
}
