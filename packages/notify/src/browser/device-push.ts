import {
  currentSubscription,
  loadPreferences,
  pushSupport,
  type StoredPreferences,
  savePreferences,
  subscribe,
} from './client.js';
import { INSTALLATION_STORAGE_KEY } from './installation-id.js';

/** Where this device stands with push: its installation, if any, and whether it receives. */
export interface DevicePushState {
  installationId: string | null;
  subscribed: boolean;
  preferences: StoredPreferences | null;
}

const NONE: DevicePushState = { installationId: null, subscribed: false, preferences: null };

/**
 * This device's push state, without asking the server to make an installation: a device that
 * never opted in has no stored id and stays without one.
 */
export async function devicePushState(): Promise<DevicePushState> {
  if (typeof window === 'undefined' || pushSupport() !== 'supported') return NONE;
  try {
    if (!localStorage.getItem(INSTALLATION_STORAGE_KEY)) return NONE;
    const [subscription, preferences] = await Promise.all([
      currentSubscription(),
      loadPreferences(),
    ]);
    const subscribed =
      !!subscription &&
      !!preferences?.subscriptions.some((s) => s.endpoint === subscription.endpoint);
    return { installationId: preferences?.id ?? null, subscribed, preferences };
  } catch {
    return NONE;
  }
}

/**
 * Makes sure this device receives pushes labelled `topic` (a module's reminders) and returns
 * its installation id, keeping what it followed before. Asks for permission when needed, so
 * call it straight from the click.
 */
export async function enableTopic(
  known: DevicePushState,
  topic: string,
  locale: 'de' | 'en',
): Promise<string> {
  const preferences = {
    topics: [...new Set([...(known.preferences?.topics ?? []), topic])],
    areas: known.preferences?.areas ?? [],
    locale: known.preferences?.locale ?? locale,
    quietHours: known.preferences?.quietHours ?? null,
  };
  // subscribe() opens the permission prompt first thing, while the click still counts.
  const stored =
    known.subscribed && known.installationId
      ? await savePreferences(preferences)
      : await subscribe({ preferences });
  return stored.id;
}

/**
 * Makes sure this device receives pushes addressed to its installation (a module's follow of
 * one thing, not a topic) and returns its installation id. A device already receiving keeps
 * its choices as they are; another subscribes with what it chose before (nothing, on a device
 * never asked). Asks for permission when needed, so call it straight from the click.
 */
export async function enableDevice(known: DevicePushState, locale: 'de' | 'en'): Promise<string> {
  if (known.subscribed && known.installationId) return known.installationId;
  const stored = await subscribe({
    preferences: {
      topics: known.preferences?.topics ?? [],
      areas: known.preferences?.areas ?? [],
      locale: known.preferences?.locale ?? locale,
      quietHours: known.preferences?.quietHours ?? null,
    },
  });
  return stored.id;
}
