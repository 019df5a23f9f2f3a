import type { Localized } from '@city-app/core';
import { Button, Form, Select, TextArea, TextField } from '@city-app/ui';
import { useState } from 'react';
import type { FeedSourceInput } from '../../../api/feed-source.js';
import type { Staff } from '../staff.js';
import { readMap } from './category-map.js';

/** The source form's fields in its order; a refusal names one of them. */
export const SOURCE_FIELDS = ['name', 'url', 'defaultCategory', 'categoryMap'] as const;

const ID = 'events-source-new';

/** Subscribes to a calendar: its name, address, default category and category words. */
export function SourceForm({
  staff,
  categories,
  serverErrors,
  busy,
  onSubmit,
}: {
  staff: Staff;
  categories: { id: string; title: Localized }[];
  serverErrors: Record<string, string>;
  busy: boolean;
  onSubmit(input: FeedSourceInput): void;
}) {
  const { t, locale } = staff;
  const [values, setValues] = useState({ name: '', url: '', defaultCategory: '', categoryMap: '' });
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
        if (!/^https?:\/\/\S+$/i.test(url)) found.url = t('events.staff.sources.urlInvalid');
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
          url,
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
