import { type Localized, type PublicDate, publicDateSchema } from '@city-app/core';
import type { Logger, ModuleServerContext, ServerModule } from '../module.js';

/** Which of a module's public dates another module asks for: those that overlap the range. */
export interface PublicDatesRange {
  from: Date;
  to: Date;
}

/**
 * A module's dates open to everyone, for other modules to show (the events module lists the
 * experiment space's courses where the town wants that). The module stays their only source:
 * others mirror them and follow every change. Return at most `PUBLIC_DATES_LIMIT`.
 */
export interface ModulePublicDates<Config = unknown> {
  list(range: PublicDatesRange, ctx: ModuleServerContext<Config>): Promise<PublicDate[]>;
}

/** What another module may read of the modules that offer public dates. */
export interface PublicDatesAccess {
  /** The enabled modules, other than the one asking, that offer public dates. */
  offered(): { id: string; title: Localized }[];
  /**
   * That module's public dates overlapping the range, each checked (one the kernel cannot
   * show is left out and logged); null when the module is not enabled or offers none.
   */
  of(moduleId: string, range: PublicDatesRange): Promise<PublicDate[] | null>;
}

/** More dates than any one town's courses or meetings in two years: a runaway module's cut. */
export const PUBLIC_DATES_LIMIT = 5000;

function overlaps(date: PublicDate, range: PublicDatesRange): boolean {
  // An all-day date's local days are compared by their UTC noon: within a day of the range.
  const at = (value: string) => Date.parse(date.allDay ? `${value}T12:00:00Z` : value);
  const start = at(date.start);
  const end = date.end ? at(date.end) : start;
  return end >= range.from.getTime() && start < range.to.getTime();
}

/** The public dates `askingId` may read: those of every other enabled module that offers any. */
export function publicDatesAccess(
  askingId: string,
  modules: readonly ServerModule[],
  contextOf: (module: ServerModule) => ModuleServerContext,
  log: Logger,
): PublicDatesAccess {
  const offering = modules.filter((m) => m.publicDates && m.manifest.id !== askingId);
  return {
    offered: () => offering.map((m) => ({ id: m.manifest.id, title: m.manifest.title })),
    async of(moduleId, range) {
      const module = offering.find((m) => m.manifest.id === moduleId);
      if (!module?.publicDates) return null;
      const found: unknown = await module.publicDates.list(range, contextOf(module));
      const seen = new Set<string>();
      const dates: PublicDate[] = [];
      for (const raw of Array.isArray(found) ? found : []) {
        const parsed = publicDateSchema.safeParse(raw);
        if (!parsed.success) {
          // The offering module's mistake costs one date, visible in the log.
          log.warn('A module returned a public date the kernel cannot pass on', {
            module: moduleId,
            field: parsed.error.issues[0]?.path.join('.') ?? '',
          });
          continue;
        }
        if (seen.has(parsed.data.id) || !overlaps(parsed.data, range)) continue;
        seen.add(parsed.data.id);
        dates.push(parsed.data);
        if (dates.length === PUBLIC_DATES_LIMIT) break;
      }
      return dates;
    },
  };
}
