import { Alert, Button, Spinner } from '@city-app/ui';
import { failureText, isApiError, type Resource } from '@city-app/web';
import type { ReactNode } from 'react';
import type { Staff } from './staff.js';

/** The spinner, a failure with "try again" (or a plain "not found"), or the content. */
export function Loaded<T>({
  resource,
  staff,
  notFound,
  children,
}: {
  resource: Resource<T> & { reload(): void };
  staff: Pick<Staff, 't'>;
  notFound?: string;
  children: (data: T) => ReactNode;
}) {
  const { t } = staff;
  if (resource.state === 'ready') return <>{children(resource.data)}</>;
  if (resource.state === 'loading') return <Spinner label={t('events.staff.loading')} />;
  // A GET refused as invalid names something in its path (an id that cannot be one): not found.
  const status = isApiError(resource.error) ? resource.error.status : 0;
  if (notFound && (status === 404 || status === 400)) {
    return (
      <Alert tone="warning" live="off">
        {notFound}
      </Alert>
    );
  }
  return (
    <Alert tone="error" title={t('events.staff.error.load')}>
      <p>{failureText(resource.error, t)}</p>
      <Button variant="secondary" onClick={resource.reload}>
        {t('events.staff.retry')}
      </Button>
    </Alert>
  );
}

/** A refusal that names no field of a form: shown above the screen's content. */
export function ActionFailure({
  staff,
  failure,
}: {
  staff: Pick<Staff, 't'>;
  failure: string | null;
}) {
  if (!failure) return null;
  return (
    <Alert tone="error" title={staff.t('events.staff.error.action')}>
      {failure}
    </Alert>
  );
}
