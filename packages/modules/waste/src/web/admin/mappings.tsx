import { Button, Form, type FormError, Select, Status, TextField, WideTable } from '@city-app/ui';
import { ActionFailure, Loaded, useAction, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useState } from 'react';
import type { CalendarSummary } from '../../summary.js';
import { AdminPage } from './admin-page.js';

import { adminApi } from './paths.js';
import { type Staff, useStaff } from './staff.js';
import { TypeName, typeOptions } from './type-name.js';

/** One row of the mapping table: a text in the authority's files and the waste type it means. */
export interface Mapping {
  textKey: string;
  label: string;
  typeId: string | null;
}

/** `/admin/abfall/zuordnung`: which text in the authority's files means which waste type. */
export default function MappingsScreen(_props: ScreenProps) {
  const text =
    typeof location === 'undefined' ? '' : new URLSearchParams(location.search).get('text');
  return <MappingsView staff={useStaff()} initialText={text ?? ''} />;
}

export function MappingsView({ staff, initialText = '' }: { staff: Staff; initialText?: string }) {
  const { t, api } = staff;
  const mappings = useResource(() => api.get<{ mappings: Mapping[] }>(adminApi.mappings), []);
  const summary = useResource(() => api.get<CalendarSummary>(adminApi.summary), []);
  const types = summary.data?.types ?? [];
  const options = [
    { value: '', label: t('waste.admin.mappings.skip') },
    ...typeOptions(staff, types),
  ];
  const action = useAction(staff, ['label', 'typeId']);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [label, setLabel] = useState(initialText);
  const [typeId, setTypeId] = useState('');
  const [missing, setMissing] = useState(false);

  const save = async (textKey: string, body: { label: string; typeId: string | null }) => {
    const done = await action.run(
      `save-${textKey}`,
      () => api.put(adminApi.mapping(textKey), body),
      () => t('waste.admin.mappings.saved', { label: body.label }),
    );
    if (done !== undefined) mappings.reload();
    return done !== undefined;
  };
  const labelError = missing ? t('waste.admin.mappings.labelMissing') : action.errors.label;
  const errors: FormError[] = labelError
    ? [{ fieldId: 'waste-mapping-label', message: labelError }]
    : [];

  return (
    <AdminPage staff={staff} section="mappings" title={t('waste.admin.mappings.title')}>
      <p>{t('waste.admin.mappings.lead')}</p>
      <Status>{action.announcement}</Status>
      <ActionFailure staff={staff} failure={action.failure} />
      <Loaded resource={mappings} staff={staff}>
        {(data) =>
          data.mappings.length ? (
            <WideTable label={t('waste.admin.mappings.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('waste.admin.mappings.text')}</th>
                  <th scope="col">{t('waste.admin.mappings.type')}</th>
                  <th scope="col">{t('waste.admin.pickup.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {data.mappings.map((m) => {
                  const value = chosen[m.textKey] ?? m.typeId ?? '';
                  return (
                    <tr key={m.textKey}>
                      <th scope="row">{m.label}</th>
                      <td>
                        {m.typeId ? (
                          <TypeName staff={staff} types={types} typeId={m.typeId} />
                        ) : (
                          t('waste.admin.mappings.skip')
                        )}
                      </td>
                      <td>
                        <div className="waste-admin__actions">
                          <Select
                            label={t('waste.admin.mappings.typeFor', { label: m.label })}
                            value={value}
                            options={options}
                            onChange={(e) =>
                              setChosen({ ...chosen, [m.textKey]: e.currentTarget.value })
                            }
                          />
                          <Button
                            variant="secondary"
                            busy={action.busy === `save-${m.textKey}`}
                            onClick={() =>
                              save(m.textKey, { label: m.label, typeId: value || null })
                            }
                          >
                            {t('waste.admin.mappings.save', { label: m.label })}
                          </Button>
                          <Button
                            variant="danger"
                            busy={action.busy === `delete-${m.textKey}`}
                            onClick={async () => {
                              const done = await action.run(
                                `delete-${m.textKey}`,
                                () => api.delete(adminApi.mapping(m.textKey)),
                                () => t('waste.admin.mappings.deleted', { label: m.label }),
                              );
                              if (done !== undefined) mappings.reload();
                            }}
                          >
                            {t('waste.admin.mappings.delete', { label: m.label })}
                          </Button>
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </WideTable>
          ) : (
            <p>{t('waste.admin.mappings.empty')}</p>
          )
        }
      </Loaded>

      <h2>{t('waste.admin.mappings.new')}</h2>
      <Form
        errors={errors}
        errorTitle={t('waste.admin.form.errors')}
        onSubmit={async () => {
          const text = label.trim();
          setMissing(!text);
          if (!text) return;
          // The server derives the key it matches from the text (case, spaces, decoration).
          if (await save(text, { label: text, typeId: typeId || null })) setLabel('');
        }}
      >
        <TextField
          id="waste-mapping-label"
          required
          maxLength={120}
          label={t('waste.admin.mappings.text')}
          description={t('waste.admin.mappings.textHint')}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          error={labelError}
        />
        <Select
          id="waste-mapping-type"
          label={t('waste.admin.mappings.type')}
          value={typeId}
          options={options}
          onChange={(e) => setTypeId(e.currentTarget.value)}
          error={action.errors.typeId}
        />
        <Button type="submit" busy={action.busy?.startsWith('save-') ?? false}>
          {t('waste.admin.mappings.create')}
        </Button>
      </Form>
    </AdminPage>
  );
}
