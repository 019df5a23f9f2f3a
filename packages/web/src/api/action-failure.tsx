import type { Translate } from '@city-app/core';
import { Alert } from '@city-app/ui';

/**
 * A refusal of an action that names no field of a form (`useAction`'s `failure`): shown above
 * the screen's content; nothing while there is none.
 */
export function ActionFailure({
  staff,
  failure,
}: {
  staff: { t: Translate };
  failure: string | null;
}) {
  if (!failure) return null;
  return (
    <Alert tone="error" title={staff.t('request.failed.title')}>
      {failure}
    </Alert>
  );
}
