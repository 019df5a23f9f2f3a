import type { Translate } from '@city-app/core';
import type { ArticleInput, EditorArticle } from '../../article.js';
import { isAllowedImageUrl, LIMITS } from '../../article-limits.js';
import { fromDateTimeLocal, toDateTimeLocal } from '../format.js';

/** The editor form's values, as the inputs hold them (strings only). */
export interface ArticleFormValues {
  title: string;
  teaser: string;
  body: string;
  imageUrl: string;
  imageAlt: string;
  category: string;
  area: string;
  publishAt: string;
}

export type ArticleField = keyof ArticleFormValues;
export type FieldErrors = Partial<Record<ArticleField, string>>;

export const FIELDS: ArticleField[] = [
  'title',
  'teaser',
  'body',
  'imageUrl',
  'imageAlt',
  'category',
  'area',
  'publishAt',
];

/** The id of a field's control, so the error summary can link to it. */
export const fieldId = (field: ArticleField) => `news-${field}`;

export function emptyValues(categories: string[]): ArticleFormValues {
  return {
    title: '',
    teaser: '',
    body: '',
    imageUrl: '',
    imageAlt: '',
    category: categories[0] ?? '',
    area: '',
    publishAt: '',
  };
}

export function valuesOf(article: EditorArticle): ArticleFormValues {
  return {
    title: article.title,
    teaser: article.teaser,
    body: article.body,
    imageUrl: article.imageUrl ?? '',
    imageAlt: article.imageAlt ?? '',
    category: article.category,
    area: article.area ?? '',
    publishAt: toDateTimeLocal(article.publishAt),
  };
}

export function toInput(values: ArticleFormValues): ArticleInput {
  return {
    title: values.title.trim(),
    teaser: values.teaser.trim(),
    body: values.body,
    imageUrl: values.imageUrl.trim() || null,
    imageAlt: values.imageAlt.trim() || null,
    category: values.category,
    area: values.area || null,
    publishAt: fromDateTimeLocal(values.publishAt),
  };
}

/**
 * The same rules the server applies, checked before sending so editors get their messages
 * in their language at once; the server checks again and has the last word.
 */
export function checkValues(values: ArticleFormValues, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  const title = values.title.trim();
  if (!title || title.length > LIMITS.title) errors.title = t('news.form.error.title');
  if (values.teaser.trim().length > LIMITS.teaser) errors.teaser = t('news.form.error.teaser');
  if (values.body.length > LIMITS.body) errors.body = t('news.form.error.body');
  const imageUrl = values.imageUrl.trim();
  if (imageUrl && !isAllowedImageUrl(imageUrl)) errors.imageUrl = t('news.form.error.imageUrl');
  if (imageUrl && !values.imageAlt.trim()) errors.imageAlt = t('news.form.error.imageAlt');
  if (!values.category) errors.category = t('news.form.error.category');
  if (values.publishAt && !fromDateTimeLocal(values.publishAt))
    errors.publishAt = t('news.form.error.publishAt');
  return errors;
}

/** The message for an error the server named by `field`, in the editor's language when known. */
export function serverFieldError(
  field: string | undefined,
  message: string,
  t: Translate,
): FieldErrors | null {
  const known = FIELDS.find((name) => name === field);
  if (!known) return null;
  const key = `news.form.error.${known}`;
  const translated = t(key);
  return { [known]: translated === key ? message : translated };
}
