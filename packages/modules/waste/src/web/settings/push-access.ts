import {
  currentSubscription,
  INSTALLATION_STORAGE_KEY,
  isPushClientError,
  loadPreferences,
  type PushClientErrorCode,
  type PushSupport,
  pushSupport,
  type StoredPreferences,
  savePreferences,
  subscribe,
} from '@city-app/notify/browser';
import { WASTE_TOPIC } from '../../topics.js';

/** Where this device stands with push: its installation, if any, and whether it receives. */
export interface PushState {
  installationId: string | null;
  subscribed: boolean;
  preferences: StoredPreferences | null;
}

/** What the reminders panel needs of notify's browser helpers (tests pass their own). */
export interface PushAccess {
  support(): PushSupport;
  state(): Promise<PushState>;
  /**
   * Makes sure this device receives the waste calendar's pushes and returns its installation
   * id. Asks for permission when needed, so call it straight from the click.
   */
  enable(known: PushState, locale: 'de' | 'en'): Promise<string>;
}

/** notify's helpers on this browser. */
export const browserPush: PushAccess = {
  support: () => pushSupport(),
  async state() {
    if (typeof window === 'undefined' || pushSupport() !== 'supported') {
      return { installationId: null, subscribed: false, preferences: null };
    }
    try {
      // Without a stored id this device never opted in; asking the server would make one.
      if (!localStorage.getItem(INSTALLATION_STORAGE_KEY)) {
        return { installationId: null, subscribed: false, preferences: null };
      }
      const [subscription, preferences] = await Promise.all([
        currentSubscription(),
        loadPreferences(),
      ]);
      const subscribed =
        !!subscription &&
        !!preferences?.subscriptions.some((s) => s.endpoint === subscription.endpoint);
      return { installationId: preferences?.id ?? null, subscribed, preferences };
    } catch {
      return { installationId: null, subscribed: false, preferences: null };
    }
  },
  async enable(known, locale) {
    const topics = [...new Set([...(known.preferences?.topics ?? []), WASTE_TOPIC])];
    const preferences = {
      topics,
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
  },
};

/** The catalogue entry that explains why push could not be switched on: never the browser's words. */
export function pushProblemKey(problem: unknown): string {
  return pushCodeKey(isPushClientError(problem) ? problem.code : 'server');
}

/** The same for a code: why this browser cannot (yet) get push. */
export function pushCodeKey(code: PushClientErrorCode | PushSupport): string {
  switch (code) {
    case 'unsupported':
      return 'waste.settings.push.unsupported';
    case 'needs-install':
      return 'waste.settings.push.needsInstall';
    case 'denied':
      return 'waste.settings.push.denied';
    case 'dismissed':
    case 'gesture-required':
      return 'waste.settings.push.dismissed';
    case 'no-service-worker':
      return 'waste.settings.push.notReady';
    case 'push-service':
      return 'waste.settings.push.service';
    case 'network':
      return 'waste.settings.push.network';
    default:
      return 'waste.settings.push.server';
  }
}
