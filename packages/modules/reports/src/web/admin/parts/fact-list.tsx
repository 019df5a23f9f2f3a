import type { ReactNode } from 'react';

/** Terms and what they hold, as a description list; `className` lays it out. */
export function FactList({
  facts,
  className,
}: {
  facts: ReadonlyArray<readonly [string, ReactNode]>;
  className?: string;
}) {
  return (
    <dl className={className}>
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
