import type { PushEnvironment } from './environment.js';

/** Where the page keeps the installation id (localStorage). */
export const INSTALLATION_STORAGE_KEY = 'city-app:notify-installation';

/**
 * Where a service worker finds the installation id, since it cannot read localStorage:
 * IndexedDB database `city-app/notify`, object store `settings`, key `installationId`,
 * value the id as a string.
 */
export const SERVICE_WORKER_STORE = {
  database: 'city-app/notify',
  version: 1,
  store: 'settings',
  key: 'installationId',
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Where storage is switched off, the id lasts for this visit.
const memory = new WeakMap<PushEnvironment, string>();

/** This installation's anonymous id: a random UUID made once and kept on the device. */
export function installationIdOf(env: PushEnvironment): string {
  let stored: string | null | undefined;
  try {
    stored = env.localStorage?.getItem(INSTALLATION_STORAGE_KEY);
  } catch {
    stored = undefined;
  }
  if (stored && UUID.test(stored)) return stored;
  const remembered = memory.get(env);
  if (remembered) return remembered;
  const id = env.randomUUID();
  memory.set(env, id);
  try {
    env.localStorage?.setItem(INSTALLATION_STORAGE_KEY, id);
  } catch {
    // Storage full or off: the memory copy serves this visit.
  }
  return id;
}

/** Forgets the id (after "delete my data"); the next call to `installationId` makes a new one. */
export function forgetInstallationId(env: PushEnvironment): void {
  memory.delete(env);
  try {
    env.localStorage?.removeItem(INSTALLATION_STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openStore(idb: IDBFactory): Promise<IDBDatabase> {
  const open = idb.open(SERVICE_WORKER_STORE.database, SERVICE_WORKER_STORE.version);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(SERVICE_WORKER_STORE.store)) {
      open.result.createObjectStore(SERVICE_WORKER_STORE.store);
    }
  };
  return request(open);
}

async function withStore<T>(
  idb: IDBFactory,
  mode: IDBTransactionMode,
  fn: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openStore(idb);
  try {
    const tx = db.transaction(SERVICE_WORKER_STORE.store, mode);
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    const result = await request(fn(tx.objectStore(SERVICE_WORKER_STORE.store)));
    await done;
    return result;
  } finally {
    db.close();
  }
}

/** Copies the id where the service worker can read it; does nothing without IndexedDB. */
export async function shareWithServiceWorker(
  env: PushEnvironment,
  id: string | null,
): Promise<void> {
  if (!env.indexedDB) return;
  await withStore<unknown>(env.indexedDB, 'readwrite', (store) =>
    id === null
      ? (store.delete(SERVICE_WORKER_STORE.key) as IDBRequest<unknown>)
      : (store.put(id, SERVICE_WORKER_STORE.key) as IDBRequest<unknown>),
  );
}

/**
 * The installation id as the page last shared it, for a service worker (e.g. its
 * `pushsubscriptionchange` handler); `null` when there is none.
 */
export async function readInstallationId(
  idb: IDBFactory = globalThis.indexedDB,
): Promise<string | null> {
  const value = await withStore(idb, 'readonly', (store) => store.get(SERVICE_WORKER_STORE.key));
  return typeof value === 'string' ? value : null;
}
