import type { Context, MiddlewareHandler } from 'hono';
import { clientIp, type RequestSettings } from '../http/context.js';
import type { MailTransport } from '../mail/transport.js';
import type { CityEnv, Database, Logger } from '../module.js';
import { limitMailPerRecipient } from './mail.js';
import { limitRefusal } from './messages.js';
import type { LimitRuleId, LimitRules } from './rules.js';
import { createLimitStore, type LimitCheck, type LimitDecision } from './store.js';

/** What strangers can trigger and the kernel limits by name. */
export type LimitedAction = 'feedback' | 'bookings' | 'submissions' | 'installations';

const ACTION_RULES: Record<LimitedAction, { address: LimitRuleId; email?: LimitRuleId }> = {
  feedback: { address: 'feedbackPerAddress' },
  bookings: { address: 'bookingsPerAddress', email: 'bookingsPerEmail' },
  submissions: { address: 'submissionsPerAddress', email: 'submissionsPerEmail' },
  installations: { address: 'installationsPerAddress' },
};

export interface GuardOptions {
  /** The e-mail the request acts for (read after validation), when the action has a per-e-mail limit. */
  email?: (c: Context) => string | undefined;
}

/**
 * The kernel's abuse limits, as modules get them (`ctx.limits`). Counts live in the database,
 * so all server processes on it share them.
 */
export interface AbuseLimits {
  /** The limits in force (from the CITY_APP_LIMIT_* settings). */
  readonly rules: LimitRules;
  /** The client's IP address, read from X-Forwarded-For only through trusted proxies. */
  clientAddress(c: Context): string;
  /**
   * Middleware that counts the request against `action`'s limits (per client address and, with
   * `email`, per e-mail) and answers 429 with Retry-After and a German or English message
   * when one is reached. Signed-in staff pass uncounted; a retry with the same Idempotency-Key
   * counts once; a request that ends in an error (4xx, 5xx) is taken back, since nothing happened.
   * Place it after the route's validation.
   */
  guard(action: LimitedAction, options?: GuardOptions): MiddlewareHandler<CityEnv>;
  /** Counts events for module-specific limits; see `LimitStore.admit`. */
  admit(checks: LimitCheck[], options?: { token?: string }): Promise<LimitDecision>;
  release(receipt: string[]): Promise<void>;
  /** `transport` with the town's per-recipient limit on e-mails (made on first use). */
  limitMail(transport: MailTransport | (() => MailTransport)): MailTransport;
}

export function createAbuseLimits(options: {
  db: Database;
  rules: LimitRules;
  settings: RequestSettings;
  log: Logger;
}): AbuseLimits {
  const { rules, settings, log } = options;
  const store = createLimitStore(options.db);
  const clientAddress = (c: Context) => clientIp(c, settings);
  return {
    rules,
    clientAddress,
    admit: store.admit,
    release: store.release,
    guard(action, guardOptions = {}) {
      const ids = ACTION_RULES[action];
      return async (c, next) => {
        if (c.get('user')) return next();
        const checks: LimitCheck[] = [{ rule: rules[ids.address], key: clientAddress(c) }];
        const email = ids.email ? guardOptions.email?.(c) : undefined;
        if (ids.email && email) checks.push({ rule: rules[ids.email], key: email });
        const token = c.req.header('idempotency-key');
        const decision = await store.admit(checks, token ? { token } : {});
        if (!decision.admitted) return limitRefusal(c, decision.rule, decision.retryAfter);
        await next();
        if (c.res.status >= 400) await store.release(decision.receipt);
      };
    },
    limitMail(transport) {
      const make = typeof transport === 'function' ? transport : () => transport;
      return limitMailPerRecipient(make, store, rules.mailsPerRecipient, log);
    },
  };
}
