import {
  Alert,
  Button,
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
import type { Briefing, BriefingInput, StaffResource } from '../../api.js';
import { formatDate, isLocalDate } from '../format.js';
import { looksLikeEmail } from '../parts/email.js';
import { Loaded } from '../parts/load-state.js';
import { prerequisiteLabel } from '../parts/resource-facts.js';
import { useSpace } from '../use-space.js';
import { AdminPage } from './admin-page.js';

const FIELDS = ['email', 'prerequisite', 'validUntil'] as const;
const fieldId = (field: string) => `experiment-space-briefing-${field}`;

/** `/admin/experimentierraum/einweisungen`: who may use which equipment, until when. */
export default function BriefingsScreen(_props: ScreenProps) {
  const space = useSpace();
  const { t, locale } = space;
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  // Briefings are kept per person: the list shows one address's, once staff name it.
  const briefings = useResource(
    () =>
      query
        ? space.api.get<Briefing[]>(`/staff/briefings?${new URLSearchParams({ email: query })}`)
        : Promise.resolve(null),
    [query],
  );
  const resources = useResource(() => space.api.get<StaffResource[]>('/staff/resources'), []);
  const known = [...new Set((resources.data ?? []).flatMap((r) => r.prerequisites))];
  const action = useAction(space, FIELDS);
  const [v, setV] = useState({ email: '', prerequisite: '', validUntil: '' });
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors: Record<string, string> = { ...local, ...action.errors };
  const summary: FormError[] = [
    ...FIELDS.filter((f) => errors[f]).map((f) => ({
      fieldId: fieldId(f),
      message: errors[f] as string,
    })),
    ...(action.failure ? [{ message: action.failure }] : []),
  ];
  const change = (key: keyof typeof v) => (event: { currentTarget: { value: string } }) =>
    setV((current) => ({ ...current, [key]: event.currentTarget.value }));

  async function record() {
    const found: Record<string, string> = {};
    if (!looksLikeEmail(v.email)) found.email = t('form.error.email');
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(v.prerequisite.trim()))
      found.prerequisite = t(
        known.length ? 'admin.briefings.error.choose' : 'admin.briefings.error.prerequisite',
      );
    if (v.validUntil && !isLocalDate(v.validUntil))
      found.validUntil = t('admin.exceptions.error.date');
    setLocal(found);
    if (Object.keys(found).length) return;
    const input: BriefingInput = {
      email: v.email.trim(),
      prerequisite: v.prerequisite.trim(),
      ...(v.validUntil ? { validUntil: v.validUntil } : {}),
    };
    const saved = await action.run(
      'record',
      () => space.api.post<Briefing>('/staff/briefings', input),
      (b) =>
        t('admin.briefings.recorded', {
          email: b.email,
          prerequisite: prerequisiteLabel(b.prerequisite, t),
        }),
    );
    if (saved) {
      setV({ email: '', prerequisite: v.prerequisite, validUntil: '' });
      // Show that person's briefings, the one just recorded among them.
      setSearch(saved.email);
      if (query === saved.email) briefings.reload();
      else setQuery(saved.email);
    }
  }

  return (
    <AdminPage space={space} title={t('admin.briefings.title')}>
      <Status>{action.announcement}</Status>
      <h2>{t('admin.briefings.record')}</h2>
      <Form errors={summary} errorTitle={t('form.errorSummary')} onSubmit={record}>
        <Fieldset legend={t('admin.briefings.who')}>
          <TextField
            id={fieldId('email')}
            type="email"
            label={t('form.email')}
            value={v.email}
            error={errors.email ?? null}
            required
            onChange={change('email')}
          />
          {known.length ? (
            // Staff choose a briefing by its name; the ids are the configuration's business.
            <Select
              id={fieldId('prerequisite')}
              label={t('admin.briefings.prerequisite')}
              value={v.prerequisite}
              error={errors.prerequisite ?? null}
              required
              onChange={change('prerequisite')}
              options={[
                { value: '', label: t('admin.briefings.choose') },
                ...known.map((id) => ({ value: id, label: prerequisiteLabel(id, t) })),
              ]}
            />
          ) : (
            <TextField
              id={fieldId('prerequisite')}
              label={t('admin.briefings.prerequisite')}
              description={t('admin.resources.prerequisitesHint')}
              value={v.prerequisite}
              error={errors.prerequisite ?? null}
              required
              onChange={change('prerequisite')}
            />
          )}
          <TextField
            id={fieldId('validUntil')}
            type="date"
            label={t('admin.briefings.validUntil')}
            description={t('admin.briefings.validUntilHint')}
            value={v.validUntil}
            error={errors.validUntil ?? null}
            onChange={change('validUntil')}
          />
        </Fieldset>
        <Button type="submit" busy={action.busy === 'record'}>
          {t('admin.briefings.save')}
        </Button>
      </Form>
      <h2>{t('admin.briefings.list')}</h2>
      <search>
        <form
          className="city-form"
          onSubmit={(event) => {
            event.preventDefault();
            setQuery(search.trim());
          }}
        >
          <TextField
            type="search"
            label={t('admin.briefings.search')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
          />
          <Button type="submit" variant="secondary">
            {t('admin.briefings.find')}
          </Button>
        </form>
      </search>
      <Loaded resource={briefings} space={space}>
        {(data) =>
          data === null ? (
            <p>{t('admin.briefings.searchFirst')}</p>
          ) : data.length ? (
            <ul className="city-stack-list">
              {data.map((b) => {
                const label = `${b.email}, ${prerequisiteLabel(b.prerequisite, t)}`;
                return (
                  <li key={`${b.email}/${b.prerequisite}`}>
                    <p>
                      <strong>{b.email}</strong>: {prerequisiteLabel(b.prerequisite, t)} –{' '}
                      {b.validUntil
                        ? t('admin.briefings.until', { date: formatDate(b.validUntil, locale) })
                        : t('admin.briefings.noEnd')}
                    </p>
                    <Button
                      variant="secondary"
                      busy={action.busy === label}
                      onClick={async () => {
                        const done = await action.run(
                          label,
                          () =>
                            space.api.delete(
                              `/staff/briefings?${new URLSearchParams({ email: b.email, prerequisite: b.prerequisite })}`,
                            ),
                          () => t('admin.briefings.revoked', { briefing: label }),
                        );
                        if (done !== undefined || !action.failure) briefings.reload();
                      }}
                    >
                      {t('admin.briefings.revoke')}
                      <span className="city-visually-hidden">{`: ${label}`}</span>
                    </Button>
                  </li>
                );
              })}
            </ul>
          ) : (
            <p>{t('admin.briefings.empty')}</p>
          )
        }
      </Loaded>
      {action.failure ? <Alert tone="error">{action.failure}</Alert> : null}
    </AdminPage>
  );
}
