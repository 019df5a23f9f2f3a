import type { ButtonHTMLAttributes, MouseEvent } from 'react';
import { cx } from './strings.js';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';

/** The class names of a button, for links that must look like one (e.g. a router link). */
export function buttonClassName(variant: ButtonVariant = 'primary', className?: string): string {
  return cx('city-button', `city-button--${variant}`, className);
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `link` looks like a text link but stays a button (it acts, it does not navigate). */
  variant?: ButtonVariant;
  /** While an action runs: announced as busy and further clicks ignored, focus kept. */
  busy?: boolean;
}

export function Button({
  variant = 'primary',
  busy = false,
  type = 'button',
  className,
  onClick,
  children,
  ...rest
}: ButtonProps) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      type={type}
      className={buttonClassName(variant, className)}
      aria-busy={busy || undefined}
      onClick={handleClick}
      {...rest}
    >
      {busy ? <span className="city-button__spinner" aria-hidden="true" /> : null}
      {children}
    </button>
  );
}
