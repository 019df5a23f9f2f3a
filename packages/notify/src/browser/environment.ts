/**
 * The parts of the browser the notify helpers use, as one object: by default the page's own
 * globals; tests and unusual hosts pass their own.
 */

/** What `pushManager.subscribe` returns, as far as notify needs it. */
export interface BrowserPushSubscription {
  readonly endpoint: string;
  readonly options?: { applicationServerKey: ArrayBuffer | null };
  toJSON(): { endpoint?: string; keys?: Record<string, string> };
  unsubscribe(): Promise<boolean>;
}

export interface BrowserPushManager {
  getSubscription(): Promise<BrowserPushSubscription | null>;
  subscribe(options: {
    userVisibleOnly: boolean;
    applicationServerKey: BufferSource | string;
  }): Promise<BrowserPushSubscription>;
}

export interface PushEnvironment {
  navigator: {
    userAgent: string;
    maxTouchPoints?: number;
    /** iOS Safari: true inside an app added to the home screen. */
    standalone?: boolean;
    /** Present in Chromium and Firefox; tells whether a user gesture is under way. */
    userActivation?: { isActive: boolean };
    serviceWorker?: { ready: Promise<{ pushManager?: BrowserPushManager }> };
  };
  /** `window.Notification`, if the browser has it. */
  Notification?: {
    readonly permission: 'default' | 'granted' | 'denied';
    requestPermission(): Promise<'default' | 'granted' | 'denied'>;
  };
  /** Whether `window.PushManager` exists. */
  hasPushManager: boolean;
  matchMedia?(query: string): { matches: boolean };
  localStorage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  indexedDB?: IDBFactory;
  fetch: typeof fetch;
  randomUUID(): string;
  /** The staff session's CSRF token, when someone is signed in (the kernel demands it then). */
  csrfToken?(): string | undefined;
}

/** The page's own browser. Call it only in a browser (or a service worker). */
export function browserEnvironment(): PushEnvironment {
  const g = globalThis as unknown as Record<string, unknown> & typeof globalThis;
  let storage: PushEnvironment['localStorage'];
  try {
    // Reading localStorage throws where storage is switched off.
    storage = g.localStorage;
  } catch {
    storage = undefined;
  }
  return {
    navigator: g.navigator as unknown as PushEnvironment['navigator'],
    Notification: g.Notification as unknown as PushEnvironment['Notification'],
    hasPushManager: 'PushManager' in g,
    matchMedia: typeof g.matchMedia === 'function' ? (q) => g.matchMedia(q) : undefined,
    localStorage: storage,
    indexedDB: g.indexedDB,
    fetch: (input, init) => g.fetch(input, init),
    randomUUID: () => g.crypto.randomUUID(),
    csrfToken: () => {
      const doc = g.document as Document | undefined;
      const match = /(?:^|;\s*)city_app_csrf=([^;]+)/.exec(doc?.cookie ?? '');
      return match ? decodeURIComponent(match[1] as string) : undefined;
    },
  };
}
