import {
  type DevicePushAccess,
  installationPush,
  pushProblemKey as problemKey,
} from '@city-app/notify/browser';

/** What following and reporting need of push on this device (tests pass their own). */
export type PushAccess = DevicePushAccess;

/** A report's news go to the devices by their installation, not by a topic. */
export const browserPush: PushAccess = installationPush;

/** The catalogue entry that says why push could not be switched on: never the browser's words. */
export const pushProblemKey = (problem: unknown) => problemKey(problem, 'reports.device');
