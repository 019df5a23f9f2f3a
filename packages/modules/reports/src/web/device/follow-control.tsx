import type { Translate } from '@city-app/core';
import { Alert, Button, Status } from '@city-app/ui';
import type { Device } from './use-device.js';

/**
 * "Verfolgen" or "Nicht mehr verfolgen" for one report on this device, and what came of the
 * last click. A report this device sent is followed for good: the reporter hears of it anyway.
 */
export function FollowControl({
  device,
  publicId,
  t,
  label,
}: {
  device: Device;
  publicId: string;
  t: Translate;
  /** The button's words where "Verfolgen" alone would not say which report. */
  label?: string;
}) {
  const relation = device.relationTo(publicId);
  const outcome = device.outcome?.publicId === publicId ? device.outcome : null;
  const busy = device.busy === publicId;
  return (
    <div>
      {relation === 'reporter' ? <p>{t('reports.follow.reporter')}</p> : null}
      {relation === 'follower' ? (
        <>
          <p>{t('reports.follow.following', { publicId })}</p>
          <Button
            type="button"
            variant="secondary"
            disabled={busy}
            onClick={() => void device.unfollow(publicId)}
          >
            {t('reports.follow.unfollow')}
          </Button>
        </>
      ) : null}
      {relation === null ? (
        <Button
          type="button"
          variant="secondary"
          disabled={busy || device.state === null}
          onClick={() => void device.follow(publicId)}
        >
          {label ?? t('reports.follow.follow')}
        </Button>
      ) : null}
      {outcome?.tone === 'error' ? (
        <Alert tone="error">
          <p>{outcome.text}</p>
        </Alert>
      ) : null}
      <Status>{outcome?.tone === 'success' ? outcome.text : ''}</Status>
    </div>
  );
}
