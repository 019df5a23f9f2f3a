import type { Locale, Translate } from '@city-app/core';
import { Button } from '@city-app/ui';
import { useEffect, useRef } from 'react';
import type { ArticlePreview } from '../../article.js';
import { ArticleContent } from '../views/article-content.js';

export interface ArticlePreviewPanelProps {
  /** The article as the server rendered it from the form, or null before the first preview. */
  preview: ArticlePreview | null;
  busy: boolean;
  locale: Locale;
  t: Translate;
  onShow(): void;
}

/**
 * The article as residents will read it, before anything is published: rendered by the
 * server from what the form holds now (saved or not). Showing it moves the focus to it, so a
 * keyboard or screen reader user lands on what appeared.
 */
export function ArticlePreviewPanel({
  preview,
  busy,
  locale,
  t,
  onShow,
}: ArticlePreviewPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (preview) heading.current?.focus();
  }, [preview]);
  return (
    <>
      <p>
        <Button variant="secondary" busy={busy} onClick={onShow}>
          {preview ? t('news.preview.update') : t('news.preview.show')}
        </Button>
      </p>
      {preview ? (
        <section className="news-preview" aria-labelledby="news-preview-heading">
          <h2 id="news-preview-heading" tabIndex={-1} ref={heading}>
            {t('news.preview.heading')}
          </h2>
          <p>{t('news.preview.lead')}</p>
          <ArticleContent article={preview} heading="section" locale={locale} t={t} />
        </section>
      ) : null}
    </>
  );
}
