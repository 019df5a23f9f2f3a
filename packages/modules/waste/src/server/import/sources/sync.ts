import { createHash } from 'node:crypto';
import { isCityAppError } from '@city-app/core';
import type { ModuleServerContext } from '@city-app/server';
import type { ImportPlan } from '../../../api/import-plan.js';
import type { WasteConfig } from '../../../config.js';
import { importFile } from '../import-file.js';
import { fetchCalendar, privateSourcesAllowed } from './fetch.js';
import { type StoredSource, sources } from './repository.js';

/** What a failure is stored as: the catalogue's German text, never a stack. */
export function failureText(error: unknown): string {
  if (isCityAppError(error)) return `${error.toJSON('de').title}: ${error.toJSON('de').message}`;
  return 'Unerwarteter Fehler beim Import; Einzelheiten stehen im Protokoll des Servers.';
}

export interface SyncOptions {
  dryRun: boolean;
  /** Fetch and import even when the calendar did not change (staff's "import now"). */
  force: boolean;
  language: 'de' | 'en';
  signal?: AbortSignal;
}

/**
 * Fetches a source and imports it when its content changed. Returns the plan, or null when
 * the calendar is as last imported (304, or the same bytes). A failure is stored on the
 * source (text and count) and thrown on; a dry run stores nothing.
 */
export async function syncSource(
  ctx: ModuleServerContext<WasteConfig>,
  source: StoredSource,
  options: SyncOptions,
): Promise<ImportPlan | null> {
  try {
    const fetched = await fetchCalendar(source.url, {
      ...(options.force ? {} : { etag: source.etag, lastModified: source.lastModified }),
      ...(options.signal ? { signal: options.signal } : {}),
      allowPrivateAddresses: privateSourcesAllowed(ctx.env),
    });
    const hash = fetched.changed
      ? createHash('sha256').update(fetched.bytes).digest('hex')
      : source.contentHash;
    if (!fetched.changed || (!options.force && hash === source.contentHash)) {
      if (!options.dryRun) await sources.checkedUnchanged(ctx.db, source.id);
      return null;
    }
    const plan = await importFile(ctx, {
      bytes: fetched.bytes,
      format: source.format,
      target: source.locationId === null ? null : { locationId: source.locationId },
      dryRun: options.dryRun,
      source: `source:${source.id}`,
      language: options.language,
    });
    if (!options.dryRun) {
      const seen = { etag: fetched.etag, lastModified: fetched.lastModified, hash: hash as string };
      await sources.succeeded(ctx.db, source.id, seen, plan);
    }
    return plan;
  } catch (error) {
    if (!options.dryRun) await sources.failed(ctx.db, source.id, failureText(error));
    if (!isCityAppError(error)) ctx.log.error(`waste: source ${source.id} failed: ${error}`);
    throw error;
  }
}

const EVERY_MS: Record<WasteConfig['syncEvery'], number> = {
  '1 hour': 3_600_000,
  '6 hours': 6 * 3_600_000,
  '12 hours': 12 * 3_600_000,
  day: 24 * 3_600_000,
};

/**
 * The `sync-sources` job: imports every active source that is due by the town's `syncEvery`
 * (the job itself looks every hour). One failing source does not stop the others; each
 * one's health is on its row.
 */
export async function syncDueSources(
  ctx: ModuleServerContext<WasteConfig>,
  due: { dueAt: Date; signal?: AbortSignal },
): Promise<Record<string, number>> {
  const counts = { checked: 0, imported: 0, unchanged: 0, failed: 0 };
  const every = EVERY_MS[ctx.config.syncEvery];
  for (const source of await sources.list(ctx.db, true)) {
    if (due.signal?.aborted) break;
    const last = source.lastCheckedAt ? Date.parse(source.lastCheckedAt) : 0;
    // A minute's slack, so a run a little early on the clock does not skip a whole period.
    if (due.dueAt.getTime() - last < every - 60_000) continue;
    counts.checked++;
    try {
      const plan = await syncSource(ctx, source, {
        dryRun: false,
        force: false,
        language: 'de',
        ...(due.signal ? { signal: due.signal } : {}),
      });
      if (plan) counts.imported++;
      else counts.unchanged++;
    } catch {
      counts.failed++;
    }
  }
  return counts;
}
