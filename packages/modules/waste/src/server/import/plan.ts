import { errors } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import type { ImportChange, ImportFormat, ImportPlan } from '../../api/import-plan.js';
import { importError } from '../../errors/import.js';
import { importText } from '../../messages/import.js';
import type { WasteType } from '../../types/waste-type.js';
import { isSample } from '../state.js';
import { diffTour } from './diff.js';
import { labelIndex, resolveLabel } from './labels/resolve.js';
import {
  findLocation,
  fromParsed,
  loadLocations,
  locationKey,
  locationLabel,
  type PlannedLocation,
} from './locations.js';
import { loadMappings } from './mappings/load.js';
import type { ParsedCalendar, ParsedLocation } from './parsed.js';
import { assignTour, loadAssignments, loadTours, type PlannedTour } from './tours.js';

/** What to import: the parsed file, and for a file of one street the location it is for. */
export interface ImportRequest {
  format: ImportFormat;
  calendar: ParsedCalendar;
  /** The location of a per-street file: an existing one, or one to find or create. */
  target?: { locationId: number } | { location: ParsedLocation } | null;
  language: 'de' | 'en';
}

/** The plan and everything applying it writes. */
export interface PlannedImport {
  plan: Omit<ImportPlan, 'dryRun'>;
  newLocations: PlannedLocation[];
  tours: PlannedTour[];
  /** (location, type) → tour rows to write. */
  assignments: { location: PlannedLocation; typeId: string; tour: PlannedTour }[];
  sample: boolean;
}

const MAX_CHANGES = 500;

interface Group {
  location: PlannedLocation;
  byType: Map<string, { dates: Map<string, boolean>; labels: Set<string> }>;
}

async function targetLocation(db: Queryable, target: ImportRequest['target']) {
  if (!target) return null;
  if ('location' in target) return fromParsed(target.location);
  const found = await findLocation(db, target.locationId);
  if (!found) throw errors.notFound({ de: 'Die Straße', en: 'The street' });
  return found;
}

/**
 * Works out what importing the file does, without writing: labels resolved through the mapping
 * table, locations matched or new, tours assigned, and per tour the pickups in the file's
 * range compared with the stored ones. A dry run answers this; `applyImport` writes it.
 */
