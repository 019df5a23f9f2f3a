import { createTranslator, type Locale } from '@city-app/core';
import { Button, Fieldset, TextField } from '@city-app/ui';
import { type ReactNode, useMemo, useState } from 'react';
import { failureText } from '../../api/failure.js';
import { shellMessages } from '../../i18n/messages.js';
import { imageFieldMessages } from './messages.js';
import {
  ACCEPTED_IMAGE_TYPES,
  type ImageUpload,
  MAX_IMAGE_MEGABYTES,
  type UploadedImage,
  uploadImage,
} from './upload-image.js';

export interface ImageFieldProps {
  /** The file input's id: where an error summary links to for the image. */
  id: string;
  /** The alt text field's id. */
  altId: string;
  locale: Locale;
  /** The image's address (`/images/…`), or empty. */
  url: string;
  alt: string;
  onUrlChange(url: string): void;
  onAltChange(alt: string): void;
  /** The form's error for the image, e.g. after the server refused the saved address. */
  error?: string | null;
  altError?: string | null;
  /** The names the two values have in the form, for forms submitted without script. */
  name?: string;
  altName?: string;
  altMaxLength?: number;
  /** How the file is sent; the server's `/api/images` unless a test says otherwise. */
  upload?: ImageUpload;
  /** More about the image, after its alt text: e.g. the alt text in English. */
  children?: ReactNode;
}

type Progress =
  | { state: 'idle' }
  | { state: 'sending'; percent: number }
  | { state: 'done' }
  | { state: 'removed' };

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * An image for content: pick a file, see it upload, see the stored image, describe it.
 * The server resizes it and removes its metadata; the form gets the image's address. The
 * alt text is required as soon as there is an image.
 */
export function ImageField({
  id,
  altId,
  locale,
  url,
  alt,
  onUrlChange,
  onAltChange,
  error,
  altError,
  name,
  altName,
  altMaxLength,
  upload = uploadImage,
  children,
}: ImageFieldProps) {
  const t = useMemo(() => createTranslator(locale, shellMessages, imageFieldMessages), [locale]);
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const [refusal, setRefusal] = useState<string | null>(null);
  const fileInput = () => document.getElementById(id) as HTMLInputElement | null;

  async function send(file: File) {
    setRefusal(null);
    if (!(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(file.type)) {
      setRefusal(t('imageField.type'));
      return;
    }
    if (file.size > MAX_IMAGE_MEGABYTES * 1024 * 1024) {
      setRefusal(
        t('imageField.tooLarge', { size: megabytes(file.size), max: MAX_IMAGE_MEGABYTES }),
      );
      return;
    }
    setProgress({ state: 'sending', percent: 0 });
    try {
      // In steps of ten, so a screen reader announces progress without talking all the time.
      const image: UploadedImage = await upload(file, (sent) =>
        setProgress({ state: 'sending', percent: Math.floor(sent * 10) * 10 }),
      );
      onUrlChange(image.url);
      setProgress({ state: 'done' });
    } catch (failure) {
      setProgress({ state: 'idle' });
      setRefusal(failureText(failure, t));
    } finally {
      // The same file may be picked again after a refusal.
      const picker = fileInput();
      if (picker) picker.value = '';
    }
  }

  const sending = progress.state === 'sending';
  const status = (() => {
    switch (progress.state) {
      case 'sending':
        return progress.percent >= 100
          ? t('imageField.processing')
          : t('imageField.uploading', { percent: progress.percent });
      case 'done':
        return t('imageField.uploaded');
      case 'removed':
        return t('imageField.removed');
      default:
        return '';
    }
  })();

  return (
    <Fieldset legend={t('imageField.legend')} className="city-image-field">
      {url ? (
        <figure className="city-image-field__preview">
          <img src={url} alt={alt} width={320} />
          <figcaption>{t('imageField.preview')}</figcaption>
        </figure>
      ) : (
        <p>{t('imageField.none')}</p>
      )}
      <TextField
        type="file"
        id={id}
        label={url ? t('imageField.replace') : t('imageField.choose')}
        description={t('imageField.hint', { max: MAX_IMAGE_MEGABYTES })}
        accept={ACCEPTED_IMAGE_TYPES.join(',')}
        error={refusal ?? error ?? null}
        aria-busy={sending || undefined}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file && !sending) void send(file);
        }}
      />
      <div role="status" aria-live="polite" className="city-image-field__status">
        {sending ? (
          <progress max={100} value={progress.percent} aria-label={t('imageField.legend')} />
        ) : null}
        {status ? <p>{status}</p> : null}
      </div>
      {url ? (
        <Button
          variant="secondary"
          disabled={sending}
          onClick={() => {
            onUrlChange('');
            setRefusal(null);
            setProgress({ state: 'removed' });
            fileInput()?.focus();
          }}
        >
          {t('imageField.remove')}
        </Button>
      ) : null}
      <TextField
        id={altId}
        name={altName}
        label={t('imageField.alt')}
        description={t('imageField.altHint')}
        required={url !== ''}
        value={alt}
        error={altError ?? null}
        maxLength={altMaxLength}
        onInput={(event) => onAltChange(event.currentTarget.value)}
      />
      {children}
      {name ? <input type="hidden" name={name} value={url} /> : null}
    </Fieldset>
  );
}
