import { pushSupport } from './client.js';
import { type DevicePushState, devicePushState, enableDevice, enableTopic } from './device-push.js';
import type { PushSupport } from './support.js';

/**
 * What a module's follow buttons need of push on this device; a module's screens take it from
 * a context so tests can hand in their own.
 */
export interface DevicePushAccess {
  support(): PushSupport;
  state(): Promise<DevicePushState>;
  /** This device's installation id, receiving the pushes; call it from the click. */
  enable(known: DevicePushState, locale: 'de' | 'en'): Promise<string>;
}

/** Push on this browser for news addressed to the installation (a followed report, committee). */
export const installationPush: DevicePushAccess = {
  support: () => pushSupport(),
  state: () => devicePushState(),
  enable: enableDevice,
};

/** Push on this browser for a module's topic (its reminders), kept with the device's others. */
export const topicPush = (topic: string): DevicePushAccess => ({
  support: () => pushSupport(),
  state: () => devicePushState(),
  enable: (known, locale) => enableTopic(known, topic, locale),
});
