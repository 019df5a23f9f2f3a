import type { ModuleServerContext, StaffUser } from '@city-app/server';
import type { StatusChange } from '../../api/staff-report.js';
import type { ReportsConfig } from '../../config.js';
import type { ForwardingTarget } from '../../forwarding/target.js';
import { publicOrigin } from '../notices/texts.js';
import type { LockedReport } from '../staff/lock.js';
import { changeStatus } from '../staff/status.js';

/** The other server as the author of a change in the report's history. */
function author(target: ForwardingTarget): StaffUser {
  return { id: `open311:${target.id}`, email: '', name: target.name.de, roles: [] };
}

/** Where links in the notices point when no request tells: the configured public address. */
const origin = (ctx: ModuleServerContext<ReportsConfig>) =>
  publicOrigin(ctx.env, `http://localhost:${ctx.env?.PORT ?? 3000}`);

/**
 * Records what the other server did as a change of the report, told to the reporter and the
 * followers like a change by staff.
 */
export function applyRemoteChange(
  ctx: ModuleServerContext<ReportsConfig>,
  tx: Parameters<typeof changeStatus>[1],
  report: LockedReport,
  target: ForwardingTarget,
  change: StatusChange,
): Promise<void> {
  return changeStatus(ctx, tx, report, change, author(target), origin(ctx));
}
