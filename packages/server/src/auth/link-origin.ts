import type { Context } from 'hono';
import { expectedOrigin, type KernelEnv, type RequestSettings } from '../http/context.js';

const LOOPBACK = /^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/;

/**
 * The origin links in e-mails point to (password reset, invitation), or undefined when there
 * is none to trust. A Host header is the sender's to choose, so a link is built from it only
 * on the operator's own machine; elsewhere CITY_APP_PUBLIC_URL must be set, or a stranger
 * could have the real link sent to their own site.
 */
export function mailLinkOrigin(
  c: Context<KernelEnv>,
  settings: RequestSettings,
): string | undefined {
  if (settings.publicOrigin) return settings.publicOrigin;
  const origin = expectedOrigin(c, settings);
  return LOOPBACK.test(origin) ? origin : undefined;
}
