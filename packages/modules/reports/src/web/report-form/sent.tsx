import type { Translate } from '@city-app/core';
import { Alert, Button } from '@city-app/ui';
import { Link } from '@city-app/web';
import { useEffect, useRef } from 'react';
import type { Submitted } from '../../api/public-report.js';
import { FollowControl } from '../device/follow-control.js';
import type { Device } from '../device/use-device.js';
import { paths } from '../paths.js';

/**
 * After sending: the report's number, what happens next, how the resident hears of it, and
 * following on this device. The heading takes focus, so a screen reader starts there.
 */
export function Sent({
  submitted,
  email,
  pushed,
  device,
  t,
  onAnother,
}: {
  submitted: Submitted;
  email: string | null;
  /** The report named this device's installation. */
  pushed: boolean;
  device: Device;
  t: Translate;
  onAnother(): void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { publicId } = submitted;
  return (
    <>
      <Alert tone="success">
        <h2 tabIndex={-1} ref={heading}>
          {t('reports.sent.title')}
        </h2>
        <p>
          <strong>{t('reports.sent.number', { publicId })}</strong>
        </p>
        <p>{t('reports.sent.keep')}</p>
      </Alert>
      <section aria-labelledby="reports-next">
        <h2 id="reports-next">{t('reports.sent.next')}</h2>
        <ol>
          <li>{t('reports.sent.review')}</li>
          <li>{t('reports.sent.department')}</li>
          <li>
            {pushed || email ? (
              <>
                {t('reports.sent.news')}{' '}
                {[
                  pushed ? t('reports.sent.newsPush') : null,
                  email ? t('reports.sent.newsEmail', { email }) : null,
                ]
                  .filter(Boolean)
                  .join(', ')}
              </>
            ) : (
              t('reports.sent.noNews')
            )}
          </li>
        </ol>
      </section>
      <section aria-labelledby="reports-sent-follow">
        <h2 id="reports-sent-follow">{t('reports.detail.follow')}</h2>
        <p>{t('reports.follow.hint')}</p>
        <FollowControl device={device} publicId={publicId} t={t} />
      </section>
      <p>
        <Button type="button" variant="secondary" onClick={onAnother}>
          {t('reports.sent.another')}
        </Button>
      </p>
      <p>
        <Link to={paths.screens}>{t('reports.sent.overview')}</Link>
      </p>
    </>
  );
}
