import { Button, Dialog, Form, Status, TextField } from '@city-app/ui';
import { ActionFailure, Loaded, useAction, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useState } from 'react';
import type { ApiKey, NewApiKey } from '../../api/open311-keys.js';
import { AdminPage } from './admin-page.js';
import { KeyTable } from './api-keys/key-table.js';
import { NewKey } from './api-keys/new-key.js';
import { adminApi } from './paths.js';
import { type Staff, useStaff } from './staff.js';

const NAME_ID = 'reports-key-name';

/**
 * `/admin/maengelmelder/schnittstelle`: the keys Open311 clients (a county tool, another app)
 * create reports with — list, create one per client, revoke.
 */
export default function ApiKeysScreen(_props: ScreenProps) {
  return <ApiKeysView staff={useStaff()} />;
}

export function ApiKeysView({ staff }: { staff: Staff }) {
  const { t, api } = staff;
  const keys = useResource(() => api.get<{ items: ApiKey[] }>(adminApi.apiKeys), []);
  const action = useAction(staff, ['name']);
  const [name, setName] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const [created, setCreated] = useState<NewApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const nameError = missing ?? action.errors.name;

  const create = async () => {
    const text = name.trim();
    const wrong = text.length < 2 ? t('reports.staff.keys.nameWrong') : undefined;
    setMissing(wrong);
    if (wrong) return;
    setCreated(null);
    const made = await action.run(
      'create',
      () => api.post<NewApiKey>(adminApi.apiKeys, { name: text }),
      (k) => t('reports.staff.keys.createdDone', { name: k.name }),
    );
    if (made) {
      setCreated(made);
      setName('');
      keys.reload();
    }
  };

  return (
    <AdminPage staff={staff} section="apiKeys" title={t('reports.staff.keys.title')}>
      <p>{t('reports.staff.keys.lead')}</p>
      <Status>{action.announcement}</Status>
      <ActionFailure staff={staff} failure={action.failure} />
      {created ? <NewKey key={created.id} staff={staff} created={created} /> : null}
      <Loaded resource={keys} staff={staff}>
        {(data) => <KeyTable staff={staff} keys={data.items} onRevoke={setRevoking} />}
      </Loaded>

      <section aria-labelledby="reports-key-new-heading">
        <h2 id="reports-key-new-heading">{t('reports.staff.keys.new')}</h2>
        <Form
          errors={nameError ? [{ fieldId: NAME_ID, message: nameError }] : []}
          errorTitle={t('reports.staff.form.errors')}
          onSubmit={create}
        >
          <TextField
            id={NAME_ID}
            label={t('reports.staff.keys.name')}
            description={t('reports.staff.keys.nameHint')}
            required
            maxLength={80}
            value={name}
            error={nameError}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Button type="submit" busy={action.busy === 'create'}>
            {t('reports.staff.keys.create')}
          </Button>
        </Form>
      </section>

      <Dialog
        open={revoking !== null}
        title={t('reports.staff.keys.revokeTitle')}
        onClose={() => setRevoking(null)}
        actions={
          <Button
            variant="danger"
            onClick={async () => {
              const key = revoking;
              setRevoking(null);
              if (!key) return;
              const done = await action.run(
                'revoke',
                () => api.delete<ApiKey>(adminApi.apiKey(key.id)),
                () => t('reports.staff.keys.revoked', { name: key.name }),
              );
              if (done) keys.reload();
            }}
          >
            {t('reports.staff.keys.revokeConfirm')}
          </Button>
        }
      >
        <p>{revoking ? t('reports.staff.keys.revokeText', { name: revoking.name }) : null}</p>
      </Dialog>
    </AdminPage>
  );
}
