import type { Locale, Translate } from '@city-app/core';
import type { EditorArticle } from '../../article.js';
import { formatDateTime } from '../format.js';

/** "Entwurf", "Geplant für 1. März 2025 um 09:00" or "Veröffentlicht". */
export function statusLabel(
  article: EditorArticle,
  t: Translate,
  locale: Locale,
  timeZone: string,
): string {
  if (article.status === 'draft') return t('news.admin.status.draft');
  if (article.scheduled && article.publishAt) {
    return t('news.admin.status.scheduled', {
      date: formatDateTime(article.publishAt, locale, timeZone),
    });
  }
  return t('news.admin.status.published');
}
