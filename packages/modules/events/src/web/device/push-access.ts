import {
  type DevicePushAccess,
  pushProblemKey as problemKey,
  topicPush,
} from '@city-app/notify/browser';
import { EVENTS_TOPIC } from '../../topics.js';

/** What following and marking need of push on this device (tests pass their own). */
export type PushAccess = DevicePushAccess;

/** Push on this browser for the events module's topic. */
export const browserPush: PushAccess = topicPush(EVENTS_TOPIC);

/** The catalogue entry that says why push could not be switched on: never the browser's words. */
export const pushProblemKey = (problem: unknown) => problemKey(problem, 'events.device');
