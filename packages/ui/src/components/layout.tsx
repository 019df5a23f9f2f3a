import type { ElementType, ReactNode } from 'react';
import { cx, useUiStrings } from './strings.js';

export interface CardProps {
  title?: ReactNode;
  /** Heading level of the title, so the card fits the page's outline. */
  headingLevel?: 2 | 3 | 4;
  as?: 'article' | 'section' | 'div' | 'li';
  children?: ReactNode;
  footer?: ReactNode;
  className?: string;
}

export function Card({
  title,
  headingLevel = 2,
  as = 'section',
  children,
  footer,
  className,
}: CardProps) {
  const Tag = as as ElementType;
  const Heading = `h${headingLevel}` as ElementType;
  return (
    <Tag className={cx('city-card', className)}>
      {title ? <Heading className="city-card__title">{title}</Heading> : null}
      <div className="city-card__body">{children}</div>
      {footer ? <div className="city-card__footer">{footer}</div> : null}
    </Tag>
  );
}

/** First focusable element of the page: jumps over the header to the main content (WCAG 2.4.1). */
export function SkipLink({ href = '#main', children }: { href?: string; children: ReactNode }) {
  return (
    <a className="city-skip-link" href={href}>
      {children}
    </a>
  );
}

/**
 * The page's one `h1`. Focusable by script (not by Tab), so the router can move focus here
 * after a navigation and screen readers announce the new page.
 */
export function PageHeading({
  children,
  lead,
  id = 'page-title',
}: {
  children: ReactNode;
  lead?: ReactNode;
  id?: string;
}) {
  return (
    <div className="city-page-heading">
      <h1 id={id} tabIndex={-1}>
        {children}
      </h1>
      {lead ? <p className="city-page-heading__lead">{lead}</p> : null}
    </div>
  );
}

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="city-visually-hidden">{children}</span>;
}

/** A busy indicator with an accessible name; motion stops under `prefers-reduced-motion`. */
export function Spinner({ label, className }: { label?: string; className?: string }) {
  const strings = useUiStrings();
  return (
    <span className={cx('city-spinner', className)} role="status">
      <span className="city-spinner__circle" aria-hidden="true" />
      <span className="city-visually-hidden">{label ?? strings.loading}</span>
    </span>
  );
}
