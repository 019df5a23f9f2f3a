import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Form,
  type FormError,
  Radio,
  Select,
  Status,
  TextArea,
  TextField,
} from '@city-app/ui';
import { Link, useAction, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useState } from 'react';
import type { BookerGroup, ResourceInput, StaffResource } from '../../api.js';
import { Loaded } from '../parts/load-state.js';
import { groupLabel } from '../parts/resource-facts.js';
import { paths } from '../paths.js';
import { type Space, useSpace } from '../use-space.js';
import { AdminPage } from './admin-page.js';
import {
  PhotoField,
  type PhotoValues,
  photoAltMissing,
  photoInput,
  photoValues,
} from './photo-field.js';
import { ExceptionsEditor, OpeningHoursEditor, RulesEditor } from './resource-schedule.js';

const GROUPS: BookerGroup[] = [
  'resident',
  'school',
  'association',
  'business',
  'education_provider',
];
const FIELDS = [
  'id',
  'kind',
  'category',
  'name',
  'description',
  'uses',
  'location',
  // Before 'photo': the server's `photo.alt.de` names the alt text, `photo.src` the image.
  'photo.alt',
  'photo',
  'prerequisites',
  'bookableBy',
  'accessibility',
] as const;
type Field = (typeof FIELDS)[number];

interface Values {
  id: string;
  kind: 'equipment' | 'room';
  category: string;
  nameDe: string;
  nameEn: string;
  descriptionDe: string;
  descriptionEn: string;
  usesDe: string;
  usesEn: string;
  location: string;
  photo: PhotoValues;
  prerequisites: string;
  approvalRequired: boolean;
  bookableBy: BookerGroup[];
  stepFree: '' | 'yes' | 'no';
  accessibilityDe: string;
  accessibilityEn: string;
}

function valuesOf(resource: StaffResource | null): Values {
  return {
    id: resource?.id ?? '',
    kind: resource?.kind ?? 'equipment',
    category: resource?.category ?? '',
    nameDe: resource?.name.de ?? '',
    nameEn: resource?.name.en ?? '',
    descriptionDe: resource?.description.de ?? '',
    descriptionEn: resource?.description.en ?? '',
    usesDe: resource?.uses.map((u) => u.de).join('\n') ?? '',
    usesEn: resource?.uses.map((u) => u.en ?? '').join('\n') ?? '',
    location: resource?.location ?? '',
    photo: photoValues(resource?.photo),
    prerequisites: resource?.prerequisites.join(', ') ?? '',
    approvalRequired: resource?.approvalRequired ?? false,
    bookableBy: resource?.bookableBy ?? [...GROUPS],
    stepFree:
      resource?.accessibility.stepFree === undefined
        ? ''
        : resource.accessibility.stepFree
          ? 'yes'
          : 'no',
    accessibilityDe: resource?.accessibility.notes.de ?? '',
    accessibilityEn: resource?.accessibility.notes.en ?? '',
  };
}

const lines = (value: string) => value.split('\n').map((line) => line.trim());
const optional = (value: string) => (value.trim() ? value.trim() : undefined);

/** The form's values as the API's resource input. */
export function resourceInput(values: Values): ResourceInput {
  const usesEn = lines(values.usesEn);
  return {
    id: values.id.trim(),
    kind: values.kind,
    category: values.category.trim(),
    name: {
      de: values.nameDe.trim(),
      ...(optional(values.nameEn) ? { en: values.nameEn.trim() } : {}),
    },
    description: { de: optional(values.descriptionDe), en: optional(values.descriptionEn) },
    uses: lines(values.usesDe)
      .map((de, index) => ({ de, en: optional(usesEn[index] ?? '') }))
      .filter((use) => use.de),
    location: optional(values.location),
    photo: photoInput(values.photo),
    prerequisites: values.prerequisites
      .split(/[,\s]+/)
      .map((p) => p.trim())
      .filter(Boolean),
    approvalRequired: values.approvalRequired,
    bookableBy: values.bookableBy,
    accessibility: {
      ...(values.stepFree ? { stepFree: values.stepFree === 'yes' } : {}),
      notes: { de: optional(values.accessibilityDe), en: optional(values.accessibilityEn) },
    },
  };
}

