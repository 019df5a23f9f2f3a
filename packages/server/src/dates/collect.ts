import {
  type DatedEntry,
  datedEntrySchema,
  type Localized,
  localToInstant,
  type MyDate,
} from '@city-app/core';
import type { DateRange, Logger, ModuleDates, ModuleServerContext } from '../module.js';

/** One enabled module that contributes dates, with the context the kernel made for it. */
export interface DatesSource {
  id: string;
  title: Localized;
  dates: ModuleDates;
  ctx: ModuleServerContext;
}

export interface DatesPage {
  entries: MyDate[];
  /** More entries follow within the range (ask again with `offset` + the page's length). */
  more: boolean;
  /** Modules whose dates could not be read this time: the list is missing theirs. */
  incomplete: string[];
}

/** When an entry begins, as an instant: an all-day entry at local midnight of its date. */
function startOf(entry: DatedEntry, timezone: string): number {
  return entry.allDay ? localToInstant(entry.start, 0, timezone) : Date.parse(entry.start);
}

function endOf(entry: DatedEntry, timezone: string): number {
  if (!entry.end)
    return entry.allDay ? startOf(entry, timezone) + 86_400_000 : startOf(entry, timezone);
  return entry.allDay ? localToInstant(entry.end, 0, timezone) : Date.parse(entry.end);
}

/** A module's entries as the kernel trusts them: checked, inside the range, each id once. */
function checked(
  source: DatesSource,
  found: unknown,
  range: DateRange,
  wanted: number,
  timezone: string,
  log: Logger,
): { entry: MyDate; at: number }[] {
  const list = Array.isArray(found) ? found : [];
  const seen = new Set<string>();
  const out: { entry: MyDate; at: number }[] = [];
  for (const raw of list) {
    const parsed = datedEntrySchema.safeParse(raw);
    if (!parsed.success) {
      // The module's mistake costs one entry, and is visible in the log, not to the resident.
      log.warn('A module returned a dated entry the kernel cannot show', {
        module: source.id,
        field: parsed.error.issues[0]?.path.join('.') ?? '',
      });
      continue;
    }
    const entry = parsed.data;
    const at = startOf(entry, timezone);
    const inRange = endOf(entry, timezone) > range.from.getTime() && at < range.to.getTime();
    if (!inRange || seen.has(entry.id)) continue;
    seen.add(entry.id);
    out.push({ entry: { ...entry, module: { id: source.id, title: source.title } }, at });
  }
  // A module that ignores the limit cannot make the kernel hold more than it asked for.
  return out.sort((a, b) => a.at - b.at).slice(0, wanted);
}

/**
 * Asks every contributing module for an installation's dates and merges them, the earliest
 * first. Each module is asked for `offset + limit + 1` entries: with them the kernel knows the
 * page and whether more follow, however the modules' entries interleave.
 */
export async function collectDates(
  sources: readonly DatesSource[],
  installationId: string,
  page: { range: Omit<DateRange, 'limit'>; limit: number; offset: number },
  options: { timezone: string; log: Logger },
): Promise<DatesPage> {
  const wanted = page.offset + page.limit + 1;
  const range: DateRange = { ...page.range, limit: wanted };
  const incomplete: string[] = [];
  const lists = await Promise.all(
    sources.map(async (source) => {
      try {
        const found = await source.dates.forInstallation(installationId, range, source.ctx);
        return checked(source, found, range, wanted, options.timezone, options.log);
      } catch (error) {
        // One module down leaves the others' dates readable; the screen says some are missing.
        options.log.error('A module could not list an installation’s dates', {
          module: source.id,
          error: String(error),
        });
        incomplete.push(source.id);
        return [];
      }
    }),
  );
  const merged = lists
    .flat()
    .sort(
      (a, b) =>
        a.at - b.at ||
        a.entry.module.id.localeCompare(b.entry.module.id) ||
        a.entry.id.localeCompare(b.entry.id),
    );
  return {
    entries: merged.slice(page.offset, page.offset + page.limit).map((m) => m.entry),
    more: merged.length > page.offset + page.limit,
    incomplete: incomplete.sort(),
  };
}
