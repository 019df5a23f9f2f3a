import type { Localized } from '@city-app/core';
import { Button, Fieldset, Form, Radio, Select, TextArea, TextField } from '@city-app/ui';
import { useState } from 'react';
import type { FeedSourceInput } from '../../../api/feed-source.js';
import type { Staff } from '../staff.js';
import { readMap } from './category-map.js';

/** The source form's fields in its order; a refusal names one of them. */
export const SOURCE_FIELDS = ['name', 'url', 'module', 'defaultCategory', 'categoryMap'] as const;

const ID = 'events-source-new';

/** Another module of the app that offers public dates, and is not a source yet. */
export interface OfferingModule {
  id: string;
  title: Localized;
}

/**
 * Subscribes to a calendar, or to another part of the app (the library's courses): its name,
 * address or part, default category and category words. The choice of kind shows only when
 * the app has a part that offers dates.
 */
export function SourceForm({
  staff,
  categories,
  modules,
  serverErrors,
  busy,
  onSubmit,
}: {
  staff: Staff;
  categories: { id: string; title: Localized }[];
  modules: OfferingModule[];
  serverErrors: Record<string, string>;
  busy: boolean;
  onSubmit(input: FeedSourceInput): void;
}) {
  const { t, locale } = staff;
  const [values, setValues] = useState({
    kind: 'url',
    name: '',
    url: '',
    module: '',
    defaultCategory: '',
    categoryMap: '',
  });
  const fromModule = values.kind === 'module' && modules.length > 0;
  // The list arrives after the form may have opened: the first part until one is chosen.
  const chosenModule = values.module || (modules[0]?.id ?? '');
  const [checked, setChecked] = useState<Record<string, string>>({});
  const shown: Record<string, string | undefined> = { ...serverErrors, ...checked };
  const set = (field: keyof typeof values) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
  };
  return (
    <Form
      errors={SOURCE_FIELDS.filter((f) => shown[f]).map((f) => ({
        fieldId: `${ID}-${f}`,
        message: shown[f] as string,
      }))}
      errorTitle={t('events.staff.form.errors')}
      onSubmit={() => {
        const found: Record<string, string> = {};
        const name = values.name.trim();
        const url = values.url.trim();
        if (name.length < 2) found.name = t('events.staff.sources.nameMissing');
        if (!fromModule && !/^https?:\/\/\S+$/i.test(url)) {
          found.url = t('events.staff.sources.urlInvalid');
        }
        const ids = categories.map((c) => c.id);
        const read = readMap(values.categoryMap, ids);
        if ('badLine' in read) {
          found.categoryMap = t('events.staff.sources.mapInvalid', {
            line: String(read.badLine),
            known: ids.join(', '),
          });
        }
        setChecked(found);
        if (Object.keys(found).length || 'badLine' in read) return;
        onSubmit({
          name,
          ...(fromModule ? { module: chosenModule } : { url }),
          defaultCategory: values.defaultCategory || null,
          categoryMap: read.map,
          active: true,
        });
      }}
    >
      <TextField
        id={`${ID}-name`}
        label={t('events.staff.sources.name')}
        value={values.name}
        onChange={set('name')}
        error={shown.name}
        maxLength={120}
        required
      />
      {modules.length ? (
        <Fieldset legend={t('events.staff.sources.kind')}>
          {(['url', 'module'] as const).map((kind) => (
            <Radio
              key={kind}
              id={`${ID}-kind-${kind}`}
              name={`${ID}-kind`}
              value={kind}
              checked={values.kind === kind}
              onChange={set('kind')}
              label={t(`events.staff.sources.kind.${kind}`)}
            />
          ))}
        </Fieldset>
      ) : null}
      {fromModule ? (
        <Select
          id={`${ID}-module`}
          label={t('events.staff.sources.module')}
          description={t('events.staff.sources.moduleHint')}
          value={chosenModule}
          onChange={set('module')}
          error={shown.module}
          options={modules.map((m) => ({ value: m.id, label: m.title[locale] ?? m.title.de }))}
        />
      ) : (
        <TextField
          id={`${ID}-url`}
          label={t('events.staff.sources.url')}
          description={t('events.staff.sources.urlHint')}
          value={values.url}
          onChange={set('url')}
          error={shown.url}
          maxLength={2000}
          inputMode="url"
          required
        />
      )}
      <Select
        id={`${ID}-defaultCategory`}
        label={t('events.staff.sources.defaultCategory')}
        value={values.defaultCategory}
        onChange={set('defaultCategory')}
        error={shown.defaultCategory}
        options={[
          { value: '', label: t('events.staff.sources.defaultNone') },
          ...categories.map((c) => ({ value: c.id, label: c.title[locale] ?? c.title.de })),
        ]}
      />
      <TextArea
        id={`${ID}-categoryMap`}
        label={t('events.staff.sources.map')}
        description={t('events.staff.sources.mapHint')}
        rows={4}
        value={values.categoryMap}
        onChange={set('categoryMap')}
        error={shown.categoryMap}
      />
      <Button type="submit" busy={busy}>
        {t('events.staff.sources.create')}
      </Button>
    </Form>
  );
}
