import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../json-ld.js';
import { newsArticleJsonLd } from './json-ld.js';

const site = { origin: 'https://app.hagenow.de', webPath: '/news', publisher: 'Stadt Hagenow' };

describe('newsArticleJsonLd', () => {
  it('describes the article as a schema.org NewsArticle published by the town', () => {
    const data = newsArticleJsonLd(
      {
        slug: 'sommerfest',
        title: 'Sommerfest im Park',
        teaser: 'Am Samstag feiert die Stadt.',
        category: 'Veranstaltungen',
        imageUrl: '/bilder/park.jpg',
        publishedAt: '2025-06-01T08:00:00.000Z',
        updatedAt: '2025-06-02T08:00:00.000Z',
      },
      site,
    );
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Sommerfest im Park',
      description: 'Am Samstag feiert die Stadt.',
      datePublished: '2025-06-01T08:00:00.000Z',
      dateModified: '2025-06-02T08:00:00.000Z',
      inLanguage: 'de',
      image: ['https://app.hagenow.de/bilder/park.jpg'],
      url: 'https://app.hagenow.de/news/sommerfest',
      publisher: { '@type': 'Organization', name: 'Stadt Hagenow' },
    });
  });

  it('never dates a modification before publication and leaves out a missing image', () => {
    const data = newsArticleJsonLd(
      {
        slug: 'a',
        title: 'A',
        teaser: '',
        category: 'Rathaus',
        imageUrl: null,
        publishedAt: '2025-06-03T08:00:00.000Z',
        updatedAt: '2025-06-01T08:00:00.000Z',
      },
      site,
    );
    expect(data.dateModified).toBe('2025-06-03T08:00:00.000Z');
    expect(data).not.toHaveProperty('image');
    expect(data).not.toHaveProperty('description');
  });
});

describe('serializeJsonLd', () => {
  it('cannot close its script element and still parses back to the same data', () => {
    const data = { headline: '</script><script>alert(1)</script> & <!-- \u2028' };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(data);
  });
});
