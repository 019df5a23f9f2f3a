import type { Translate } from '@city-app/core';
import { Checkbox, TextArea, TextField } from '@city-app/ui';
import type { DraftErrors, ReportDraft } from './draft.js';
import { fieldId } from './draft.js';
import { PHOTO_TYPES, readPhoto } from './photo.js';

/**
 * Step 3, all optional: a photo, what it is, an e-mail address for news only, and whether this
 * device hears of each new status (offered where the browser can receive notifications).
 */
export function MoreStep({
  draft,
  errors,
  onChange,
  pushOffered,
  pushOn,
  t,
}: {
  draft: ReportDraft;
  errors: DraftErrors;
  onChange(change: Partial<ReportDraft>): void;
  /** The browser can receive notifications. */
  pushOffered: boolean;
  /** The device receives them already. */
  pushOn: boolean;
  t: Translate;
}) {
  return (
    <section aria-labelledby="reports-more">
      <h2 id="reports-more">{t('reports.new.more')}</h2>
      <TextField
        id={fieldId('photo')}
        name="photo"
        type="file"
        accept={PHOTO_TYPES.join(',')}
        label={t('reports.new.photo')}
        description={t('reports.new.photoHint')}
        error={errors.photo}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (!file) onChange({ photo: null });
          else void readPhoto(file).then((photo) => onChange({ photo }));
        }}
      />
      <TextArea
        id={fieldId('description')}
        name="description"
        label={t('reports.new.description')}
        description={t('reports.new.descriptionHint')}
        error={errors.description}
        rows={4}
        maxLength={2000}
        value={draft.description}
        onChange={(event) => onChange({ description: event.currentTarget.value })}
      />
      <TextField
        id={fieldId('email')}
        name="email"
        type="email"
        autoComplete="email"
        label={t('reports.new.email')}
        description={t('reports.new.emailHint')}
        error={errors.email}
        maxLength={254}
        value={draft.email}
        onChange={(event) => onChange({ email: event.currentTarget.value })}
      />
      {pushOffered ? (
        <Checkbox
          id={fieldId('push')}
          name="push"
          label={t('reports.new.push')}
          description={pushOn ? t('reports.new.pushOn') : t('reports.new.pushHint')}
          error={errors.push}
          checked={draft.push}
          onChange={(event) => onChange({ push: event.currentTarget.checked })}
        />
      ) : null}
    </section>
  );
}
