import {
  type DevicePushState,
  devicePushState,
  enableDevice,
  type PushSupport,
  pushProblemKey as problemKey,
  pushSupport,
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
 * not by a topic: a device already receiving keeps its choices as they are.
 */
export const browserPush: PushAccess = {
  support: () => pushSupport(),
  state: () => devicePushState(),
  enable: enableDevice,
};

/** The catalogue entry that says why push could not be switched on: never the browser's words. */
export const pushProblemKey = (problem: unknown) => problemKey(problem, 'reports.device');
