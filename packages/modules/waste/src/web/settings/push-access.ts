import {
  pushCodeKey as codeKey,
  type DevicePushAccess,
  type DevicePushState,
  type PushClientErrorCode,
  type PushSupport,
  pushProblemKey as problemKey,
  topicPush,
} from '@city-app/notify/browser';
import { WASTE_TOPIC } from '../../topics.js';

/** Where this device stands with push: its installation, if any, and whether it receives. */
export type PushState = DevicePushState;

/** What the reminders panel needs of notify's browser helpers (tests pass their own). */
export type PushAccess = DevicePushAccess;

/** Push on this browser for the waste calendar's topic. */
export const browserPush: PushAccess = topicPush(WASTE_TOPIC);

const NAMESPACE = 'waste.settings.push';

/** The catalogue entry that explains why push could not be switched on: never the browser's words. */
export const pushProblemKey = (problem: unknown) => problemKey(problem, NAMESPACE);

/** The same for a code: why this browser cannot (yet) get push. */
export const pushCodeKey = (code: PushClientErrorCode | PushSupport) => codeKey(code, NAMESPACE);
