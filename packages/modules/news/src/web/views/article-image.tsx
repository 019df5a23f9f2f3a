import { ContentImage } from '@city-app/web';
import type { ArticleSummary } from '../../article.js';

/** How wide the picture is shown where, so the browser loads the smallest width that fills it. */
const PLACES = {
  // A card: at most a third of the page.
  teaser: { className: 'news-teaser__image', sizes: '(min-width: 48rem) 24rem, 100vw' },
  // The article's page (and the editor's preview of it): at most 46rem wide.
  article: { className: 'news-article__image', sizes: '(min-width: 48rem) 46rem, 100vw' },
} as const;

/** An article's picture; its alt text is German, like the article, whatever the app's language. */
export function ArticleImage({
  article,
  place,
}: {
  article: Pick<ArticleSummary, 'imageUrl' | 'imageAlt'>;
  place: keyof typeof PLACES;
}) {
  if (!article.imageUrl) return null;
  const { className, sizes } = PLACES[place];
  return (
    <ContentImage
      className={className}
      src={article.imageUrl}
      sizes={sizes}
      alt={article.imageAlt ?? ''}
      lang="de"
      loading={place === 'teaser' ? 'lazy' : undefined}
    />
  );
}
