import type { Translate } from '@city-app/core';
import type { FeedImport } from '../../../api/feed-import.js';

/** "3 neu, 1 geändert, 10 unverändert, 0 entfernt, 2 ausgelassen". */
export function resultText(t: Translate, result: FeedImport): string {
  const counts = t('events.staff.sources.result', {
    created: String(result.created),
    changed: String(result.changed),
    unchanged: String(result.unchanged),
    removed: String(result.removed),
  });
  return result.skipped.length
    ? `${counts}, ${t('events.staff.sources.skipped', { count: String(result.skipped.length) })}`
    : counts;
}
