import type { Locale, Translate } from '@city-app/core';
import { Button, Form, type FormError, Select, TextArea, TextField } from '@city-app/ui';
import { ImageField, type ImageUpload } from '@city-app/web/image-field';
import type { FormEvent } from 'react';
import { LIMITS } from '../../article-limits.js';
import {
  type ArticleField,
  type ArticleFormValues,
  FIELDS,
  type FieldErrors,
  fieldId,
} from './article-form-state.js';

export interface ArticleFormProps {
  values: ArticleFormValues;
  errors: FieldErrors;
  /** A failure not tied to a field (network, server). */
  formError?: string | null;
  categories: string[];
  areas: { id: string; name: string }[];
  saving: boolean;
  locale: Locale;
  t: Translate;
  /** How an image is sent; the kernel's `/api/images` unless a test says otherwise. */
  upload?: ImageUpload;
  onChange(field: ArticleField, value: string): void;
  onSubmit(event: FormEvent<HTMLFormElement>): void | Promise<void>;
}

/** The article form: every field labelled, hinted and, after a failed save, marked with its error. */
export function ArticleForm({
  values,
  errors,
  formError,
  categories,
  areas,
  saving,
  locale,
  t,
  upload,
  onChange,
  onSubmit,
}: ArticleFormProps) {
  const summary: FormError[] = [
    ...FIELDS.filter((field) => errors[field]).map((field) => ({
      fieldId: fieldId(field),
      message: errors[field] as string,
    })),
    ...(formError ? [{ message: formError }] : []),
  ];
  const bind = (field: ArticleField) => ({
    id: fieldId(field),
    name: field,
    value: values[field],
    error: errors[field] ?? null,
    onChange: (event: { currentTarget: { value: string } }) =>
      onChange(field, event.currentTarget.value),
  });
  return (
    <Form
      errors={summary}
      errorTitle={t('news.form.errorSummary')}
      onSubmit={onSubmit}
      className="news-form"
    >
      <TextField
        {...bind('title')}
        label={t('news.form.title')}
        required
        maxLength={LIMITS.title}
      />
      <TextArea
        {...bind('teaser')}
        label={t('news.form.teaser')}
        description={t('news.form.teaserHint')}
        rows={3}
      />
      <TextArea
        {...bind('body')}
        label={t('news.form.body')}
        description={t('news.form.bodyHint')}
        rows={14}
      />
      <ImageField
        id={fieldId('imageUrl')}
        altId={fieldId('imageAlt')}
        name="imageUrl"
        altName="imageAlt"
        locale={locale}
        url={values.imageUrl}
        alt={values.imageAlt}
        error={errors.imageUrl ?? null}
        altError={errors.imageAlt ?? null}
        altMaxLength={LIMITS.imageAlt}
        upload={upload}
        onUrlChange={(url) => onChange('imageUrl', url)}
        onAltChange={(alt) => onChange('imageAlt', alt)}
      />
      <Select
        {...bind('category')}
        label={t('news.form.category')}
        required
        options={categories.map((name) => ({ value: name, label: name }))}
      />
      {areas.length ? (
        <Select
          {...bind('area')}
          label={t('news.form.area')}
          options={[
            { value: '', label: t('news.form.areaNone') },
            ...areas.map((area) => ({ value: area.id, label: area.name })),
          ]}
        />
      ) : null}
      <TextField
        {...bind('publishAt')}
        type="datetime-local"
        label={t('news.form.publishAt')}
        description={t('news.form.publishAtHint')}
      />
      <Button type="submit" busy={saving}>
        {saving ? t('news.form.saving') : t('news.form.save')}
      </Button>
    </Form>
  );
}
