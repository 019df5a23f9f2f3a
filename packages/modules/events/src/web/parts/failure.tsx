import type { Translate } from '@city-app/core';
import { Alert, Button } from '@city-app/ui';
import { failureText } from '@city-app/web';

/**
 * A request that failed: the server's own words where it refused (a filter it cannot take, an
 * event that is gone), the shell's where it was not reached; never the browser's.
 */
export function LoadFailure({
  error,
  title,
  t,
  onRetry,
}: {
  error: unknown;
  title: string;
  t: Translate;
  onRetry?: () => void;
}) {
  return (
    <Alert tone="error" title={title}>
      <p>{failureText(error, t)}</p>
      {onRetry ? (
        <Button type="button" variant="secondary" onClick={onRetry}>
          {t('events.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
