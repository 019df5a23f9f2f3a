import type { ReactNode } from 'react';
import { cx } from './strings.js';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  /**
   * `assertive` interrupts (errors), `polite` waits (everything else), `off` for a message
   * that is already on screen when the page loads. Defaults by tone.
   */
  live?: 'assertive' | 'polite' | 'off';
}

/** A message box. Errors are announced at once (`role="alert"`), others politely (`role="status"`). */
export function Alert({ tone = 'info', title, children, className, live }: AlertProps) {
  const mode = live ?? (tone === 'error' ? 'assertive' : 'polite');
  const role = mode === 'off' ? undefined : mode === 'assertive' ? 'alert' : 'status';
  return (
    <div className={cx('city-alert', `city-alert--${tone}`, className)} role={role}>
      {title ? <p className="city-alert__title">{title}</p> : null}
      {children ? <div className="city-alert__body">{children}</div> : null}
    </div>
  );
}

/**
 * A live region that is always in the page (screen readers only announce changes to regions
 * that already exist); put the changing message inside. Empty renders nothing visible.
 */
export function Status({
  children,
  className,
  visuallyHidden = false,
}: {
  children?: ReactNode;
  className?: string;
  visuallyHidden?: boolean;
}) {
  return (
    <div
      role="status"
      aria-live="polite"
      className={cx(visuallyHidden ? 'city-visually-hidden' : 'city-status', className)}
    >
      {children}
    </div>
  );
}
