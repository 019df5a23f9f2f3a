import type { ScheduledJob } from '@city-app/server';
import type { CouncilConfig } from '../../config.js';
import { announceNews } from '../announce/announce.js';
import { httpOptionsOf } from '../sync/options.js';
import { summaryOf, syncSystem } from '../sync/sync-system.js';

/**
 * Reads what changed in the council information system every hour and tells the followers of
 * the council topic of new meetings and agenda items. Staff see it as a source
 * (its counts and failures in the kernel's source health, `city-app doctor`). A run again for
 * the same due time asks for the same changes and writes nothing new: idempotent.
 */
export const syncCouncilJob: ScheduledJob<CouncilConfig> = {
  name: 'sync-oparl',
  title: {
    de: 'Sitzungen und Vorlagen aus dem Ratsinformationssystem abrufen',
    en: 'Fetch meetings and papers from the council information system',
  },
  kind: 'import',
  every: '1 hour',
  async run(ctx, { dueAt, signal }) {
    const system = ctx.config.oparl?.system;
    if (!system) return undefined;
    const report = await syncSystem(ctx.db, system, { http: httpOptionsOf(ctx, signal) });
    // Followers hear of new meetings and agenda items. What the sync read is stored by then.
    await announceNews(ctx, report, { dueAt, now: new Date() });
    return summaryOf(report);
  },
};
