import {
  Button,
  Checkbox,
  Fieldset,
  Form,
  type FormError,
  Select,
  TextArea,
  TextField,
} from '@city-app/ui';
import type { FieldErrors } from '@city-app/web';
import type { ImageUpload } from '@city-app/web/image-field';
import { useState } from 'react';
import type { CourseInput, CourseSummary, StaffResource } from '../../api.js';
import type { Space } from '../use-space.js';
import { PhotoField, photoAltMissing, photoInput, photoValues } from './photo-field.js';

export const COURSE_FIELDS = [
  'id',
  'title',
  'seats',
  'location',
  'provider',
  'description',
  // Before 'photo': the server's `photo.alt.de` names the alt text, `photo.src` the image.
  'photo.alt',
  'photo',
] as const;

export function courseFieldId(field: string): string {
  return `experiment-space-course-${field.replace('.', '-')}`;
}

/** A course's own data; sessions are added one by one afterwards. */
export function CourseForm({
  course,
  rooms,
  space,
  serverErrors,
  failure,
  busy,
  upload,
  onSubmit,
}: {
  course: CourseSummary | null;
  rooms: StaffResource[];
  space: Space;
  serverErrors: FieldErrors;
  failure: string | null;
  busy: boolean;
  /** How a photo is sent; the server's `/api/images` unless a test says otherwise. */
  upload?: ImageUpload;
  onSubmit(input: CourseInput): void | Promise<void>;
}) {
  const { t, text } = space;
  const [v, setV] = useState({
    id: course?.id ?? '',
    titleDe: course?.title.de ?? '',
    titleEn: course?.title.en ?? '',
    descriptionDe: course?.description.de ?? '',
    descriptionEn: course?.description.en ?? '',
    seats: String(course?.seats ?? 10),
    location: course?.location?.id ?? '',
    remote: course?.remote ?? false,
    provider: course?.provider ?? '',
    photo: photoValues(course?.photo),
  });
  const [local, setLocal] = useState<FieldErrors>({});
  const errors = { ...local, ...serverErrors };
  const summary: FormError[] = [
    ...COURSE_FIELDS.filter((f) => errors[f]).map((f) => ({
      fieldId: courseFieldId(f),
      message: errors[f] as string,
    })),
    ...(failure ? [{ message: failure }] : []),
  ];
  // The value is read during the event: React clears `currentTarget` before a deferred update runs.
  const change =
    (key: Exclude<keyof typeof v, 'photo'>) => (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setV((current) => ({ ...current, [key]: value }));
    };

  return (
    <Form
      errors={summary}
      errorTitle={t('form.errorSummary')}
      onSubmit={() => {
        const found: FieldErrors = {};
        if (!course && !/^[a-z0-9][a-z0-9-]{0,62}$/.test(v.id.trim()))
          found.id = t('admin.resources.error.id');
        if (!v.titleDe.trim()) found.title = t('admin.courses.error.title');
        const seats = Number(v.seats);
        if (!Number.isInteger(seats) || seats < 1 || seats > 500)
          found.seats = t('admin.courses.error.seats');
        if (photoAltMissing(v.photo)) found['photo.alt'] = t('admin.error.photoAlt');
        setLocal(found);
        if (Object.keys(found).length) return;
        return onSubmit({
          id: v.id.trim(),
          title: { de: v.titleDe.trim(), ...(v.titleEn.trim() ? { en: v.titleEn.trim() } : {}) },
          description: {
            ...(v.descriptionDe.trim() ? { de: v.descriptionDe.trim() } : {}),
            ...(v.descriptionEn.trim() ? { en: v.descriptionEn.trim() } : {}),
          },
          seats,
          ...(v.location ? { location: v.location } : {}),
          remote: v.remote,
          ...(v.provider.trim() ? { provider: v.provider.trim() } : {}),
          photo: photoInput(v.photo),
        });
      }}
    >
      <Fieldset legend={course ? t('admin.courses.edit') : t('admin.courses.new')}>
        {course ? null : (
          <TextField
            id={courseFieldId('id')}
            label={t('admin.resources.id')}
            description={t('admin.resources.idHint')}
            value={v.id}
            error={errors.id ?? null}
            required
            onChange={change('id')}
          />
        )}
        <TextField
          id={courseFieldId('title')}
          label={t('admin.titleDe')}
          value={v.titleDe}
          error={errors.title ?? null}
          required
          onChange={change('titleDe')}
        />
        <TextField label={t('admin.titleEn')} value={v.titleEn} onChange={change('titleEn')} />
        <TextArea
          id={courseFieldId('description')}
          label={t('admin.descriptionDe')}
          value={v.descriptionDe}
          error={errors.description ?? null}
          rows={3}
          onChange={change('descriptionDe')}
        />
        <TextArea
          label={t('admin.descriptionEn')}
          value={v.descriptionEn}
          rows={3}
          onChange={change('descriptionEn')}
        />
        <TextField
          id={courseFieldId('seats')}
          type="number"
          inputMode="numeric"
          min={1}
          max={500}
          label={t('admin.courses.seats')}
          value={v.seats}
          error={errors.seats ?? null}
          required
          onChange={change('seats')}
        />
        <Select
          id={courseFieldId('location')}
          label={t('admin.courses.location')}
          description={t('admin.courses.locationHint')}
          value={v.location}
          error={errors.location ?? null}
          onChange={change('location')}
          options={[
            { value: '', label: t('admin.courses.noLocation') },
            ...rooms.map((room) => ({ value: room.id, label: text(room.name) })),
          ]}
        />
        <Checkbox
          label={t('admin.courses.remote')}
          checked={v.remote}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            setV((current) => ({ ...current, remote: checked }));
          }}
        />
        <TextField
          id={courseFieldId('provider')}
          label={t('courses.provider')}
          value={v.provider}
          error={errors.provider ?? null}
          onChange={change('provider')}
        />
      </Fieldset>
      <PhotoField
        id={courseFieldId('photo')}
        altId={courseFieldId('photo.alt')}
        values={v.photo}
        errors={{ photo: errors.photo, alt: errors['photo.alt'] }}
        space={space}
        upload={upload}
        onChange={(photo) => setV((current) => ({ ...current, photo }))}
      />
      <Button type="submit" busy={busy}>
        {t('admin.save')}
      </Button>
    </Form>
  );
}