/** `/admin/experimentierraum/ressourcen/neu` and `…/:id`: create or change a resource. */
export default function ResourceEditorScreen({ params }: ScreenProps) {
  const space = useSpace();
  const { t, text } = space;
  const id = params.id;
  const resource = useResource(
    async () =>
      id
        ? ((await space.api.get<StaffResource[]>('/staff/resources')).find((r) => r.id === id) ??
          null)
        : null,
    [id],
  );
  const title = !id
    ? t('admin.resources.new')
    : resource.state === 'ready' && resource.data
      ? text(resource.data.name)
      : t('admin.resources.title');
  return (
    <AdminPage space={space} title={title}>
      <Loaded resource={resource} space={space}>
        {(data) =>
          id && !data ? (
            <Alert tone="warning" live="off">
              {t('resource.notFound')}
            </Alert>
          ) : (
            <Editor key={data?.id ?? 'new'} resource={data} space={space} />
          )
        }
      </Loaded>
      <p>
        <Link to={paths.admin.resources}>{t('admin.resources.back')}</Link>
      </p>
    </AdminPage>
  );
}

function Editor({ resource: loaded, space }: { resource: StaffResource | null; space: Space }) {
  const { t } = space;
  // Each save answers with the whole resource; the screen shows that (no reload, no flicker).
  const [resource, onSaved] = useState(loaded);
  const [values, setValues] = useState(() => valuesOf(resource));
  const action = useAction(space, FIELDS);
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const errors = { ...local, ...action.errors } as Partial<Record<Field, string>>;
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const fieldId = (field: Field) => `experiment-space-resource-${field.replace('.', '-')}`;
  const summary: FormError[] = [
    ...FIELDS.filter((f) => errors[f]).map((f) => ({
      fieldId: fieldId(f),
      message: errors[f] as string,
    })),
    ...(action.failure ? [{ message: action.failure }] : []),
  ];
  const text = (
    key: keyof Values,
    label: string,
    field: Field,
    extra: Record<string, unknown> = {},
  ) => (
    <TextField
      id={key === 'nameDe' || key === 'id' ? fieldId(field) : undefined}
      label={label}
      value={values[key] as string}
      error={key === 'nameDe' || key === 'id' ? (errors[field] ?? null) : null}
      onChange={(event) => set(key, event.currentTarget.value as never)}
      {...extra}
    />
  );

  async function save() {
    const found: Partial<Record<Field, string>> = {};
    if (!resource && !/^[a-z0-9][a-z0-9-]{0,62}$/.test(values.id.trim()))
      found.id = t('admin.resources.error.id');
    if (!values.nameDe.trim()) found.name = t('admin.resources.error.name');
    if (photoAltMissing(values.photo)) found['photo.alt'] = t('admin.error.photoAlt');
    if (!values.bookableBy.length) found.bookableBy = t('admin.resources.error.bookableBy');
    setLocal(found);
    if (Object.keys(found).length) return;
    const { id: _id, kind: _kind, ...change } = resourceInput(values);
    const saved = await action.run(
      'save',
      () =>
        resource
          ? space.api.put<StaffResource>(
              `/staff/resources/${encodeURIComponent(resource.id)}`,
              change,
            )
          : space.api.post<StaffResource>('/staff/resources', resourceInput(values)),
      () => t('admin.saved'),
    );
    if (saved && !resource) space.navigate(paths.admin.resource(saved.id));
    else if (saved) onSaved(saved);
  }

  return (
    <>
      <Status>{action.announcement}</Status>
      <Form errors={summary} errorTitle={t('form.errorSummary')} onSubmit={save}>
        <Fieldset legend={t('admin.resources.basics')}>
          {resource ? null : (
            <>
              {text('id', t('admin.resources.id'), 'id', {
                required: true,
                description: t('admin.resources.idHint'),
              })}
              <Fieldset legend={t('admin.resources.kind')}>
                {(['equipment', 'room'] as const).map((kind) => (
                  <Radio
                    key={kind}
                    name="kind"
                    value={kind}
                    checked={values.kind === kind}
                    onChange={() => set('kind', kind)}
                    label={t(`kind.${kind}`)}
                  />
                ))}
              </Fieldset>
            </>
          )}
          <TextField
            id={fieldId('name')}
            label={t('admin.nameDe')}
            value={values.nameDe}
            error={errors.name ?? null}
            required
            onChange={(event) => set('nameDe', event.currentTarget.value)}
          />
          {text('nameEn', t('admin.nameEn'), 'name')}
          {text('category', t('admin.resources.category'), 'category', {
            description: t('admin.resources.categoryHint'),
          })}
          <TextArea
            label={t('admin.descriptionDe')}
            value={values.descriptionDe}
            rows={3}
            onChange={(event) => set('descriptionDe', event.currentTarget.value)}
          />
          <TextArea
            label={t('admin.descriptionEn')}
            value={values.descriptionEn}
            rows={3}
            onChange={(event) => set('descriptionEn', event.currentTarget.value)}
          />
          <TextArea
            label={t('admin.resources.usesDe')}
            description={t('admin.resources.usesHint')}
            value={values.usesDe}
            rows={3}
            onChange={(event) => set('usesDe', event.currentTarget.value)}
          />
          <TextArea
            label={t('admin.resources.usesEn')}
            value={values.usesEn}
            rows={3}
            onChange={(event) => set('usesEn', event.currentTarget.value)}
          />
          {text('location', t('facts.location'), 'location')}
        </Fieldset>
        <PhotoField
          id={fieldId('photo')}
          altId={fieldId('photo.alt')}
          values={values.photo}
          errors={{ photo: errors.photo, alt: errors['photo.alt'] }}
          space={space}
          onChange={(photo) => set('photo', photo)}
        />
        <Fieldset legend={t('admin.resources.access')}>
          {text('prerequisites', t('facts.prerequisites'), 'prerequisites', {
            description: t('admin.resources.prerequisitesHint'),
            id: fieldId('prerequisites'),
            error: errors.prerequisites ?? null,
          })}
          <Checkbox
            label={t('admin.resources.approvalRequired')}
            checked={values.approvalRequired}
            onChange={(event) => set('approvalRequired', event.currentTarget.checked)}
          />
          <Fieldset legend={t('facts.bookableBy')}>
            {errors.bookableBy ? (
              <p className="city-field__error" id={fieldId('bookableBy')} tabIndex={-1}>
                {errors.bookableBy}
              </p>
            ) : null}
            {GROUPS.map((group) => (
              <Checkbox
                key={group}
                label={groupLabel(group, t)}
                checked={values.bookableBy.includes(group)}
                onChange={(event) =>
                  set(
                    'bookableBy',
                    event.currentTarget.checked
                      ? [...values.bookableBy, group]
                      : values.bookableBy.filter((g) => g !== group),
                  )
                }
              />
            ))}
          </Fieldset>
        </Fieldset>
        <Fieldset legend={t('facts.accessibility')}>
          <Select
            label={t('facts.stepFree')}
            value={values.stepFree}
            onChange={(event) => set('stepFree', event.currentTarget.value as Values['stepFree'])}
            options={[
              { value: '', label: t('admin.unknown') },
              { value: 'yes', label: t('admin.yes') },
              { value: 'no', label: t('admin.no') },
            ]}
          />
          <TextArea
            label={t('admin.resources.accessibilityDe')}
            value={values.accessibilityDe}
            rows={2}
            onChange={(event) => set('accessibilityDe', event.currentTarget.value)}
          />
          <TextArea
            label={t('admin.resources.accessibilityEn')}
            value={values.accessibilityEn}
            rows={2}
            onChange={(event) => set('accessibilityEn', event.currentTarget.value)}
          />
        </Fieldset>
        <Button type="submit" busy={action.busy === 'save'}>
          {t('admin.save')}
        </Button>
      </Form>
      {resource ? (
        <>
          <OpeningHoursEditor resource={resource} space={space} onSaved={onSaved} />
          <ExceptionsEditor resource={resource} space={space} onSaved={onSaved} />
          <RulesEditor resource={resource} space={space} onSaved={onSaved} />
          {resource.active ? (
            <section aria-labelledby="experiment-space-deactivate">
              <h2 id="experiment-space-deactivate">{t('admin.resources.deactivate')}</h2>
              <p>{t('admin.resources.deactivateText')}</p>
              <Button
                variant="danger"
                busy={action.busy === 'deactivate'}
                onClick={async () => {
                  const done = await action.run(
                    'deactivate',
                    () =>
                      space.api.delete<StaffResource>(
                        `/staff/resources/${encodeURIComponent(resource.id)}`,
                      ),
                    () => t('admin.resources.deactivated'),
                  );
                  if (done) onSaved(done);
                }}
              >
                {t('admin.resources.deactivate')}
              </Button>
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}
