import { isCityAppError } from '@city-app/core';
import type { Database, ImportSummary, Queryable } from '@city-app/server';
import { oparlError } from '../../errors/oparl.js';
import type { HttpOptions } from '../oparl/http.js';
import { OPARL_LIMITS } from '../oparl/limits.js';
import { readObjects } from '../oparl/record.js';
import { isOParlObject, type OParlJson, typeOf } from '../oparl/types.js';
import { type StoreCounts, storePage } from '../store/objects.js';
import { OParlClient } from './client.js';
import { changedSince, listPages } from './list-pages.js';
import { syncStates } from './state.js';

/** A Body's list addresses the sync reads (1.0 has the first four, 1.1 all). */
const BODY_LISTS = [
  'organization',
  'person',
  'meeting',
  'paper',
  'legislativeTermList',
  'agendaItem',
  'consultation',
  'file',
  'locationList',
  'membership',
] as const;

// A change a server records while it sends a list is caught by the next run: the next run
// asks from a little before this one began.
const OVERLAP_MS = 60_000;

/** What one sync did, in `city-app import`'s words, with its requests and whether it was full. */
export interface SyncReport extends ImportSummary {
  requests: number;
  /** Lists read from their start (no earlier run, or a server that ignores modified_since). */
  fullLists: number;
  /** Lists asked only for changes. */
  changedLists: number;
  deleted: number;
  oparlVersion: string | null;
  /** Meetings new since the last run, read from lists asked for changes (not a first sync). */
  newMeetings: string[];
  /** Meetings with agenda items new since the last run, likewise. */
  newAgendas: string[];
  /** Those new agenda items: a followed word is looked for in them. */
  newAgendaItems: string[];
}

export interface SyncOptions {
  http: HttpOptions;
  /** Count what would change, write nothing. */
  dryRun?: boolean;
  now?: () => Date;
}

const notSystem = { de: 'kein OParl-Objekt „System“', en: 'no OParl "System" object' };

/** What a failure is stored as: the catalogue's German words, never a stack. */
export function failureText(error: unknown): string {
  if (isCityAppError(error)) {
    const body = error.toJSON('de');
    return `${body.title}: ${body.message}`;
  }
  return 'Unerwarteter Fehler beim Abgleich; Einzelheiten stehen im Protokoll des Servers.';
}

/** The report in `city-app import`'s and source health's words; deletions count as changes. */
export function summaryOf(report: SyncReport): ImportSummary {
  return {
    created: report.created,
    changed: report.changed + report.deleted,
    unchanged: report.unchanged,
    skipped: report.skipped,
  };
}

class DryRunDone extends Error {}

/**
 * Syncs one OParl System into the module's tables: the System, its Bodies, and each Body's
 * lists page by page to the end of their `next` links — in full the first time, afterwards
 * only what changed (`modified_since`), deleted objects marked. Each page is written in its
 * own transaction, so a run that fails keeps what it read; its state says which lists finished.
 */
export async function syncSystem(
  db: Database,
  system: string,
  options: SyncOptions,
): Promise<SyncReport> {
  if (!options.dryRun) return run(db, system, options, (fn) => db.transaction(fn));
  // A dry run writes in one transaction it rolls back, so its counts are the real ones.
  let report: SyncReport | undefined;
  try {
    await db.transaction(async (tx) => {
      report = await run(tx, system, options, (fn) => fn(tx));
      throw new DryRunDone();
    });
  } catch (error) {
    if (!(error instanceof DryRunDone)) throw error;
  }
  return report as SyncReport;
}

type InTransaction = <T>(fn: (tx: Queryable) => Promise<T>) => Promise<T>;

