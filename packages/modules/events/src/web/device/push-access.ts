import {
  type DevicePushState,
  devicePushState,
  enableTopic,
  type PushSupport,
  pushProblemKey as problemKey,
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

/** The catalogue entry that says why push could not be switched on: never the browser's words. */
export const pushProblemKey = (problem: unknown) => problemKey(problem, 'events.device');
