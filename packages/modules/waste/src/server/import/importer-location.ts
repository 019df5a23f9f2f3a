import type { Locale, Queryable } from '@city-app/core';
import type { WasteLocation } from '../../api/pickups.js';
import { importLocationError } from '../../errors/import-location.js';
import { searchKey } from '../../location/search-key.js';
import { searchLocations } from '../locations/search.js';

const list = (found: WasteLocation[]) => found.map((l) => `„${l.label}“`).join(', ');

/** The street name alone: what comes before the house numbers, a comma or a bracket. */
const streetName = (text: string) => text.split(/[,(]|\s(?=\d)/)[0]?.trim() ?? '';

/**
 * The location `--location` names, matched as residents search (`searchKey`: umlauts,
 * "str.", spaces). The label the app shows ("Bahnhofstraße, 1–19 (ungerade)", with or
 * without the bracket) names one part of a split street; the street's name alone names it
 * when it is not split. None, or
 * several, is refused with the candidates, so nothing is put on a guessed street.
 */
export async function resolveLocationOption(
  db: Queryable,
  text: string,
  language: Locale,
): Promise<{ locationId: number }> {
  const wanted = searchKey(text);
  const name = streetName(text);
  if (!wanted || !searchKey(name)) {
    throw importLocationError(
      'waste_import_location_unknown',
      { location: text, candidates: '—' },
      { field: '--location' },
    );
  }
  // The same search in both languages (same order): "(ungerade)" and "(odd)" name one part.
  const [de, en] = await Promise.all([
    searchLocations(db, name, 'de'),
    searchLocations(db, name, 'en'),
  ]);
  const found = language === 'de' ? de : en;
  const labels = (i: number) => [de[i]?.label ?? '', en[i]?.label ?? ''];
  // Closest first: the whole label, the label without "(ungerade)", the name alone.
  const levels = [
    (i: number) => labels(i).map(searchKey),
    (i: number) => labels(i).map((l) => searchKey(l.replace(/\([^)]*\)/g, ''))),
    (i: number) => [searchKey(found[i]?.name ?? '')],
  ];
  const matches =
    levels
      .map((keys) => found.filter((_, i) => keys(i).includes(wanted)))
      .find((level) => level.length) ?? [];
  const [one] = matches;
  if (one && matches.length === 1) return { locationId: one.id };
  if (matches.length > 1) {
    throw importLocationError(
      'waste_import_location_ambiguous',
      { location: text, count: matches.length, candidates: list(matches) },
      { field: '--location' },
    );
  }
  const candidates = found.length ? list(found) : '—';
  throw importLocationError(
    'waste_import_location_unknown',
    { location: text, candidates },
    { field: '--location' },
  );
}
