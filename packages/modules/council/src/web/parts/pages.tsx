import type { Translate } from '@city-app/core';
import { Button } from '@city-app/ui';

/** "Previous page · Page 2 of 3 · Next page" below a list. */
export function Pages({
  page,
  pages,
  onPage,
  t,
}: {
  page: number;
  pages: number;
  onPage(page: number): void;
  t: Translate;
}) {
  if (pages <= 1) return null;
  return (
    <nav className="council-pages" aria-label={t('council.pages.label')}>
      <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('council.pages.previous')}
      </Button>{' '}
      <span>{t('council.pages.position', { page, pages })}</span>{' '}
      <Button variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('council.pages.next')}
      </Button>
    </nav>
  );
}
