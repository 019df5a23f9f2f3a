import { localize } from '@city-app/core';
import { Card, PageHeading, Spinner } from '@city-app/ui';
import { Suspense, useState } from 'react';
import { useCity, useShell } from '../app/context.js';
import { forgetLazy, LoadBoundary, lazyComponent } from '../app/lazy.js';
import type { WebModule } from '../module.js';
import { Link } from '../router/router.js';

function Widget({ module }: { module: WebModule }) {
  const { t, locale } = useCity();
  const [attempt, setAttempt] = useState(0);
  const loader = module.homeWidget;
  if (!loader) return <p>{localize(module.manifest.description, locale)}</p>;
  const Content = lazyComponent(loader);
  return (
    <LoadBoundary
      key={attempt}
      message={t('page.loadFailed')}
      retryLabel={t('page.retry')}
      onRetry={() => {
        forgetLazy(loader);
        setAttempt((n) => n + 1);
      }}
    >
      <Suspense fallback={<Spinner />}>
        <Content />
      </Suspense>
    </LoadBoundary>
  );
}

/** "Alles auf einen Blick": one card per enabled module, its widget loaded on demand. */
export function HomePage() {
  const { t, city, locale } = useCity();
  const { modules } = useShell();
  return (
    <>
      <PageHeading lead={t('home.lead', { town: city.town.name })}>{t('home.title')}</PageHeading>
      {modules.length ? (
        <ul className="city-grid city-home-widgets">
          {modules.map((module) => {
            const title = localize(module.manifest.title, locale);
            const hasScreen = module.routes.some((r) => r.path === '' || r.path === '/');
            return (
              <Card
                key={module.manifest.id}
                as="li"
                title={title}
                footer={
                  hasScreen ? (
                    <Link to={module.manifest.path}>{t('home.more', { title })}</Link>
                  ) : undefined
                }
              >
                <Widget module={module} />
              </Card>
            );
          })}
        </ul>
      ) : (
        <p>{t('home.empty')}</p>
      )}
    </>
  );
}
