import { TextField } from '@city-app/ui';
import { ImageField, type ImageUpload } from '@city-app/web/image-field';
import type { Photo } from '../../api.js';
import type { Space } from '../space.js';

/** The server's limit on each alt text (`photoSchema`). */
const ALT_MAX = 300;

/** A photo as the staff forms hold it: its address and its alt text in both languages. */
export interface PhotoValues {
  src: string;
  altDe: string;
  altEn: string;
}

export function photoValues(photo: Photo | null | undefined): PhotoValues {
  return { src: photo?.src ?? '', altDe: photo?.alt.de ?? '', altEn: photo?.alt.en ?? '' };
}

/** The photo to save, or null when there is none (saving null removes it). */
export function photoInput(values: PhotoValues): Photo | null {
  if (!values.src.trim()) return null;
  const en = values.altEn.trim();
  return { src: values.src.trim(), alt: { de: values.altDe.trim(), ...(en ? { en } : {}) } };
}

/** Whether the form holds a photo that nobody has described yet. */
export function photoAltMissing(values: PhotoValues): boolean {
  return values.src.trim() !== '' && values.altDe.trim() === '';
}

/**
 * The photo of a resource or a course: upload, preview, alt text in German (required as soon
 * as there is a photo) and, for English pages, in English. A starter's picture (a file of the
 * app) shows in the preview like an upload until staff replace it.
 */
export function PhotoField({
  id,
  altId,
  values,
  errors,
  space,
  upload,
  onChange,
}: {
  /** The file input's id and the German alt text's id: where the error summary links to. */
  id: string;
  altId: string;
  values: PhotoValues;
  errors: { photo?: string | null; alt?: string | null };
  space: Space;
  /** How the file is sent; the server's `/api/images` unless a test says otherwise. */
  upload?: ImageUpload;
  onChange(values: PhotoValues): void;
}) {
  const { t } = space;
  return (
    <ImageField
      id={id}
      altId={altId}
      locale={space.locale}
      url={values.src}
      alt={values.altDe}
      error={errors.photo ?? null}
      altError={errors.alt ?? null}
      altMaxLength={ALT_MAX}
      upload={upload}
      onUrlChange={(src) => onChange({ ...values, src })}
      onAltChange={(altDe) => onChange({ ...values, altDe })}
    >
      <TextField
        id={`${altId}-en`}
        lang="en"
        label={t('admin.photoAltEn')}
        description={t('admin.photoAltEnHint')}
        value={values.altEn}
        maxLength={ALT_MAX}
        onInput={(event) => onChange({ ...values, altEn: event.currentTarget.value })}
      />
    </ImageField>
  );
}
