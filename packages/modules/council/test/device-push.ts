import { PushClientError } from '@city-app/notify/browser';
import type { PushAccess } from '../src/web/follows/push-access.js';

/** The installation id a device gets when the tests switch its push on. */
export const DEVICE = '0f3c2a9e-5b1d-4c7e-9a2f-6d8e1b4c3a70';

/** A device's push as a test wants it: signed up (or not), permission given (or refused). */
export function devicePush(options: {
  installationId: string | null;
  refuse?: boolean;
}): PushAccess {
  return {
    support: () => 'supported',
    state: async () => ({
      installationId: options.installationId,
      subscribed: options.installationId !== null,
      preferences: null,
    }),
    enable: async () => {
      if (options.refuse) throw new PushClientError('denied', 'denied');
      return DEVICE;
    },
  };
}
