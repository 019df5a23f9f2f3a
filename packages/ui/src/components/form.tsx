import {
  type FormEvent,
  type FormHTMLAttributes,
  type ReactNode,
  type Ref,
  useEffect,
  useRef,
  useState,
} from 'react';
import { cx, useDomId, useUiStrings } from './strings.js';

/** One problem with a form: `fieldId` links the summary entry to the control. */
export interface FormError {
  fieldId?: string;
  message: string;
}

export interface ErrorSummaryProps {
  errors: FormError[];
  title?: ReactNode;
  /**
   * The summary's element, for moving focus to it. A prop of its own rather than `ref`:
   * Preact's compatibility layer hands `ref` to a function component only through forwardRef.
   */
  focusRef?: Ref<HTMLElement>;
}

/**
 * The list of a form's errors at its top, each linking to its field (WCAG 3.3.1). It takes
 * focus when shown after a submit, so screen-reader and keyboard users land on it.
 */
export function ErrorSummary({ errors, title, focusRef }: ErrorSummaryProps) {
  const strings = useUiStrings();
  const titleId = useDomId('error-summary');
  if (!errors.length) return null;
  return (
    <section className="city-error-summary" tabIndex={-1} ref={focusRef} aria-labelledby={titleId}>
      <h2 className="city-error-summary__title" id={titleId}>
        {title ?? strings.errorSummaryTitle}
      </h2>
      <ul className="city-error-summary__list">
        {errors.map((error) => (
          <li key={`${error.fieldId ?? ''}:${error.message}`}>
            {error.fieldId ? (
              <a
                href={`#${error.fieldId}`}
                onClick={(event) => {
                  // Focus the control itself; a plain fragment link only scrolls in some browsers.
                  const target = document.getElementById(error.fieldId ?? '');
                  if (target) {
                    event.preventDefault();
                    target.focus();
                    target.scrollIntoView({ block: 'center' });
                  }
                }}
              >
                {error.message}
              </a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface FormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> {
  /** Errors from the last submit; shown in a summary that receives focus. */
  errors?: FormError[];
  errorTitle?: ReactNode;
  onSubmit(event: FormEvent<HTMLFormElement>): void | Promise<void>;
}

/**
 * A form that validates in the app, not the browser (`noValidate`, so messages are the town's
 * own and translated), shows an error summary after a failed submit and moves focus to it.
 */
export function Form({
  errors = [],
  errorTitle,
  onSubmit,
  className,
  children,
  ...form
}: FormProps) {
  const summaryRef = useRef<HTMLElement>(null);
  const [submits, setSubmits] = useState(0);
  const errorCount = errors.length;

  useEffect(() => {
    if (submits > 0 && errorCount > 0) summaryRef.current?.focus();
  }, [submits, errorCount]);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await onSubmit(event);
    } finally {
      setSubmits((count) => count + 1);
    }
  };

  return (
    <form {...form} noValidate className={cx('city-form', className)} onSubmit={handleSubmit}>
      <ErrorSummary errors={errors} title={errorTitle} focusRef={summaryRef} />
      {children}
    </form>
  );
}
