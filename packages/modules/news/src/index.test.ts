import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest, { categoryTopic, newsConfigOf } from './index.js';
import { messages } from './messages.js';

describe('the news manifest', () => {
  it('declares the module for the kernel, the CLI and the shell', () => {
    expect(manifest).toMatchObject({
      id: 'news',
      title: { de: 'Aktuelles', en: 'News' },
      field: 'administration',
      path: '/news',
    });
    expect(manifest.topics.map((topic) => topic.id)).toEqual([
      'news',
      'news.rathaus',
      'news.baustellen',
      'news.veranstaltungen',
      'news.bildung',
      'news.wirtschaft',
    ]);
    expect(categoryTopic('Baustellen')).toBe('news.baustellen');
    expect(categoryTopic('Sport')).toBeUndefined();
  });

  it('fills every option with a default', () => {
    expect(manifest.configSchema.parse({})).toEqual({
      perPage: 10,
      categories: ['Rathaus', 'Baustellen', 'Veranstaltungen', 'Bildung', 'Wirtschaft'],
    });
  });

  it('refuses bad options, naming the option', () => {
    const duplicate = manifest.configSchema.safeParse({ categories: ['Rathaus', 'Rathaus'] });
    expect(duplicate.error?.issues[0]).toMatchObject({
      path: ['categories'],
      message: 'Each category may appear only once.',
    });
    const perPage = manifest.configSchema.safeParse({ perPage: 0 });
    expect(perPage.error?.issues[0]?.path).toEqual(['perPage']);
  });

  it('reads a town’s options for the web screens, defaults filled', () => {
    expect(newsConfigOf({ modules: { news: { enabled: true, perPage: 5 } } })).toMatchObject({
      perPage: 5,
    });
    expect(newsConfigOf({ modules: {} }).perPage).toBe(10);
  });
});

describe('the news messages', () => {
  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sources(path);
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
    });
  }

  it('has every key the screens use, in German and English', () => {
    const used = new Set(
      sources(join(import.meta.dirname, 'web')).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/'(news\.[A-Za-z.]+)'/g)].map(
          (match) => match[1] as string,
        ),
      ),
    );
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used].filter((key) => !(key in messages.de) || !(key in messages.en));
    expect(missing).toEqual([]);
    // field errors are looked up by the field the server names (`news.form.error.<field>`)
    const unused = Object.keys(messages.de).filter(
      (key) => !used.has(key) && !key.startsWith('news.form.error.'),
    );
    expect(unused).toEqual([]);
  });

  it('has the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, german] of Object.entries(messages.de)) {
      expect(placeholders(messages.en[key as keyof typeof messages.en]), key).toEqual(
        placeholders(german),
      );
    }
  });
});
