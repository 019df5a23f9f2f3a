import type { CityEnv, LimitRule, ModuleServerContext } from '@city-app/server';
import type { Context } from 'hono';
import type { ReportsConfig } from '../../config.js';
import { reportError } from '../../errors/reports.js';

const DAY = 24 * 3600;

/** The town's limits on reports, as the kernel's limit store counts them (0: no limit). */
function rules(config: ReportsConfig): { installation: LimitRule; address: LimitRule } {
  return {
    installation: {
      id: 'reportsPerInstallation',
      kind: 'reports-installation',
      per: 'installation',
      max: config.limits.perInstallationPerDay,
      windowSeconds: DAY,
    },
    address: {
      id: 'reportsPerAddress',
      kind: 'reports-address',
      per: 'address',
      max: config.limits.perAddressPerDay,
      windowSeconds: DAY,
    },
  };
}

/**
 * Counts one report against the limits per IP address and per installation; throws a 429
 * naming the limit when one is reached. Returns how to take the count back when the report is
 * not stored after all. A retry with the same Idempotency-Key counts once.
 */
export async function admitReport(
  ctx: ModuleServerContext<ReportsConfig>,
  c: Context<CityEnv>,
  installationId: string | undefined,
): Promise<{ release(): Promise<void> }> {
  const limits = ctx.limits;
  // Staff entering a report from a phone call are not strangers.
  if (!limits || c.get('user')) return { release: async () => {} };
  const { installation, address } = rules(ctx.config);
  const checks = [];
  if (address.max > 0) checks.push({ rule: address, key: limits.clientAddress(c) });
  if (installation.max > 0 && installationId)
    checks.push({ rule: installation, key: installationId });
  if (checks.length === 0) return { release: async () => {} };
  const token = c.req.header('idempotency-key');
  const decision = await limits.admit(checks, token ? { token } : {});
  if (!decision.admitted) {
    c.header('Retry-After', String(decision.retryAfter));
    const params = { max: decision.rule.max, minutes: Math.ceil(decision.retryAfter / 60) };
    throw decision.rule.id === installation.id
      ? reportError('reports_limit_per_installation', params, { field: 'installationId' })
      : reportError('reports_limit_per_address', params);
  }
  return { release: () => limits.release(decision.receipt) };
}
