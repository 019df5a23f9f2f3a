import type { Translate } from '@city-app/core';
import { isPushClientError, type PushClientErrorCode } from '@city-app/notify/browser';

/** The catalogue entry that explains each failure but the server's (which depends on its answer). */
const EXPLANATION: Record<Exclude<PushClientErrorCode, 'server'>, string> = {
  denied: 'interests.error.denied',
  dismissed: 'interests.dismissed',
  'gesture-required': 'interests.error.gesture',
  unsupported: 'interests.state.unsupported.text',
  'needs-install': 'interests.state.needsInstall.text',
  'no-service-worker': 'interests.noServiceWorker',
  'push-service': 'interests.error.pushService',
  network: 'error.network',
};

/**
 * What the resident reads when switching notifications on (or testing, or off) fails: for
 * each case what happened and what to do, from the interests catalogue. The browser's and the
 * server's own texts ("AbortError: Registration failed …") never reach the screen.
 */
export function describePushError(error: unknown, t: Translate): string {
  if (!isPushClientError(error)) return t('interests.error.unknown');
  if (error.code !== 'server') return t(EXPLANATION[error.code] ?? 'interests.error.unknown');
  if (error.serverCode === 'too_many_requests') return t('interests.testTooSoon');
  if (error.status === undefined || error.status >= 500) return t('interests.error.serverDown');
  return t('interests.error.serverRefused');
}
