import type { Translate } from '@city-app/core';
import { Alert, Button, Spinner } from '@city-app/ui';
import type { ReactNode } from 'react';
import { isApiError } from '../api/api-client.js';
import { failureText } from '../api/failure.js';
import type { Resource } from './use-resource.js';

/**
 * What a screen shows of data it loads: a spinner, the failure with "try again" (or, given
 * `notFound`, that plain sentence), or the content once the data is there. `staff` is the
 * screen's `{ t }`: the app's words, shell's included.
 */
export function Loaded<T>({
  resource,
  staff,
  notFound,
  children,
}: {
  resource: Resource<T> & { reload(): void };
  staff: { t: Translate };
  /** Said when the server answers 404, or 400 (a path naming something that cannot be). */
  notFound?: string;
  children: (data: T) => ReactNode;
}) {
  const { t } = staff;
  if (resource.state === 'ready') return <>{children(resource.data)}</>;
  if (resource.state === 'loading') return <Spinner label={t('ui.loading')} />;
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
    <Alert tone="error" title={t('data.loadFailed')}>
      <p>{failureText(resource.error, t)}</p>
      <Button variant="secondary" onClick={resource.reload}>
        {t('data.retry')}
      </Button>
    </Alert>
  );
}
