import { CityAppError } from '@city-app/core';
import type ICAL from 'ical.js';
import type { IcsOccurrence, IcsReading } from './ics-events.js';
import { resolveZone, townDate, type ZoneRef } from './ics-zone.js';
import { assertPickupCount } from './limits.js';
import { parseWarnings } from './warnings.js';

/** A series is expanded this far past its first date, and to this many dates at most. */
export const SERIES_YEARS = 3;
export const SERIES_MAX = 2_000;

/**
 * Turns events into the days they take place on, counting them against the file's limit. An
 * event whose rule ical.js cannot expand ("For WEEKLY recurrences neither BYMONTHDAY …")
 * becomes a warning, and none of its days are taken.
 */
export class OccurrenceReader {
  private readonly unknownZones = new Set<string>();

  constructor(
    private readonly timezone: string,
    private readonly vtimezones: Map<string, ICAL.Timezone>,
    /** X-WR-TIMEZONE: the zone a calendar's floating times are meant in. */
    private readonly floating: string | undefined,
    private readonly reading: IcsReading,
  ) {}

  /** "Zeile 12": where the event being read begins, for one without a UID. */
  private line = '';

  read(event: ICAL.Event, line: string): void {
    this.line = line;
    const found: IcsOccurrence[] = [];
    try {
      if (event.isRecurring()) this.series(event, found);
      else found.push(this.occurrence(event, event.startDate, isCancelled(event)));
    } catch (error) {
      if (error instanceof CityAppError) throw error;
      const ref = event.uid ? `${line} ${this.ref(event)}` : line;
      this.reading.warnings.push(parseWarnings.eventUnreadable(ref));
      return;
    }
    this.reading.occurrences.push(...found);
  }

  private series(master: ICAL.Event, found: IcsOccurrence[]): void {
    const first = master.startDate;
    const last = first.clone();
    last.year += SERIES_YEARS;
    const iterator = master.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (found.length >= SERIES_MAX || next.compare(last) > 0) {
        this.reading.warnings.push(
          parseWarnings.seriesCut(this.ref(master), SERIES_MAX, SERIES_YEARS),
        );
        return;
      }
      const details = master.getOccurrenceDetails(next);
      const item = details.item;
      found.push(
        this.occurrence(item, details.startDate, isCancelled(master) || isCancelled(item)),
      );
      assertPickupCount(this.reading.occurrences.length + found.length);
    }
  }

  private occurrence(event: ICAL.Event, start: ICAL.Time, cancelled: boolean): IcsOccurrence {
    const date = townDate(start, this.zoneOf(start, event), isUtc(start), this.timezone);
    assertPickupCount(this.reading.occurrences.length + 1);
    return {
      summary: event.summary ?? '',
      location: event.location ?? '',
      description: event.description ?? '',
      date,
      cancelled,
      ref: `${this.ref(event)} ${date}`,
    };
  }

  private ref(event: ICAL.Event): string {
    return event.uid ? `UID ${event.uid.slice(0, 80)}` : this.line;
  }

  private zoneOf(time: ICAL.Time, event: ICAL.Event): ZoneRef | undefined {
    if (time.isDate || isUtc(time)) return undefined;
    // The zone an occurrence's wall time is in: that of the DTSTART it was computed from.
    const tzid = event.component.getFirstProperty('dtstart')?.getParameter('tzid');
    if (typeof tzid !== 'string' || tzid === '') {
      return this.floating ? { iana: this.floating } : undefined;
    }
    const zone = resolveZone(tzid, this.vtimezones);
    if (!zone && !this.unknownZones.has(tzid)) {
      this.unknownZones.add(tzid);
      this.reading.warnings.push(parseWarnings.unknownZone(tzid.slice(0, 80)));
    }
    return zone ?? undefined;
  }
}

const isUtc = (time: ICAL.Time) => time.zone?.tzid === 'UTC';

function isCancelled(event: ICAL.Event): boolean {
  const status = event.component.getFirstPropertyValue('status');
  return typeof status === 'string' && status.toUpperCase() === 'CANCELLED';
}
