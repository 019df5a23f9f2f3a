import { absoluteUrl, articleUrl, lastModified, listUrl, type SiteLinks } from './links.js';

export interface FeedArticle {
  id: string;
  slug: string;
  title: string;
  teaser: string;
  category: string;
  imageUrl: string | null;
  bodyHtml: string;
  publishedAt: string;
  updatedAt: string;
}

export interface FeedOptions extends SiteLinks {
  title: string;
  /** The feed's own address (rel="self"). */
  selfUrl: string;
  author: string;
  /** Used as `updated` when there is no article yet. */
  now: Date;
}

/**
 * Text for XML: the five markup characters escaped, and characters XML 1.0 forbids
 * (most C0 controls, lone surrogates, U+FFFE/U+FFFF) removed, so the feed always parses.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(
      /[&<>"']/g,
      (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[ch]};`,
    );
}

/** An Atom 1.0 feed (RFC 4287) of published articles, newest first. */
export function atomFeed(articles: readonly FeedArticle[], options: FeedOptions): string {
  const updated = articles.map(lastModified).sort().at(-1);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
    `  <id>${escapeXml(listUrl(options))}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <updated>${updated || options.now.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(listUrl(options))}"/>`,
    `  <author><name>${escapeXml(options.author)}</name></author>`,
  ];
  for (const article of articles) {
    const url = articleUrl(options, article.slug);
    lines.push(
      '  <entry>',
      `    <id>urn:uuid:${escapeXml(article.id)}</id>`,
      `    <title>${escapeXml(article.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${article.publishedAt}</published>`,
      `    <updated>${lastModified(article)}</updated>`,
      `    <category term="${escapeXml(article.category)}"/>`,
    );
    if (article.teaser) lines.push(`    <summary>${escapeXml(article.teaser)}</summary>`);
    if (article.imageUrl) {
      lines.push(
        `    <link rel="enclosure" href="${escapeXml(absoluteUrl(options, article.imageUrl))}"/>`,
      );
    }
    lines.push(
      `    <content type="html">${escapeXml(absolutiseLinks(article.bodyHtml, options.origin))}</content>`,
    );
    lines.push('  </entry>');
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** Feed readers show content out of the site, so site-relative links must carry the origin. */
function absolutiseLinks(html: string, origin: string): string {
  return html.replace(/\b(href|src)="\/(?![/\\])/g, `$1="${origin}/`);
}
