import { localize } from '@city-app/core';
import { Alert, SkipLink, Spinner, type UiStrings, UiStringsProvider } from '@city-app/ui';
import { lazy, type ReactNode, Suspense, useEffect, useMemo, useState } from 'react';
import { HomePage } from '../pages/home.js';
import { NotFoundPage } from '../pages/not-found.js';
import { INLINE_LOGO_KEY } from '../plugin/html-constants.js';
import { buildRouteTable, resolveRoute, SHELL_PAGES, type ShellPage } from '../router/match.js';
import { Link, PageArrival, useRouter } from '../router/router.js';
import { useCity, useShell } from './context.js';
import { forgetLazy, LoadBoundary, lazyComponent } from './lazy.js';

// Pages other than home load on demand, so the first screen ships little JavaScript.
const SettingsPage = lazy(() => import('../pages/settings.js'));
const FeedbackPage = lazy(() => import('../pages/feedback.js'));
const ImprintPage = lazy(() =>
  import('../pages/legal.js').then((m) => ({ default: m.ImprintPage })),
);
const PrivacyPage = lazy(() =>
  import('../pages/legal.js').then((m) => ({ default: m.PrivacyPage })),
);
const AccessibilityPage = lazy(() =>
  import('../pages/legal.js').then((m) => ({ default: m.AccessibilityPage })),
);
const AdminPage = lazy(() => import('../pages/admin.js'));
const AdminModulePage = lazy(() =>
  import('../pages/admin.js').then((m) => ({ default: m.AdminModulePage })),
);

const NotificationsAdminPage = lazy(() =>
  import('../pages/admin.js').then((m) => ({ default: m.NotificationsAdminPage })),
);

const FeedbackInboxAdminPage = lazy(() =>
  import('../pages/admin.js').then((m) => ({ default: m.FeedbackInboxAdminPage })),
);

const SHELL_SCREENS: Record<ShellPage, () => ReactNode> = {
  home: () => <HomePage />,
  settings: () => <SettingsPage />,
  imprint: () => <ImprintPage />,
  privacy: () => <PrivacyPage />,
  accessibility: () => <AccessibilityPage />,
  feedback: () => <FeedbackPage />,
  admin: () => <AdminPage />,
  notifications: () => <NotificationsAdminPage />,
  feedbackInbox: () => <FeedbackInboxAdminPage />,
};

function useOnline(): boolean {
  const [online, setOnline] = useState(true);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/** The screen of the current route; `online` picks the explanation when its code cannot load. */
function Outlet({ online }: { online: boolean }) {
  const { location } = useRouter();
  const { t, city } = useCity();
  const { modules } = useShell();
  const table = useMemo(() => buildRouteTable(modules), [modules]);
  const match = resolveRoute(table, location.pathname);
  const [attempt, setAttempt] = useState(0);

  let screen: ReactNode;
  let retry: (() => void) | undefined;
  if (!match) screen = <NotFoundPage />;
  else if (match.target.kind === 'shell') screen = SHELL_SCREENS[match.target.page]();
  else if (match.target.kind === 'module') {
    const loader = match.target.route.screen;
    const Screen = lazyComponent(loader);
    screen = <Screen params={match.params} />;
    retry = () => forgetLazy(loader);
  } else {
    screen = <AdminModulePage target={match.target} params={match.params} />;
  }

  return (
    <Suspense
      fallback={<Spinner label={t('page.loading')} />}
      key={`${location.pathname}:${attempt}`}
    >
      <LoadBoundary
        message={t(online ? 'page.loadFailed' : 'page.offlineNotLoaded')}
        retryLabel={t('page.retry')}
        onRetry={() => {
          retry?.();
          setAttempt((n) => n + 1);
        }}
      >
        {screen}
        <PageArrival key={location.key} appName={city.branding.appName} />
      </LoadBoundary>
    </Suspense>
  );
}

export function Shell() {
  const { t, city } = useCity();
  const { modules } = useShell();
  const online = useOnline();
  const uiStrings = useMemo<UiStrings>(
    () => ({
      required: t('ui.required'),
      optional: t('ui.optional'),
      errorPrefix: t('ui.errorPrefix'),
      errorSummaryTitle: t('ui.errorSummaryTitle'),
      close: t('ui.close'),
      loading: t('ui.loading'),
    }),
    [t],
  );
  const { locale } = useCity();
  const sections = modules.filter((m) => m.routes.some((r) => r.path === '' || r.path === '/'));
  const logo = city.branding.logo?.replace(/^\/+/, '');
  // Set by the Vite plugin when the logo is a plain SVG: inline, it needs no document of its own.
  const marked = (city as { [key: symbol]: unknown })[Symbol.for(INLINE_LOGO_KEY)];
  const inlineLogo = typeof marked === 'string' ? marked : undefined;

  return (
    <UiStringsProvider value={uiStrings}>
      <SkipLink>{t('app.skipLink')}</SkipLink>
      <header className="city-header">
        <div className="city-header__inner">
          {/* The logo stands beside the link, not in it: a logo drawn with text would otherwise be
              visible text missing from the link's name (WCAG 2.5.3, label in name). */}
          <div className="city-header__brand">
            {inlineLogo ? (
              <span
                className="city-header__logo"
                aria-hidden="true"
                // The plugin's own check let only shapes and text through (plugin/inline-logo.ts).
                // biome-ignore lint/security/noDangerouslySetInnerHtml: the town's logo, checked at build time
                dangerouslySetInnerHTML={{ __html: inlineLogo }}
              />
            ) : logo ? (
              <img src={`/${logo}`} alt="" className="city-header__logo" />
            ) : null}
            <Link to="/" aria-label={t('app.homeLink', { app: city.branding.appName })}>
              {city.branding.appName}
            </Link>
          </div>
          {sections.length ? (
            <nav aria-label={t('nav.main')} className="city-header__nav">
              <ul className="city-nav">
                <li>
                  <Link to="/" current="exact">
                    {t('nav.home')}
                  </Link>
                </li>
                {sections.map((m) => (
                  <li key={m.manifest.id}>
                    <Link to={m.manifest.path} current="section">
                      {localize(m.manifest.title, locale)}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="city-main">
        {online ? null : (
          <Alert tone="warning" live="polite">
            {t('app.offline')}
          </Alert>
        )}
        <Outlet online={online} />
      </main>
      <footer className="city-footer">
        <nav aria-label={t('nav.footer')}>
          <ul className="city-footer__links">
            <li>
              <Link to={SHELL_PAGES.imprint} current="exact">
                {t('footer.imprint')}
              </Link>
            </li>
            <li>
              <Link to={SHELL_PAGES.privacy} current="exact">
                {t('footer.privacy')}
              </Link>
            </li>
            <li>
              <Link to={SHELL_PAGES.accessibility} current="exact">
                {t('footer.accessibility')}
              </Link>
            </li>
            <li>
              <Link to={SHELL_PAGES.feedback} current="exact">
                {t('footer.feedback')}
              </Link>
            </li>
            <li>
              <Link to={SHELL_PAGES.settings} current="exact">
                {t('footer.settings')}
              </Link>
            </li>
            <li>
              <Link to={SHELL_PAGES.admin} current="section">
                {t('footer.staff')}
              </Link>
            </li>
          </ul>
        </nav>
        <p className="city-footer__town">{city.legal.imprint.organisation}</p>
      </footer>
    </UiStringsProvider>
  );
}
