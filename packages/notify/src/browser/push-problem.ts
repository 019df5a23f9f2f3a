import { isPushClientError, type PushClientErrorCode } from './errors.js';
import type { PushSupport } from './support.js';

const SUFFIXES: Partial<Record<PushClientErrorCode | PushSupport, string>> = {
  unsupported: 'unsupported',
  'needs-install': 'needsInstall',
  denied: 'denied',
  dismissed: 'dismissed',
  'gesture-required': 'dismissed',
  'no-service-worker': 'notReady',
  'push-service': 'service',
  network: 'network',
};

/**
 * The catalogue entry under `namespace` (a module's `reports.device`) that says why push could
 * not be switched on, never the browser's words: `.unsupported`, `.needsInstall`, `.denied`,
 * `.dismissed`, `.notReady`, `.service`, `.network`, and `.server` for anything else.
 */
export function pushProblemKey(problem: unknown, namespace: string): string {
  return pushCodeKey(isPushClientError(problem) ? problem.code : 'server', namespace);
}

/** The same for a code: why this browser cannot (yet) get push (`pushSupport()`'s answer). */
export function pushCodeKey(code: PushClientErrorCode | PushSupport, namespace: string): string {
  return `${namespace}.${SUFFIXES[code] ?? 'server'}`;
}
