import {
  type DevicePushState,
  devicePushState,
  isPushClientError,
  type PushClientErrorCode,
  type PushSupport,
  pushSupport,
  subscribe,
} from '@city-app/notify/browser';
import { createContext } from 'react';

/** What following a committee needs of notify's browser helpers (tests pass their own). */
export interface PushAccess {
  support(): PushSupport;
  state(): Promise<DevicePushState>;
  /** This device's installation id, receiving pushes; call it from the click. */
  enable(known: DevicePushState, locale: 'de' | 'en'): Promise<string>;
}

/**
 * notify's helpers on this browser. A committee's news go to the devices by their
 * installation, not by the council topic: a device already receiving keeps its choices as
 * they are; another subscribes with what it chose before (nothing, on a device never asked).
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

/** The push helpers the screens use: the browser's, unless a test hands in its own. */
export const PushAccessContext = createContext<PushAccess>(browserPush);

const KEYS: Partial<Record<PushClientErrorCode, string>> = {
  unsupported: 'council.device.unsupported',
  'needs-install': 'council.device.needsInstall',
  denied: 'council.device.denied',
  dismissed: 'council.device.dismissed',
  'gesture-required': 'council.device.dismissed',
  'no-service-worker': 'council.device.notReady',
  'push-service': 'council.device.service',
  network: 'council.device.network',
};

/** The catalogue entry that says why push could not be switched on: never the browser's words. */
export function pushProblemKey(problem: unknown): string {
  return (isPushClientError(problem) && KEYS[problem.code]) || 'council.device.server';
}
