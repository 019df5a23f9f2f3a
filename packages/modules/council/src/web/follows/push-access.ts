import {
  type DevicePushState,
  devicePushState,
  enableDevice,
  type PushSupport,
  pushProblemKey as problemKey,
  pushSupport,
} from '@city-app/notify/browser';
import { createContext } from 'react';

/** What following a committee needs of notify's browser helpers (tests pass their own). */
export interface PushAccess {
  support(): PushSupport;
  state(): Promise<DevicePushState>;
  /** This device's installation id, receiving pushes; call it from the click. */
  enable(known: DevicePushState, locale: 'de' | 'en'): Promise<string>;
}

/** notify's helpers on this browser: a committee's news reach the installation, not a topic. */
export const browserPush: PushAccess = {
  support: () => pushSupport(),
  state: () => devicePushState(),
  enable: enableDevice,
};

/** The push helpers the screens use: the browser's, unless a test hands in its own. */
export const PushAccessContext = createContext<PushAccess>(browserPush);

/** The catalogue entry that says why push could not be switched on: never the browser's words. */
export const pushProblemKey = (problem: unknown) => problemKey(problem, 'council.device');
