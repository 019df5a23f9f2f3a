import type { PushEnvironment } from './environment.js';

/**
 * - `supported`: the resident can switch notifications on here.
 * - `unsupported`: this browser has no Web Push.
 * - `needs-install`: iPhone or iPad: push works only in the app added to the home screen.
 * - `denied`: the resident (or a policy) blocked notifications for this site.
 */
export type PushSupport = 'supported' | 'unsupported' | 'needs-install' | 'denied';

function isAppleMobile(nav: PushEnvironment['navigator']): boolean {
  if (/iPhone|iPad|iPod/.test(nav.userAgent)) return true;
  // iPadOS Safari presents itself as a Mac; a touch screen gives it away.
  return /Macintosh/.test(nav.userAgent) && (nav.maxTouchPoints ?? 0) > 1;
}

function isStandalone(env: PushEnvironment): boolean {
  return (
    env.navigator.standalone === true ||
    env.matchMedia?.('(display-mode: standalone)').matches === true
  );
}

/** Whether and how this browser can receive push notifications. */
export function pushSupportOf(env: PushEnvironment): PushSupport {
  const complete = !!env.navigator.serviceWorker && env.hasPushManager && !!env.Notification;
  if (!complete) {
    // iOS and iPadOS 16.4+ offer Web Push only to web apps opened from the home screen.
    return isAppleMobile(env.navigator) && !isStandalone(env) ? 'needs-install' : 'unsupported';
  }
  if (env.Notification?.permission === 'denied') return 'denied';
  return 'supported';
}
