import { createHash } from 'node:crypto';
import { isCityAppError } from '@city-app/core';
import type { ImportSummary, ModuleServerContext } from '@city-app/server';
import type { FeedImport } from '../../api/feed-import.js';
import type { EventsConfig } from '../../config.js';
import { importCalendar } from '../import/import-calendar.js';
import { fetchCalendar, privateAddressesAllowed } from './fetch.js';
import { importModuleDates } from './module-dates.js';
import { feedSources, type StoredSource, sourceKey, wordsInLowerCase } from './repository.js';

/** What a failure is stored as: the catalogue's German words, never a stack. */
export function failureText(error: unknown): string {
  if (isCityAppError(error)) {
    const body = error.toJSON('de');
    return `${body.title}: ${body.message}`;
  }
  return 'Unerwarteter Fehler beim Abgleich; Einzelheiten stehen im Protokoll des Servers.';
}

export interface SyncOptions {
  dryRun: boolean;
  /** Read and import even when the calendar did not change (staff's "sync now"). */
  force: boolean;
  signal?: AbortSignal;
  now?: Date;
}

/**
 * Fetches a source (a calendar address, or another module's public dates) and imports it when
 * it changed (by UID and RECURRENCE-ID: new, changed, removed). Returns what the import did,
 * or null when the source is as last read (304, or the same bytes). A failure is stored on
 * the source and thrown on; a dry run stores nothing.
 */
export async function syncSource(
  ctx: ModuleServerContext<EventsConfig>,
  source: StoredSource,
  options: SyncOptions,
): Promise<FeedImport | null> {
  try {
    if (source.module) {
      const module = { ...source, module: source.module };
      const { result, hash } = await importModuleDates(ctx, module, options);
      if (!options.dryRun && result) {
        await feedSources.succeeded(
          ctx.db,
          source.id,
          { etag: null, lastModified: null, hash },
          result,
        );
      } else if (!options.dryRun) await feedSources.checkedUnchanged(ctx.db, source.id);
      return result;
    }
    const fetched = await fetchCalendar(source.url as string, {
      ...(options.force ? {} : { etag: source.etag, lastModified: source.lastModified }),
      ...(options.signal ? { signal: options.signal } : {}),
      allowPrivateAddresses: privateAddressesAllowed(ctx.env),
    });
    const hash = fetched.changed ? createHash('sha256').update(fetched.text).digest('hex') : null;
    if (!fetched.changed || (!options.force && hash === source.contentHash)) {
      if (!options.dryRun) await feedSources.checkedUnchanged(ctx.db, source.id);
      return null;
    }
    const result = await importCalendar(
      {
        db: ctx.db,
        config: ctx.config,
        timeZone: ctx.city.timezone,
        ...(options.now ? { now: options.now } : {}),
      },
      {
        text: fetched.text,
        sourceId: sourceKey(source.id),
        defaultCategory: source.defaultCategory,
        categoryMap: wordsInLowerCase(source.categoryMap),
        dryRun: options.dryRun,
        refuseEmpty: true,
      },
    );
    if (!options.dryRun) {
      const seen = { etag: fetched.etag, lastModified: fetched.lastModified, hash: hash as string };
      await feedSources.succeeded(ctx.db, source.id, seen, result);
    }
    return result;
  } catch (error) {
    if (!options.dryRun) await feedSources.failed(ctx.db, source.id, failureText(error));
    if (!isCityAppError(error)) ctx.log.error(`events: source ${source.id} failed: ${error}`);
    throw error;
  }
}

const EVERY_MS: Record<EventsConfig['syncEvery'], number> = {
  '1 hour': 3_600_000,
  '6 hours': 6 * 3_600_000,
  '12 hours': 12 * 3_600_000,
  day: 24 * 3_600_000,
};

/**
 * The `sync-sources` job: syncs every active calendar due by the town's `syncEvery`, and the
 * other modules' dates on every run (the job looks every quarter of an hour). One failing source does not stop the others; each one's health is on
 * its row, and the job's counts in the kernel's source health.
 */
export async function syncDueSources(
  ctx: ModuleServerContext<EventsConfig>,
  due: { dueAt: Date; signal?: AbortSignal },
): Promise<ImportSummary> {
  const summary: ImportSummary = { created: 0, changed: 0, unchanged: 0, skipped: [] };
  const every = EVERY_MS[ctx.config.syncEvery];
  for (const source of await feedSources.list(ctx.db, true)) {
    if (due.signal?.aborted) break;
    const last = source.lastCheckedAt ? Date.parse(source.lastCheckedAt) : 0;
    // A minute's slack, so a run a little early on the clock does not skip a whole period.
    // Another module's dates cost no fetch: they are compared on every run.
    if (!source.module && due.dueAt.getTime() - last < every - 60_000) continue;
    try {
      const result = await syncSource(ctx, source, {
        dryRun: false,
        force: false,
        ...(due.signal ? { signal: due.signal } : {}),
      });
      if (!result) continue;
      summary.created += result.created;
      summary.changed += result.changed + result.removed;
      summary.unchanged += result.unchanged;
      summary.skipped.push(
        ...result.skipped.map((s) => ({ item: `${source.name}: ${s.item}`, reason: s.reason })),
      );
    } catch (error) {
      summary.skipped.push({ item: source.name, reason: failureText(error) });
    }
  }
  return summary;
}
