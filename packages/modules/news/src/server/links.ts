/**
 * Absolute addresses for the feed and JSON-LD, built from the origin the request came to,
 * so they are right behind any host name without configuration.
 */
export interface SiteLinks {
  origin: string;
  /** The module's base path in the PWA, e.g. `/news`. */
  webPath: string;
}

export function articleUrl(links: SiteLinks, slug: string): string {
  return `${links.origin}${links.webPath}/${encodeURIComponent(slug)}`;
}

export function listUrl(links: SiteLinks): string {
  return `${links.origin}${links.webPath}`;
}

/** An image address as stored (https: or site-relative) made absolute. */
export function absoluteUrl(links: SiteLinks, url: string): string {
  return url.startsWith('/') ? `${links.origin}${url}` : url;
}

/**
 * When an article last changed for its readers: an edit made before it went public counts
 * as made at publication. ISO 8601 UTC strings sort like the instants they name.
 */
export function lastModified(article: { publishedAt: string; updatedAt: string }): string {
  return [article.publishedAt, article.updatedAt].sort()[1] as string;
}
