import { isFailing, localize, type SourceHealth } from '@city-app/core';
import { Alert, Button, PageHeading } from '@city-app/ui';
import { useCity, useShell } from '../../app/context.js';
import { Loaded } from '../../data/loaded.js';
import { useResource } from '../../data/use-resource.js';
import { useMessages } from '../../i18n/use-messages.js';
import { sourcesMessages } from './messages.js';
import { SourcesTable, type SourcesTableWords } from './sources-table.js';

/**
 * `/admin/datenquellen`: the health of every importer and scheduled job, so an administrator
 * sees that the council sync or the waste calendar stopped before residents do.
 */
export default function SourcesScreen() {
  const { api, locale, city } = useCity();
  const { modules } = useShell();
  const t = useMessages(sourcesMessages);
  const list = useResource(() => api.get<{ sources: SourceHealth[] }>('/api/admin/sources'), [api]);
  const words: SourcesTableWords = {
    t,
    locale,
    timeZone: city.timezone,
    // The kernel's own jobs are "the app"; a module without screens goes by its id.
    areaOf: (id) => {
      if (id === 'kernel') return t('sources.kernel');
      const module = modules.find((m) => m.manifest.id === id);
      return module ? localize(module.manifest.title, locale) : id;
    },
  };

  return (
    <>
      <PageHeading lead={t('sources.lead')}>{t('sources.title')}</PageHeading>
      <Loaded resource={list} staff={{ t }}>
        {({ sources }) => {
          const imports = sources.filter((s) => s.kind === 'import');
          const jobs = sources.filter((s) => s.kind === 'job');
          const failing = sources.filter(isFailing).length;
          return (
            <>
              {failing ? (
                <Alert
                  tone="warning"
                  live="off"
                  title={t('sources.failingCount', { count: failing, total: sources.length })}
                />
              ) : (
                <p>{t('sources.allWorking')}</p>
              )}
              <section aria-labelledby="sources-imports">
                <h2 id="sources-imports">{t('sources.imports')}</h2>
                <p>{t('sources.imports.lead')}</p>
                {imports.length ? (
                  <SourcesTable
                    sources={imports}
                    label={t('sources.imports.table')}
                    firstColumn={t('sources.source')}
                    words={words}
                  />
                ) : (
                  <p>{t('sources.imports.none')}</p>
                )}
              </section>
              <section aria-labelledby="sources-jobs">
                <h2 id="sources-jobs">{t('sources.jobs')}</h2>
                <p>{t('sources.jobs.lead')}</p>
                <SourcesTable
                  sources={jobs}
                  label={t('sources.jobs.table')}
                  firstColumn={t('sources.task')}
                  words={words}
                />
              </section>
              <p>
                <Button variant="secondary" onClick={list.reload}>
                  {t('sources.reload')}
                </Button>
              </p>
            </>
          );
        }}
      </Loaded>
    </>
  );
}
