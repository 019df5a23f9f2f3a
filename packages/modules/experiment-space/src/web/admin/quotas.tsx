import {
  Button,
  Checkbox,
  Fieldset,
  Form,
  type FormError,
  Select,
  Status,
  TextField,
} from '@city-app/ui';
import { useAction, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useState } from 'react';
import type { ProviderQuota, ProviderQuotaInput, StaffResource } from '../../api.js';
import { Loaded } from '../parts/load-state.js';
import { useSpace } from '../use-space.js';
import { AdminPage } from './admin-page.js';

const FIELDS = ['organisation', 'resourceIds', 'maxHours'] as const;
const fieldId = (field: string) => `experiment-space-quota-${field}`;

/** `/admin/experimentierraum/kontingente`: education providers' own hours in the rooms. */
export default function QuotasScreen(_props: ScreenProps) {
  const space = useSpace();
  const { t, text } = space;
  const quotas = useResource(() => space.api.get<ProviderQuota[]>('/staff/provider-quotas'), []);
  const resources = useResource(() => space.api.get<StaffResource[]>('/staff/resources'), []);
  const rooms = (resources.data ?? []).filter((r) => r.kind === 'room');
  const nameOf = (id: string) => {
    const found = resources.data?.find((r) => r.id === id);
    return found ? text(found.name) : id;
  };
  const action = useAction(space, FIELDS);
  const [v, setV] = useState<{
    organisation: string;
    resourceIds: string[];
    period: 'week' | 'month';
    maxHours: string;
  }>({
    organisation: '',
    resourceIds: [],
    period: 'month',
    maxHours: '10',
  });
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors: Record<string, string> = { ...local, ...action.errors };
  const summary: FormError[] = [
    ...FIELDS.filter((f) => errors[f]).map((f) => ({
      fieldId: fieldId(f),
      message: errors[f] as string,
    })),
    ...(action.failure ? [{ message: action.failure }] : []),
  ];

  async function save() {
    const found: Record<string, string> = {};
    if (v.organisation.trim().length < 2) found.organisation = t('admin.quotas.error.organisation');
    if (!v.resourceIds.length) found.resourceIds = t('admin.quotas.error.rooms');
    const hours = Number(v.maxHours);
    if (!Number.isFinite(hours) || hours < 0 || v.maxHours.trim() === '')
      found.maxHours = t('admin.quotas.error.hours');
    setLocal(found);
    if (Object.keys(found).length) return;
    const input: ProviderQuotaInput = {
      organisation: v.organisation.trim(),
      resourceIds: v.resourceIds,
      period: v.period,
      maxHours: hours,
    };
    const saved = await action.run(
      'save',
      () => space.api.post<ProviderQuota>('/staff/provider-quotas', input),
      (q) => t('admin.quotas.saved', { organisation: q.organisation }),
    );
    if (saved) {
      setV({ ...v, organisation: '' });
      quotas.reload();
    }
  }

  return (
    <AdminPage space={space} title={t('admin.quotas.title')}>
      <p>{t('admin.quotas.lead')}</p>
      <Status>{action.announcement}</Status>
      <Loaded resource={quotas} space={space}>
        {(data) =>
          data.length ? (
            <ul className="city-stack-list">
              {data.map((q) => (
                <li key={q.id}>
                  <h2>{q.organisation}</h2>
                  <p>
                    {t('admin.quotas.use', {
                      used: q.usedHours,
                      max: q.maxHours,
                      period: t(`period.${q.period}`),
                    })}
                    {' · '}
                    {q.resourceIds.map(nameOf).join(', ')}
                  </p>
                  <Button
                    variant="secondary"
                    busy={action.busy === q.id}
                    onClick={async () => {
                      await action.run(
                        q.id,
                        () =>
                          space.api.delete(`/staff/provider-quotas/${encodeURIComponent(q.id)}`),
                        () => t('admin.quotas.removed', { organisation: q.organisation }),
                      );
                      quotas.reload();
                    }}
                  >
                    {t('admin.quotas.remove')}
                    <span className="city-visually-hidden">{`: ${q.organisation}`}</span>
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('admin.quotas.empty')}</p>
          )
        }
      </Loaded>
      <h2>{t('admin.quotas.new')}</h2>
      <Form errors={summary} errorTitle={t('form.errorSummary')} onSubmit={save}>
        <TextField
          id={fieldId('organisation')}
          label={t('form.organisation')}
          description={t('admin.quotas.organisationHint')}
          value={v.organisation}
          error={errors.organisation ?? null}
          required
          onChange={(event) => setV({ ...v, organisation: event.currentTarget.value })}
        />
        <Fieldset legend={t('admin.quotas.rooms')}>
          {errors.resourceIds ? (
            <p className="city-field__error" id={fieldId('resourceIds')} tabIndex={-1}>
              {errors.resourceIds}
            </p>
          ) : null}
          {rooms.map((room) => (
            <Checkbox
              key={room.id}
              label={text(room.name)}
              checked={v.resourceIds.includes(room.id)}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                setV((current) => ({
                  ...current,
                  resourceIds: checked
                    ? [...current.resourceIds, room.id]
                    : current.resourceIds.filter((id) => id !== room.id),
                }));
              }}
            />
          ))}
        </Fieldset>
        <Select
          label={t('admin.quotas.period')}
          value={v.period}
          onChange={(event) =>
            setV({ ...v, period: event.currentTarget.value as 'week' | 'month' })
          }
          options={[
            { value: 'week', label: t('period.week') },
            { value: 'month', label: t('period.month') },
          ]}
        />
        <TextField
          id={fieldId('maxHours')}
          type="number"
          inputMode="decimal"
          min={0}
          label={t('admin.quotas.maxHours')}
          value={v.maxHours}
          error={errors.maxHours ?? null}
          required
          onChange={(event) => setV({ ...v, maxHours: event.currentTarget.value })}
        />
        <Button type="submit" busy={action.busy === 'save'}>
          {t('admin.save')}
        </Button>
      </Form>
    </AdminPage>
  );
}
