/** The bounds of one sync: what a slow, broken or hostile server can cost the app. */
export const OPARL_LIMITS = {
  /** One answer (a list page or an object), read at most this far. */
  bytes: 8 * 1024 * 1024,
  /** One request, from connecting to the last byte. */
  timeoutMs: 30_000,
  /** Attempts per request when the server fails (5xx, 429, network); 4xx is not retried. */
  attempts: 3,
  /** Waits before the second and third attempt. */
  backoffMs: [500, 2_000],
  /** Pages of one list: a `next` chain longer than this is cut (a server looping on itself). */
  pagesPerList: 5_000,
  /** Objects one sync stores at most; what is beyond is left to the next run. */
  objects: 500_000,
  /** One object's JSON, stored whole; a larger one is skipped with its id. */
  objectBytes: 256 * 1024,
  /** Bodies of one System. */
  bodies: 50,
} as const;