export async function planImport(
  db: Queryable,
  types: readonly WasteType[],
  request: ImportRequest,
): Promise<PlannedImport> {
  const { calendar, language } = request;
  const target = await targetLocation(db, request.target);
  const missing = calendar.pickups.filter((p) => !p.location && !target).length;
  if (missing)
    throw importError(
      'waste_import_location_required',
      { count: missing },
      { field: 'locationId' },
    );
  if (!calendar.pickups.length) throw importError('waste_import_empty', {});

  const labels = labelIndex(types, await loadMappings(db));
  const existing = await loadLocations(db);
  const unmapped = new Map<string, number>();
  const groups = new Map<string, Group>();
  let from = '9999-12-31';
  let to = '0000-01-01';
  for (const pickup of calendar.pickups) {
    if (pickup.date < from) from = pickup.date;
    if (pickup.date > to) to = pickup.date;
    const resolved = resolveLabel(pickup.label, labels);
    for (const part of resolved.unmapped) unmapped.set(part, (unmapped.get(part) ?? 0) + 1);
    if (!resolved.typeIds.length) continue;
    const planned = pickup.location ? fromParsed(pickup.location) : (target as PlannedLocation);
    const key = locationKey(planned);
    const location = existing.get(key) ?? groups.get(key)?.location ?? planned;
    const group = groups.get(key) ?? { location, byType: new Map() };
    groups.set(key, group);
    for (const typeId of resolved.typeIds) {
      const entry = group.byType.get(typeId) ?? { dates: new Map(), labels: new Set() };
      group.byType.set(typeId, entry);
      entry.labels.add(pickup.label);
      // A date the file both schedules and cancels (two events) takes place.
      entry.dates.set(pickup.date, (entry.dates.get(pickup.date) ?? true) && pickup.cancelled);
    }
  }

  const warnings: ImportPlan['warnings'] = calendar.warnings.map((w) => {
    const words = { de: w.message.de, en: w.message.en ?? w.message.de };
    return { message: words[language], words, ...(w.ref ? { ref: w.ref } : {}) };
  });
  const ordered = [...groups.values()].sort((a, b) =>
    locationLabel(a.location, 'de').localeCompare(locationLabel(b.location, 'de'), 'de'),
  );
  const typeIds = [...new Set(ordered.flatMap((g) => [...g.byType.keys()]))];
  const range = { from, to };
  const tours = await loadTours(db, typeIds, range);
  const byId = new Map(tours.map((t) => [t.id, t]));
  const current = await loadAssignments(
    db,
    ordered.flatMap((g) => (g.location.id === null ? [] : [g.location.id])),
  );
  const typeName = (id: string) => types.find((t) => t.id === id)?.name.de ?? id;
  const assignments: PlannedImport['assignments'] = [];
  for (const { location, byType } of ordered) {
    for (const [typeId, { dates, labels }] of byType) {
      if (labels.size > 1) {
        const say = (locale: 'de' | 'en') =>
          importText(locale, 'waste.import.warning.twoRounds', {
            location: locationLabel(location, locale),
            type: types.find((t) => t.id === typeId)?.name[locale] ?? typeId,
            labels: [...labels].join(', '),
          });
        const words = { de: say('de'), en: say('en') };
        warnings.push({ message: words[language], words });
      }
      const had = location.id === null ? undefined : current.get(`${location.id}|${typeId}`);
      const tour = assignTour(
        tours,
        had === undefined ? undefined : byId.get(had),
        typeId,
        dates,
        () => ({
          id: null,
          typeId,
          name: importText('de', 'waste.import.tour.name', {
            type: typeName(typeId),
            location: locationLabel(location, 'de'),
          }).slice(0, 120),
          stored: [],
          wanted: null,
          locations: [],
        }),
      );
      tour.locations.push(location);
      if (tour.id === null || had !== tour.id) assignments.push({ location, typeId, tour });
    }
  }

  const counts = { added: 0, removed: 0, moved: 0, cancelled: 0, unchanged: 0 };
  const changes: ImportChange[] = [];
  const touched = tours.filter((t) => t.wanted);
  for (const tour of touched) {
    const diff = diffTour(tour.stored, tour.wanted as Map<string, boolean>);
    tour.diff = diff;
    counts.added += diff.added.length;
    counts.removed += diff.removed.length;
    counts.moved += diff.moved.length;
    counts.cancelled += diff.cancelled.length;
    counts.unchanged += diff.unchanged;
    const [first] = tour.locations;
    const more = tour.locations.length > 1 ? ` (+${tour.locations.length - 1})` : '';
    const location = `${first ? locationLabel(first, language) : tour.name}${more}`;
    const change = (kind: ImportChange['kind'], oldDate: string | null, newDate: string | null) =>
      changes.length < MAX_CHANGES &&
      changes.push({ location, typeId: tour.typeId, kind, oldDate, newDate });
    for (const date of diff.added) change('added', null, date);
    for (const p of diff.removed) change('removed', p.date, null);
    for (const m of diff.moved) change('moved', m.pickup.date, m.to);
    for (const p of diff.cancelled) change('cancelled', p.date, null);
  }

  const newLocations = ordered.map((g) => g.location).filter((l) => l.id === null);
  return {
    plan: {
      format: request.format,
      range: { from, to },
      locations: { added: newLocations.length, matched: ordered.length - newLocations.length },
      pickups: counts,
      changes,
      unmapped: [...unmapped]
        .map(([label, count]) => ({ label, count }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'de')),
      warnings,
    },
    newLocations,
    tours: touched,
    assignments,
    sample: await isSample(db),
  };
}
