import { RowActions, WideTable } from '@city-app/ui';
import { formatStaffInstant } from '@city-app/web';
import type { ApiKey } from '../../../api/open311-keys.js';
import type { Staff } from '../staff.js';

/** The Open311 keys: who uses each, its first characters, when last used; revoke a usable one. */
export function KeyTable({
  staff,
  keys,
  onRevoke,
}: {
  staff: Staff;
  keys: ApiKey[];
  onRevoke(key: ApiKey): void;
}) {
  const { t, locale, timeZone } = staff;
  const german = locale === 'de' ? undefined : 'de';
  const when = (instant: string) => formatStaffInstant(instant, locale, timeZone);
  if (!keys.length) return <p>{t('reports.staff.keys.none')}</p>;
  return (
    <WideTable label={t('reports.staff.keys.list')}>
      <thead>
        <tr>
          <th scope="col">{t('reports.staff.keys.client')}</th>
          <th scope="col">{t('reports.staff.keys.hint')}</th>
          <th scope="col">{t('reports.staff.keys.created')}</th>
          <th scope="col">{t('reports.staff.keys.lastUsed')}</th>
          <th scope="col">{t('reports.staff.keys.state')}</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key.id}>
            <th scope="row" lang={german}>
              {key.name}
            </th>
            <td>
              <code>{t('reports.staff.keys.prefix', { hint: key.hint })}</code>
            </td>
            <td>
              {t('reports.staff.keys.createdBy', {
                when: when(key.createdAt),
                name: key.createdBy,
              })}
            </td>
            <td>{key.lastUsedAt ? when(key.lastUsedAt) : t('reports.staff.keys.neverUsed')}</td>
            <td>
              {key.revokedAt ? (
                t('reports.staff.keys.revokedAt', { when: when(key.revokedAt) })
              ) : (
                <RowActions
                  actions={[
                    {
                      word: t('reports.staff.keys.revoke'),
                      name: t('reports.staff.keys.revokeName', { name: key.name }),
                      variant: 'danger',
                      onClick: () => onRevoke(key),
                    },
                  ]}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </WideTable>
  );
}
