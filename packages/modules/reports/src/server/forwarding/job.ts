import type { ImportSummary, ScheduledJob } from '@city-app/server';
import type { ReportsConfig } from '../../config.js';
import { forwardingError } from '../../errors/forwarding.js';
import { Open311Refused, Open311Unreachable } from './client.js';
import { pullUpdates } from './pull.js';
import { sendQueued } from './send.js';

/**
 * Every five minutes: sends the reports confirmed since, then reads back what became of those
 * sent. A target that cannot be reached makes the run fail (staff see it in the source's
 * health) after every other target had its turn; its reports wait and are tried again.
 */
export const forwardJob: ScheduledJob<ReportsConfig> = {
  name: 'forward-open311',
  title: {
    de: 'Meldungen an die zuständige Stelle weiterleiten',
    en: 'Forward reports to the responsible body',
  },
  every: '5 minutes',
  async run(ctx, { signal }): Promise<ImportSummary> {
    const summary: ImportSummary = { created: 0, changed: 0, unchanged: 0, skipped: [] };
    if (ctx.config.forwarding.length === 0) return summary;
    const sent = await sendQueued(ctx, signal);
    summary.created = sent.sent.length;
    summary.skipped = sent.failed.map((f) => ({ item: f.publicId, reason: f.reason }));
    for (const target of ctx.config.forwarding) {
      // Reading back needs no key (GeoReport v2 lists requests openly).
      if (sent.unreachable.has(target)) continue;
      try {
        const pulled = await pullUpdates(ctx, target, signal);
        summary.changed += pulled.changed;
        summary.unchanged += pulled.unchanged;
      } catch (error) {
        if (!(error instanceof Open311Unreachable || error instanceof Open311Refused)) throw error;
        sent.unreachable.set(target, error.message);
      }
    }
    const [unreachable] = sent.unreachable;
    if (unreachable) {
      const [target, detail] = unreachable;
      throw forwardingError('reports_forward_unreachable', { target: target.name.de, detail });
    }
    const [keyless] = sent.keyMissing;
    if (keyless) {
      throw forwardingError('reports_forward_key_missing', {
        target: keyless.name.de,
        variable: keyless.apiKeyEnv,
      });
    }
    return summary;
  },
};
