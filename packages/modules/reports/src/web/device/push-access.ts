import {
  type DevicePushState,
  devicePushState,
  isPushClientError,
  type PushClientErrorCode,
  type PushSupport,
  pushSupport,
  subscribe,
} from '@city-app/notify/browser';

/** What following and reporting need of notify's browser helpers (tests pass their own). */
export interface PushAccess {
  support(): PushSupport;
  state(): Promise<DevicePushState>;
  /** This device's installation id, receiving pushes; call it from the click. */
  enable(known: DevicePushState, locale: 'de' | 'en'): Promise<string>;
}

/**
 * notify's helpers on this browser. A report's news go to the devices by their installation,
 * not by a topic: a device already receiving keeps its choices as they are; another subscribes
 * with what it chose before (nothing, on a device never asked).
 */
export const browserPush: PushAccess = {
  support: () => pushSupport(),
  state: () => devicePushState(),
  enable: async (known, locale) => {
    if (known.subscribed && known.installationId) return known.installationId;
    const stored = await subscribe({
      preferences: {
        topics: known.preferences?.topics ?? [],
        areas: known.preferences?.areas ?? [],
        locale: known.preferences?.locale ?? locale,
        quietHours: known.preferences?.quietHours ?? null,
      },
    });
    return stored.id;
  },
};

const KEYS: Partial<Record<PushClientErrorCode | PushSupport, string>> = {
  unsupported: 'reports.device.unsupported',
  'needs-install': 'reports.device.needsInstall',
  denied: 'reports.device.denied',
  dismissed: 'reports.device.dismissed',
  'gesture-required': 'reports.device.dismissed',
  'no-service-worker': 'reports.device.notReady',
  'push-service': 'reports.device.service',
  network: 'reports.device.network',
};

/** The catalogue entry that says why push could not be switched on: never the browser's words. */
export function pushProblemKey(problem: unknown): string {
  return (isPushClientError(problem) && KEYS[problem.code]) || 'reports.device.server';
}
