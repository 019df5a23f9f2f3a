import {
  type DevicePushState,
  devicePushState,
  enableTopic,
  isPushClientError,
  type PushClientErrorCode,
  type PushSupport,
  pushSupport,
} from '@city-app/notify/browser';
import { EVENTS_TOPIC } from '../../topics.js';

/** What following and marking need of notify's browser helpers (tests pass their own). */
export interface PushAccess {
  support(): PushSupport;
  state(): Promise<DevicePushState>;
  /** This device's installation id, receiving the module's pushes; call it from the click. */
  enable(known: DevicePushState, locale: 'de' | 'en'): Promise<string>;
}

/** notify's helpers on this browser. */
export const browserPush: PushAccess = {
  support: () => pushSupport(),
  state: () => devicePushState(),
  enable: (known, locale) => enableTopic(known, EVENTS_TOPIC, locale),
};

const KEYS: Partial<Record<PushClientErrorCode | PushSupport, string>> = {
  unsupported: 'events.device.unsupported',
  'needs-install': 'events.device.needsInstall',
  denied: 'events.device.denied',
  dismissed: 'events.device.dismissed',
  'gesture-required': 'events.device.dismissed',
  'no-service-worker': 'events.device.notReady',
  'push-service': 'events.device.service',
  network: 'events.device.network',
};

/** The catalogue entry that says why push could not be switched on: never the browser's words. */
export function pushProblemKey(problem: unknown): string {
  return (isPushClientError(problem) && KEYS[problem.code]) || 'events.device.server';
}
