import { Alert, Button, Spinner } from '@city-app/ui';
import { failureText, isApiError, type Resource } from '@city-app/web';
import type { ReactNode } from 'react';
import type { Staff } from './staff.js';

/** The spinner, a failure with "try again", or the content once the data is there. */
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
  if (resource.state === 'loading') return <Spinner label={t('waste.admin.loading')} />;
  if (notFound && isApiError(resource.error) && resource.error.status === 404) {
    return (
      <Alert tone="warning" live="off">
        {notFound}
      </Alert>
    );
  }
  return (
    <Alert tone="error" title={t('waste.admin.error.load')}>
      <p>{failureText(resource.error, t)}</p>
      <Button variant="secondary" onClick={resource.reload}>
        {t('waste.admin.retry')}
      </Button>
    </Alert>
  );
}
