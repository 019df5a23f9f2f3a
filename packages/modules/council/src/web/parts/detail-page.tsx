import { PageHeading } from '@city-app/ui';
import { Link, Loaded, useResource } from '@city-app/web';
import type { ReactNode } from 'react';
import { paths } from '../paths.js';
import { useCouncil } from '../use-council.js';
import { SourceText } from './source-text.js';

const KINDS = {
  meeting: {
    api: 'meetings',
    untitled: 'council.meeting.untitled',
    notFound: 'council.meeting.notFound',
  },
  paper: { api: 'papers', untitled: 'council.paper.untitled', notFound: 'council.paper.notFound' },
} as const;

/**
 * A meeting's or a paper's page: its name as the heading once loaded, what it holds, its page
 * at the source, and the way back to the meetings; "not there" when the server does not know it.
 */
export function DetailPage<T extends { name: string | null; web: string | null }>({
  kind,
  objectKey,
  children,
}: {
  kind: keyof typeof KINDS;
  objectKey: string;
  children: (data: T) => ReactNode;
}) {
  const { t, api } = useCouncil();
  const words = KINDS[kind];
  const path = `${paths.api}/${words.api}/${encodeURIComponent(objectKey)}`;
  const resource = useResource(() => api.get<T>(path), [api, path]);
  const untitled = t(words.untitled);
  return (
    <div className={`council-${kind}`}>
      <PageHeading>
        {resource.state === 'ready' && resource.data.name ? (
          <SourceText>{resource.data.name}</SourceText>
        ) : (
          untitled
        )}
      </PageHeading>
      <Loaded resource={resource} staff={{ t }} notFound={t(words.notFound)}>
        {(data) => (
          <>
            {children(data)}
            {data.web ? (
              <p>
                <a href={data.web} rel="noopener noreferrer external">
                  {t('council.source')}
                </a>
              </p>
            ) : null}
          </>
        )}
      </Loaded>
      <p>
        <Link to={paths.list}>{t('council.back')}</Link>
      </p>
    </div>
  );
}
