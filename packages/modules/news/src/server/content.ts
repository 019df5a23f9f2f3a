import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { cityError, validationMessage } from '@city-app/core';
import { articleInputSchema, type ValidArticleInput } from '../article-input.js';
import type { NewsConfig } from '../config.js';
import { parseContentDate } from './dates.js';
import { parseFrontMatter } from './front-matter.js';

/** One article from the town's `content/news/*.md`, checked and ready to insert. */
export interface ContentArticle {
  file: string;
  input: ValidArticleInput;
  publishedAt: string;
  /** Marked `sample: true`: an example the town still has to replace, seeded as a draft. */
  sample: boolean;
}

/** Front-matter keys and the API fields they fill. */
const KEYS: Record<string, keyof ValidArticleInput | 'publishedAt' | 'sample'> = {
  title: 'title',
  teaser: 'teaser',
  category: 'category',
  area: 'area',
  publishedAt: 'publishedAt',
  image: 'imageUrl',
  imageAlt: 'imageAlt',
  sample: 'sample',
};
const FIELD_TO_KEY = Object.fromEntries(Object.entries(KEYS).map(([key, field]) => [field, key]));

/**
 * Reads every `*.md` in `dir` (in name order) and checks it with the same rules as the
 * editor API. The first problem stops everything, naming the file and the field, so a town
 * never starts with half its content.
 */
export async function readNewsContent(
  dir: string,
  options: { config: Pick<NewsConfig, 'categories'>; areaIds: readonly string[]; timeZone: string },
): Promise<ContentArticle[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const schema = articleInputSchema(options.config, options.areaIds);
  const articles: ContentArticle[] = [];
  for (const name of names) {
    const file = `${basename(dir)}/${name}`;
    const { data, body } = parseFrontMatter(await readFile(join(dir, name), 'utf8'), file);
    const unknown = Object.keys(data).filter((key) => !(key in KEYS));
    if (unknown[0]) {
      throw cityError(
        'news_content_unknown_key',
        { source: file, key: unknown[0], known: Object.keys(KEYS).join(', ') },
        { field: unknown[0] },
      );
    }
    if (!data.publishedAt) {
      throw cityError('news_content_date_missing', { source: file }, { field: 'publishedAt' });
    }
    const publishedAt = parseContentDate(data.publishedAt, options.timeZone);
    if (!publishedAt) {
      throw cityError(
        'news_content_date_invalid',
        { source: file, value: data.publishedAt },
        { field: 'publishedAt' },
      );
    }
    const parsed = schema.safeParse({
      title: data.title,
      teaser: data.teaser,
      category: data.category,
      area: data.area,
      imageUrl: data.image,
      imageAlt: data.imageAlt,
      body,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? 'title');
      const key = FIELD_TO_KEY[field] ?? field;
      if (!issue || (issue.code === 'invalid_type' && issue.input === undefined)) {
        throw cityError('news_content_field_missing', { source: file, key }, { field: key });
      }
      // The schema's own words for English readers, the validation catalogue's for German ones.
      const problem = {
        de: validationMessage(issue, 'de', issue.message),
        en: validationMessage(issue, 'en', issue.message),
      };
      throw cityError('news_content_field_invalid', { source: file, key, problem }, { field: key });
    }
    if (data.sample !== undefined && !['true', 'false'].includes(data.sample)) {
      throw cityError(
        'news_content_sample_invalid',
        { source: file, value: data.sample },
        { field: 'sample' },
      );
    }
    articles.push({
      file,
      input: parsed.data,
      publishedAt: publishedAt.toISOString(),
      sample: data.sample === 'true',
    });
  }
  return articles;
}
