import {
  type DevicePushState,
  devicePushState,
  enableTopic,
  isPushClientError,
  type PushClientErrorCode,
  type PushSupport,
  pushSupport,
} from '@city-app/notify/browser';
import { WASTE_TOPIC } from '../../topics.js';

/** Where this device stands with push: its installation, if any, and whether it receives. */
export type PushState = DevicePushState;

/** What the reminders panel needs of notify's browser helpers (tests pass their own). */
export interface PushAccess {
  support(): PushSupport;
  state(): Promise<PushState>;
  /**
   * Makes sure this device receives the waste calendar's pushes and returns its installation
   * id. Asks for permission when needed, so call it straight from the click.
   */
  enable(known: PushState, locale: 'de' | 'en'): Promise<string>;
}

/** notify's helpers on this browser. */
export const browserPush: PushAccess = {
  support: () => pushSupport(),
  state: () => devicePushState(),
  enable: (known, locale) => enableTopic(known, WASTE_TOPIC, locale),
};

/** The catalogue entry that explains why push could not be switched on: never the browser's words. */
export function pushProblemKey(problem: unknown): string {
  return pushCodeKey(isPushClientError(problem) ? problem.code : 'server');
}

/** The same for a code: why this browser cannot (yet) get push. */
export function pushCodeKey(code: PushClientErrorCode | PushSupport): string {
  switch (code) {
    case 'unsupported':
      return 'waste.settings.push.unsupported';
    case 'needs-install':
      return 'waste.settings.push.needsInstall';
    case 'denied':
      return 'waste.settings.push.denied';
    case 'dismissed':
    case 'gesture-required':
      return 'waste.settings.push.dismissed';
    case 'no-service-worker':
      return 'waste.settings.push.notReady';
    case 'push-service':
      return 'waste.settings.push.service';
    case 'network':
      return 'waste.settings.push.network';
    default:
      return 'waste.settings.push.server';
  }
}
