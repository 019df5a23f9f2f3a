import {
  currentSubscription,
  INSTALLATION_STORAGE_KEY,
  loadPreferences,
  pushSupport,
} from '@city-app/notify/browser';
import { Checkbox } from '@city-app/ui';
import { useEffect, useState } from 'react';
import type { Space } from '../space.js';

export const PUSH_FIELD_ID = 'experiment-space-push';

/**
 * This device's notification installation, when "Meine Interessen" set one up and its push
 * subscription is active and known to the server; otherwise `null`. Never makes an id.
 */
export async function pushInstallation(): Promise<string | null> {
  if (typeof window === 'undefined' || pushSupport() !== 'supported') return null;
  try {
    // Without a stored id this device never opted in; asking would make one.
    if (!localStorage.getItem(INSTALLATION_STORAGE_KEY)) return null;
    const subscription = await currentSubscription();
    if (!subscription) return null;
    const stored = await loadPreferences();
    const known = stored?.subscriptions.some((s) => s.endpoint === subscription.endpoint);
    return known && stored ? stored.id : null;
  } catch {
    // No server, no service worker: the booking goes by e-mail alone.
    return null;
  }
}

export interface PushOptIn {
  /** The installation to name in the request, or `null` when this device has none. */
  installationId: string | null;
  chosen: boolean;
  choose(chosen: boolean): void;
  /** `{ installationId }` when the resident chose push here, else nothing. */
  request(): { installationId?: string };
}

/** The opt-in for a device with `installationId` (or none) and the resident's choice. */
export function pushOptIn(
  installationId: string | null,
  chosen: boolean,
  choose: (chosen: boolean) => void,
): PushOptIn {
  return {
    installationId,
    chosen,
    choose,
    request: () => (installationId && chosen ? { installationId } : {}),
  };
}

/** Whether this device can also get the booking's messages as push, and the resident's choice. */
export function usePushOptIn(): PushOptIn {
  const [installationId, setInstallationId] = useState<string | null>(null);
  const [chosen, choose] = useState(false);
  useEffect(() => {
    let live = true;
    void pushInstallation().then((id) => {
      if (live) setInstallationId(id);
    });
    return () => {
      live = false;
    };
  }, []);
  return pushOptIn(installationId, chosen, choose);
}

/**
 * "Also as a push notification on this device": shown only where the device has an active
 * push subscription; unchecked until the resident ticks it. The e-mail comes either way.
 */
export function PushOptInField({ push, space }: { push: PushOptIn; space: Pick<Space, 't'> }) {
  if (!push.installationId) return null;
  return (
    <Checkbox
      id={PUSH_FIELD_ID}
      name="push"
      label={space.t('form.push')}
      description={space.t('form.pushHint')}
      checked={push.chosen}
      onChange={(event) => push.choose(event.currentTarget.checked)}
    />
  );
}