async function run(
  db: Queryable,
  system: string,
  options: SyncOptions,
  page: InTransaction,
): Promise<SyncReport> {
  const now = options.now ?? (() => new Date());
  const client = new OParlClient(options.http);
  const state = await syncStates.read(db, system);
  const lists: Record<string, string> = { ...(state?.lists ?? {}) };
  const report: SyncReport = {
    created: 0,
    changed: 0,
    unchanged: 0,
    skipped: [],
    requests: 0,
    fullLists: 0,
    changedLists: 0,
    deleted: 0,
    oparlVersion: null,
    newMeetings: [],
    newAgendas: [],
    newAgendaItems: [],
  };
  const fresh = {
    meetings: new Set<string>(),
    agendas: new Set<string>(),
    items: new Set<string>(),
  };
  let stored = 0;
  const store = async (json: unknown, body: string | null) => {
    const read = readObjects(json, { body });
    if (read.skipped.length && report.skipped.length < 100) report.skipped.push(...read.skipped);
    stored += read.records.length;
    return read;
  };
  const add = (counts: StoreCounts) => {
    report.created += counts.created;
    report.changed += counts.changed;
    report.unchanged += counts.unchanged;
    report.deleted += counts.deleted;
  };
  await syncStates.started(db, system);
  try {
    const { json } = await client.get(system);
    if (!isOParlObject(json) || typeOf(json.type) !== 'System') {
      throw oparlError('council_oparl_unreadable', {
        url: system.slice(0, 200),
        reason: notSystem,
      });
    }
    report.oparlVersion =
      typeof json.oparlVersion === 'string' ? json.oparlVersion.slice(0, 100) : null;
    const systemRead = await store(json, null);
    add(await page((tx) => storePage(tx, system, systemRead)));

    for (const body of await bodiesOf(client, json)) {
      const bodyRead = await store(body, body.id);
      add(await page((tx) => storePage(tx, system, bodyRead)));
      for (const field of BODY_LISTS) {
        const list = body[field];
        if (typeof list !== 'string' || !URL.canParse(list)) continue;
        const since = lists[list];
        if (since) report.changedLists++;
        else report.fullLists++;
        let startedAt: Date | null = null;
        let complete = true;
        for await (const listPage of listPages(client, since ? changedSince(list, since) : list)) {
          startedAt ??= listPage.serverTime ?? now();
          // Past the limit the list is left for the next run, which reads it from its start.
          if (stored > OPARL_LIMITS.objects) {
            complete = false;
            report.skipped.push({
              item: list.slice(0, 200),
              reason: {
                de: `mehr als ${OPARL_LIMITS.objects.toLocaleString('de-DE')} Objekte in einem Lauf; der nächste liest die Liste von vorn`,
                en: `more than ${OPARL_LIMITS.objects.toLocaleString('en-GB')} objects in one run; the next run reads the list from its start`,
              },
            });
            break;
          }
          const reads = await Promise.all(listPage.items.map((item) => store(item, body.id)));
          const merged = {
            records: reads.flatMap((r) => r.records),
            owned: reads.flatMap((r) => r.owned),
          };
          const counts = await page((tx) => storePage(tx, system, merged));
          add(counts);
          // A first read of a list is no news: only changes since a run are announced.
          if (since) {
            for (const object of counts.added) {
              if (object.type === 'Meeting') fresh.meetings.add(object.id);
              if (object.type === 'AgendaItem' && object.parent) {
                fresh.agendas.add(object.parent);
                fresh.items.add(object.id);
              }
            }
          }
        }
        if (complete) {
          lists[list] = new Date((startedAt ?? now()).getTime() - OVERLAP_MS).toISOString();
        }
      }
    }
    report.requests = client.requests;
    report.newMeetings = [...fresh.meetings];
    report.newAgendas = [...fresh.agendas].filter((id) => !fresh.meetings.has(id));
    report.newAgendaItems = [...fresh.items];
    await syncStates.succeeded(db, system, {
      oparlVersion: report.oparlVersion,
      lists,
      requests: client.requests,
      full: report.changedLists === 0,
    });
    return report;
  } catch (error) {
    await syncStates.failed(db, system, {
      error: failureText(error),
      lists,
      requests: client.requests,
    });
    throw error;
  }
}

/** The System's Bodies: its `body` list (paged like any list), or embedded objects. */
async function bodiesOf(client: OParlClient, system: OParlJson): Promise<OParlJson[]> {
  const bodies: OParlJson[] = [];
  const add = (items: unknown[]) => {
    for (const item of items) {
      if (
        isOParlObject(item) &&
        typeOf(item.type) === 'Body' &&
        bodies.length < OPARL_LIMITS.bodies
      ) {
        bodies.push(item);
      }
    }
  };
  if (Array.isArray(system.body)) add(system.body);
  else if (typeof system.body === 'string') {
    for await (const listPage of listPages(client, system.body)) add(listPage.items);
  }
  return bodies;
}
