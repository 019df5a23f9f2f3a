import type { Localized } from '@city-app/core';
import { Button, Dialog, Status } from '@city-app/ui';
import { ActionFailure, Loaded, type Resource, useAction, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useState } from 'react';
import type { FeedImport } from '../../api/feed-import.js';
import type { FeedSource } from '../../api/feed-source.js';
import { AdminPage } from './admin-page.js';
import { adminApi } from './paths.js';
import { type OfferingModule, SOURCE_FIELDS, SourceForm } from './sources/source-form.js';
import { resultText } from './sources/source-result.js';
import { SourceTable } from './sources/source-table.js';
import { type Staff, useStaff } from './staff.js';

type Categories = { items: { id: string; title: Localized }[] };
type SourceList = { sources: FeedSource[]; modules: OfferingModule[] };

/** The app's parts with dates that are no source yet: each is mirrored once. */
function unsubscribed(list: Resource<SourceList>): OfferingModule[] {
  if (list.state !== 'ready') return [];
  return list.data.modules.filter((m) => !list.data.sources.some((s) => s.module === m.id));
}

/** `/admin/veranstaltungen/quellen`: calendars subscribed by address, with their health. */
export default function SourcesScreen(_props: ScreenProps) {
  return <SourcesView staff={useStaff()} />;
}

export function SourcesView({ staff }: { staff: Staff }) {
  const { t, api } = staff;
  const sources = useResource(() => api.get<SourceList>(adminApi.sources), []);
  const categories = useResource(() => api.get<Categories>(adminApi.categories), []);
  const action = useAction(staff, SOURCE_FIELDS);
  const [ending, setEnding] = useState<FeedSource | null>(null);
  const [added, setAdded] = useState(0);

  const run = async <T,>(name: string, work: () => Promise<T>, done: (r: T) => string) => {
    const result = await action.run(name, work, done);
    sources.reload();
    return result;
  };
  const sync = (source: FeedSource, dryRun: boolean) =>
    run(
      `${dryRun ? 'dryRun' : 'sync'}:${source.id}`,
      () => api.post<FeedImport>(adminApi.sync(source.id), { dryRun }),
      (r) =>
        t(dryRun ? 'events.staff.sources.dryRunDone' : 'events.staff.sources.synced', {
          name: source.name,
          result: resultText(t, r),
        }),
    );

  return (
    <AdminPage staff={staff} section="sources" title={t('events.staff.sources.title')}>
      <p>{t('events.staff.sources.lead')}</p>
      <Status>{action.announcement}</Status>
      <ActionFailure staff={staff} failure={action.failure} />
      <Loaded resource={sources} staff={staff}>
        {(data) => (
          <SourceTable
            staff={staff}
            sources={data.sources}
            modules={data.modules}
            busy={action.busy}
            onAction={(what, source) => {
              if (what === 'sync' || what === 'dryRun') void sync(source, what === 'dryRun');
              else if (what === 'delete') setEnding(source);
              else
                void run(
                  `toggle:${source.id}`,
                  () =>
                    api.patch<FeedSource>(adminApi.source(source.id), { active: !source.active }),
                  (s) =>
                    t(
                      s.active
                        ? 'events.staff.sources.resumedDone'
                        : 'events.staff.sources.pausedDone',
                      {
                        name: s.name,
                      },
                    ),
                );
            }}
          />
        )}
      </Loaded>

      <section aria-labelledby="events-source-new-heading">
        <h2 id="events-source-new-heading">{t('events.staff.sources.new')}</h2>
        <Loaded resource={categories} staff={staff}>
          {(data) => (
            <SourceForm
              key={added}
              staff={staff}
              categories={data.items}
              modules={unsubscribed(sources)}
              serverErrors={action.errors}
              busy={action.busy === 'create'}
              onSubmit={async (input) => {
                const made = await run(
                  'create',
                  () => api.post<FeedSource>(adminApi.sources, input),
                  (s) => t('events.staff.sources.created', { name: s.name }),
                );
                if (made) {
                  setAdded((n) => n + 1);
                  await sync(made, false);
                }
              }}
            />
          )}
        </Loaded>
      </section>

      <Dialog
        open={ending !== null}
        title={t('events.staff.sources.deleteTitle')}
        onClose={() => setEnding(null)}
        actions={
          <Button
            variant="danger"
            onClick={async () => {
              const source = ending;
              setEnding(null);
              if (!source) return;
              await run(
                'delete',
                () => api.delete(adminApi.source(source.id)).then(() => source),
                (s) => t('events.staff.sources.deleted', { name: s.name }),
              );
            }}
          >
            {t('events.staff.sources.deleteConfirm')}
          </Button>
        }
      >
        <p>{ending ? t('events.staff.sources.deleteText', { name: ending.name }) : null}</p>
      </Dialog>
    </AdminPage>
  );
}
