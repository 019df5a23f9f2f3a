import type { NewsArticleJsonLd } from '../article.js';
import { absoluteUrl, articleUrl, lastModified, type SiteLinks } from './links.js';

export interface JsonLdArticle {
  slug: string;
  title: string;
  teaser: string;
  category: string;
  imageUrl: string | null;
  publishedAt: string;
  updatedAt: string;
}

/** schema.org NewsArticle for one article; the town is publisher and author. */
export function newsArticleJsonLd(
  article: JsonLdArticle,
  site: SiteLinks & { publisher: string; publisherUrl?: string },
): NewsArticleJsonLd {
  const url = articleUrl(site, article.slug);
  const organisation = {
    '@type': 'Organization' as const,
    name: site.publisher,
    ...(site.publisherUrl ? { url: site.publisherUrl } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.teaser ? { description: article.teaser } : {}),
    datePublished: article.publishedAt,
    dateModified: lastModified(article),
    inLanguage: 'de',
    ...(article.imageUrl ? { image: [absoluteUrl(site, article.imageUrl)] } : {}),
    articleSection: article.category,
    mainEntityOfPage: url,
    url,
    publisher: organisation,
    author: organisation,
  };
}
