import {
  type DevicePushAccess,
  installationPush,
  pushProblemKey as problemKey,
} from '@city-app/notify/browser';
import { createContext } from 'react';

export type PushAccess = DevicePushAccess;

/** The push the screens use: a committee's news reach the installation, not a topic. */
export const PushAccessContext = createContext<PushAccess>(installationPush);

/** The catalogue entry that says why push could not be switched on: never the browser's words. */
export const pushProblemKey = (problem: unknown) => problemKey(problem, 'council.device');
