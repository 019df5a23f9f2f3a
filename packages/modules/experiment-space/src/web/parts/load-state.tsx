import { Alert, Button, Spinner } from '@city-app/ui';
import { failureText, isApiError, type Resource } from '@city-app/web';
import type { ReactNode } from 'react';
import type { Space } from '../space.js';

/** The loading spinner, or a failure with "try again", or the content once the data is there. */
export function Loaded<T>({
  resource,
  space,
  notFound,
  children,
}: {
  resource: Resource<T> & { reload(): void };
  space: Pick<Space, 't'>;
  /** Said when the server answers 404. */
  notFound?: string;
  children: (data: T) => ReactNode;
}) {
  const { t } = space;
  if (resource.state === 'ready') return <>{children(resource.data)}</>;
  if (resource.state === 'loading') return <Spinner label={t('loading')} />;
  if (notFound && isApiError(resource.error) && resource.error.status === 404)
    return (
      <Alert tone="warning" live="off">
        {notFound}
      </Alert>
    );
  return (
    <Alert tone="error" title={t('loadError')}>
      <p>{failureText(resource.error, t)}</p>
      <Button variant="secondary" onClick={resource.reload}>
        {t('retry')}
      </Button>
    </Alert>
  );
}
